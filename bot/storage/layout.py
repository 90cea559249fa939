"""The one-time move of existing data to the hash-tagged key layout, run at start.

Why: keys written together must share a Redis Cluster slot, so they now carry a
hash tag (see `bot.storage.hash_tags`); data written before that must not be
stranded under names nothing reads any more. Old data can only exist on a
standalone server (the old layout's transactions fail on a cluster), where
RENAME across slots is allowed. Moves never overwrite: a key whose new name is
taken stays where it was, and is logged.

`coach:layout` records the version reached, so later starts skip the scan; a
short-lived marker makes one process migrate while others starting at the same
moment wait for it.
"""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from bot.followups import FollowUpScheduler
from bot.storage.coordination import DEFAULT_LOCK_PREFIX
from bot.storage.hash_tags import hash_tag

log = logging.getLogger(__name__)

LAYOUT_KEY = "coach:layout"
MIGRATING_KEY = "coach:layout:migrating"
HASH_TAGGED = 2
"""Layout version with hash tags; 1 (or no `coach:layout` key) is the layout before."""
_WAIT_SECONDS = 60.0
_MIGRATION_LEASE_SECONDS = 300

PREFIX_MOVES = {"coach:queue:": "coach:{queue}:", "coach:log:": "coach:{log}:"}
"""Stores that moved whole under one tag: old prefix -> new (their default) prefix."""
_OLD_FENCE_PREFIX = f"{DEFAULT_LOCK_PREFIX}fence:"


async def _rename(client: Redis, old: str, new: str) -> bool:
    try:
        if await client.renamenx(old, new):
            return True
    except ResponseError:
        return False  # gone: another process moved it first
    log.warning("kept %s: %s already exists", old, new)
    return False


async def _move_prefix(client: Redis, old_prefix: str, new_prefix: str) -> int:
    moved = 0
    async for raw in client.scan_iter(match=f"{old_prefix}*", count=500):
        old = raw.decode()
        moved += await _rename(client, old, new_prefix + old.removeprefix(old_prefix))
    return moved


async def _move_fences(client: Redis) -> int:
    """Fencing counters keep counting where they were; held locks simply expire."""
    moved = 0
    async for raw in client.scan_iter(match=f"{_OLD_FENCE_PREFIX}*", count=500):
        old = raw.decode()
        name = old.removeprefix(_OLD_FENCE_PREFIX)
        moved += await _rename(client, old, f"{DEFAULT_LOCK_PREFIX}{hash_tag(name)}:fence")
    return moved


async def migrate_to_hash_tags(client: Redis) -> int:
    """Move every store's keys; returns how many keys (or follow-ups) moved."""
    # Imported here: the checkpointer brings LangGraph, which the commands that only
    # read the queue or the log skip; once migrated, a start never gets this far.
    from bot.storage.checkpointer import RedisCheckpointSaver

    moved = await RedisCheckpointSaver(client).migrate_untagged_threads()
    moved += await _move_fences(client)
    for old_prefix, new_prefix in PREFIX_MOVES.items():
        moved += await _move_prefix(client, old_prefix, new_prefix)
    moved += await FollowUpScheduler(client).migrate_untagged()
    return moved


async def ensure_layout(client: Redis) -> None:
    """Bring the database to the current layout once; a no-op (one GET) afterwards."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _WAIT_SECONDS
    while int(await client.get(LAYOUT_KEY) or 1) < HASH_TAGGED:
        if await client.set(MIGRATING_KEY, b"1", nx=True, ex=_MIGRATION_LEASE_SECONDS):
            try:
                moved = await migrate_to_hash_tags(client)
                await client.set(LAYOUT_KEY, HASH_TAGGED)
            finally:
                await client.delete(MIGRATING_KEY)
            if moved:
                log.info("moved %d keys to the hash-tagged layout", moved)
            return
        if loop.time() > deadline:
            raise TimeoutError("another process has been migrating the key layout for a minute")
        await asyncio.sleep(0.2)
