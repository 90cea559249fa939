"""The offline drafter: grounded, proportionate, and revisions that move the text."""

from __future__ import annotations

import re

import pytest

from graph.drafting.base import DraftContext
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import apply_defaults, extract
from graph.lint import amounts, lint_plan, lint_section, words
from graph.models import OFFER_SECTIONS, SECTION_ORDER, CaseFacts, SectionKey
from graph.policy import decide, default_policy
from tests.cases import B2B_OUTAGE, B2C_MINOR, INJECTION, LEGAL_THREAT, STRATEGIC_AT_RISK

DRAFTER = PlaybookDrafter()


def context(text: str) -> DraftContext:
    facts = apply_defaults(extract(text, CaseFacts()))
    return DraftContext(facts=facts, decision=decide(facts, default_policy()), owner_name="Dana")


async def plan(ctx: DraftContext) -> dict[SectionKey, str]:
    return {key: await DRAFTER.draft(key, ctx) for key in SECTION_ORDER}


@pytest.mark.parametrize(
    "case", [B2B_OUTAGE, B2C_MINOR, STRATEGIC_AT_RISK, LEGAL_THREAT, INJECTION]
)
async def test_every_case_gives_a_plan_that_passes_the_linter(case):
    ctx = context(case)
    sections = await plan(ctx)
    report = lint_plan(sections, ctx.decision, ctx.facts)
    assert report.passed, [f.message for f in report.findings]
    assert 600 <= report.word_count <= 1000


async def test_offered_amounts_come_only_from_the_policy_decision():
    ctx = context(B2B_OUTAGE)
    sections = await plan(ctx)
    d = ctx.decision
    allowed = {i.amount for i in d.recommended.items + d.alternative.items}
    allowed |= {d.recommended.total, d.alternative.total, d.authority_cap}
    for key in OFFER_SECTIONS:
        assert set(amounts(sections[key])) <= allowed, key
    assert "$5,135" in sections[SectionKey.REMEDIES]
    assert "Director of Customer Success" in sections[SectionKey.REMEDIES]


async def test_the_plan_is_grounded_in_the_case_facts():
    sections = await plan(context(B2B_OUTAGE))
    text = "\n".join(sections.values())
    for fact in ("four hours", "$15,000", "$50,000", "three years", "three months", "Dana"):
        assert fact in text, fact


async def test_response_is_scaled_to_value_and_severity():
    small = await DRAFTER.draft(SectionKey.RESPONSE, context(B2C_MINOR))
    big = await DRAFTER.draft(SectionKey.RESPONSE, context(STRATEGIC_AT_RISK))
    for word in ("VP", "Director", "executive", "premium"):
        assert word not in small
    assert "VP or Director" in big
    assert "no credit" in await DRAFTER.draft(SectionKey.REMEDIES, context(B2C_MINOR))


async def test_legal_threat_routes_the_script_through_counsel():
    text = await DRAFTER.draft(SectionKey.RESPONSE, context(LEGAL_THREAT))
    assert "legal counsel reviews this wording" in text
    assert "liability" in text


async def test_holding_script_names_the_timing_and_offers_no_money():
    ctx = context(B2B_OUTAGE)
    script = await DRAFTER.holding_script(ctx.facts, ctx.decision)
    assert "within two hours" in script
    assert "Four hours of downtime" in script
    assert not amounts(script)
    assert not lint_section(SectionKey.RESPONSE, script, ctx.decision, ctx.facts)


async def test_injection_never_prices_the_demand():
    ctx = context(INJECTION)
    sections = await plan(ctx)
    for key in OFFER_SECTIONS:
        assert "1,000,000" not in sections[key]
    assert "**Not offered:**" in sections[SectionKey.REMEDIES]
    assert "1,000,000" not in await DRAFTER.holding_script(ctx.facts, ctx.decision)


async def test_regenerate_changes_the_wording_but_not_the_numbers():
    ctx = context(B2B_OUTAGE)
    for key in SECTION_ORDER:
        first = await DRAFTER.draft(key, ctx)
        second = await DRAFTER.draft(key, ctx, variant=1)
        assert first != second, key
        assert amounts(first) == amounts(second), key


async def revise(key: SectionKey, instruction: str, text: str | None = None):
    ctx = context(B2B_OUTAGE)
    current = text or await DRAFTER.draft(key, ctx)
    return current, await DRAFTER.revise(key, ctx, current, instruction)


async def test_shorter_cuts_words():
    before, after = await revise(SectionKey.ANALYSIS, "make it shorter")
    assert words(after.text) < words(before) and after.applied == ["shorter"]


async def test_more_formal_removes_contractions():
    before, after = await revise(SectionKey.RESPONSE, "more formal please")
    assert re.search(r"\bI'm\b", before) and not re.search(
        r"\b(I'm|I'll|you'll|can't)\b", after.text
    )


async def test_warmer_adds_warmth_to_the_script():
    before, after = await revise(SectionKey.RESPONSE, "warmer")
    assert "grateful" in after.text and "grateful" not in before


async def test_mention_and_drop():
    _, after = await revise(SectionKey.PREVENTION, "mention the status page")
    assert "status page" in after.text
    before, after = await revise(SectionKey.REMEDIES, "drop the technical account manager")
    assert "technical account manager" in before
    assert "technical account manager" not in after.text


async def test_for_email_instead_of_phone_turns_the_script_into_an_email():
    before, after = await revise(SectionKey.RESPONSE, "for email instead of phone")
    assert "Subject:" in after.text and "Kind regards" in after.text
    assert "calling with excuses" in before and "calling with excuses" not in after.text
    assert "**Channel:** email" in after.text


async def test_combined_instruction_applies_every_part():
    before, after = await revise(SectionKey.RESPONSE, "shorter and warmer")
    assert set(after.applied) == {"shorter", "warmer"} and after.text != before


async def test_revisions_work_on_the_agents_own_edit():
    mine = "We're sorry about the outage. It's fixed now. We'll send a report. Thanks for waiting."
    _, after = await revise(SectionKey.TRUST, "more formal", text=mine)
    assert "We are sorry" in after.text and "Thank you" in after.text


async def test_an_instruction_it_cannot_apply_is_reported_not_faked():
    before, after = await revise(SectionKey.METRICS, "make it sing like Sinatra")
    assert after.text == before and after.unapplied == ["make it sing like Sinatra"]
