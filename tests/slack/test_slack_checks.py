"""`check: …` in a case thread and the promise ledger in Slack: real Bolt over signed HTTP
against the fake Web API, state read back from Redis."""

from __future__ import annotations

import json

from tests.cases import B2C_MINOR, STRATEGIC_AT_RISK
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CHANNEL,
    HOSTILE,
    LEAD,
    STRANGER,
    actions,
    approve_to_plan,
    body_text,
    bot_messages,
    confirm_card,
    first_section,
    heading,
    live_tokens,
    mention,
    press,
    slack,
    wait_for_ephemeral,
    wait_for_heading,
    wait_until_quiet,
)

BAD = (
    "Hi, I'm sorry if you felt let down by the outage. I guarantee it won't happen again, "
    "and I can offer you a $5,000 credit today."
)


async def say(url: str, thread: str, text: str, user: str | None = None) -> None:
    request = slack.message(text, channel=CHANNEL, thread_ts=thread, user=user)
    assert (await post_async(url, request))[0] == 200


async def test_a_check_during_review_is_flagged_and_corrected_and_the_section_stays(bot, fake):
    url, served = bot
    thread = await mention(url, STRATEGIC_AT_RISK)
    await first_section(url, fake, thread)
    await say(url, thread, f"check: {BAD}")
    result = await wait_for_heading(fake, thread, "Reply check")
    body = body_text(result)
    assert heading(result) == "Reply check: 3 to change"
    for shown in ("Hedged apology", "Over-promise", "Above your authority", "Corrected"):
        assert shown in body, shown
    corrected = next(
        e["text"]
        for b in result["blocks"] if b["type"] == "rich_text"
        for el in b["elements"] for e in el["elements"]
    )  # fmt: skip
    assert "$5,000" not in corrected and "VP of Customer Success" in corrected
    assert {"coach_check_sent_corrected", "coach_check_sent_as_written"} <= actions(result)

    await say(url, thread, "shorter")
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v2")
    checks = await served.coach.tracker.said.for_thread(f"slack:{CHANNEL}:{thread}")
    assert [c.kind for c in checks] == ["checked_reply"] and checks[0].sent is None


async def test_only_the_owner_or_a_lead_checks_and_hostile_text_stays_inert(bot, fake):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    await say(url, thread, "check: I'm sorry.", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    await say(url, thread, f"check: Sorry, but {HOSTILE} was not us!", user=LEAD)
    result = await wait_for_heading(fake, thread, "Reply check")
    assert live_tokens(result) == [], live_tokens(result)
    await say(url, thread, "check:   ")
    await wait_for_ephemeral(fake, "Paste the reply")
    await wait_until_quiet(fake)
    assert sum("Reply check" in heading(m) for m in bot_messages(fake, thread)) == 1


async def test_a_sent_reply_and_an_approved_script_are_reminded_and_a_miss_moves_the_case_up(
    bot, fake
):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    await confirm_card(url, fake, thread)
    await approve_to_plan(url, fake, thread)
    case = f"slack:{CHANNEL}:{thread}"
    tracker = served.coach.tracker
    assert any(p.source == "script" for p in await tracker.promises.for_thread(case))

    await say(url, thread, "check: Priya, I'm sorry. I'll call you back within 30 minutes.")
    result = await wait_for_heading(fake, thread, "Reply check")
    await press(url, result, "coach_check_sent_as_written")
    tracked = await fake.wait_for_async(
        lambda: next(
            (
                m
                for m in bot_messages(fake, thread)
                if "Promises now tracked" in m["text"] or "Promises now tracked" in body_text(m)
            ),
            None,
        )
    )
    assert "coach_check_kept" in actions(tracked)
    await press(url, result, "coach_check_sent_as_written")
    await wait_for_ephemeral(fake, "already recorded as sent")
    promise = next(
        p for p in await tracker.promises.for_thread(case) if p.source == "checked_reply"
    )
    assert promise.due_kind == "duration" and promise.owner_id == slack.user_id

    before = await served.coach.queue.get(case)
    await served.coach.send_reminders(now=promise.due_at - 10 * 60)
    reminder = await fake.wait_for_async(
        lambda: next(
            (m for m in bot_messages(fake, thread) if "due in 10 minutes" in m["text"]), None
        )
    )
    assert f"<@{slack.user_id}>" in reminder["text"] and "coach_check_kept" in actions(reminder)
    late = promise.due_at + 60
    await served.coach.send_reminders(now=late)
    await fake.wait_for_async(
        lambda: next(
            (
                m
                for m in bot_messages(fake, thread)
                if "is not marked kept" in m["text"] and "call you back" in m["text"]
            ),
            None,
        )
    )
    entry = await served.coach.queue.get(case)
    assert entry.missed_promises >= 1
    assert entry.rank(late) - before.rank(late) >= 20, "the policy's missed-promise weight"
    assert "missed" in entry.why(late)
    await served.coach.send_reminders(now=late + 60)
    await wait_until_quiet(fake)
    misses = [m for m in bot_messages(fake, thread) if "is not marked kept" in m["text"]
              and "call you back" in m["text"]]  # fmt: skip
    assert len(misses) == 1, "each reminder and miss is posted once"

    assert (await post_async(url, slack.app_home_opened()))[0] == 200
    home = await fake.wait_for_async(lambda: fake.home_view(slack.user_id))
    assert "Your promises to customers" in json.dumps(home["blocks"])
    await press(url, misses[0], "coach_check_kept", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    await press(url, misses[0], "coach_check_kept")
    await fake.wait_for_async(
        lambda: next((m for m in bot_messages(fake, thread) if "kept a promise" in m["text"]), None)
    )
    assert (await tracker.promises.get(promise.id)).status == "kept"
    assert (await served.coach.queue.get(case)).missed_promises == entry.missed_promises - 1
