"""'Coach this escalation' on a customer's message: the form, pre-filled, threaded under it."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.slack import blocks
from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.slack.listeners.forward import forward
from bot.slack.mrkdwn import unescape
from graph.pii import mask_text


async def on_coach_this(shortcut: dict[str, Any], coach: SlackCoach) -> None:
    message = shortcut["message"]
    metadata = {"channel": shortcut["channel"]["id"],
                "thread_ts": message.get("thread_ts") or message["ts"]}  # fmt: skip
    # Slack shows the pre-filled form back to the agent: mask it like everything else.
    view = blocks.intake_modal(metadata, complaint=mask_text(unescape(message.get("text", ""))))
    await coach.client.views_open(trigger_id=shortcut["trigger_id"], view=view)


def register(app: AsyncApp, handoff: Handoff) -> None:
    forward(app.shortcut("coach_escalation"), handoff, on_coach_this)
