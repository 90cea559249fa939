"""Slack's rules under pressure: ack first, one turn at a time, failures that can be retried.

Driven only by signed HTTP requests to the bot's real endpoint; what the bot did is
read back from the fake Web API and the case's own state.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.slack.server import Bot
from graph.models import ReviewSection, SectionKey
from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.fakes.fake_slack_api import BOT_USER_ID, FakeSlackApi
from tests.fakes.slack_requests import post, post_async
from tests.slack.conftest import ServeBot
from tests.slack.drafters import (
    BurningDrafter,
    ChattyDrafter,
    FlakyDrafter,
    LoopStallingDrafter,
    SlowDrafter,
    WatchedDrafter,
)
from tests.slack.helpers import (
    CHANNEL,
    STRANGER,
    actions,
    bot_messages,
    confirm_card,
    first_section,
    heading,
    mention,
    press,
    slack,
    wait_for_ephemeral,
    wait_for_heading,
    wait_until_quiet,
)


def thread_id(ts: str) -> str:
    return f"slack:{CHANNEL}:{ts}"


async def review_of(bot: Bot, ts: str) -> ReviewSection:
    now = await bot.coach.service.current(thread_id(ts))
    assert now is not None and isinstance(now.prompt, ReviewSection), now
    return now.prompt


async def test_the_ack_comes_back_at_once_and_the_work_runs_after_it(serve_bot: ServeBot, fake):
    url, _ = await serve_bot(SlowDrafter(holding_delay=1.5))
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    started = time.monotonic()
    status, _ = await post_async(url, request)
    acked = time.monotonic() - started
    assert status == 200 and acked < 1.0, f"ack took {acked:.2f}s"
    thread = request.event["ts"]
    assert not bot_messages(fake, thread), "nothing is drafted before the ack returns"
    await wait_for_heading(fake, thread, "Say this now")
    assert time.monotonic() - started >= 1.5, "the holding script came from the slow drafter"


@pytest.mark.parametrize(
    ("busy_drafter", "seconds"),
    [(BurningDrafter, 2.0), (LoopStallingDrafter, 1.5)],
    ids=["another thread burns the cpu", "the work loop itself is stalled"],
)
async def test_a_mention_is_acked_at_once_while(
    serve_bot: ServeBot, fake: FakeSlackApi, busy_drafter: type[BurningDrafter], seconds: float
):
    """The ack is answered by the front desk's own loop: neither a CPU-bound draft nor a
    step that blocks the work loop outright can hold a click's spinner or make Slack retry."""
    drafter = busy_drafter(seconds)
    url, _ = await serve_bot(drafter)
    busy = await mention(url, B2C_MINOR)
    other = slack.app_mention(B2B_OUTAGE, channel=CHANNEL)

    def ack_while_busy() -> tuple[int, float, bool]:
        # Timed from its own OS thread: the test's loop is the bot's work loop, and would
        # be held up by the very stall this test looks for.
        assert drafter.busy.wait(10), "the first thread never reached its holding script"
        started = time.monotonic()
        status, _ = post(url, other)
        return status, time.monotonic() - started, drafter.done.is_set()

    status, acked, done = await asyncio.to_thread(ack_while_busy)
    assert status == 200 and acked < 0.5, f"ack took {acked:.2f}s behind a busy work loop"
    assert not done, "the ack was timed after the other thread's work had ended"
    await wait_for_heading(fake, busy, "Say this now")
    await wait_for_heading(fake, other.event["ts"], "Say this now")


async def test_the_holding_script_is_posted_before_the_first_section_is_drafted(
    serve_bot: ServeBot, fake: FakeSlackApi
):
    url, _ = await serve_bot(SlowDrafter(draft_delay=1.5))
    thread = await mention(url, B2C_MINOR)
    holding = await wait_for_heading(fake, thread, "Say this now")
    assert not any("1/7" in heading(m) for m in bot_messages(fake, thread)), (
        "the agent has words for the customer while the plan is still being drafted"
    )
    section = await first_section(url, fake, thread)
    assert float(holding["ts"]) < float(section["ts"])
    assert sum(heading(m) == "Say this now" for m in bot_messages(fake, thread)) == 1
    statuses = await fake.wait_for_async(
        lambda: (h := fake.assistant_thread(CHANNEL, thread)["status_history"])[-1] == "" and h
    )
    assert statuses.index("is drafting the plan…") < statuses.index("is drafting Issue Analysis…")
    # Slack shows the status after the app's name: "Escalation Coach is drafting…".
    assert all(s == "" or s.startswith("is ") for s in statuses), statuses


async def test_a_double_click_on_approve_approves_one_section(bot, fake):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    v1 = await first_section(url, fake, thread)
    await asyncio.gather(press(url, v1, "coach_approve"), press(url, v1, "coach_approve"))
    await wait_for_ephemeral(fake, "older version")
    await wait_for_heading(fake, thread, "2/7")
    await asyncio.sleep(0.5)
    assert not any("3/7" in heading(m) for m in bot_messages(fake, thread))
    assert (await review_of(served, thread)).index == 1, "section 2 waits, unapproved"


async def test_two_replies_at_once_run_one_after_the_other(serve_bot: ServeBot, fake):
    drafter = WatchedDrafter(delay=0.3)
    url, served = await serve_bot(drafter)
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    replies = [
        slack.message(text, channel=CHANNEL, thread_ts=thread)
        for text in ("shorter", "warmer", "mention the sync fix")
    ]
    await asyncio.gather(*(post_async(url, r) for r in replies))
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v4")
    assert drafter.most_at_once == 1, "turns of one thread never overlap"
    state = await served.coach.service.graph.aget_state(
        {"configurable": {"thread_id": thread_id(thread)}}
    )
    versions = state.values["sections"]["analysis"]["versions"]
    assert {v["instruction"] for v in versions[1:]} == {"shorter", "warmer", "mention the sync fix"}


async def test_a_drafter_failure_offers_retry_and_retry_continues(serve_bot: ServeBot, fake):
    url, served = await serve_bot(FlakyDrafter(SectionKey.ANALYSIS))
    thread = await mention(url, B2C_MINOR)
    await confirm_card(url, fake, thread)
    failure = await fake.wait_for_async(
        lambda: next((m for m in bot_messages(fake, thread) if "coach_retry" in actions(m)), None),
        timeout=15,
    )
    assert "overloaded" in failure["text"]
    assert not any("1/7" in heading(m) for m in bot_messages(fake, thread))
    await press(url, failure, "coach_retry", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    # Slack refuses an ephemeral to someone it does not count as in the channel: the
    # answer is said in the thread, to them, not turned into "something went wrong".
    fake.fail_next("chat.postEphemeral", error="user_not_in_channel")
    await press(url, failure, "coach_retry", user=STRANGER)
    told = await fake.wait_for_async(
        lambda: next((m for m in bot_messages(fake, thread) if f"<@{STRANGER}>" in m["text"]), None)
    )
    assert "case owner" in told["text"] and "went wrong" not in told["text"]
    assert not any("went wrong" in m.get("text", "") for m in bot_messages(fake, thread))
    await press(url, failure, "coach_retry")
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v1")
    await press(url, failure, "coach_retry")
    await wait_for_ephemeral(fake, "nothing to retry")
    assert (await review_of(served, thread)).key == SectionKey.ANALYSIS
    holding = [m for m in bot_messages(fake, thread) if heading(m) == "Say this now"]
    assert len(holding) == 1, "the retry picks up after the holding script, not before it"


async def test_drafts_stream_into_the_thread_and_make_way_for_the_review(bot, fake):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    started = fake.calls_to("chat.startStream", ok=True)
    assert started, "drafted text is streamed"
    assert {c.params.get("recipient_user_id") for c in started} == {slack.user_id}
    assert {c.params.get("recipient_team_id") for c in started} == {slack.team_id}
    streamed = {c.response["ts"] for c in started}
    assert streamed <= {c.params["ts"] for c in fake.calls_to("chat.stopStream", ok=True)}
    left = {m["ts"] for m in bot_messages(fake, thread)}
    assert not streamed & left, "the live draft is replaced by the review message"


async def test_without_streaming_one_message_is_updated_at_a_polite_rate(serve_bot: ServeBot, fake):
    fake.set_unavailable("chat.startStream")
    drafter = ChattyDrafter(piece=8, pause=0.02)
    url, _ = await serve_bot(drafter)
    thread = await mention(url, B2C_MINOR)
    started = time.monotonic()
    section = await first_section(url, fake, thread)
    seconds = time.monotonic() - started
    assert "coach_approve" in actions(section)
    live = fake.calls_to("chat.postMessage", ok=True)
    drafts = [c for c in live if c.params.get("text", "").startswith("Drafting")]
    assert len(drafts) == 1, "one live message per section"
    updates = fake.calls_to("chat.update", ok=True)
    assert drafter.pieces >= 50 and seconds > 1.0
    assert 1 <= len(updates) <= seconds + 1, f"{len(updates)} updates, {drafter.pieces} pieces"
    assert not fake.calls_to("chat.update", ok=False)


async def test_slack_rate_limits_are_waited_out(bot, fake):
    url, _ = bot
    fake.rate_limit_next("chat.postMessage", count=1, retry_after=1)
    thread = await mention(url, B2C_MINOR)
    await wait_for_heading(fake, thread, "Say this now")
    posts = fake.calls_to("chat.postMessage")
    assert posts[0].status == 429 and posts[1].ok
    assert posts[1].timestamp - posts[0].timestamp >= 0.9, "Retry-After was honoured"


async def test_the_bot_ignores_its_own_and_other_bots_messages(bot, fake):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    before = await wait_until_quiet(fake)  # the status is cleared after the section is posted
    base = slack.message("shorter", channel=CHANNEL, thread_ts=thread).event
    echoes = [
        {**base, "user": BOT_USER_ID},  # our own post, as Slack echoes it
        {**base, "bot_id": "B0OTHERBOT", "user": "U0OTHERBOT"},
        {k: v for k, v in base.items() if k != "user"} | {"subtype": "bot_message", "bot_id": "B9"},
    ]
    for event in echoes:
        assert (await post_async(url, slack.event_callback(event)))[0] == 200
    await asyncio.sleep(0.8)
    assert len(fake.calls) == before, [c.method for c in fake.calls[before:]]
