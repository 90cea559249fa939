"""Live coaching in Slack: real Bolt over signed HTTP against the fake Web API, real Redis.
A scripted live call on the worked B2B outage, `>` quotes and the Live call mode, the first
words streamed before the whole reply, I said it tracking the line's promise."""

from __future__ import annotations

import time

from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.live.script import ABOVE_AUTHORITY, CALL
from tests.slack.conftest import DIRECTOR
from tests.slack.drafters import SlowDrafter
from tests.slack.helpers import (
    CHANNEL,
    HOSTILE,
    STRANGER,
    actions,
    approve_to_plan_review,
    body_text,
    bot_messages,
    confirm_card,
    heading,
    live_tokens,
    mention,
    press,
    wait_for_ephemeral,
    wait_for_heading,
)
from tests.slack.test_slack_checks import say

CASE_WORDS = ("4-hour outage", "Director of Customer Success")


def replies(fake, thread: str) -> list[dict]:
    return [m for m in bot_messages(fake, thread) if '"*Say now:*' in body_text(m)]


async def next_reply(fake, thread: str, count: int) -> dict:
    def found() -> dict | None:
        shown = replies(fake, thread)
        return shown[count] if len(shown) > count else None

    return await fake.wait_for_async(found, timeout=15)


async def test_a_scripted_live_call_on_the_b2b_outage(bot, fake):
    url, served = bot
    thread = await mention(url, B2B_OUTAGE)
    await fake.wait_for_async(
        lambda: any("already been tried" in m["text"] for m in bot_messages(fake, thread))
    )
    await say(url, thread, "Nothing yet, only the ticket.")
    await confirm_card(url, fake, thread)
    card = await fake.wait_for_async(
        lambda: next(
            (m for m in bot_messages(fake, thread) if "coach_reassign" in actions(m)), None
        )
    )
    assert "coach_live_start" in actions(card), "the case card starts a live call"
    case = f"slack:{CHANNEL}:{thread}"

    half = len(CALL) // 2
    for n, (words, _) in enumerate(CALL[:half]):  # quoted: `> what they said`
        await say(url, thread, f"> {words}")
        reply = await next_reply(fake, thread, n)
        body = body_text(reply)
        assert any(w in body for w in CASE_WORDS), body
        assert "*The customer said:*" in body
        if n == ABOVE_AUTHORITY:
            said_line = reply
            assert "call you back" in body and "2,000" not in body.split("customer said")[0]
            assert "Don't name $2,000" in body

    await press(url, card, "coach_live_start")
    await fake.wait_for_async(
        lambda: any("started a live call" in body_text(m) for m in bot_messages(fake, thread))
    )
    for n, (words, _) in enumerate(CALL[half:], start=half):  # in the call: plain messages
        await say(url, thread, words)
        reply = await next_reply(fake, thread, n)
        assert any(w in body_text(reply) for w in CASE_WORDS), body_text(reply)
        assert "coach_live_end" in actions(reply)
    await say(url, thread, "end call")
    await fake.wait_for_async(
        lambda: any("ended the live call" in body_text(m) for m in bot_messages(fake, thread))
    )

    streams = fake.calls_to("chat.startStream", ok=True)
    posts = [c for c in fake.calls_to("chat.postMessage", ok=True) if "Say now" in str(c.params)]
    assert len(streams) >= len(CALL) and streams[0].timestamp < posts[0].timestamp
    appended = fake.calls_to("chat.appendStream", ok=True) + streams
    assert any("4-hour outage" in str(c.params) for c in appended), "first words streamed"

    await press(url, said_line, "coach_live_said")
    tracked = await fake.wait_for_async(
        lambda: next((m for m in bot_messages(fake, thread)
                      if "said the line. Promises now tracked" in body_text(m)), None)
    )  # fmt: skip
    assert "coach_check_kept" in actions(tracked)
    tracker = served.coach.tracker
    live = [p for p in await tracker.promises.for_thread(case) if p.source == "live_line"]
    assert any(p.due_kind == "clock" and "call you back" in p.text for p in live)
    said = await tracker.said.for_thread(case)
    assert len([e for e in said if e.kind == "live_line"]) == len(CALL)
    assert [e.said is not None for e in said].count(True) == 1

    # The section under review was never disturbed, and the posted plan's file records
    # what was said to the customer during the call.
    final = await approve_to_plan_review(url, fake, thread)
    await press(url, final, "coach_finalize")
    approval = await wait_for_heading(fake, thread, "Approval needed")
    await press(url, approval, "coach_grant", user=DIRECTOR)
    plan = await fake.wait_for_async(lambda: next(iter(fake.files), None))
    record = plan.text.split("## What was said")
    assert len(record) == 2 and "live line" in record[1] and "call you back" in record[1]


async def test_only_the_owner_or_a_lead_and_customer_text_stays_inert(bot, fake):
    url, _ = bot
    thread = await mention(url, B2B_OUTAGE)
    await fake.wait_for_async(
        lambda: any("already been tried" in m["text"] for m in bot_messages(fake, thread))
    )
    await say(url, thread, "> I want a refund", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    await say(url, thread, f"> Why did {HOSTILE} break?")
    reply = await next_reply(fake, thread, 0)
    assert live_tokens(reply) == [], live_tokens(reply)
    await say(url, thread, ">   ")
    await wait_for_ephemeral(fake, "what the customer just said")


async def test_a_live_line_is_answered_while_a_section_is_still_drafting(serve_bot, fake):
    url, _ = await serve_bot(SlowDrafter(draft_delay=2.0))
    thread = await mention(url, B2C_MINOR)
    await confirm_card(url, fake, thread)  # the first section now takes 2 s to draft
    started = time.monotonic()
    await say(url, thread, "> When will it be fixed?")
    reply = await next_reply(fake, thread, 0)
    assert time.monotonic() - started < 1.5, "not queued behind the draft"
    assert not any("1/7" in heading(m) for m in bot_messages(fake, thread))
    assert "next update" in body_text(reply)
    await wait_for_heading(fake, thread, "1/7")
