"""Two languages per case, each a fact with where it came from: the customer's, read from
their own words, and the agent's, read from the agent's notes or the team's setting.
Both are on the facts card and corrected there; what changes follows at once."""

from __future__ import annotations

import csv
import io
import json

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.card_commands import parse_card_reply
from bot.commands.drafting import approve_shown
from bot.conversation import ConversationService
from bot.followups import FollowUp, schedule_for
from bot.resolution_log import ResolutionLog
from graph.builder import CoachGraph
from graph.drafting.base import DraftContext
from graph.drafting.guard import voices
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import apply_defaults, extract
from graph.models import (
    SECTION_ORDER,
    CaseFacts,
    FactsCard,
    Plan,
    Reply,
    ReviewSection,
    SectionDraft,
    SectionKey,
)
from graph.plan_document import assemble
from graph.policy import decide, default_policy
from graph.state import Owner
from tests.language_cases import LANGUAGE_CASES
from tests.test_customer_languages import language_of
from tests.walk import confirm_card


def read(text: str) -> CaseFacts:
    return extract(text, CaseFacts())


@pytest.mark.parametrize(
    ("text", "customer", "agent"),
    [
        (LANGUAGE_CASES["fr"].complaint, "fr", "en"),
        (LANGUAGE_CASES["es"].complaint, "es", "es"),
        (
            "Cliente molesto, reenvío su correo:\n\nFrom: Mark Ellis\nSubject: Refund\n\n"
            "I have been charged twice for the same order and nobody has answered my emails "
            "for a week. I want the duplicate charge refunded today.",
            "en",
            "es",
        ),
        (
            "Escalating: Herr Becker only speaks German. He was billed twice for October "
            "and wants it fixed this week.",
            "de",
            "en",
        ),
    ],
)
def test_the_customers_language_comes_from_their_words_and_the_agents_from_the_notes(
    text, customer, agent
):
    facts = read(text)
    assert facts.language.value == customer
    assert facts.agent_language.value == agent
    assert facts.agent_language.provenance == "inferred"


def test_a_few_quoted_words_do_not_overrule_the_message():
    facts = read(
        'o diretor, seu Valdir, disse que ia "quebrar a cara de quem liberou". gritou uns '
        "10 min e disse que a folha dos cooperados é sexta."
    )
    assert facts.language.value == "pt"


def test_notes_too_short_to_tell_leave_the_agents_language_to_the_setting():
    facts = apply_defaults(read("Kunde will kündigen"), agent_language="fr")
    assert facts.language.value == "de" and facts.agent_language.value == "fr"
    assert facts.agent_language.provenance == "default"
    assert facts.agent_language.evidence == "COACH_AGENT_LANGUAGE"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Kundin: Dr. Friederike Albers\nDepotgebühr doppelt belastet.", "female"),
        ("Cliente: Robert Lefèvre\nM. Lefèvre attend son remboursement.", "male"),
        ("Cliente: Ramón Quintana\nLlamó don Ramón dos veces.", "male"),
        ("Customer: Jo Bell\nShe says her order arrived broken.", "female"),
        ("Gast: Stefan Grubmüller\nmeine Frau Elke hat beim Einchecken gefragt.", None),
        ("El cliente dice que la app no funciona.", None),
    ],
)
def test_the_form_of_address_comes_only_from_safe_cues(text, form):
    facts = read(text)
    assert (facts.address.value if facts.address else None) == form


@pytest.fixture
def service() -> ConversationService:
    graph = CoachGraph(PlaybookDrafter(), default_policy(), agent_language="en")
    return ConversationService(graph.compile(checkpointer=InMemorySaver()))


async def card_of(service: ConversationService, thread: str, text: str, tried: str) -> FactsCard:
    result = await service.start(thread, text)
    if not isinstance(result.prompt, FactsCard):
        result = await service.reply(thread, Reply(text=tried))
    assert isinstance(result.prompt, FactsCard), result.prompt
    return result.prompt


async def test_the_card_shows_both_languages_and_the_greeting_and_corrects_them(service):
    case = LANGUAGE_CASES["fr"]
    card = await card_of(service, "fr", case.complaint, case.tried)
    rows = {row.key: row for row in card.rows()}
    assert rows["language"].text == "French (fr)" and rows["language"].provenance == "inferred"
    assert "their own words" in rows["language"].evidence
    assert rows["agent_language"].text == "English (en)"
    assert rows["address"].text.startswith("“Madame Fontaine”")
    assert "1.900" not in card.triage and "€" in card.triage

    verdict = parse_card_reply("set language pt; set address name", card.version)
    result = await service.check_facts("fr", verdict)
    card = result.prompt
    assert isinstance(card, FactsCard) and card.version == 2
    assert "Corrected: customer's language, how to greet them." in card.notice
    rows = {row.key: row for row in card.rows()}
    assert rows["language"].text == "Portuguese (pt)" and rows["language"].provenance == "corrected"
    assert rows["address"].text.startswith("“Aurélie”"), "by name, in Portuguese"
    assert card.locale == "pt_PT", "Portuguese with euros is read the way Portugal writes"

    result = await confirm_card(service, result)
    while isinstance(result.prompt, ReviewSection) and result.prompt.key != SectionKey.RESPONSE:
        result = await service.decide("fr", approve_shown(result.prompt))
    said, _ = voices(result.prompt.text)
    assert language_of(said) == "pt", said
    assert said.startswith("Olá, Aurélie.") or said.startswith("Bom dia, Aurélie.")


async def test_follow_up_check_ins_are_in_the_customers_language_and_greeting():
    case = LANGUAGE_CASES["es"]
    facts = apply_defaults(extract(case.complaint, CaseFacts()))
    plan = await _plan(facts)
    items = schedule_for("t", plan, "U1", 0.0, default_policy().follow_ups)
    owner = Owner(name="Ana García", contact="+34 910 000 123")
    for item in items:
        text = item.check_in(owner)
        assert text.startswith("Buenos días, señora Castaño:"), text
        assert "Ana García" in text and text.endswith("+34 910 000 123.")
        assert language_of(text) == "es", text
        assert "€" not in text, "a check-in never names money"
    stages = {item.stage for item in items}
    assert len({item.check_in(owner) for item in items}) == len(stages)
    old = FollowUp.model_validate(
        {**items[0].model_dump(), "language": "en", "greet": None, "customer": "Priya Shah"}
    )
    assert old.check_in(owner).startswith("Hi Priya Shah, it's Ana García.")


async def test_the_log_export_writes_amounts_as_the_plan_does(redis_client):
    case = LANGUAGE_CASES["de"]
    facts = apply_defaults(extract(case.complaint, CaseFacts()))
    plan = await _plan(facts)
    log = ResolutionLog(redis_client, prefix="coach:{log}:langs:")
    await log.record("de-1", plan)
    row = json.loads((await log.export("jsonl")).splitlines()[-1])
    assert row["locale"] == "de_DE" and row["language"] == "de"
    assert row["compensation_total_text"] == plan.decision.money(plan.decision.recommended.total)
    assert row["compensation_total_text"] in plan.markdown
    rows = list(csv.DictReader(io.StringIO(await log.export("csv"))))
    assert rows[-1]["compensation_total_text"] == row["compensation_total_text"]
    assert (rows[-1]["locale"], rows[-1]["language"]) == ("de_DE", "de")


async def _plan(facts: CaseFacts) -> Plan:
    """The whole plan the playbook drafts for these facts, every section approved."""
    decision = decide(facts, default_policy())
    ctx = DraftContext(facts=facts, decision=decision, owner_name="Ana García")
    sections = {}
    for key in SECTION_ORDER:
        ctx.approved[key] = await PlaybookDrafter().draft(key, ctx)
        sections[key] = SectionDraft(key=key)
        sections[key].add(ctx.approved[key], "drafted")
        sections[key].approved = True
    return assemble("case", "", sections, decision, facts, [])
