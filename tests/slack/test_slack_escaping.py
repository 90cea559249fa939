"""Untrusted text through a whole Slack case, and nothing it contains goes live.

A case opened from /escalate whose complaint, customer name, revision instruction and
outcome note are made of broadcasts, mentions and links, driven to its posted plan
over signed HTTP. Every Web API call the fake recorded (messages, streams, ephemerals,
modals, App Home, file titles) is then scanned for one of those tokens unescaped.
"""

from __future__ import annotations

import json

from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CHANNEL,
    HOSTILE,
    actions,
    approve_to_plan,
    bot_messages,
    confirm_card,
    heading,
    live_tokens,
    press,
    slack,
    wait_for_heading,
    wait_until_quiet,
)

COMPLAINT = f"The app took a day to sync her shopping list. She wants it fixed. {HOSTILE}"
FORM = {
    "complaint": {"value": COMPLAINT},
    "value": {"value": "$15/month, subscriber for 8 months"},
    "tried": {"value": f"Asked her to log out and back in. {HOSTILE}"},
    "customer": {"value": f"Priya Shah {HOSTILE}"},
}


async def test_a_hostile_case_from_form_to_plan_renders_nothing_live(bot, fake):
    url, _ = bot
    command = slack.slash_command("/escalate", "", channel=CHANNEL)
    assert (await post_async(url, command))[0] == 200
    modal = await fake.wait_for_async(lambda: fake.views[-1] if fake.views else None)
    assert (await post_async(url, slack.view_submission(modal, values=FORM)))[0] == 200
    parent = await fake.wait_for_async(
        lambda: next((m for m in fake.messages_in(CHANNEL, bot_only=True)
                      if "*Case:* Priya Shah" in m.get("text", "")), None)
    )  # fmt: skip
    thread = parent["ts"]
    assert parent["text"].startswith("Escalation, coached by <@"), "no customer words in ours"

    await confirm_card(url, fake, thread)
    await wait_for_heading(fake, thread, "1/7")
    revise = slack.message(f"shorter {HOSTILE}", channel=CHANNEL, thread_ts=thread)
    assert (await post_async(url, revise))[0] == 200
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v2")
    plan = await approve_to_plan(url, fake, thread)
    assert heading(plan) == "Resolution plan"

    controls = await fake.wait_for_async(
        lambda: next((m for m in bot_messages(fake, thread) if "coach_outcome" in actions(m)), None)
    )
    await press(url, controls, "coach_outcome")
    form = await fake.wait_for_async(
        lambda: next((v for v in fake.views if v["callback_id"] == "coach_outcome"), None)
    )
    picked = {"type": "static_select", "selected_option": {"value": "retained"}}
    values = {"outcome": {"value": picked}, "note": {"value": f"Renewed. {HOSTILE}"}}
    assert (await post_async(url, slack.view_submission(form, values=values)))[0] == 200
    await fake.wait_for_async(
        lambda: any("recorded the outcome" in m["text"] for m in bot_messages(fake, thread))
    )

    await fake.wait_for_async(lambda: fake.calls_to("views.publish"))  # App Home, debounced
    await wait_until_quiet(fake)
    live = [f"{call.method}{token}" for call in fake.calls for token in live_tokens(call.params)]
    assert live == [], live
    sent = json.dumps([call.params for call in fake.calls])
    for shown in ("&lt;!channel&gt;", "&lt;@U123&gt;", "&lt;https://x.example|y&gt;"):
        assert shown in sent, f"{shown}: the text is shown escaped, not dropped"
    headers = [heading(m) for m in bot_messages(fake, thread)]
    assert not [h for h in headers if "Priya" in h or "x.example" in h], headers
