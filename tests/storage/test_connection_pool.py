"""Many turns at once share one worker's Redis client: a burst waits for a connection
instead of failing (redis-py's default pool raises past 100, which drops lock renewals)."""

from __future__ import annotations

import asyncio

from bot.stores import MAX_CONNECTIONS, connect_redis


async def test_a_burst_beyond_the_default_pool_waits_for_a_connection(redis_url: str):
    client = connect_redis(redis_url)
    try:
        # Each BLPOP holds its connection for 0.2 s: 300 at once outnumber the pool.
        burst = [client.blpop([f"pool-test:{n}"], timeout=0.2) for n in range(300)]
        results = await asyncio.gather(*burst)
        assert results == [None] * 300
        assert MAX_CONNECTIONS < 300, "the burst must outnumber the pool to test waiting"
    finally:
        await client.aclose()
