"""The Claude live drafter through the real anthropic SDK against the fake Messages API:
the fast model, streamed a sentence at a time through the guard, the playbook on failure."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from graph.extraction import apply_defaults, extract
from graph.live.case import LiveCase
from graph.live.claude import ClaudeLiveDrafter
from graph.llm_models import CURRENT_HAIKU
from graph.models import CaseFacts
from graph.policy import decide, default_policy
from graph.state import Owner
from tests.cases import B2B_OUTAGE
from tests.fakes.coach_model import drafter

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=ZoneInfo("Europe/London"))
GOOD = (
    "Dana Cole here: I hear you, and the 4-hour outage on your busiest day is on us. "
    "I'll confirm the next step with the Director of Customer Success and call you back "
    "by 15:00 today."
)


def outage() -> LiveCase:
    facts = apply_defaults(extract(B2B_OUTAGE, CaseFacts()))
    return LiveCase(thread="t", facts=facts, decision=decide(facts, default_policy()),
                    owner=Owner(name="Dana Cole"), now=NOW)  # fmt: skip


def live(fake) -> ClaudeLiveDrafter:
    claude = drafter(fake)
    return ClaudeLiveDrafter(claude.client, claude.fast)


async def test_the_fast_model_streams_a_vetted_line_sentence_by_sentence(fake):
    fake.enqueue_text(GOOD)
    shown: list[str] = []

    async def words(chunk: str) -> None:
        shown.append(chunk)

    reply = await live(fake).reply("Refund us $2,000 now.", outage(), words)
    assert reply.drafter == "claude" and reply.say == GOOD
    assert len(shown) == 2, "each sentence shown as soon as it is whole"
    request = fake.last_request["json"]
    assert request["model"] == CURRENT_HAIKU and request["stream"] is True
    prompt = request["messages"][0]["content"]
    assert "<customer_words>\nRefund us $2,000 now.\n</customer_words>" in prompt
    assert reply.avoid and "$2,000" in reply.avoid[0].what, "the coaching is policy's"


async def test_an_unvetted_amount_or_a_guarantee_never_reaches_the_agent(fake):
    shown: list[str] = []

    async def words(chunk: str) -> None:
        shown.append(chunk)

    for bad in ("Sure, I can refund you $2,000 today.",
                "I guarantee it will never happen again."):  # fmt: skip
        shown.clear()
        fake.enqueue_text(bad)
        reply = await live(fake).reply("Refund us $2,000 now.", outage(), words)
        assert reply.drafter == "playbook" and "2,000" not in reply.say
        assert not any("2,000" in s or "guarantee" in s for s in shown)


async def test_any_failure_falls_back_to_the_playbook(fake):
    fake.fail_next(529)
    reply = await live(fake).reply("Why did this happen?", outage(), None)
    assert reply.drafter == "playbook" and reply.move == "why" and "4-hour outage" in reply.say
