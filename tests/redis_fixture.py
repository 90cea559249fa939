"""Real-Redis pytest fixtures, shared by every test package that needs storage.

Import the ones you need into a `conftest.py` (`clean_redis_url` needs `redis_flusher`):

    from tests.redis_fixture import clean_redis_url, redis_client, redis_flusher, redis_url

`redis_url` starts one embedded redis-server (the same code path the bot uses
without `REDIS_URL`) in a temporary directory for the whole session and shuts it
down at the end. Set `COACH_TEST_REDIS_URL` to run against another server
(Valkey, a managed Redis) instead; note that `clean_redis_url` and
`redis_client` FLUSHDB it before every test.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest
import redis
from redis.asyncio import Redis

from bot.storage.embedded_redis import EmbeddedRedis

EXTERNAL_URL_ENV = "COACH_TEST_REDIS_URL"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a real Redis shared by the session (not flushed between tests)."""
    external = os.environ.get(EXTERNAL_URL_ENV)
    if external:
        yield external
        return
    with EmbeddedRedis(tmp_path_factory.mktemp("redis"), shutdown_on_exit=True) as server:
        yield server.url


@pytest.fixture(scope="session")
def redis_flusher(redis_url: str) -> Iterator[redis.Redis]:
    """One connection for every test's FLUSHDB: a new client per test cost 2.5 ms of CPU,
    nine seconds over the suite, against 0.1 ms on an open connection."""
    with redis.Redis.from_url(redis_url) as client:
        yield client


@pytest.fixture
def clean_redis_url(redis_url: str, redis_flusher: redis.Redis) -> str:
    """The session Redis, emptied (FLUSHDB) before this test."""
    try:
        redis_flusher.flushdb()
    except redis.ConnectionError:  # a test restarted the server: the pool connects again
        redis_flusher.flushdb()
    return redis_url


@pytest.fixture
async def redis_client(clean_redis_url: str) -> AsyncIterator[Redis]:
    """An async client (bytes responses) on the emptied session Redis."""
    client = Redis.from_url(clean_redis_url)
    try:
        yield client
    finally:
        await client.aclose()
