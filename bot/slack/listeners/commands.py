"""/escalate opens the intake form in the channel where it was typed."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.slack import blocks
from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.slack.listeners.forward import forward


async def on_escalate(command: dict[str, Any], coach: SlackCoach) -> None:
    metadata = {"channel": command["channel_id"]}
    view = blocks.intake_modal(metadata, customer=command.get("text") or None)
    await coach.client.views_open(trigger_id=command["trigger_id"], view=view)


def register(app: AsyncApp, handoff: Handoff) -> None:
    forward(app.command("/escalate"), handoff, on_escalate)
