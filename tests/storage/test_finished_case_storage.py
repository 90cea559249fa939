"""A finished case keeps its final checkpoint only, and everything that reads it still works."""

from __future__ import annotations

import asyncio
import io
import sys

import pytest
from redis.asyncio import Redis

from bot.cli import main
from bot.runtime import open_runtime
from bot.storage.checkpointer import RedisCheckpointSaver
from graph.state import decision_of, plan_of
from tests.test_threads import finished, settings


async def checkpoint_count(client: Redis, thread: str) -> int:
    saver = RedisCheckpointSaver(client)
    return await client.zcard(saver.keys.ids(thread, ""))


async def test_a_finished_case_keeps_only_its_final_checkpoint_with_every_version(
    tmp_path, redis_url, redis_client
):
    async with open_runtime(settings(tmp_path, redis_url)) as runtime:
        await finished(runtime, "done")
        config = {"configurable": {"thread_id": "done"}}
        values = (await runtime.service.graph.aget_state(config)).values
        summary = await runtime.service.summary("done")
        log_entry = await runtime.tracker.log.get("done")
        prior = await runtime.tracker.log.prior_cases("Northwind Logistics")

    assert await checkpoint_count(redis_client, "done") == 1
    writes = await redis_client.keys("coach:cp:{done}:n::w:*")
    assert len(writes) <= 1, "pending writes of dropped checkpoints are gone"
    plan = plan_of(values)
    assert plan is not None and plan.approvals, "approvals are in the final state"
    decision = decision_of(values)
    assert decision is not None and decision.recommended.total == plan.decision.recommended.total
    sections = values["sections"]
    assert sections and all(s["versions"] for s in sections.values()), "every version kept"
    assert summary is not None and summary.step == "plan final"
    assert log_entry is not None and log_entry.approvals == plan.approvals
    assert [p.case_id for p in prior] == ["done"], "precedent lookup finds the case"


async def test_full_history_keeps_every_checkpoint(tmp_path, redis_url, redis_client):
    async with open_runtime(settings(tmp_path, redis_url, COACH_FINISHED_HISTORY="full")) as rt:
        await finished(rt, "kept")
    assert await checkpoint_count(redis_client, "kept") > 10


def test_a_compacted_case_resumes_in_chat_and_lists(
    tmp_path, redis_url, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    async def finish_one() -> None:
        async with open_runtime(settings(tmp_path, redis_url)) as runtime:
            await finished(runtime, "resumed")

    asyncio.run(finish_one())
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "REDIS_URL": redis_url, "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_DRAFTER": "playbook",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)

    def coach(*args: str, stdin: str = "") -> str:
        """`coach ARGS` in this process, as the terminal runs it; returns its stdout."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        with pytest.raises(SystemExit) as exited:
            main(list(args))
        out = capsys.readouterr()
        assert exited.value.code == 0, out.err
        return out.out

    chat = coach("chat", "--thread", "resumed", stdin="hello again\n")
    assert "Resuming thread resumed" in chat and "This plan is final" in chat
    listed = coach("threads")
    assert "resumed" in listed and "plan final" in listed
    logged = coach("log", "export", "--format", "jsonl")
    assert '"case_id":"resumed"' in logged.replace(" ", "")
