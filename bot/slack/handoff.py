"""From the loop that answers Slack to the loop that does the work.

A listener acks, then hands its work here. The work (Redis, drafting, posting) runs as a
task on the work loop, so an ack never queues behind another thread's turn: Slack's
3-second limit and the agent's spinner depend only on the front desk (front_desk.py).
Everything that can fail with storage runs here, so this is also where a storage outage
is answered and Slack's retries of one event are dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any

from bot.slack.coach import STORAGE_ERRORS, SlackCoach
from bot.slack.desk import TurnNotOpened
from bot.slack.screen import Where
from bot.storage.coordination import EventDeduper

log = logging.getLogger(__name__)

Work = Coroutine[Any, Any, None]


def where_of(body: dict[str, Any]) -> Where | None:
    """The thread and person a failed message or button press came from, if it has one."""
    event = body.get("event") or {}
    if event.get("channel") and event.get("user"):
        thread_ts = event.get("thread_ts") or event.get("ts")
        return Where(event["channel"], thread_ts, event["user"], body.get("team_id"))
    message = body.get("message") or {}
    channel, user = (body.get("channel") or {}).get("id"), (body.get("user") or {}).get("id")
    thread_ts = message.get("thread_ts") or message.get("ts")
    if channel and user and thread_ts:
        return Where(channel, thread_ts, user, (body.get("team") or {}).get("id"))
    return None


class Handoff:
    """Called from any thread; the work always runs on the loop the coach was built on."""

    def __init__(
        self, coach: SlackCoach, deduper: EventDeduper, loop: asyncio.AbstractEventLoop
    ) -> None:
        self.coach, self._deduper, self._loop = coach, deduper, loop
        self._running: set[asyncio.Task[None]] = set()

    def __call__(self, body: dict[str, Any], work: Work) -> None:
        try:
            self._loop.call_soon_threadsafe(self._start, body, work)
        except RuntimeError:  # the work loop has closed: the bot is shutting down
            work.close()

    def _start(self, body: dict[str, Any], work: Work) -> None:
        task = asyncio.ensure_future(self._run(body, work))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        # Work that never started (a retry dropped, storage down, a shutdown's cancel before
        # the task's first step) is closed, not left to warn "coroutine was never awaited".
        task.add_done_callback(lambda _: work.close())

    async def _run(self, body: dict[str, Any], work: Work) -> None:
        """Slack retries an event it thinks we missed; across workers, run it only once.
        A storage outage is expected: the agent is told. Anything else keeps its traceback."""
        try:
            event_id = body.get("event_id")
            if event_id and not await self._deduper.first_time(event_id):
                return
            await work
        except TurnNotOpened:
            pass  # answered in the thread already (busy, or storage down)
        except STORAGE_ERRORS as exc:
            await self.coach.desk.storage_down(where_of(body), exc)
        except Exception:
            log.exception("request failed")

    async def drain(self, grace: float) -> None:
        """At shutdown: work already acked may run `grace` seconds more, since Slack never
        sends an acked event again and work cut off before its first step (the agent's
        "approve", a new case) would be lost. What still runs then is cancelled (its thread
        resumes from the last checkpoint on the next start), so nothing outlives the
        runtime it uses."""
        if self._running and grace > 0:
            await asyncio.wait(set(self._running), timeout=grace)
        for task in list(self._running):
            task.cancel()
        for task in list(self._running):
            with contextlib.suppress(asyncio.CancelledError):
                await task
