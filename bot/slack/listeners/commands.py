"""/escalate opens the intake form in the channel where it was typed."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.slack import blocks
from bot.slack.coach import SlackCoach


def register(app: AsyncApp, coach: SlackCoach) -> None:
    async def escalate(ack: AsyncAck, command: dict[str, Any]) -> None:
        await ack()
        metadata = {"channel": command["channel_id"]}
        view = blocks.intake_modal(metadata, customer=command.get("text") or None)
        await coach.client.views_open(trigger_id=command["trigger_id"], view=view)

    app.command("/escalate")(escalate)
