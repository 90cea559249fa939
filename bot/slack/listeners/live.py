"""Live coaching buttons: I said it, Live call, End call. Ack first, then the work."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.slack import live_blocks
from bot.slack.blocks import ACTION_PREFIX
from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.slack.listeners.actions import _where
from bot.slack.listeners.forward import forward
from bot.slack.live_blocks import LiveValue


def _value(body: dict[str, Any]) -> LiveValue:
    return LiveValue.model_validate_json(body["actions"][0]["value"])


async def on_said(body: dict[str, Any], coach: SlackCoach) -> None:
    await coach.live.said(_where(body), _value(body))


async def on_start(body: dict[str, Any], coach: SlackCoach) -> None:
    await coach.live.start(_where(body), _value(body))


async def on_end(body: dict[str, Any], coach: SlackCoach) -> None:
    await coach.live.end(_where(body), _value(body))


def register(app: AsyncApp, handoff: Handoff) -> None:
    for action, handler in (
        (live_blocks.SAID, on_said),
        (live_blocks.START, on_start),
        (live_blocks.END, on_end),
    ):
        forward(app.action(ACTION_PREFIX + live_blocks.LIVE + action), handoff, handler)
