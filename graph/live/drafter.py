"""Who writes a live line: the playbook offline, Claude when configured.

Both take the customer's words and the case view and hand back a `LiveReply`; `on_words`
receives the words for the customer as they become safe to show, so a front end can put
the first words on screen before the whole line exists.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from graph.live.case import LiveCase
from graph.live.playbook import LiveReply, playbook_reply

WordsSink = Callable[[str], Awaitable[None]]
"""Receives the next words of the line for the customer, already vetted."""


class LiveDrafter(Protocol):
    name: str

    async def reply(self, text: str, case: LiveCase, on_words: WordsSink | None) -> LiveReply: ...


class PlaybookLiveDrafter:
    """The deterministic playbook: the whole line at once, in microseconds."""

    name = "playbook"

    async def reply(self, text: str, case: LiveCase, on_words: WordsSink | None) -> LiveReply:
        reply = playbook_reply(text, case)
        if on_words is not None:
            await on_words(reply.say)
        return reply
