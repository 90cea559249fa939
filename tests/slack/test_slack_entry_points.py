"""Every way into a case: a mention in a thread, the Messages tab, /escalate, the shortcut.

Each request is signed and sent to the bot's HTTP endpoint; the workspace state the
bot reads (a customer's message, a thread's parent) is seeded in the fake first, as
Slack has it before it sends the event.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json

from bot.slack.server import Bot
from tests.cases import B2C_MINOR
from tests.fakes.fake_slack_api import BOT_USER_ID, dm_channel
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CARD,
    CHANNEL,
    LEAD,
    STRANGER,
    actions,
    bot_messages,
    first_section,
    heading,
    press,
    slack,
    wait_for_heading,
    wait_until_quiet,
)

DM = "D0AGENTDM1"
FORM = {
    "complaint": {"value": "The app took a day to sync her shopping list. She wants it fixed."},
    "value": {"value": "$15/month, subscriber for 8 months"},
    "tried": {"value": "Asked her to log out and back in."},
    "customer": {"value": "Priya Shah"},
}


async def facts_of(bot: Bot, thread: str) -> dict:
    state = await bot.coach.service.graph.aget_state({"configurable": {"thread_id": thread}})
    return state.values["facts"]


async def test_a_mention_inside_a_thread_coaches_the_message_it_replies_to(bot, fake):
    url, served = bot
    customer = fake.seed_message(CHANNEL, B2C_MINOR, user=STRANGER)
    request = slack.app_mention("can you coach me on this one?", channel=CHANNEL,
                                thread_ts=customer["ts"])  # fmt: skip
    fake.seed_from_event(request.event)
    assert (await post_async(url, request))[0] == 200
    await wait_for_heading(fake, customer["ts"], CARD)
    facts = await facts_of(served, f"slack:{CHANNEL}:{customer['ts']}")
    assert facts["customer_name"]["value"] == "Priya Shah", "the parent message was read"
    assert facts["tried"]["value"], "what the parent says was tried was kept"
    mine = fake.message(CHANNEL, request.event["ts"])
    assert mine and mine["reactions"][0]["name"] == "eyes", "seen, before any text is ready"


async def test_the_messages_tab_offers_prompts_and_a_dm_opens_a_case(bot, fake):
    url, served = bot
    opened = slack.app_home_opened(channel=DM, tab="messages")
    assert (await post_async(url, opened))[0] == 200
    shown = await fake.wait_for_async(lambda: fake.suggested_prompts(DM).get("prompts"))
    assert 1 <= len(shown) <= 4 and all(p["title"] and p["message"] for p in shown)
    assert not fake.ignored_prompt_calls, "prompts sent with thread_ts are dropped by Slack"
    assert not fake.views_published, "opening the Messages tab publishes no Home tab"

    # Under agent_view each top-level DM is its own thread root.
    dm = slack.direct_message(B2C_MINOR, channel=DM)
    thread = dm.event["ts"]
    fake.seed_from_event(dm.event)
    assert (await post_async(url, dm))[0] == 200
    holding = await wait_for_heading(fake, thread, "Say this now", channel=DM)
    section = await first_section(url, fake, thread, channel=DM)
    assert float(holding["ts"]) < float(section["ts"])
    case = await served.coach.cases.get(f"slack:{DM}:{thread}")
    assert case is not None and case.owner_id == slack.user_id

    reply = slack.direct_message("shorter", channel=DM, thread_ts=thread)
    assert (await post_async(url, reply))[0] == 200
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v2", channel=DM)


async def test_a_dm_that_mentions_the_bot_is_coached(bot, fake):
    # Slack sends no app_mention for a DM, so a DM naming the bot must not be dropped
    # as "the mention listener has it".
    url, served = bot
    dm = slack.direct_message(f"<@{BOT_USER_ID}> {B2C_MINOR}", channel=DM)
    fake.seed_from_event(dm.event)
    assert (await post_async(url, dm))[0] == 200
    await wait_for_heading(fake, dm.event["ts"], "Say this now", channel=DM)
    facts = await facts_of(served, f"slack:{DM}:{dm.event['ts']}")
    assert "<@" not in facts["complaint"]["value"], "the mention is not part of the complaint"


async def test_only_the_owner_and_leads_move_a_case(bot, fake):
    url, _ = bot
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    thread = request.event["ts"]
    assert (await post_async(url, request))[0] == 200
    v1 = await first_section(url, fake, thread)
    chatter = slack.message("shorter", channel=CHANNEL, thread_ts=thread, user=STRANGER)
    assert (await post_async(url, chatter))[0] == 200
    await press(url, v1, "coach_approve", user=LEAD)
    await wait_for_heading(fake, thread, "2/7")
    await asyncio.sleep(0.5)
    reviews = [heading(m) for m in bot_messages(fake, thread) if "/7" in heading(m)]
    assert len(reviews) == 2 and all(h.endswith("v1") for h in reviews), (
        "a bystander's reply is not an instruction"
    )


async def test_escalate_opens_the_form_and_its_answers_become_the_case(bot, fake):
    url, served = bot
    command = slack.slash_command("/escalate", "Priya Shah", channel=CHANNEL)
    assert (await post_async(url, command))[0] == 200
    modal = await fake.wait_for_async(lambda: fake.views[-1] if fake.views else None)
    assert modal["callback_id"] == "coach_intake"
    prefilled = {b["block_id"]: b["element"].get("initial_value") for b in modal["blocks"]}
    assert prefilled["customer"] == "Priya Shah"
    assert json.loads(modal["private_metadata"]) == {"channel": CHANNEL}

    assert (await post_async(url, slack.view_submission(modal, values=FORM)))[0] == 200
    parent = await fake.wait_for_async(
        lambda: next((m for m in fake.messages_in(CHANNEL, bot_only=True)
                      if "*Case:* Priya Shah" in m.get("text", "")), None)
    )  # fmt: skip
    await wait_for_heading(fake, parent["ts"], CARD)
    facts = await facts_of(served, f"slack:{CHANNEL}:{parent['ts']}")
    assert facts["tried"] == {
        "value": "Asked her to log out and back in.", "provenance": "stated", "evidence": ""
    }  # fmt: skip
    assert facts["annual_value"]["value"] == 180, "$15/month from the value field"


async def test_escalate_where_the_bot_is_not_a_member_moves_the_case_to_a_dm(bot, fake):
    url, _ = bot
    command = slack.slash_command("/escalate", channel="C0NOTJOINED")
    assert (await post_async(url, command))[0] == 200
    modal = await fake.wait_for_async(lambda: fake.views[-1] if fake.views else None)
    assert (await post_async(url, slack.view_submission(modal, values=FORM)))[0] == 200
    dm = dm_channel(slack.user_id)
    parent = await fake.wait_for_async(
        lambda: next(iter(fake.messages_in(dm, bot_only=True)), None)
    )
    assert "not in <#C0NOTJOINED>" in parent["text"]
    await wait_for_heading(fake, parent["ts"], CARD, channel=dm)


async def test_the_shortcut_prefills_the_form_and_threads_under_the_message(bot, fake):
    url, served = bot
    customer = fake.seed_message(CHANNEL, B2C_MINOR, user=STRANGER)
    shortcut = slack.message_shortcut("coach_escalation", channel=CHANNEL, message=customer)
    assert (await post_async(url, shortcut))[0] == 200
    modal = await fake.wait_for_async(lambda: fake.views[-1] if fake.views else None)
    complaint = next(b for b in modal["blocks"] if b["block_id"] == "complaint")
    assert complaint["element"]["initial_value"] == B2C_MINOR

    values = {**FORM, "complaint": {"value": B2C_MINOR}}
    assert (await post_async(url, slack.view_submission(modal, values=values)))[0] == 200
    card = await wait_for_heading(fake, customer["ts"], CARD)
    assert {"coach_card_confirm", "coach_card_correct"} <= actions(card)
    case = await served.coach.cases.get(f"slack:{CHANNEL}:{customer['ts']}")
    assert case is not None and case.owner_id == slack.user_id
    assert not [m for m in fake.messages_in(CHANNEL, bot_only=True) if "thread_ts" not in m], (
        "no new parent message: the customer's message is the thread"
    )


async def test_the_shortcut_where_the_bot_is_not_a_member_moves_the_case_to_a_dm(bot, fake):
    # Every post in a channel the bot never joined fails with not_in_channel: the case
    # must reach the agent in a DM, saying why, and leave no record for the unreachable
    # thread behind.
    url, served = bot
    customer = fake.seed_message("C0NOTJOINED", B2C_MINOR, user=STRANGER)
    shortcut = slack.message_shortcut("coach_escalation", channel="C0NOTJOINED", message=customer)
    assert (await post_async(url, shortcut))[0] == 200
    modal = await fake.wait_for_async(lambda: fake.views[-1] if fake.views else None)
    values = {**FORM, "complaint": {"value": B2C_MINOR}}
    assert (await post_async(url, slack.view_submission(modal, values=values)))[0] == 200
    dm = dm_channel(slack.user_id)
    parent = await fake.wait_for_async(
        lambda: next(iter(fake.messages_in(dm, bot_only=True)), None)
    )
    assert "not in <#C0NOTJOINED>" in parent["text"]
    await wait_for_heading(fake, parent["ts"], "Say this now", channel=dm)
    assert await served.coach.cases.get(f"slack:C0NOTJOINED:{customer['ts']}") is None
    assert await served.coach.cases.get(f"slack:{dm}:{parent['ts']}") is not None
    failed_posts = [
        c for c in fake.calls if c.method == "chat.postMessage" and not c.response.get("ok")
    ]
    assert not failed_posts, "nothing was posted into a channel the bot cannot reach"


async def test_edits_attachments_and_broadcasts_are_handled_on_purpose(bot, fake):
    url, served = bot
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    thread = request.event["ts"]
    assert (await post_async(url, request))[0] == 200
    await wait_for_heading(fake, thread, CARD)  # the turn has ended on the facts card
    await wait_until_quiet(fake)
    before = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert before.step.startswith("facts card"), before.step

    file_only = slack.message("", channel=CHANNEL, thread_ts=thread)
    file_only.payload["event"]["subtype"] = "file_share"
    file_only = dataclasses.replace(file_only, body=json.dumps(file_only.payload).encode())
    assert (await post_async(url, file_only))[0] == 200
    note = await fake.wait_for_async(lambda: fake.ephemerals[-1] if fake.ephemerals else None)
    assert "attachments" in note["text"]

    edited = slack.message("shorter", channel=CHANNEL, thread_ts=thread)
    edited.payload["event"]["subtype"] = "message_changed"
    edited = dataclasses.replace(edited, body=json.dumps(edited.payload).encode())
    assert (await post_async(url, edited))[0] == 200
    await wait_until_quiet(fake)
    after = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert after.step == before.step, "neither an attachment nor an edit moved the case"
