"""Live coaching in a case thread: `> what the customer said`, and the Live call mode.

A message starting with `>` is the customer's words; while a live call is on (the Live
call button, until End call), every message in the thread is. Each gets the line to say
now, its first words streamed into the thread as soon as they exist (chat streaming,
flushed at once rather than buffered: the agent is on the call), then the whole reply
with what not to say, the next step and I said it.

Like every turn it is for the case owner or a lead only; unlike the case's turns it
holds the thread's live lock, not the turn lock (see `ConversationService.live_turn`),
so a line is answered while a section is still being drafted.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redis.asyncio import Redis
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_chat_stream import AsyncChatStream
from slack_sdk.web.async_client import AsyncWebClient

from bot.live_coach import LiveCoach, LiveRefused
from bot.slack import live_blocks
from bot.slack.live_blocks import LiveValue
from bot.slack.mrkdwn import escape
from bot.slack.screen import Where, open_stream, slack_error
from bot.slack.turns import NOT_YOURS

if TYPE_CHECKING:  # the coach owns this desk; imported for types only
    from bot.slack.desk import SlackDesk

log = logging.getLogger(__name__)
_QUOTED = re.compile(r"^\s*>\s?", re.M)
END_WORDS = frozenset({"end call", "end the call"})
CALL_HOURS = 4.0
"""A call left on (nobody pressed End call) ends by itself after this long."""


def quoted_words(text: str) -> str | None:
    """The customer's words if the message quotes them (starts with `>`), else None."""
    if not text.lstrip().startswith(">"):
        return None
    return _QUOTED.sub("", text).strip()


class LiveCalls:
    """Which case threads are in a live call, on Redis so every worker agrees."""

    def __init__(self, redis: Redis, prefix: str = "coach:{live}:call:") -> None:
        self.redis = redis
        self.prefix = prefix

    async def start(self, thread: str, user: str) -> bool:
        """True if this started the call (it was not on already)."""
        key = self.prefix + thread
        return bool(await self.redis.set(key, user, nx=True, ex=round(CALL_HOURS * 3600)))

    async def end(self, thread: str) -> bool:
        return bool(await self.redis.delete(self.prefix + thread))

    async def active(self, thread: str) -> bool:
        return bool(await self.redis.exists(self.prefix + thread))


@dataclass
class LiveStream:
    """The first words of the line, streamed into the thread as they are vetted; removed
    once the whole reply (with its buttons) is posted, as the draft stream is."""

    client: AsyncWebClient
    where: Where
    stream: AsyncChatStream | None = None
    ts: str | None = None
    streaming: bool = True

    async def __call__(self, words: str) -> None:
        if not self.streaming:
            return
        try:
            if self.stream is None:
                self.stream = await open_stream(self.client, self.where, buffer_size=1)
                await self.stream.append(markdown_text=f"**{live_blocks.HEADING}:** ")
            await self.stream.append(markdown_text=escape(words))
        except SlackApiError as exc:
            log.info("live line not streamed (%s); posted whole", slack_error(exc))
            self.streaming = False

    async def close(self) -> None:
        if self.stream is None:
            return
        try:
            await self.stream.stop()
            self.ts = self.stream.ts
            if self.ts:
                await self.client.chat_delete(channel=self.where.channel, ts=self.ts)
        except SlackApiError as exc:
            log.info("streamed live line not removed: %s", slack_error(exc))
        self.stream = None


class SlackLive:
    def __init__(self, coach: SlackDesk, live: LiveCoach, calls: LiveCalls) -> None:
        self.coach = coach
        self.live = live
        self.calls = calls

    async def take(self, where: Where, text: str) -> bool:
        """Answer `text` if it is the customer's words; False if it is a turn of the case."""
        words = quoted_words(text)
        in_call = await self.calls.active(where.thread)
        if words is None and not in_call:
            return False
        if words is None and text.strip().lower() in END_WORDS:
            await self.end(where, LiveValue(thread=where.thread))
            return True
        await self.answer(where, text if words is None else words, in_call)
        return True

    async def _may(self, where: Where, thread: str) -> bool:
        if await self.coach.turns.may(thread, where.user):
            return True
        await self.coach.refuse(where, NOT_YOURS)
        return False

    async def answer(self, where: Where, words: str, in_call: bool) -> None:
        coach = self.coach
        if not await self._may(where, where.thread):
            return
        async with coach.guarded(where):
            stream = LiveStream(coach.client, where)
            try:
                live = await self.live.suggest(
                    coach.service, where.thread, words, where.user, stream
                )
            except LiveRefused as exc:
                await stream.close()
                await coach.refuse(where, escape(str(exc)))
                return
            content = live_blocks.live_reply(live, where.thread, in_call)
            await coach.post(where, content, f"{live_blocks.HEADING}: {escape(live.reply.say)}")
            await stream.close()

    async def said(self, where: Where, value: LiveValue) -> None:
        coach = self.coach
        if not await self._may(where, value.thread):
            return
        async with coach.guarded(where):
            said = await self.live.said(value.thread, value.line, where.user)
            if said.entry is None:
                await coach.refuse(where, "That line is no longer on this case.")
            elif not said.first:
                await coach.refuse(where, "That line is already recorded as said.")
            else:
                content = live_blocks.line_said(said.promises, where.user, value.thread)
                await coach.post(where, content, f"<@{where.user}> said the line.")

    async def start(self, where: Where, value: LiveValue) -> None:
        if not await self._may(where, value.thread):
            return
        async with self.coach.guarded(where):
            if not await self.calls.start(value.thread, where.user):
                await self.coach.refuse(where, "A live call is already on in this thread.")
                return
            await self.coach.post(where, live_blocks.call_started(where.user), "Live call started")

    async def end(self, where: Where, value: LiveValue) -> None:
        if not await self._may(where, value.thread):
            return
        async with self.coach.guarded(where):
            if not await self.calls.end(value.thread):
                await self.coach.refuse(where, "There is no live call on in this thread.")
                return
            await self.coach.post(where, live_blocks.call_ended(where.user), "Live call ended")
