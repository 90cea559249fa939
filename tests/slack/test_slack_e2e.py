"""The Slack front end end to end: real Bolt over HTTP, the fake Slack Web API, real Redis.

Every request is signed like Slack signs it; every message the bot sends must
pass the fake's Block Kit validation.
"""

from __future__ import annotations

import asyncio
import json

from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CARD,
    CHANNEL,
    DIRECTOR,
    STRANGER,
    actions,
    bot_messages,
    first_section,
    heading,
    mention,
    press,
    slack,
    wait_for_heading,
)


async def test_full_conversation_from_mention_to_posted_plan(bot, fake):
    url, served = bot
    thread = await mention(url, B2B_OUTAGE)
    holding = await wait_for_heading(fake, thread, "Say this now")
    assert bot_messages(fake, thread)[0]["ts"] == holding["ts"], "the holding script comes first"
    question = await fake.wait_for_async(
        lambda: next(
            (m for m in bot_messages(fake, thread) if "already been tried" in m["text"]), None
        )
    )
    assert question
    reply = slack.message("Nothing yet, only the ticket.", channel=CHANNEL, thread_ts=thread)
    assert (await post_async(url, reply))[0] == 200
    card = await wait_for_heading(fake, thread, CARD)
    assert float(card["ts"]) > float(holding["ts"]) and "coach_card_correct" in actions(card)
    assert not any("1/7" in heading(m) for m in bot_messages(fake, thread)), "card comes first"
    section = await first_section(url, fake, thread)
    assert {"coach_approve", "coach_revise", "coach_edit", "coach_regenerate"} <= actions(section)
    edited = "Value assessment, as I see it: a 3-year account at $50,000/year, renewal in 3 months."
    for index in range(2, 8):
        await press(url, section, "coach_approve")
        section = await wait_for_heading(fake, thread, f"{index}/7")
        if index == 2:
            await press(url, section, "coach_edit")
            modal = await fake.wait_for_async(
                lambda: next((v for v in fake.views if v["callback_id"] == "coach_edit"), None)
            )
            now = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
            assert modal["blocks"][0]["element"]["initial_value"] == now.prompt.text
            submit = slack.view_submission(modal, values={"text": {"value": edited}})
            assert (await post_async(url, submit))[0] == 200
            section = await wait_for_heading(fake, thread, "2/7 · Customer Value Assessment · v2")
            assert edited in json.dumps(section["blocks"])
        if index == 3:
            await press(url, section, "coach_revise")
            modal = await fake.wait_for_async(
                lambda: next((v for v in fake.views if v["callback_id"] == "coach_revise"), None)
            )
            submit = slack.view_submission(modal, values={"instruction": {"value": "shorter"}})
            assert (await post_async(url, submit))[0] == 200
            section = await wait_for_heading(fake, thread, "3/7 · Immediate Response · v2")
    await press(url, section, "coach_approve")
    final = await wait_for_heading(fake, thread, "Final review")
    await press(url, final, "coach_finalize")
    approval = await wait_for_heading(fake, thread, "Approval needed")
    assert f"<@{DIRECTOR}>" in json.dumps(approval["blocks"])
    await press(url, approval, "coach_grant", user=STRANGER)
    await fake.wait_for_async(
        lambda: any("configured approver" in e.get("text", "") for e in fake.ephemerals)
    )
    await press(url, approval, "coach_grant", user=DIRECTOR)
    summary = await wait_for_heading(fake, thread, "Resolution plan")
    assert heading(summary) == "Resolution plan", "the customer's name is no header"
    assert "*Case:* Northwind Logistics" in json.dumps(summary["blocks"])
    assert "$5,135" in json.dumps(summary["blocks"])
    assert any(b["type"] == "rich_text" for b in summary["blocks"]), "a script easy to copy"
    upload = await fake.wait_for_async(lambda: fake.files[-1] if fake.files else None)
    assert upload.thread_ts == thread and upload.filename == "resolution-plan.md"
    for title in ("Issue Analysis", "Customer Value Assessment", "Immediate Response",
                  "Success Metrics"):  # fmt: skip
        assert f"## {title}" in upload.text
    assert edited in upload.text, "the agent's edit is in the plan on file"
    done = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert done.prompt is None and done.plan is not None
    assert [(a.by_id, a.by_name, a.approved) for a in done.plan.approvals] == [
        (DIRECTOR, "Sam Lee", True)
    ]


async def test_forged_and_stale_requests_are_rejected(bot, fake):
    url, _ = bot
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    assert (await post_async(url, request.with_bad_signature()))[0] == 401
    assert (await post_async(url, request.with_stale_timestamp()))[0] == 401
    for timestamp in ("soon", "", "1e9", "١٢٣"):
        malformed = request.with_headers(**{"X-Slack-Request-Timestamp": timestamp})
        assert (await post_async(url, malformed))[0] == 401, timestamp
    unsigned = request.with_headers(**{"X-Slack-Signature": ""})
    assert (await post_async(url, unsigned))[0] == 401
    await asyncio.sleep(0.5)
    assert not fake.calls_to("chat.postMessage")


async def test_a_retried_event_is_processed_once(bot, fake):
    url, _ = bot
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    await post_async(url, request)
    await post_async(url, request.as_retry(1))
    thread = request.event["ts"]
    await first_section(url, fake, thread)
    await asyncio.sleep(0.5)
    holding = [m for m in bot_messages(fake, thread) if heading(m) == "Say this now"]
    assert len(holding) == 1


async def test_strangers_and_stale_buttons_change_nothing(bot, fake):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    v1 = await first_section(url, fake, thread)
    await press(url, v1, "coach_approve", user=STRANGER)
    await fake.wait_for_async(
        lambda: any("case owner" in e.get("text", "") for e in fake.ephemerals)
    )
    await press(url, v1, "coach_regenerate")
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v2")
    await press(url, v1, "coach_approve")
    await fake.wait_for_async(
        lambda: any("older version" in e.get("text", "") for e in fake.ephemerals)
    )
    await asyncio.sleep(0.3)
    assert not any("2/7" in heading(m) for m in bot_messages(fake, thread))


async def test_app_home_shows_the_queue_and_reminders_reach_the_owner(bot, fake):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    home = slack.app_home_opened()
    assert (await post_async(url, home))[0] == 200
    view = await fake.wait_for_async(lambda: fake.home_view(slack.user_id))
    assert "Priya Shah" in json.dumps(view["blocks"])
    entry = await served.coach.queue.get(f"slack:{CHANNEL}:{thread}")
    sent = await served.coach.send_reminders(now=entry.next_update_due + 60)
    assert sent == 1
    reminder = bot_messages(fake, thread)[-1]
    assert "is overdue" in reminder["text"] and f"<@{slack.user_id}>" in reminder["text"]
