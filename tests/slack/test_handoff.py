"""Work handed from the front desk to the work loop, at its edges: work that never runs."""

from __future__ import annotations

import asyncio
import inspect
from typing import cast

from redis.asyncio import Redis

from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.storage.coordination import EventDeduper

# The coach is never reached on these paths: the work is dropped before it runs.
NO_COACH = cast(SlackCoach, None)


async def test_work_a_shutdown_cancels_before_it_starts_is_closed(redis_client: Redis) -> None:
    """The bot acked an event, then stopped before the work loop ran it. Left open, the
    work's coroutine warns "never awaited" in the operator's log when it is collected."""
    started: list[str] = []

    async def work() -> None:
        started.append("late")

    handoff = Handoff(NO_COACH, EventDeduper(redis_client), asyncio.get_running_loop())
    late = work()
    handoff({"event_id": "Ev-late"}, late)
    await asyncio.sleep(0)  # the hand-off reaches the loop; its task has not run a step
    await handoff.drain()
    assert started == []
    assert inspect.getcoroutinestate(late) == inspect.CORO_CLOSED


async def test_a_retried_event_runs_once_and_the_retry_is_closed(redis_client: Redis) -> None:
    started: list[str] = []

    async def work(attempt: str) -> None:
        started.append(attempt)

    handoff = Handoff(NO_COACH, EventDeduper(redis_client), asyncio.get_running_loop())
    first, retry = work("first"), work("retry")
    for attempt in (first, retry):
        handoff({"event_id": "Ev-retried"}, attempt)
        await asyncio.sleep(0.05)
    await handoff.drain()
    assert started == ["first"]
    assert inspect.getcoroutinestate(retry) == inspect.CORO_CLOSED
