"""The offline drafter: grounded, proportionate, and revisions that move the text."""

from __future__ import annotations

import re

import pytest

from graph.checks import foreign_currency_marks
from graph.drafting.base import DraftContext
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import apply_defaults, extract
from graph.lint import amounts, lint_plan, lint_section, words
from graph.models import OFFER_SECTIONS, SECTION_ORDER, CaseFacts, Fact, SectionKey
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


# --- cases built from facts directly, as extraction (or the facts card) would leave them


def facts_of(complaint: str, signals: tuple[str, ...] = (), **fields) -> CaseFacts:
    facts = CaseFacts(
        complaint=Fact(value=complaint),
        tried=Fact(value="Nothing yet"),
        **{k: v if isinstance(v, (bool, Fact)) else Fact(value=v) for k, v in fields.items()},
    )
    for name in signals:
        facts.set_signal(name, Fact(value=True))
    return apply_defaults(facts)


def built(facts: CaseFacts) -> DraftContext:
    return DraftContext(facts=facts, decision=decide(facts, default_policy()), owner_name="Dana")


FLIGHT = facts_of(
    "Customer: Ana Ruiz\nHer flight from Madrid was delayed five hours and she missed her "
    "connection in Frankfurt. She had to buy a hotel room and a new ticket herself.",
    customer_name="Ana Ruiz", segment="b2c", industry="airline", currency="EUR",
    annual_value=22_000.0, plan_tier="Platinum", issue_kind="service", impact_hours=5.0,
    out_of_pocket=380.0, tenure_years=9.0,
)  # fmt: skip
HOTEL = facts_of(
    "Customer: Tom Hale\nThe room we booked for their anniversary was given away; the late "
    "check-in ruined their anniversary dinner. We offered a £20 voucher and he called it insulting.",
    customer_name="Tom Hale", segment="b2c", industry="hospitality", currency="GBP",
    annual_value=1_800.0, issue_kind="service", already_offered=20.0,
    offer_refused=Fact(value=True), signals=("life_event",),
)  # fmt: skip
BANK = facts_of(
    "Cliente: Marina Souza\nCobramos duas vezes a tarifa do cartão e o aluguel dela voltou.",
    customer_name="Marina Souza", segment="b2c", industry="banking", currency="BRL",
    annual_value=7_500.0, issue_kind="billing", fees_in_error=89.9,
    signals=("financial_harm", "broken_promise"), deadline="Monday",
)  # fmt: skip
GLITCH = facts_of(
    "Customer: Lee Park\nThe app froze for ten minutes. He wants six months free plus $300.",
    customer_name="Lee Park", segment="b2c", industry="gaming_media", currency="USD",
    annual_value=120.0, issue_kind="defect", demanded_amount=390.0,
)  # fmt: skip


def retail_customer(issue: str, **fields) -> CaseFacts:
    """One consumer of a shop, so route and scope cases differ only in what is routed."""
    return facts_of(
        f"Customer: Jo Bell\n{issue}", customer_name="Jo Bell", segment="b2c", industry="retail",
        currency="USD", annual_value=900.0, **fields,
    )  # fmt: skip


ROUTED = {
    signal: retail_customer(
        "The order arrived damaged and she is very unhappy about it.",
        signals=(signal,),
        issue_kind="delivery",
    )
    for signal in ("legal", "regulator", "privacy", "safety", "public")
}
SCOPED = {
    scope: retail_customer(
        "The blender stopped working after fourteen months.", issue_kind="defect", scope=scope
    )
    for scope in ("warranty", "refund_policy", "attorney_dispute")
}
BUILT = {"flight": FLIGHT, "hotel": HOTEL, "bank": BANK, "glitch": GLITCH}
BUILT |= {f"route-{k}": v for k, v in ROUTED.items()} | {f"scope-{k}": v for k, v in SCOPED.items()}


@pytest.mark.parametrize("name", list(BUILT))
async def test_built_cases_give_lint_clean_plans_in_their_own_voice_and_currency(name):
    ctx = built(BUILT[name])
    sections = await plan(ctx)
    report = lint_plan(sections, ctx.decision, ctx.facts)
    assert report.passed, [f.message for f in report.findings]
    assert 600 <= report.word_count <= 1000, report.word_count
    text = "\n".join(sections.values())
    assert not re.search(r"\byour (team|staff|customers)\b", text, re.I)
    currency = ctx.facts.currency.value
    assert ctx.decision.currency == currency
    assert not foreign_currency_marks(text, currency)
    holding = await DRAFTER.holding_script(ctx.facts, ctx.decision)
    assert not foreign_currency_marks(holding, currency) and not amounts(holding)


async def test_the_script_speaks_of_the_customers_own_loss_and_names_what_we_owe():
    ctx = built(FLIGHT)
    script = await DRAFTER.draft(SectionKey.RESPONSE, ctx)
    assert "this meant you missed your connection in Frankfurt" in script
    assert ctx.decision.approval_required, "goodwill on top is above the agent's authority"
    assert "pay back what this cost you out of pocket" in script and "€380" not in script
    assert "the journey you booked with us" in await DRAFTER.draft(
        SectionKey.RESPONSE, ctx, variant=1
    )
    remedies = await DRAFTER.draft(SectionKey.REMEDIES, ctx)
    assert "€380" in remedies and "miles" in remedies + "status"
    holding = await DRAFTER.holding_script(ctx.facts, ctx.decision)
    assert "missed your connection" in holding


async def test_amounts_and_deadlines_agree_across_script_remedies_and_metrics():
    ctx = built(BANK)
    sections = await plan(ctx)
    assert "refund the R$89.90 we charged you in error" in sections[SectionKey.RESPONSE]
    assert "R$89.90" in sections[SectionKey.REMEDIES] and "R$89.90" in sections[SectionKey.METRICS]
    update = re.search(r"a clear answer within ([\w ]+?) on", sections[SectionKey.RESPONSE])
    assert update and "by Monday" in sections[SectionKey.RESPONSE]
    assert f"within {update.group(1)}" in sections[SectionKey.METRICS]
    assert "by Monday" in sections[SectionKey.METRICS]
    assert "You were told before" in sections[SectionKey.RESPONSE]


async def test_a_refused_token_offer_is_owned_and_not_repeated():
    ctx = built(HOTEL)
    sections = await plan(ctx)
    assert "you were right to turn it down" in sections[SectionKey.RESPONSE]
    assert "**Earlier offer refused:**" in sections[SectionKey.REMEDIES]
    assert "it spoiled your anniversary dinner" not in sections[SectionKey.RESPONSE]
    assert "it ruined your anniversary dinner" in sections[SectionKey.RESPONSE]
    floor = 20 * default_policy().refused_offer.min_multiple
    for package in (ctx.decision.recommended, ctx.decision.alternative):
        assert sum(i.amount for i in package.items if i.kind == "credit") >= floor


async def test_an_out_of_proportion_demand_is_declined_with_what_we_can_do():
    ctx = built(GLITCH)
    sections = await plan(ctx)
    assert ctx.decision.demand == "declined"
    assert "isn't something I can offer" in sections[SectionKey.RESPONSE]
    assert "**Not offered:**" in sections[SectionKey.REMEDIES]
    for text in sections.values():
        assert "390" not in text and "$300" not in text


@pytest.mark.parametrize(
    ("signal", "words"),
    [("privacy", "won't guess at what was or wasn't affected"),
     ("safety", "please get medical help first"),
     ("regulator", "entitled to take this to the regulator"),
     ("legal", "legal counsel reviews this wording"),
     ("public", "Communications team")],
)  # fmt: skip
async def test_each_route_is_honoured_in_the_response(signal, words):
    ctx = built(ROUTED[signal])
    assert words in await DRAFTER.draft(SectionKey.RESPONSE, ctx)


@pytest.mark.parametrize("scope", list(SCOPED))
async def test_out_of_scope_cases_say_where_the_decision_lies(scope):
    ctx = built(SCOPED[scope])
    route = default_policy().out_of_scope[scope]
    assert f"**Decided elsewhere:** {route.to}" in await DRAFTER.draft(SectionKey.REMEDIES, ctx)
    assert "decided elsewhere" in await DRAFTER.draft(SectionKey.RESPONSE, ctx)
