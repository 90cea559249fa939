"""A turn cut off after each of its storage writes in turn, then resumed by a new worker.

Why in-process: killing a subprocess "mid-turn" lands wherever the scheduler
puts it, so a test built on it cannot promise to hit every point. Here the saver
lets the first N writes of one turn through and then never answers, which is
what a kill -9 leaves behind, for N = 0, 1, 2, ... until the turn completes. A
fresh runtime (its own client, as after a restart) must then find the thread
either before the turn or after it, never half-way or with the turn applied twice,
and finish the plan.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

from bot.commands.drafting import approve_shown, drive
from bot.conversation import ConversationService
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from bot.storage.checkpointer import RedisCheckpointSaver
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.models import SECTION_ORDER, ApprovalVerdict, Decision, Reply, ReviewSection
from graph.policy import default_policy
from tests.cases import B2B_OUTAGE
from tests.walk import confirm_card


class Died(Exception):
    """Unwinds the dead worker's coroutines in this process; nothing more is stored."""


class DyingSaver(RedisCheckpointSaver):
    """Lets `survive` writes through, then stores nothing more: a process that died.

    A later write waits until `bury()` and then fails, so the test can unwind the
    turn without any of those writes reaching Redis.
    """

    def __init__(self, *args: Any, survive: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survive = survive
        self.writes = 0
        self.dead = asyncio.Event()
        self._buried = asyncio.Event()

    def bury(self) -> None:
        self._buried.set()

    async def _write_or_die(self) -> None:
        self.writes += 1
        if self.writes > self.survive:
            self.dead.set()
            await self._buried.wait()
            raise Died

    async def aput(self, *args: Any, **kwargs: Any) -> Any:
        await self._write_or_die()
        return await super().aput(*args, **kwargs)

    async def aput_writes(self, *args: Any, **kwargs: Any) -> None:
        await self._write_or_die()
        await super().aput_writes(*args, **kwargs)


def settings(tmp_path: Path, redis_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        REDIS_URL=redis_url,
        COACH_DATA_DIR=str(tmp_path / "data"),
        COACH_DRAFTER="playbook",
    )


async def at_third_section(runtime: Runtime, thread: str) -> None:
    service = runtime.service
    await service.start(thread, B2B_OUTAGE)
    result = await confirm_card(service, await service.reply(thread, Reply(text="Nothing yet.")))
    for _ in range(2):
        assert isinstance(result.prompt, ReviewSection)
        result = await service.decide(thread, Decision(action="approve"))
    assert isinstance(result.prompt, ReviewSection) and result.prompt.index == 2


async def approve_then_die(runtime: Runtime, thread: str, survive: int) -> bool:
    """One approval on a worker that dies after `survive` writes; True if it died."""
    assert runtime.redis is not None
    saver = DyingSaver(runtime.redis, survive=survive)
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=saver)
    turn = asyncio.create_task(
        ConversationService(graph).decide(thread, Decision(action="approve", version=1))
    )
    died = asyncio.create_task(saver.dead.wait())
    await asyncio.wait({turn, died}, return_when=asyncio.FIRST_COMPLETED)
    died.cancel()
    saver.bury()
    with contextlib.suppress(Died, asyncio.CancelledError):
        await turn
    return saver.dead.is_set()


def approved(values: dict[str, Any]) -> list[str]:
    return [k for k, d in (values.get("sections") or {}).items() if d["approved"]]


async def test_a_turn_cut_after_any_write_resumes_before_or_after_it(tmp_path, redis_url):
    first_two = [key.value for key in SECTION_ORDER[:2]]
    outcomes: list[str] = []
    for survive in range(40):
        thread = f"cut-{survive}"
        async with open_runtime(settings(tmp_path, redis_url)) as worker:
            await at_third_section(worker, thread)
            died = await approve_then_die(worker, thread, survive)

        async with open_runtime(settings(tmp_path, redis_url)) as restarted:
            service = restarted.service
            now = await service.current(thread)
            assert now is not None
            if now.error:
                outcomes.append("unfinished")
                now = await service.retry(thread)
            assert now.error is None
            assert isinstance(now.prompt, ReviewSection), (survive, now)
            config = {"configurable": {"thread_id": thread}}
            values = (await service.graph.aget_state(config)).values
            if now.prompt.index == 2:
                outcomes.append("before")
                assert approved(values) == first_two
            else:
                outcomes.append("after")
                assert now.prompt.index == 3, "the approval applied exactly once"
                assert approved(values) == [*first_two, SECTION_ORDER[2].value]
            assert values["holding_script"]
            done = await drive(
                service, now, lambda _: Reply(skip=True), approve_shown,
                approve=lambda _: ApprovalVerdict(approved=True, by_id="sam"),
            )  # fmt: skip
            assert done.plan is not None
            assert len(done.plan.sections) == len(SECTION_ORDER)
        if not died:
            break
    else:
        raise AssertionError("the turn never completed")
    assert outcomes[0] == "before" and outcomes[-1] == "after"
    assert "unfinished" in outcomes, "some cut points fall between two checkpoints"
