"""Per-thread lock and event dedupe across separate connections, as separate workers see them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.storage.coordination import EventDeduper, LockNotAcquired, ThreadLock
from bot.stores import connect_redis


@pytest.fixture
async def other_client(clean_redis_url: str) -> AsyncIterator[Redis]:
    """A second connection pool: another worker on the same Redis."""
    client = Redis.from_url(clean_redis_url)
    try:
        yield client
    finally:
        await client.aclose()


async def test_concurrent_holders_are_serialized(redis_client: Redis, other_client: Redis) -> None:
    events: list[tuple[str, str]] = []
    tokens: dict[str, int] = {}

    async def turn(client: Redis, worker: str) -> None:
        async with ThreadLock(client, "T1", wait_timeout=5) as lock:
            assert lock.token is not None
            tokens[worker] = lock.token
            events.append(("enter", worker))
            await asyncio.sleep(0.15)
            events.append(("exit", worker))

    await asyncio.gather(turn(redis_client, "a"), turn(other_client, "b"))

    assert [kind for kind, _ in events] == ["enter", "exit", "enter", "exit"]
    assert events[0][1] == events[1][1] and events[2][1] == events[3][1]
    first, second = events[0][1], events[2][1]
    assert tokens[second] > tokens[first]


async def test_fencing_token_increases_across_holders(redis_client: Redis) -> None:
    seen = []
    for _ in range(3):
        async with ThreadLock(redis_client, "T2") as lock:
            seen.append(lock.token)
    assert seen == sorted(seen) and len(set(seen)) == 3


async def test_locks_on_different_threads_do_not_block(redis_client: Redis) -> None:
    async with ThreadLock(redis_client, "T3a"), ThreadLock(redis_client, "T3b", wait_timeout=0):
        pass


async def test_busy_lock_raises_after_wait_timeout(
    redis_client: Redis, other_client: Redis
) -> None:
    async with ThreadLock(redis_client, "T4"):
        waiter = ThreadLock(other_client, "T4", wait_timeout=0.2)
        with pytest.raises(LockNotAcquired) as info:
            await waiter.acquire()
    assert isinstance(info.value, TimeoutError)
    assert "T4" in str(info.value)


async def test_expired_lock_is_taken_over_and_stale_release_is_harmless(
    redis_client: Redis, other_client: Redis
) -> None:
    stale = ThreadLock(redis_client, "T5", ttl=0.2, renew=False)
    old_token = await stale.acquire()
    await asyncio.sleep(0.3)  # the holder "paused" past its expiry

    successor = ThreadLock(other_client, "T5", wait_timeout=1)
    new_token = await successor.acquire()
    assert new_token > old_token

    assert not await stale.release()  # must not delete the successor's lock
    assert await successor.held()
    assert not await ThreadLock(redis_client, "T5", wait_timeout=0).try_acquire()
    assert await successor.release()


async def test_renewal_keeps_a_long_turn_locked(redis_client: Redis, other_client: Redis) -> None:
    async with ThreadLock(redis_client, "T6", ttl=0.3) as lock:
        await asyncio.sleep(0.8)  # well past the ttl
        assert await lock.held() and not lock.lost
        assert not await ThreadLock(other_client, "T6", wait_timeout=0).try_acquire()


class RenewalWatch(ThreadLock):
    """A lock that says when its renewer has a command on the wire."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.extending = asyncio.Event()

    async def extend(self, ttl: float | None = None) -> bool:
        self.extending.set()
        return await super().extend(ttl)


async def test_release_while_a_renewal_is_on_the_wire_returns(clean_redis_url: str) -> None:
    """Python 3.11's wait_for, which redis-py wraps round each command it sends, drops a
    cancel that lands as the send finishes; a renewer stopped then used to renew forever,
    and the turn releasing its lock waited on it forever (a 180 s hang in the suite)."""
    client = connect_redis(clean_redis_url)  # the bot's client: a socket timeout, so wait_for
    try:
        for round_ in range(3):
            lock = RenewalWatch(client, f"T-wire-{round_}", ttl=0.3)
            await lock.acquire()
            await lock.extending.wait()  # the renewal's send is under way now
            release = asyncio.create_task(lock.release())
            done, _ = await asyncio.wait({release}, timeout=5)  # a timeout's cancel was lost too
            assert done, f"round {round_}: release still waiting on the renewer"
            assert release.result()
            assert not await client.exists(lock.key)
    finally:
        await client.aclose()


async def test_lock_lost_is_reported(redis_client: Redis) -> None:
    lock = ThreadLock(redis_client, "T7", ttl=0.3)
    await lock.acquire()
    await redis_client.delete(lock.key)  # e.g. an operator cleared it
    await asyncio.sleep(0.25)
    assert lock.lost
    assert not await lock.release()


async def test_event_is_first_time_once_across_connections(
    redis_client: Redis, other_client: Redis
) -> None:
    a, b = EventDeduper(redis_client), EventDeduper(other_client)
    assert await a.first_time("Ev1")
    assert not await b.first_time("Ev1")
    assert not await a.first_time("Ev1")
    assert await b.first_time("Ev2")


async def test_concurrent_deliveries_run_once(redis_client: Redis, other_client: Redis) -> None:
    dedupers = [EventDeduper(redis_client), EventDeduper(other_client)] * 5
    results = await asyncio.gather(*(d.first_time("Ev3") for d in dedupers))
    assert results.count(True) == 1


async def test_forgotten_event_runs_again_and_markers_expire(redis_client: Redis) -> None:
    deduper = EventDeduper(redis_client, ttl=60)
    assert await deduper.first_time("Ev4")
    await deduper.forget("Ev4")
    assert await deduper.first_time("Ev4")
    assert 0 < await redis_client.ttl("coach:event:Ev4") <= 60


HOLD_A_LOCK = """
import asyncio, sys
from redis.asyncio import Redis
from bot.storage.coordination import ThreadLock

async def main():
    lock = ThreadLock(Redis.from_url(sys.argv[1]), "T-killed", ttl=60)
    await lock.acquire()
    print("held", flush=True)
    await asyncio.sleep(600)

asyncio.run(main())
"""


async def test_a_lock_whose_holder_was_killed_is_taken_over_at_once(
    redis_client: Redis, clean_redis_url: str
) -> None:
    """A worker killed with -9 leaves a 60 s lease; a restart on the same machine must not
    wait it out. While the holder lives, the lock stays its own."""
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_LOCK, clean_redis_url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockNotAcquired):
            await ThreadLock(redis_client, "T-killed", wait_timeout=0.3).acquire()
    finally:
        holder.kill()
        holder.wait()
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with ThreadLock(redis_client, "T-killed", wait_timeout=2) as lock:
        assert lock.token == 2, "the successor gets the next fencing token"
    assert loop.time() - started < 0.5
