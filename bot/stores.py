"""The Redis-backed stores (case records, queue, resolution log, follow-ups, promises and
what was said), opened alone.

Why apart from `bot.runtime`: `coach queue`, `followups`, `log` and `update` read and
write these stores and never run a turn, so they should not pay for LangGraph, the
drafters or the graph (a second or more of start-up). `open_runtime` opens the same
stores through `open_stores` and adds the conversation service on top, so both paths
reach the same Redis with the same settings, checks and messages.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import redis.exceptions
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff

from bot.case_tracker import CaseTracker
from bot.cases import CaseStore
from bot.escalation_queue import EscalationQueue
from bot.followups import FollowUpScheduler
from bot.promises import PromiseLedger
from bot.resolution_log import ResolutionLog
from bot.roster import load_roster
from bot.said import SaidLog
from bot.settings import Settings
from bot.storage.embedded_redis import EmbeddedRedis, resolve_redis
from bot.storage.layout import ensure_layout
from graph.policy import Policy, load_policy

REDIS_DOWN: tuple[type[Exception], ...] = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)
"""What redis-py raises when the server is gone; callers catch this, not OSError."""


class RedisUnavailable(RuntimeError):
    """Redis did not answer. Checkpoints are written atomically, so the last one stands."""

    def __init__(self, where: str) -> None:
        super().__init__(f"cannot reach Redis at {where}; nothing was lost, try again")
        self.where = where


def mask_url(url: str) -> str:
    """The URL with any password replaced, so it can go in a message or a log line."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        user = parts.username or ""
        host = netloc.rpartition("@")[2]
        netloc = f"{user}:***@{host}"
    query = "&".join(
        f"{name}=***" if name.lower() == "password" else item
        for item in parts.query.split("&")
        for name in [item.partition("=")[0]]
    )
    # Built by hand: urlunsplit drops the "//" of "unix:///path".
    masked = f"{parts.scheme}://{netloc}{parts.path}"
    return (
        masked + (f"?{query}" if query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    )


MAX_CONNECTIONS = 256
"""Connections one worker may open; well under Redis's default maxclients of 10,000."""
POOL_WAIT_SECONDS = 10.0
"""How long a call waits for a free connection before it fails like any storage error."""


def connect_redis(url: str) -> Redis:
    """A client that gives up fast on a dead server instead of redis-py's ~7 s of retries.

    Three quick retries still ride out a server that is restarting or a dropped
    connection. `decode_responses=False` because checkpoints are binary.

    The pool waits for a free connection rather than failing: redis-py's default pool
    raises "Too many connections" past 100, which 50 busy threads (each a turn, its lock
    renewer and a checkpoint write) reach under load, and a failed lock renewal loses a
    turn's lock.
    """
    pool = BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS,
        timeout=POOL_WAIT_SECONDS,
        decode_responses=False,
        socket_connect_timeout=5.0,
        socket_timeout=30.0,
        retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 3),
    )
    return Redis.from_pool(pool)  # the client owns the pool: closing it closes both


@dataclass
class Stores:
    """One Redis connection and the stores on it, with the policy that times them."""

    redis: Redis
    location: str
    """Where the state lives, safe to print (password masked)."""
    policy: Policy
    cases: CaseStore
    tracker: CaseTracker
    embedded: EmbeddedRedis | None = None


@asynccontextmanager
async def open_stores(settings: Settings) -> AsyncIterator[Stores]:
    """The stores on Redis (embedded unless REDIS_URL is set), ready to use.

    A bad policy or roster file stops here, before Redis is touched. Connection
    failures inside the block come out as `RedisUnavailable`, whose message names
    the server without its password. The client is closed on exit; an embedded
    server is left running for other processes (see embedded_redis).
    """
    policy = load_policy(settings.policy_file)
    roster = load_roster(settings.roster_file)
    url, embedded = await resolve_redis(settings.redis_url, settings.data_dir)
    location = mask_url(url)
    client = connect_redis(url)
    try:
        try:
            await client.ping()
            await ensure_layout(client)
        except REDIS_DOWN as exc:
            raise RedisUnavailable(location) from exc
        cases = CaseStore(client)
        tracker = CaseTracker(
            cases,
            EscalationQueue(client, timing=policy.queue),
            ResolutionLog(client),
            FollowUpScheduler(client, timing=policy.follow_ups),
            roster,
            PromiseLedger(client, reminder_lead_hours=policy.queue.reminder_lead_hours),
            SaidLog(client),
            settings.zone,
        )
        try:
            yield Stores(client, location, policy, cases, tracker, embedded)
        except REDIS_DOWN as exc:
            raise RedisUnavailable(location) from exc
    finally:
        with contextlib.suppress(*REDIS_DOWN):
            await client.aclose()
