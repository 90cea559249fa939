"""After the plan, in Slack: keep the update promise, follow up, record how it ended.

Principles 3 (manage expectations), 6 (follow up) and 7 (document), driven through
the buttons and forms a case owner would use, with the state read back from Redis.
"""

from __future__ import annotations

import json

from tests.cases import B2C_MINOR
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CHANNEL,
    STRANGER,
    actions,
    approve_to_plan,
    bot_messages,
    confirm_card,
    first_section,
    mention,
    press,
    slack,
    wait_for_ephemeral,
)


async def finished_case(url: str, fake) -> str:
    thread = await mention(url, B2C_MINOR)
    await confirm_card(url, fake, thread)
    await approve_to_plan(url, fake, thread)
    return thread


async def controls(fake, thread: str) -> dict:
    return await fake.wait_for_async(
        lambda: next(
            (m for m in reversed(bot_messages(fake, thread)) if "coach_outcome" in actions(m)),
            None,
        )
    )


async def said(fake, thread: str, text: str) -> dict:
    return await fake.wait_for_async(
        lambda: next((m for m in bot_messages(fake, thread) if text in m["text"]), None)
    )


async def submit_outcome(url: str, fake, message: dict, outcome: str, note: str = "") -> None:
    await press(url, message, "coach_outcome")
    modal = await fake.wait_for_async(
        lambda: next((v for v in reversed(fake.views) if v["callback_id"] == "coach_outcome"), None)
    )
    picked = {"type": "static_select", "selected_option": {"value": outcome}}
    values = {"outcome": {"value": picked}, "note": {"value": note or None}}
    assert (await post_async(url, slack.view_submission(modal, values=values)))[0] == 200


async def test_customer_updated_restarts_the_promise_clock_for_the_owner_only(bot, fake):
    url, served = bot
    thread = await finished_case(url, fake)
    case_id = f"slack:{CHANNEL}:{thread}"
    message = await controls(fake, thread)
    before = (await served.coach.queue.get(case_id)).next_update_due

    await press(url, message, "coach_updated", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    assert (await served.coach.queue.get(case_id)).next_update_due == before

    await press(url, message, "coach_updated")
    note = await said(fake, thread, "updated the customer")
    after = (await served.coach.queue.get(case_id)).next_update_due
    assert after > before and f"<!date^{int(after)}^" in note["text"]


async def test_an_outcome_goes_into_the_log_and_takes_the_case_off_the_queue(bot, fake):
    url, served = bot
    thread = await finished_case(url, fake)
    case_id = f"slack:{CHANNEL}:{thread}"
    assert case_id in [e.thread for e in await served.coach.queue.ranked()]
    await submit_outcome(url, fake, await controls(fake, thread), "retained", "Renewed   happily.")
    await said(fake, thread, "recorded the outcome: Resolved, customer retained")
    entry = await served.coach.tracker.log.get(case_id)
    assert (entry.outcome, entry.outcome_note) == ("retained", "Renewed happily.")
    assert case_id not in [e.thread for e in await served.coach.queue.ranked()]
    assert (await post_async(url, slack.app_home_opened()))[0] == 200
    home = await fake.wait_for_async(lambda: fake.home_view(slack.user_id))
    assert "Priya Shah" not in json.dumps(home["blocks"])


async def test_no_outcome_before_the_plan_is_final_and_no_outcome_by_a_stranger(bot, fake):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    case_id = f"slack:{CHANNEL}:{thread}"
    entry = await served.coach.queue.get(case_id)
    assert await served.coach.send_reminders(now=entry.next_update_due + 60) == 1
    reminder = await controls(fake, thread)
    assert "is overdue" in reminder["text"]
    await press(url, reminder, "coach_outcome", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    await submit_outcome(url, fake, reminder, "resolved")
    await wait_for_ephemeral(fake, "once the plan is final")
    assert await served.coach.tracker.log.get(case_id) is None
    assert case_id in [e.thread for e in await served.coach.queue.ranked()]


async def test_a_due_follow_up_brings_a_check_in_signed_by_the_owner(bot, fake):
    url, served = bot
    thread = await finished_case(url, fake)
    case_id = f"slack:{CHANNEL}:{thread}"
    first = min(await served.coach.followups.for_thread(case_id), key=lambda f: f.due_at)
    sent = await served.coach.send_reminders(now=first.due_at + 1)
    assert sent >= 1
    follow_up = await said(fake, thread, f"day-{first.day} follow-up")
    body = json.dumps(follow_up["blocks"], ensure_ascii=False)
    assert "Hi Priya Shah, it's Dana Agent" in body, "the customer and the owner by name"
    assert "[your direct line or email]" in body, "no contact on file: a placeholder, not a guess"
    assert {"coach_updated", "coach_outcome"} <= actions(follow_up)
    assert first.day not in {f.day for f in await served.coach.followups.for_thread(case_id)}
