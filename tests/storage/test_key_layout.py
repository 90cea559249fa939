"""Keys one operation touches share a Cluster slot; data in the old layout is moved, not lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from redis.asyncio import Redis
from redis.crc import key_slot

from bot.escalation_queue import EscalationQueue
from bot.followups import UNTAGGED_KEY, FollowUp, FollowUpScheduler
from bot.resolution_log import ResolutionLog
from bot.runtime import open_runtime
from bot.storage.checkpointer import RedisCheckpointSaver
from bot.storage.coordination import ThreadLock
from bot.storage.layout import LAYOUT_KEY, PREFIX_MOVES, ensure_layout
from tests.cluster_redis import one_node_cluster
from tests.storage.test_conformance import run_suite
from tests.test_threads import finished, settings

AWKWARD_IDS = ["1712345678.000100", "team:channel:ts", "br{ace}s", "{", "}{", "%7B", "ü ö"]


def one_slot(keys: list[str]) -> bool:
    return len({key_slot(k.encode()) for k in keys}) == 1


@pytest.mark.parametrize("thread", AWKWARD_IDS)
def test_each_transactions_keys_share_one_slot(thread: str) -> None:
    client = Redis()  # never connects: only the key builders are used
    saver = RedisCheckpointSaver(client)
    thread_keys = saver.keys.thread_keys(thread, {"": ["c1", "c2"], "child:1": ["c3"]})
    assert one_slot(thread_keys), "aput, prune, ttl and delete of one thread"

    lock = ThreadLock(client, f"thread:{thread}")
    assert one_slot([lock.key, lock.fence_key]), "the lock's acquire script"

    queue = EscalationQueue(client)
    queue_keys = [
        queue._key(thread),
        f"{queue.prefix}open",
        queue.changes_key,
        queue.leases.key(thread),
    ]
    assert one_slot(queue_keys), "queue writes and settling a reminder"

    log = ResolutionLog(client)
    p = log.prefix
    log_keys = [f"{p}case:{thread}", f"{p}all", f"{p}customer:{thread}", f"{p}kind:x:{thread}"]
    assert one_slot(log_keys), "a log record and its indexes"

    followups = FollowUpScheduler(client)
    item = f"{thread}|7"
    assert one_slot([followups.due_key, followups.items_key, followups.leases.key(item)])


def test_threads_spread_over_slots() -> None:
    keys = RedisCheckpointSaver(Redis()).keys
    slots = {key_slot(keys.namespaces(f"thread-{n}").encode()) for n in range(50)}
    assert len(slots) > 40, "the thread is the tag, so threads do not pile into one slot"


def test_layout_moves_go_to_the_stores_defaults() -> None:
    client = Redis()
    assert set(PREFIX_MOVES.values()) == {
        EscalationQueue(client).prefix,
        ResolutionLog(client).prefix,
    }


@pytest.fixture(scope="module")
def cluster_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from one_node_cluster(tmp_path_factory.mktemp("cluster"))


@pytest.fixture
def clean_cluster_url(cluster_url: str) -> str:
    with redis.Redis.from_url(cluster_url) as client:
        client.flushdb()
    return cluster_url


async def test_conformance_suite_passes_on_a_cluster(clean_cluster_url: str) -> None:
    report = await run_suite(clean_cluster_url)
    assert report.passed_all_base() and report.conformance_level() == "FULL"


async def test_a_whole_case_runs_on_a_cluster(tmp_path, clean_cluster_url: str) -> None:
    """Conversation, compaction, queue, log, reminders, follow-ups, TTL: no CROSSSLOT."""
    extra = {"COACH_FINISHED_TTL_DAYS": "30"}
    async with open_runtime(settings(tmp_path, clean_cluster_url, **extra)) as runtime:
        assert runtime.tracker is not None and isinstance(runtime.saver, RedisCheckpointSaver)
        await finished(runtime, "on-cluster")
        assert [t.step for t in await runtime.threads()] == ["plan final"]
        tracker = runtime.tracker
        assert await tracker.log.prior_cases("Northwind Logistics")
        entry = await tracker.queue.get("on-cluster")
        assert entry is not None
        claimed = await tracker.queue.claim_reminders(0, now=entry.next_update_due + 1)
        assert [await tracker.queue.reminded(c) for c in claimed] == [True]
        due = await tracker.followups.claim_due(now=entry.next_update_due + 1_000 * 86_400)
        assert due and all([await tracker.followups.sent(d) for d in due])
        assert await tracker.record_outcome("on-cluster", "resolved") is not None
        await runtime.saver.acopy_thread("on-cluster", "copied")
        await runtime.saver.adelete_thread("copied")


async def test_data_in_the_old_layout_is_moved_at_start(tmp_path, redis_url, redis_client):
    async with open_runtime(settings(tmp_path, redis_url)) as runtime:
        await finished(runtime, "old-1")
        before = await runtime.service.summary("old-1")
        pending = await runtime.tracker.followups.upcoming()
    fence = "coach:lock:{thread%3Aold-1}:fence"
    counter = int(await redis_client.get(fence))
    await write_old_layout(redis_client, pending)

    assert await redis_client.exists("coach:cp:t:old-1:ns", "coach:queue:open", "coach:log:all")
    async with open_runtime(settings(tmp_path, redis_url)) as runtime:
        assert await runtime.service.summary("old-1") == before
        assert [t.thread_id for t in await runtime.threads()] == ["old-1"]
        assert [e.thread for e in await runtime.tracker.queue.ranked()] == ["old-1"]
        assert await runtime.tracker.log.get("old-1") is not None
        assert await runtime.tracker.log.prior_cases("Northwind Logistics")
        assert await runtime.tracker.followups.upcoming() == pending
        async with runtime.service.lock("old-1") as held:
            assert held.token == counter + 1, "the fencing counter keeps counting"
    assert not [k async for k in redis_client.scan_iter(match="coach:cp:t:*")]
    assert not await redis_client.exists(UNTAGGED_KEY, "coach:queue:open", "coach:log:all")
    assert int(await redis_client.get(LAYOUT_KEY)) == 2
    await ensure_layout(redis_client)  # a later start is a no-op


async def write_old_layout(client: Redis, pending: list[FollowUp]) -> None:
    """Rename every key back to where the layout before hash tags kept it."""
    async for raw in client.scan_iter(match="coach:*"):
        key = raw.decode()
        old = (
            key.replace("coach:cp:{old-1}:", "coach:cp:t:old-1:")
            .replace("coach:{queue}:", "coach:queue:")
            .replace("coach:{log}:", "coach:log:")
            .replace("coach:lock:{thread%3Aold-1}:fence", "coach:lock:fence:thread:old-1")
        )
        if old != key:
            await client.rename(key, old)
    followups = FollowUpScheduler(client)
    await client.delete(followups.due_key, followups.items_key, LAYOUT_KEY)
    await client.zadd(UNTAGGED_KEY, {f.model_dump_json(): f.due_at for f in pending})
