"""What a script says back to the customer from the facts: the name it greets by and the
day it answers. Both came from fresh7's plans, whose own checks refused them: "Olá, D.."
for Dona Aurora, and "sort this by wants the £150 back and the fridge delivered TODAY",
which also named the demanded sum in the response script."""

from __future__ import annotations

from datetime import date

import pytest

from graph.drafting.base import DraftContext
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import apply_defaults, extract
from graph.lint import lint_plan
from graph.models import SECTION_ORDER, CaseFacts, Fact, SectionKey
from graph.policy import decide, default_policy
from graph.speech import greeting
from graph.understanding.address import name_parts
from graph.understanding.dates import deadline

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("full", "first"),
    [
        ("D. Aurora Queiroz", "Aurora"),  # Dona, Dom: an initial is never a greeting
        ("D. J. Lima Costa", "Lima"),
        ("J. Okafor", "J. Okafor"),  # an initial and a surname stay whole
        ("Dr. Ana Lima", "Ana"),
        ("Maria Silva", "Maria"),
    ],
)
def test_a_script_never_greets_by_an_initial(full: str, first: str) -> None:
    assert name_parts(full)["first"] == first


def test_the_portuguese_greeting_names_dona_aurora() -> None:
    facts = CaseFacts(
        customer_name=Fact(value="D. Aurora Queiroz"),
        segment=Fact(value="b2c"),
        language=Fact(value="pt"),
    )
    assert greeting(facts) == "Aurora"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("wants the £150 back and the fridge delivered TODAY, no more excuses", "TODAY"),
        ("needs it working before Friday", "before Friday"),
        ("the exam is on Thursday at 9am", "is on Thursday at 9am"),
    ],
)
def test_a_deadline_is_its_day_not_the_whole_request(text: str, phrase: str) -> None:
    found = deadline(text, TODAY)
    assert found is not None and found.evidence == phrase


def test_the_response_script_answers_the_day_without_naming_the_demand() -> None:
    facts = apply_defaults(
        extract(
            "Cust Ana Brennan, fridge delivery missed twice; food spoiled (~£150); wants the "
            "£150 back and the fridge delivered TODAY.",
            CaseFacts(),
            today=TODAY,
        )
    )
    assert facts.deadline.value == "TODAY"
    decision = decide(facts, default_policy())
    ctx = DraftContext(facts=facts, decision=decision, owner_name="Dana")
    drafter = PlaybookDrafter()
    for key in SECTION_ORDER:
        ctx.approved[key] = drafter.compose_draft(key, ctx, variant=0)
    response = ctx.approved[SectionKey.RESPONSE]
    assert "today" in response.lower() and "wants the" not in response
    money = [f for f in lint_plan(ctx.approved, decision, facts).findings if "money" in f.rule]
    assert not money, money
