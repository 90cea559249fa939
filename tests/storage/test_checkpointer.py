"""RedisCheckpointSaver beyond the conformance suite: real graphs, workers, TTL, listing."""

from __future__ import annotations

import asyncio
import operator
from collections.abc import AsyncIterator
from typing import Annotated, TypedDict

import pytest
from langgraph.checkpoint.base import empty_checkpoint
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command, interrupt
from redis.asyncio import Redis

from bot.storage.checkpointer import RedisCheckpointSaver


class State(TypedDict):
    notes: Annotated[list[str], operator.add]


def build_graph(saver: RedisCheckpointSaver) -> CompiledStateGraph:
    def intake(state: State) -> dict[str, list[str]]:
        return {"notes": ["intake"]}

    def ask(state: State) -> dict[str, list[str]]:
        answer = interrupt({"question": "What did the customer lose?"})
        return {"notes": [f"answer:{answer}"]}

    builder = StateGraph(State)
    builder.add_node("intake", intake)
    builder.add_node("ask", ask)
    builder.add_edge(START, "intake")
    builder.add_edge("intake", "ask")
    builder.add_edge("ask", END)
    return builder.compile(checkpointer=saver)


@pytest.fixture
async def saver(redis_client: Redis) -> RedisCheckpointSaver:
    return RedisCheckpointSaver(redis_client)


@pytest.fixture
async def second_worker(clean_redis_url: str) -> AsyncIterator[RedisCheckpointSaver]:
    async with RedisCheckpointSaver.from_url(clean_redis_url) as other:
        yield other


def thread(thread_id: str, ns: str = "") -> dict:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ns}}


async def put(
    saver: RedisCheckpointSaver, thread_id: str, value: str, *, ns: str = "", step: int = 0
) -> dict:
    checkpoint = empty_checkpoint()
    version = saver.get_next_version(None, None)
    checkpoint["channel_values"] = {"v": value}
    checkpoint["channel_versions"] = {"v": version}
    return await saver.aput(
        thread(thread_id, ns), checkpoint, {"source": "loop", "step": step}, {"v": version}
    )


async def test_interrupt_resumes_on_another_worker(
    saver: RedisCheckpointSaver, second_worker: RedisCheckpointSaver
) -> None:
    config = {"configurable": {"thread_id": "slack:C1:171.1"}}
    first = await build_graph(saver).ainvoke({"notes": []}, config)
    assert first["__interrupt__"][0].value == {"question": "What did the customer lose?"}

    # A different worker, with its own connection, picks the thread up.
    other_graph = build_graph(second_worker)
    state = await other_graph.aget_state(config)
    assert state.next == ("ask",)
    done = await other_graph.ainvoke(Command(resume="a week of orders"), config)
    assert done["notes"] == ["intake", "answer:a week of orders"]
    assert (await build_graph(saver).aget_state(config)).next == ()


async def test_fork_from_an_older_checkpoint_keeps_both_branches(
    saver: RedisCheckpointSaver,
) -> None:
    graph = build_graph(saver)
    config = {"configurable": {"thread_id": "fork"}}
    await graph.ainvoke({"notes": []}, config)
    await graph.ainvoke(Command(resume="first"), config)
    history = [s async for s in graph.aget_state_history(config)]
    paused = next(s for s in history if s.next == ("ask",))

    # Going "back": fork from the paused checkpoint. Both branches reach the same
    # channel version number; the first branch's values must not be overwritten.
    fork = await graph.aupdate_state(paused.config, {"notes": ["edited"]}, as_node="intake")
    await graph.ainvoke(Command(resume="second"), fork)
    latest = await graph.aget_state(config)
    assert latest.values["notes"] == ["intake", "edited", "answer:second"]
    first_branch = await graph.aget_state(history[0].config)
    assert first_branch.values["notes"] == ["intake", "answer:first"]


async def test_ids_with_separators_do_not_collide(saver: RedisCheckpointSaver) -> None:
    await put(saver, "a", "plain thread, ns b", ns="b")
    await put(saver, "a:n:b", "thread with colons")
    await put(saver, "a%3An%3Ab", "thread with escapes")
    for thread_id, ns, expected in [
        ("a", "b", "plain thread, ns b"),
        ("a:n:b", "", "thread with colons"),
        ("a%3An%3Ab", "", "thread with escapes"),
    ]:
        tup = await saver.aget_tuple(thread(thread_id, ns))
        assert tup is not None and tup.checkpoint["channel_values"] == {"v": expected}
    assert await saver.aget_tuple(thread("a")) is None


async def test_pending_writes_come_back_in_task_path_order(saver: RedisCheckpointSaver) -> None:
    stored = await put(saver, "w", "x")
    await saver.aput_writes(stored, [("ch", "late")], "task-a", task_path="~2")
    await saver.aput_writes(stored, [("ch", "early"), ("ch", "early-2")], "task-b", "~1")
    tup = await saver.aget_tuple(stored)
    assert tup is not None
    assert [w[2] for w in tup.pending_writes] == ["early", "early-2", "late"]


async def test_list_without_config_covers_all_threads(saver: RedisCheckpointSaver) -> None:
    await put(saver, "one", "1")
    await put(saver, "two", "2")
    await put(saver, "two", "2b", ns="child:1")
    listed = [t.config["configurable"] async for t in saver.alist(None)]
    assert {(c["thread_id"], c["checkpoint_ns"]) for c in listed} == {
        ("one", ""),
        ("two", ""),
        ("two", "child:1"),
    }
    assert len([t async for t in saver.alist(None, limit=2)]) == 2


async def test_threads_are_listed_newest_first(saver: RedisCheckpointSaver) -> None:
    await put(saver, "older", "o", step=1)
    await asyncio.sleep(0.01)
    await put(saver, "newer", "n", step=4)
    summaries = await saver.alist_threads()
    assert [s.thread_id for s in summaries] == ["newer", "older"]
    assert summaries[0].metadata["step"] == 4
    assert summaries[0].checkpoint_id is not None
    assert summaries[0].updated_at >= summaries[1].updated_at
    assert [s.thread_id for s in await saver.alist_threads(limit=1)] == ["newer"]
    assert await saver.alist_threads(limit=0) == []

    await saver.adelete_thread("newer")
    assert [s.thread_id for s in await saver.alist_threads()] == ["older"]


async def test_thread_ttl_expires_the_whole_thread(
    saver: RedisCheckpointSaver, redis_client: Redis
) -> None:
    stored = await put(saver, "done", "finished plan")
    await saver.aput_writes(stored, [("ch", "w")], "task")
    await put(saver, "done", "child", ns="child:1")
    await put(saver, "live", "still going")

    assert await saver.aset_thread_ttl("done", 1)
    keys = await redis_client.keys("coach:cp:{done}:*")
    assert len(keys) == 10  # ns set, 2 x (ids, cp, md, bl), 1 writes key
    ttls = [await redis_client.ttl(k) for k in keys]
    assert all(0 < ttl <= 1 for ttl in ttls)
    assert not await saver.aset_thread_ttl("missing", 1)

    await asyncio.sleep(1.2)
    saver.stale_index_seconds = 1.0  # the entry is 1.2 s old; in production threads expire late
    assert await saver.aget_tuple(thread("done")) is None
    assert [s.thread_id for s in await saver.alist_threads()] == ["live"]
    assert await redis_client.zscore("coach:cp:threads", "done") is None


async def test_writing_to_a_thread_with_ttl_makes_it_permanent_again(
    saver: RedisCheckpointSaver, redis_client: Redis
) -> None:
    await put(saver, "revived", "first")
    await saver.aset_thread_ttl("revived", 100)
    await put(saver, "revived", "second")
    for key in ["ns", "n::ids", "n::cp", "n::md", "n::bl"]:
        assert await redis_client.ttl(f"coach:cp:{{revived}}:{key}") == -1
    await saver.aset_thread_ttl("revived", 100)
    await saver.aset_thread_ttl("revived", None)
    assert await redis_client.ttl("coach:cp:{revived}:ns") == -1


async def test_prefix_isolates_savers(redis_client: Redis) -> None:
    a = RedisCheckpointSaver(redis_client, prefix="app-a:")
    b = RedisCheckpointSaver(redis_client, prefix="app-b:")
    await put(a, "same", "from a")
    assert await b.aget_tuple(thread("same")) is None
    assert await redis_client.exists("app-a:threads")


async def test_prune_keeps_only_values_the_latest_checkpoint_needs(
    saver: RedisCheckpointSaver, redis_client: Redis
) -> None:
    first = await put(saver, "p", "old")
    checkpoint = empty_checkpoint()
    version = saver.get_next_version(None, None)
    checkpoint["channel_values"] = {"v": "new"}
    checkpoint["channel_versions"] = {"v": version}
    await saver.aput(first, checkpoint, {"source": "loop", "step": 1}, {"v": version})
    assert await redis_client.hlen("coach:cp:{p}:n::bl") == 2

    await saver.aprune(["p"])
    assert await redis_client.hlen("coach:cp:{p}:n::bl") == 1
    tup = await saver.aget_tuple(thread("p"))
    assert tup is not None and tup.checkpoint["channel_values"] == {"v": "new"}
    with pytest.raises(ValueError):
        await saver.aprune(["p"], strategy="shred")


async def test_sync_api_refuses_clearly(saver: RedisCheckpointSaver) -> None:
    with pytest.raises(NotImplementedError, match="async-only"):
        saver.get_tuple(thread("x"))
    with pytest.raises(NotImplementedError, match="async-only"):
        list(saver.list(None))


def test_text_clients_are_rejected() -> None:
    with pytest.raises(ValueError, match="decode_responses"):
        RedisCheckpointSaver(Redis(decode_responses=True))
