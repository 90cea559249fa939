"""Ack first, then the work: the one shape every button, form, command and shortcut takes.

Slack wants the ack within three seconds and a draft takes longer, so the listener acks
before it hands the payload to the handler, which runs on the work loop (handoff.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck

from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff

Handler = Callable[[dict[str, Any], SlackCoach], Awaitable[None]]
"""Gets the request body: a view submission's view is `body["view"]`; a command's and a
shortcut's payload is the body itself."""
Route = Callable[[Callable[..., Awaitable[None]]], Any]
"""What Bolt's `app.action(id)`, `app.view(id)`, `app.command(name)` and
`app.shortcut(id)` return: a decorator that registers a listener."""


def forward(route: Route, handoff: Handoff, handler: Handler) -> None:
    """Register on `route` a listener that acks, then hands the body to `handler`."""

    async def listener(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        handoff(body, handler(body, handoff.coach))

    route(listener)
