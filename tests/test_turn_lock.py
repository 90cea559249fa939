"""Two workers sending turns to one thread at once: the Redis lock runs them one by one.

Each runtime has its own Redis client, as two bot processes would. Without the
lock both turns start from the same checkpoint and the thread forks (one turn's
revision is silently dropped); with it the chain stays linear and both land.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from itertools import pairwise
from pathlib import Path
from typing import Any

from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from graph.models import SECTION_ORDER, Decision, Reply, ReviewSection
from tests.cases import B2B_OUTAGE
from tests.walk import confirm_card

INSTRUCTIONS = ["mention the weekly status call", "mention the incident report"]


def settings(tmp_path: Path, redis_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        REDIS_URL=redis_url,
        COACH_DATA_DIR=str(tmp_path / "data"),
        COACH_DRAFTER="playbook",
    )


async def two_workers(stack: AsyncExitStack, tmp_path: Path, redis_url: str) -> list[Runtime]:
    return [
        await stack.enter_async_context(open_runtime(settings(tmp_path, redis_url)))
        for _ in range(2)
    ]


async def at_review(runtime: Runtime, thread: str) -> None:
    await runtime.service.start(thread, B2B_OUTAGE)
    result = await runtime.service.reply(thread, Reply(text="Nothing yet."))
    result = await confirm_card(runtime.service, result)
    assert isinstance(result.prompt, ReviewSection) and result.prompt.version == 1


async def revise_at_once(workers: list[Runtime], thread: str) -> None:
    """Both workers send a revision of the section under review at the same moment."""
    await asyncio.gather(
        *(
            worker.service.decide(thread, Decision(action="revise", instruction=instruction))
            for worker, instruction in zip(workers, INSTRUCTIONS, strict=True)
        )
    )


async def chain(runtime: Runtime, thread: str) -> list[tuple[str, str | None]]:
    """(checkpoint id, parent id) for every root checkpoint of the thread, newest first."""
    config: Any = {"configurable": {"thread_id": thread, "checkpoint_ns": ""}}
    return [
        (
            tup.config["configurable"]["checkpoint_id"],
            tup.parent_config["configurable"]["checkpoint_id"] if tup.parent_config else None,
        )
        async for tup in runtime.saver.alist(config)
    ]


async def revisions(runtime: Runtime, thread: str) -> list[str | None]:
    values = (
        await runtime.service.graph.aget_state({"configurable": {"thread_id": thread}})
    ).values
    versions = values["sections"][SECTION_ORDER[0].value]["versions"]
    return [version["instruction"] for version in versions[1:]]


async def test_simultaneous_turns_are_serialized_and_none_is_lost(tmp_path, redis_url):
    async with AsyncExitStack() as stack:
        workers = await two_workers(stack, tmp_path, redis_url)
        await at_review(workers[0], "busy")
        await revise_at_once(workers, "busy")

        assert sorted(await revisions(workers[1], "busy")) == sorted(INSTRUCTIONS)
        links = await chain(workers[0], "busy")
        for (_, parent), (older, _) in pairwise(links):
            assert parent == older, "each checkpoint's parent is the one before it"
        assert links[-1][1] is None
        parents = [parent for _, parent in links]
        assert len(parents) == len(set(parents)), "no checkpoint has two children"


async def test_without_the_lock_the_same_race_forks_the_thread(tmp_path, redis_url):
    """The control: proves the test above would notice a missing lock."""
    async with AsyncExitStack() as stack:
        workers = await two_workers(stack, tmp_path, redis_url)
        await at_review(workers[0], "racy")
        gate = asyncio.Barrier(2)

        @asynccontextmanager
        async def together(thread_id: str) -> AsyncIterator[None]:
            await gate.wait()  # both turns arrive, as two workers' would, then run unguarded
            yield

        lock: Any = together
        for worker in workers:
            worker.service.lock = lock
        await revise_at_once(workers, "racy")

        parents = [parent for _, parent in await chain(workers[0], "racy")]
        forked = len(parents) != len(set(parents))
        lost = sorted(await revisions(workers[0], "racy")) != sorted(INSTRUCTIONS)
        assert forked and lost
