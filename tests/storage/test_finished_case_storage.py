"""A finished case keeps its final checkpoint only, and everything that reads it still works."""

from __future__ import annotations

import subprocess
import sys

from redis.asyncio import Redis

from bot.runtime import open_runtime
from bot.storage.checkpointer import RedisCheckpointSaver
from graph.state import decision_of, plan_of
from tests.chat_process import chat_env
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


async def test_a_compacted_case_resumes_in_chat_and_lists(tmp_path, redis_url):
    async with open_runtime(settings(tmp_path, redis_url)) as runtime:
        await finished(runtime, "resumed")
        plan = await runtime.service.preview("resumed")
    assert plan is not None
    env = chat_env(tmp_path / "data", redis_url)

    def coach(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True,
            text=True, cwd=tmp_path, env=env, timeout=60,
        )  # fmt: skip

    chat = coach("chat", "--thread", "resumed", stdin="hello again\n")
    assert chat.returncode == 0, chat.stderr
    assert "Resuming thread resumed" in chat.stdout and "This plan is final" in chat.stdout
    listed = coach("threads")
    assert "resumed" in listed.stdout and "plan final" in listed.stdout
    logged = coach("log", "export", "--format", "jsonl")
    assert logged.returncode == 0 and '"case_id":"resumed"' in logged.stdout.replace(" ", "")
