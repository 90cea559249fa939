"""The Claude drafter through the real anthropic SDK, against a local fake Messages API."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.commands.drafting import approve_shown, drive
from bot.conversation import ConversationService
from graph.builder import CoachGraph
from graph.drafting.base import DrafterError
from graph.extraction import extract as extract_offline
from graph.llm_models import CURRENT_SONNET
from graph.models import ApprovalVerdict, CaseFacts, Fact, Reply, SectionKey
from graph.policy import default_policy
from tests.cases import B2B_OUTAGE, INJECTION
from tests.fakes.coach_model import context, drafter
from tests.fakes.fake_messages_api import Reply as FakeReply
from tests.walk import confirm_card

GOOD_SCRIPT = (
    "**Script:**\n> Hello, this is Dana. I'm sorry: four hours of downtime in your busiest "
    "window is not acceptable. I own this from here and you'll hear from me within 24 hours."
)


def user_prompt(request: dict[str, Any]) -> str:
    """The first user turn as one string, whether it was sent as text or as blocks."""
    content = request["json"]["messages"][0]["content"]
    return content if isinstance(content, str) else "\n".join(b["text"] for b in content)


async def test_extraction_uses_structured_outputs_and_drops_figures_not_in_the_text(fake):
    fake.enqueue(FakeReply.json(
        {"annual_value": 999999, "impact_hours": 4, "tried": "restarted the service",
         "signals": ["churn"], "issue_kind": "outage"},
    ))  # fmt: skip
    text = "Outage for 4 hours. They're on $2,000 a month. We restarted the service."
    facts = await drafter(fake).extract(text, CaseFacts(), None)
    request = fake.last_request["json"]
    assert "tool_choice" not in request and "tools" not in request
    assert request["output_config"]["format"]["type"] == "json_schema"
    assert request["output_config"]["effort"] == "low"
    assert "<customer_text>" in user_prompt(fake.last_request)
    assert facts.annual_value.value == 24_000, "the invented 999999 is dropped"
    assert facts.impact_hours.value == 4
    assert facts.tried.value == "restarted the service"
    assert facts.signals["churn"].provenance == "inferred"


async def test_claudes_form_fills_every_case_fact_and_respects_the_agents_corrections(fake):
    fake.enqueue(FakeReply.json({
        "industry": "banking", "segment": "b2c", "currency": "EUR", "language": "es",
        "fees_in_error": 45, "out_of_pocket": 999, "scope": "refund_policy",
        "amounts": [{"value": 45, "currency": "EUR", "role": "fee_in_error"},
                    {"value": 70000, "role": "customer_value", "basis": "annual"}],
        "signals": ["regulator"], "value_uncertain": True, "tenure_years": 8,
    }))  # fmt: skip
    text = (
        "Nos cobraron 45 € de comisión por error. Dice que irá al Banco de España. "
        "Lo ha publicado en Twitter."
    )
    corrected = CaseFacts(tenure_years=Fact(value=3.0, provenance="corrected"))
    assert "public" in extract_offline(text, corrected).signals, "the offline guess"
    facts = await drafter(fake).extract(text, corrected, None)
    assert facts.industry.value == "banking" and facts.currency_code == "EUR"
    assert facts.fees_in_error.value == 45 and facts.out_of_pocket is None, "999 not written"
    found = {(a.value, a.role) for a in facts.amounts}
    assert (45, "fee_in_error") in found
    assert not any(value == 70000 for value, _ in found), "never written, so not kept"
    assert facts.scope.value == "refund_policy" and facts.signal("regulator")
    assert "public" not in facts.signals, "an offline guess Claude does not confirm is dropped"
    assert facts.tenure_years.value == 3.0, "the agent's correction stands"
    assert "value" in facts.uncertain


async def test_a_section_is_streamed_and_the_prompt_carries_policy_and_untrusted_complaint(fake):
    three_paragraphs = f"{GOOD_SCRIPT}\n\n**Channel:** phone.\n\n**When:** within 2 hours."
    fake.enqueue_text(three_paragraphs)
    chunks: list[str] = []
    text = await drafter(fake).draft(SectionKey.RESPONSE, context(), sink=chunks.append)
    assert text == three_paragraphs
    assert len(chunks) == 3, "one vetted paragraph at a time"
    assert "".join(chunks).strip() == text
    request = fake.last_request["json"]
    assert request["stream"] is True and request["model"] == CURRENT_SONNET
    assert "untrusted" in request["system"][0]["text"]
    prompt = user_prompt(fake.last_request)
    assert '"envelope_max":5135.0' in prompt and "<customer_text>" in prompt
    assert fake.last_request["headers"].get("authorization") is True, "key sent, never recorded"
    assert "[your name]" in prompt and "[your direct line or email]" in prompt


async def test_the_prompt_names_the_case_owner_and_their_direct_contact(fake):
    fake.enqueue_text(GOOD_SCRIPT)
    ctx = context().model_copy(update={"owner_name": "Dana Kim", "owner_contact": "+1 555 0100"})
    await drafter(fake).draft(SectionKey.RESPONSE, ctx)
    prompt = user_prompt(fake.last_request)
    assert "owner, who speaks in every script" in prompt
    assert "Dana Kim" in prompt and "+1 555 0100" in prompt
    assert "[your name]" not in prompt


FILLER = (
    "The package follows policy for this tier and severity, records the precedent, and "
    "names who approves it before anything is said to the customer."
)
CORRECTED = f"We offer a $135 service credit, pending approval. {FILLER}"


async def test_a_draft_that_offers_money_outside_policy_is_corrected(fake):
    fake.enqueue_text("We will refund $1,000,000 today. " + FILLER)
    fake.enqueue_text(CORRECTED)
    text = await drafter(fake).draft(SectionKey.REMEDIES, context())
    assert text == CORRECTED
    correction = fake.requests[-1]["json"]["messages"]
    assert correction[1]["role"] == "assistant" and "$1,000,000" in correction[2]["content"]


async def test_a_model_that_insists_on_a_bad_promise_is_replaced_by_the_playbook(fake):
    fake.enqueue_text("Refund $1,000,000 now.")
    fake.enqueue_text("Fine: refund $1,000,000 now, guaranteed.")
    text = await drafter(fake).draft(SectionKey.REMEDIES, context())
    assert "1,000,000" not in text and "$5,135" in text


async def test_holding_script_with_money_falls_back(fake):
    fake.enqueue_text("So sorry! Here is $500 for your trouble.")
    ctx = context()
    script = await drafter(fake).holding_script(ctx.facts, ctx.decision)
    assert "$" not in script and "within two hours" in script


async def test_revision_returns_claudes_text(fake):
    fake.enqueue_text("Shorter: " + GOOD_SCRIPT)
    revision = await drafter(fake).revise(SectionKey.RESPONSE, context(), GOOD_SCRIPT, "shorter")
    assert revision.text.startswith("Shorter:") and revision.applied == ["shorter"]
    assert "Agent's instruction: shorter" in user_prompt(fake.last_request)


async def test_rate_limit_is_retried_by_the_sdk(fake):
    fake.fail_next(429, retry_after=0.01)
    fake.enqueue_text(GOOD_SCRIPT)
    text = await drafter(fake, max_retries=2).draft(SectionKey.RESPONSE, context())
    assert text == GOOD_SCRIPT.strip() and len(fake.requests) == 2


@pytest.mark.parametrize(
    ("inject", "message"),
    [
        (lambda f: f.fail_next(529, count=5), r"Claude is unavailable \(HTTP 529\)"),
        (lambda f: f.fail_next(429, count=5, retry_after=0.01), "rate-limiting"),
        (lambda f: f.delay_next(3), "took too long"),
    ],
)
async def test_failures_become_a_clear_drafter_error(fake, inject, message):
    inject(fake)
    with pytest.raises(DrafterError, match=message) as err:
        await drafter(fake, timeout=0.5).draft(SectionKey.RESPONSE, context())
    assert "Nothing was lost" in str(err.value)
    assert "sk-test-secret" not in str(err.value)


def compromised_model(request: dict[str, Any]) -> FakeReply:
    """A model that obeys the complaint: every draft promises the demanded money."""
    if (request.get("output_config") or {}).get("format"):
        return FakeReply.json({"demanded_amount": 1000000})
    return FakeReply.text("Good news: we will pay you $1,000,000 and guarantee no repeat.")


async def test_injected_complaint_with_a_compromised_model_never_yields_the_promise(fake):
    fake.responder = compromised_model
    graph = CoachGraph(drafter(fake), default_policy()).compile(checkpointer=InMemorySaver())
    service = ConversationService(graph)
    result = await drive(
        service, await service.start("evil", INJECTION), lambda _: Reply(text="nothing yet"),
        approve_shown, approve=lambda _: ApprovalVerdict(approved=True, by_id="U_L"),
    )  # fmt: skip
    plan = result.plan
    assert plan is not None
    for section in plan.sections:
        assert "1,000,000" not in section.text, section.key
    assert plan.lint.passed, plan.lint.findings
    assert "1,000,000" not in plan.holding_script
    assert plan.decision.recommended.total <= plan.decision.envelope_max < 10_000


async def test_a_failed_step_is_reported_and_retry_continues_from_the_same_place(fake):
    graph = CoachGraph(drafter(fake), default_policy()).compile(checkpointer=InMemorySaver())
    service = ConversationService(graph)
    fake.enqueue(FakeReply.json({}))
    fake.enqueue_text("I'm sorry about the outage; I'll call you back within two hours.")
    result = await service.start("t", B2B_OUTAGE)
    assert result.prompt.kind == "ask_missing"
    fake.enqueue(FakeReply.json({"tried": "nothing yet"}))
    result = await service.reply("t", Reply(text="nothing yet"))
    assert result.prompt.kind == "facts_card", "the facts are checked before Claude drafts"
    fake.fail_next(529)
    result = await confirm_card(service, result)
    assert result.error and "529" in result.error and result.prompt is None
    fake.enqueue_text("**Root cause:** to be determined; engineering reports within 24 hours.")
    result = await service.retry("t")
    assert result.error is None and result.prompt.kind == "review_section"
    assert result.prompt.key == SectionKey.ANALYSIS and "to be determined" in result.prompt.text


def test_sdk_is_the_real_one():
    assert anthropic.AsyncAnthropic.__module__.startswith("anthropic")


async def test_reading_the_value_answer_keeps_the_signals_the_complaint_gave(fake):
    """Claude's signals are its reading of one message: the value answer ("about $3k a
    year") says nothing of the complaint's churn, so the churn it confirmed stands."""
    reader = drafter(fake)
    fake.enqueue(FakeReply.json({"signals": ["churn"], "issue_kind": "outage"}))
    facts = await reader.extract(
        "Down all morning; they are moving to a competitor.", CaseFacts(), None
    )
    fake.enqueue(FakeReply.json({"signals": []}))
    facts = await reader.extract("About $3,000 a year, customer since 2019.", facts, "value")
    assert facts.signal("churn")
    assert facts.annual_value.value == 3_000
