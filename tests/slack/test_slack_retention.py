"""The Slack bot applies the data-retention policy by itself, through its reminder loop."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from bot.resolution_log import ResolutionLog
from bot.retention import DAILY_CLAIM, DAILY_PREFIX
from bot.storage.claims import Leases
from tests.test_retention import OLD, OPEN, RECENT, stores_holding, three_cases


async def test_the_running_bot_purges_an_old_finished_case_and_claims_the_day(
    serve_bot, clean_redis_url, redis_client: Redis, tmp_path
):
    await three_cases(tmp_path, clean_redis_url, redis_client)
    recent_before = await stores_holding(redis_client, RECENT)
    open_before = await stores_holding(redis_client, OPEN)

    await serve_bot(COACH_REMINDER_INTERVAL_SECONDS="0.05")
    for _ in range(200):
        if not any((await stores_holding(redis_client, OLD)).values()):
            break
        await asyncio.sleep(0.05)

    assert not any((await stores_holding(redis_client, OLD)).values())
    entry = await ResolutionLog(redis_client).get(OLD)
    assert entry is not None and entry.anonymised_at is not None
    assert await stores_holding(redis_client, RECENT) == recent_before
    assert await stores_holding(redis_client, OPEN) == open_before
    lease = Leases(redis_client, DAILY_PREFIX).key(DAILY_CLAIM)
    assert await redis_client.ttl(lease) > 86_000, "the day is claimed, so no worker runs it again"
