"""The facts card on the real graph: shown before drafting, corrected in one step, re-priced
at once, and the agent's word kept against later extraction."""

from __future__ import annotations

import io

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.card_commands import CardCommandError, parse_card_reply, parse_value
from bot.cli import main
from bot.conversation import ConversationService
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.models import (
    CaseFacts,
    Decision,
    FactCorrection,
    FactsCard,
    FactsVerdict,
    Reply,
    ReviewSection,
)
from graph.policy import default_policy
from graph.state import facts_of
from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.walk import confirm_card


@pytest.fixture
def service() -> ConversationService:
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=InMemorySaver())
    return ConversationService(graph)


async def card_for(service: ConversationService, thread: str, text: str) -> FactsCard:
    result = await service.start(thread, text)
    if not isinstance(result.prompt, FactsCard):
        result = await service.reply(thread, Reply(text="Nothing yet, only the ticket."))
    assert isinstance(result.prompt, FactsCard), result.prompt
    return result.prompt


async def facts(service: ConversationService, thread: str) -> CaseFacts:
    return facts_of((await service.graph.aget_state(service._config(thread))).values)


async def test_the_card_shows_each_fact_with_its_source_and_the_triage_it_leads_to(service):
    card = await card_for(service, "t", B2B_OUTAGE)
    rows = {row.key: row for row in card.rows()}
    assert rows["customer_name"].text == "Northwind Logistics"
    assert rows["value_per_year"].text == "$50,000 a year"
    assert rows["value_per_year"].provenance == "stated"
    assert "$50,000/year" in rows["value_per_year"].evidence, "the agent's words as evidence"
    assert rows["segment"].text == "business" and rows["segment"].provenance == "inferred"
    assert rows["policy_tier"].text == "Key account"
    assert rows["severity"].text == "critical" and "outage issue" in rows["severity"].evidence
    assert rows["signal:churn"].source.startswith("inferred: “")
    assert rows["tried"].text == "Nothing yet"
    assert card.investment_level == "premium" and card.package.total == 5135
    assert card.triage == (
        "Premium level · recommended package $5,135 · "
        "needs approval from Director of Customer Success"
    )
    assert (await service.current("t")).step == "facts card v1"


async def test_a_correction_reprices_at_once_and_looks_right_starts_drafting(service):
    before = await card_for(service, "c", B2C_MINOR)
    assert before.investment_level == "basic" and before.package.total == 0
    verdict = parse_card_reply("set value €1,900/month; set severity major", before.version)
    result = await service.check_facts("c", verdict)
    card = result.prompt
    assert isinstance(card, FactsCard) and card.version == 2, "the card comes back, re-priced"
    # €22,800 a year makes a consumer top-status; with a major issue that is premium.
    assert card.investment_level == "premium" and card.package.total > 0
    assert card.currency.value == "EUR" and "€" in card.triage and "$" not in card.triage
    assert "Corrected: currency, value per year, severity." in card.notice
    assert (
        "Triage now premium" in card.notice and "(was basic, in kind only, no money)" in card.notice
    )
    rows = {row.key: row for row in card.rows()}
    assert rows["value_per_year"].text == "€22,800 a year"
    assert rows["value_per_year"].provenance == rows["severity"].provenance == "corrected"
    assert rows["policy_tier"].text == "Top-status customer"

    result = await confirm_card(service, result)
    assert isinstance(result.prompt, ReviewSection) and result.prompt.version == 1
    assert result.prompt.notice is None
    plan = await service.preview("c")
    assert plan.decision.investment_level == "premium" and plan.decision.currency == "EUR"
    assert plan.decision.severity_reasons[0] == "set by the agent on the facts card"


async def test_a_correction_is_never_overwritten_by_later_extraction(service):
    card = await card_for(service, "x", B2B_OUTAGE)
    assert card.signals["churn"].value
    await service.check_facts("x", parse_card_reply("set churn off; set segment consumer"))
    corrected = await facts(service, "x")
    again = await PlaybookDrafter().extract(
        "She says they are looking at other providers and may cancel.", corrected, None
    )
    assert (
        again.signals["churn"].value is False and again.signals["churn"].provenance == "corrected"
    )
    result = await confirm_card(service, await service.current("x"))
    assert isinstance(result.prompt, ReviewSection)
    plan = await service.preview("x")
    assert plan.decision.churn_risk != "high", "policy priced it with the corrected signal"
    assert plan.facts.segment.value == "b2c" and plan.facts.segment.provenance == "corrected"


async def test_a_policy_tier_can_be_set_by_name_and_an_unknown_one_is_refused(service):
    card = await card_for(service, "p", B2C_MINOR)
    # A consumer is offered the consumer tiers, not a business's.
    assert {t.name for t in card.tier_options} == {"top", "valued", "regular", "occasional"}
    result = await service.check_facts("p", parse_card_reply("set policy tier platinum"))
    assert result.prompt.version == 1 and "the tiers are: top, valued" in result.prompt.notice
    result = await service.check_facts("p", parse_card_reply("set policy tier Valued customer"))
    card = result.prompt
    assert card.version == 2 and card.value_tier.value == "valued"
    assert card.value_tier.provenance == "corrected" and card.value_tier_label == "Valued customer"


async def test_stale_wrong_shaped_and_empty_answers_change_nothing(service):
    await card_for(service, "s", B2C_MINOR)
    result = await service.check_facts("s", parse_card_reply("set tenure 3"))
    assert result.prompt.version == 2
    stale = await service.check_facts("s", FactsVerdict(action="confirm", version=1))
    assert isinstance(stale.prompt, FactsCard) and "card 2 is current" in stale.prompt.notice
    wrong = await service.decide("s", Decision(action="approve", version=2))
    assert isinstance(wrong.prompt, FactsCard) and "Confirm the facts" in wrong.prompt.notice
    same = await service.check_facts("s", parse_card_reply("set tenure 3 years"))
    assert same.prompt.version == 2 and "Nothing changed" in same.prompt.notice
    with pytest.raises(CardCommandError, match="didn't understand 'make it cheaper'"):
        await service.message("s", "make it cheaper")
    assert (await service.current("s")).prompt.version == 2


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24000/yr", (24000, None)),
        ("€1,900/month", (22800, "EUR")),
        ("1.900 EUR per month", (22800, "EUR")),
        ("R$ 7.500", (7500, "BRL")),
        ("95k USD", (95000, "USD")),
        ("£2.5m", (2_500_000, "GBP")),
        ("1 800 €", (1800, "EUR")),
        ("1,234.50 a year", (1234.5, None)),
        ("24,5k", (24500, None)),
    ],
)
def test_typed_values_are_read_as_people_write_them(typed, expected):
    assert parse_value(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("set segment consumer", FactCorrection(segment="b2c")),
        ("set industry hotel", FactCorrection(industry="hospitality")),
        ("set tenure 18 months", FactCorrection(tenure_years=1.5)),
        ("set tier Platinum", FactCorrection(plan_tier="Platinum")),
        ("set kind outage", FactCorrection(issue_kind="outage")),
        ("set deadline Friday noon", FactCorrection(deadline="Friday noon")),
        ("set deadline on", FactCorrection(signals={"deadline": True})),
        (
            "set churn off; set legal on; set severity critical",
            FactCorrection(signals={"churn": False, "legal": True}, severity="critical"),
        ),
    ],
)
def test_card_commands_become_typed_corrections(typed, expected):
    assert parse_card_reply(typed) == FactsVerdict(action="correct", correction=expected)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("set vlaue 2000", "I can't set 'vlaue 2000'"),
        ("set value lots", "couldn't read 'lots' as an amount"),
        ("set severity huge", "not a severity; try one of: critical"),
        ("set currency EUX", "'EUX' is not a currency"),
        ("set churn maybe", "Signals are set on or off"),
    ],
)
def test_bad_card_commands_say_what_would_work(typed, says):
    with pytest.raises(CardCommandError, match=says):
        parse_card_reply(typed)


@pytest.mark.parametrize("typed", ["ok", "Looks right", "yes", "approve", "LGTM."])
def test_confirmations(typed):
    assert parse_card_reply(typed, 3) == FactsVerdict(action="confirm", version=3)


def test_coach_chat_shows_the_card_plainly_in_a_pipe_and_a_correction_reprices_it(
    tmp_path, monkeypatch, capsys
):
    """`coach chat` in-process, its input piped like a script's."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_DRAFTER", "playbook")
    lines = [
        B2C_MINOR.replace("\n", ". "),
        "set vlue 24000",
        "set value 400000/yr; set severity major; set industry bank",
        "looks right",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    with pytest.raises(SystemExit) as exited:
        main(["chat", "--thread", "card-chat"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    cards = out.split("== Check the facts (card 1) ==")[1].split("╭")[0]
    first, second = cards.split("== Check the facts (card 2) ==")
    assert "  Value per year: $180 a year  (stated: “" in first, "one plain line per fact"
    assert "Leads to: Basic level · recommended package in kind only, no money\n" in first
    assert "│" not in first + second, "no box drawing in a pipe"
    assert "I can't set 'vlue 24000'. Looks right? Type ok" in first
    assert "Triage now premium" in out and "(was basic, in kind only, no money)" in out
    assert "  Industry: banking  (corrected, by the agent on the facts card)" in second
    assert "Leads to: Premium level" in second
    assert "1/7 Issue Analysis · v1" in out, "looks right started drafting"
