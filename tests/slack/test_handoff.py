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


async def test_work_acked_just_before_a_shutdown_still_runs_within_the_grace(
    redis_client: Redis,
) -> None:
    """The bot acked an event, then was told to stop before the work loop ran it: Slack will
    not send it again, so the work runs to its end inside the grace period."""
    done: list[str] = []

    async def work() -> None:
        await asyncio.sleep(0.2)  # a turn that takes a moment
        done.append("approved")

    handoff = Handoff(NO_COACH, EventDeduper(redis_client), asyncio.get_running_loop())
    handoff({"event_id": "Ev-just-acked"}, work())
    await asyncio.sleep(0)  # the hand-off reaches the loop; its task has not run a step
    await handoff.drain(grace=5)
    assert done == ["approved"]


async def test_work_still_running_when_the_grace_ends_is_cancelled(redis_client: Redis) -> None:
    reached: list[str] = []

    async def work() -> None:
        reached.append("started")
        await asyncio.sleep(30)
        reached.append("finished")

    handoff = Handoff(NO_COACH, EventDeduper(redis_client), asyncio.get_running_loop())
    handoff({"event_id": "Ev-long"}, work())
    await asyncio.sleep(0.05)
    started = asyncio.get_running_loop().time()
    await handoff.drain(grace=0.2)
    assert reached == ["started"]
    assert asyncio.get_running_loop().time() - started < 5


async def test_work_a_shutdown_cancels_before_it_starts_is_closed(redis_client: Redis) -> None:
    """With no grace, work the bot acked but never ran is cancelled. Left open, the work's
    coroutine warns "never awaited" in the operator's log when it is collected."""
    started: list[str] = []

    async def work() -> None:
        started.append("late")

    handoff = Handoff(NO_COACH, EventDeduper(redis_client), asyncio.get_running_loop())
    late = work()
    handoff({"event_id": "Ev-late"}, late)
    await asyncio.sleep(0)  # the hand-off reaches the loop; its task has not run a step
    await handoff.drain(grace=0)
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
    await handoff.drain(grace=0)
    assert started == ["first"]
    assert inspect.getcoroutinestate(retry) == inspect.CORO_CLOSED
