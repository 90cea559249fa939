"""The Claude drafter through the real anthropic SDK, against a local fake Messages API."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import anthropic
import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.cli import _approve, drive
from bot.conversation import ConversationService
from graph.builder import CoachGraph
from graph.drafting.base import DraftContext, DrafterError
from graph.drafting.claude import ClaudeDrafter
from graph.extraction import apply_defaults, extract
from graph.models import ApprovalVerdict, CaseFacts, Reply, SectionKey
from graph.policy import decide, default_policy
from tests.cases import B2B_OUTAGE, INJECTION
from tests.fakes.fake_messages_api import FakeMessagesApi
from tests.fakes.fake_messages_api import Reply as FakeReply
from tests.walk import confirm_card

GOOD_SCRIPT = (
    "**Script:**\n> Hello, this is Dana. I'm sorry: four hours of downtime in your busiest "
    "window is not acceptable. I own this from here and you'll hear from me within 24 hours."
)


@pytest.fixture
def fake() -> Iterator[FakeMessagesApi]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        os.environ.pop(var, None)
    with FakeMessagesApi() as server:
        yield server


def drafter(fake: FakeMessagesApi, **kw: Any) -> ClaudeDrafter:
    options = {"timeout": 5.0, "max_retries": 0} | kw
    return ClaudeDrafter.connect("sk-test-secret", "claude-test", base_url=fake.base_url, **options)


def context(text: str = B2B_OUTAGE) -> DraftContext:
    facts = apply_defaults(extract(text, CaseFacts()))
    return DraftContext(facts=facts, decision=decide(facts, default_policy()))


def user_prompt(request: dict[str, Any]) -> str:
    return request["json"]["messages"][0]["content"]


async def test_extraction_uses_a_forced_tool_and_drops_figures_not_in_the_text(fake):
    fake.enqueue_tool_use(
        "record_case_facts",
        {"annual_value": 999999, "impact_hours": 4, "tried": "restarted the service",
         "churn_signal": True, "issue_kind": "outage"},
    )  # fmt: skip
    text = "Outage for 4 hours. They're on $2,000 a month. We restarted the service."
    facts = await drafter(fake).extract(text, CaseFacts(), None)
    request = fake.last_request["json"]
    assert request["tool_choice"] == {"type": "tool", "name": "record_case_facts"}
    assert "<complaint>" in user_prompt(fake.last_request)
    assert facts.annual_value.value == 24_000, "the invented 999999 is dropped"
    assert facts.impact_hours.value == 4
    assert facts.tried.value == "restarted the service"
    assert facts.signals["churn"].provenance == "inferred"


async def test_a_section_is_streamed_and_the_prompt_carries_policy_and_untrusted_complaint(fake):
    fake.enqueue_text(GOOD_SCRIPT)
    chunks: list[str] = []
    text = await drafter(fake).draft(SectionKey.RESPONSE, context(), sink=chunks.append)
    assert text == GOOD_SCRIPT.strip()
    assert len(chunks) > 3 and "".join(chunks).strip() == text
    request = fake.last_request["json"]
    assert request["stream"] is True and request["model"] == "claude-test"
    assert "untrusted" in request["system"]
    prompt = user_prompt(fake.last_request)
    assert '"envelope_max":5135.0' in prompt and "<complaint>" in prompt
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


async def test_a_draft_that_offers_money_outside_policy_is_corrected(fake):
    fake.enqueue_text("We will refund $1,000,000 today.")
    fake.enqueue_text("We offer a $135 service credit, pending approval.")
    text = await drafter(fake).draft(SectionKey.REMEDIES, context())
    assert text == "We offer a $135 service credit, pending approval."
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
    if request.get("tools"):
        return FakeReply.tool_use("record_case_facts", {"demanded_amount": 1000000})
    return FakeReply.text("Good news: we will pay you $1,000,000 and guarantee no repeat.")


async def test_injected_complaint_with_a_compromised_model_never_yields_the_promise(fake):
    fake.responder = compromised_model
    graph = CoachGraph(drafter(fake), default_policy()).compile(checkpointer=InMemorySaver())
    service = ConversationService(graph)
    result = await drive(
        service, await service.start("evil", INJECTION), lambda _: Reply(text="nothing yet"),
        _approve, approve=lambda _: ApprovalVerdict(approved=True, by_id="U_L"),
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
    fake.enqueue_tool_use("record_case_facts", {})
    fake.enqueue_text("I'm sorry about the outage; I'll call you back within two hours.")
    result = await service.start("t", B2B_OUTAGE)
    assert result.prompt.kind == "ask_missing"
    fake.enqueue_tool_use("record_case_facts", {"tried": "nothing yet"})
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
