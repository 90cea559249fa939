"""Slack listeners: each module registers its own, so app.py stays a table of contents."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack.handoff import Handoff
from bot.slack.listeners import actions, commands, events, live, shortcuts, views


def register(app: AsyncApp, handoff: Handoff) -> None:
    for module in (events, actions, views, commands, shortcuts, live):
        module.register(app, handoff)
