"""What a turn looks like in its thread: where the case lives, the draft as it streams,
and posts split to fit Slack's limits."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_chat_stream import AsyncChatStream
from slack_sdk.web.async_client import AsyncWebClient

from bot.cases import CaseStore
from bot.conversation import HOLDING
from bot.slack import blocks
from bot.slack.mrkdwn import escape
from graph.models import SECTION_TITLES, SectionKey

log = logging.getLogger(__name__)
LOADING = ["Reading the complaint…", "Checking the policy…", "Choosing the words…"]


@dataclass
class Where:
    """A case's place in Slack: channel, thread and who is acting."""

    channel: str
    thread_ts: str
    user: str
    team: str | None = None

    @property
    def thread(self) -> str:
        return f"slack:{self.channel}:{self.thread_ts}"


async def open_stream(client: AsyncWebClient, where: Where, **options: int) -> AsyncChatStream:
    """A chat stream in the case thread, addressed to the agent acting: Slack needs the
    recipient user and team to stream into a channel thread."""
    return await client.chat_stream(
        channel=where.channel,
        thread_ts=where.thread_ts,
        recipient_user_id=where.user,
        recipient_team_id=where.team,
        **options,
    )


@dataclass
class DraftStream:
    """Shows a turn while it runs: the holding script at once, drafted text as it comes.

    Drafted text is streamed with chat_stream; where streaming is unavailable it
    falls back to one message updated at most once every `min_update_interval`
    seconds, because chat.update is rate limited (Tier 3) and a Claude draft
    arrives in hundreds of small pieces: updating on each would hit 429s and stall
    the turn behind Retry-After waits. The live draft is removed when the section
    is done; the review message that follows carries the final text and buttons.
    Its ts is kept on the case record meanwhile: a draft whose worker was killed, or
    whose delete failed, is removed by the next turn in the thread or the catch-up.
    """

    client: AsyncWebClient
    where: Where
    cases: CaseStore
    section: str | None = None
    text: str = ""
    ts: str | None = None
    streaming: bool = True
    stream: AsyncChatStream | None = None
    min_update_interval: float = 1.0
    _updated_at: float = field(default=0.0, repr=False)
    _recorded: str | None = field(default=None, repr=False)

    async def __call__(self, part: str, chunk: str) -> None:
        if part == HOLDING:
            await post_holding(self.client, self.cases, self.where, chunk)
            # Slack clears the status when the app posts; the plan is still coming.
            await self.status("is drafting the plan…")
            return
        if part != self.section:
            await self.finish()
            self.section, self.text = part, ""
            await self.status(f"is drafting {SECTION_TITLES[SectionKey(part)]}…")
        self.text += chunk
        if self.streaming:
            try:
                if self.stream is None:
                    await self.remove_stale()
                    self.stream = await open_stream(self.client, self.where)
                await self.stream.append(markdown_text=escape(chunk))
                await self._record(self.stream.ts)
                return
            except SlackApiError as exc:
                self._stop_streaming(exc)
        await self._update()

    async def _record(self, ts: str | None) -> None:
        if ts is not None and ts != self._recorded:
            await self.cases.update(self.where.thread, live_draft=ts)
            self._recorded = ts

    async def remove_stale(self) -> None:
        """Delete the live draft an earlier turn left in the thread, if any."""
        stale = await self.cases.live_draft(self.where.thread)
        if stale and stale != self.ts and await self._delete(stale):
            await self.cases.forget_live_draft(self.where.thread)

    async def _delete(self, ts: str) -> bool:
        """True once the message is gone (deleted now, or already)."""
        try:
            await self.client.chat_delete(channel=self.where.channel, ts=ts)
        except SlackApiError as exc:
            if slack_error(exc) != "message_not_found":
                log.info("live draft not removed: %s", slack_error(exc))
                return False
        return True

    def _stop_streaming(self, exc: SlackApiError) -> None:
        log.info("streaming unavailable (%s); updating a message instead", slack_error(exc))
        self.streaming = False
        if self.stream is not None and self.stream.ts:
            self.ts = self.stream.ts  # what was streamed so far stays until finish()
        self.stream = None

    async def status(self, status: str) -> None:
        try:
            await self.client.assistant_threads_setStatus(
                channel_id=self.where.channel,
                thread_ts=self.where.thread_ts,
                status=status,
                loading_messages=LOADING,
            )
        except SlackApiError as exc:
            log.debug("status not shown: %s", slack_error(exc))

    async def _update(self) -> None:
        now = time.monotonic()
        if self.ts is not None and now - self._updated_at < self.min_update_interval:
            return
        self._updated_at = now
        live = blocks.markdown_blocks(blocks.clip(self.text, blocks.SECTION_LIMIT))
        assert self.section is not None
        title = f"Drafting {SECTION_TITLES[SectionKey(self.section)]}…"
        if self.ts is None:
            await self.remove_stale()
            sent = await self.client.chat_postMessage(
                channel=self.where.channel, thread_ts=self.where.thread_ts, blocks=live, text=title
            )
            self.ts = sent["ts"]
            await self._record(self.ts)
        else:
            await self.client.chat_update(
                channel=self.where.channel, ts=self.ts, blocks=live, text=title
            )

    async def finish(self) -> None:
        """Remove the live draft: the review message that follows carries the full text."""
        if self.stream is not None:
            try:
                await self.stream.stop()
            except SlackApiError as exc:
                self._stop_streaming(exc)
            else:
                self.ts = self.stream.ts
            self.stream = None
        if self.ts is None:
            await self.remove_stale()  # a catch-up, or a turn that drafted nothing
        elif await self._delete(self.ts):
            await self.cases.forget_live_draft(self.where.thread)
        self.ts, self.section, self._recorded = None, None, None


def slack_error(exc: SlackApiError) -> str:
    return str(exc.response.get("error")) if exc.response is not None else str(exc)


SCREEN_EVENT = "coach_screen"
"""Message metadata type on every post that shows a step: the step and which part of it
(`Part`), so a catch-up can read back what already reached the thread."""


async def post_blocks(
    client: AsyncWebClient,
    where: Where,
    content: list[blocks.Block],
    text: str,
    part: tuple[str, str] | None = None,
) -> None:
    """Post `content` in the case thread, split into as many messages as Slack's limits need.

    `text` is the notification and fallback, read as mrkdwn: its dynamic parts escaped.
    `part` (step, part) marks the last page in its metadata: once it is in the thread,
    so is everything before it."""
    pages = blocks.paginate(content)
    for index, page in enumerate(pages):
        marked = part is not None and index == len(pages) - 1
        await client.chat_postMessage(
            channel=where.channel,
            thread_ts=where.thread_ts,
            blocks=page,
            text=blocks.clip(text, 3000),
            metadata=_marker(*part) if marked and part is not None else None,
        )


def _marker(step: str, part: str) -> dict[str, object]:
    return {"event_type": SCREEN_EVENT, "event_payload": {"step": step, "part": part}}


PLAN_FILE = "resolution-plan.md"


async def in_thread(client: AsyncWebClient, where: Where) -> set[tuple[str, str]]:
    """What of each step already reached the thread, read back from Slack: (step, part)
    pairs from the posts' metadata, and ("", PLAN_FILE) once the plan file is shared.

    Only a catch-up pays for this read: after a kill between a post and the record of
    it, the record says behind while the thread is not, and re-posting would show the
    agent the same step twice."""
    shown: set[tuple[str, str]] = set()
    cursor = None
    while True:
        try:
            page = await client.conversations_replies(
                channel=where.channel, ts=where.thread_ts, include_all_metadata=True,
                limit=200, cursor=cursor,
            )  # fmt: skip
        except SlackApiError as exc:
            if slack_error(exc) != "thread_not_found":
                raise
            return shown  # nothing of ours there yet
        for message in page.get("messages") or []:
            meta = message.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if meta.get("event_type") == SCREEN_EVENT:
                shown.add((str(payload.get("step")), str(payload.get("part"))))
            if any(f.get("name") == PLAN_FILE for f in message.get("files") or []):
                shown.add(("", PLAN_FILE))
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return shown


async def post_holding(client: AsyncWebClient, cases: CaseStore, where: Where, script: str) -> None:
    """The holding script, once per case: a step re-run after a kill, or a thread caught up
    from state, must not hand the agent a second script to read out."""
    case = await cases.get(where.thread)
    if case is not None and case.holding_posted:
        return
    await post_blocks(client, where, blocks.holding(script), escape(script), ("", HOLDING))
    await cases.update(where.thread, holding_posted="1")
