"""Leases on due work (reminders, follow-ups), so each item is done by one worker.

Why claim, post, then settle (at-least-once) rather than take-and-forget
(at-most-once): a follow-up popped by a worker that dies before Slack answers is
lost for good, and a lost check-in is the failure the follow-ups exist to
prevent. With a lease, the item stays where it is while one worker posts it; a
second worker cannot take it (SET NX); the poster settles it (marks it done and
drops the lease in one transaction) once the post went out; a worker that dies
or hangs lets its lease lapse after `lease_seconds`, and the next loop on any
worker posts it. The price is a duplicate only if a worker dies in the instant
between Slack accepting the post and the settle, or stalls for longer than the
whole lease, against a lost reminder whenever a post fails or a worker dies.

A lease key carries its store's hash tag (the caller's prefix), so the settle
transaction's WATCH covers the lease and the item's own keys in one Cluster slot.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from pydantic import BaseModel
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

from bot.storage.coordination import RELEASE_IF_OURS

DEFAULT_LEASE_SECONDS = 300.0
"""Long enough for a Slack post with slack_sdk's retries, short enough that a crashed
worker's reminder goes out within minutes."""
_SETTLE_RETRIES = 20

T = TypeVar("T")
Apply = Callable[[Pipeline], Awaitable[None]]
"""Reads what it needs through the watching pipeline, then calls `pipe.multi()` and
queues its writes; they commit together with the lease's removal."""


def _text(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


class Claim(BaseModel):
    key: str
    token: str


class Claimed(BaseModel, Generic[T]):
    """An item this worker holds a lease on: post it, then settle it."""

    item: T
    claim: Claim


class Leases:
    """One expiring key per claimed item, under the store's (hash-tagged) prefix."""

    def __init__(
        self, client: Redis, prefix: str, lease_seconds: float = DEFAULT_LEASE_SECONDS
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.lease_ms = max(1, int(lease_seconds * 1000))
        self._release = client.register_script(RELEASE_IF_OURS)

    def key(self, item_id: str) -> str:
        return f"{self.prefix}lease:{item_id}"

    async def take(self, item_id: str) -> Claim | None:
        """The lease if no live one exists; the caller then checks the item is still due."""
        claim = Claim(key=self.key(item_id), token=secrets.token_hex(8))
        taken = await self.client.set(claim.key, claim.token, nx=True, px=self.lease_ms)
        return claim if taken else None

    async def claim_due(
        self, due_key: str, now: float, read: Callable[[str], Awaitable[T | None]]
    ) -> list[Claimed[T]]:
        """Each item whose time in the `due_key` sorted set has come, leased to this worker.

        `read` reads the item again under its lease and returns None if it is no longer
        due (settled or changed by another worker meanwhile): its lease goes back.
        """
        claimed: list[Claimed[T]] = []
        for raw_id in await self.client.zrangebyscore(due_key, "-inf", now):
            item_id = _text(raw_id)
            claim = await self.take(item_id)
            if claim is None:
                continue  # another worker is posting it
            item = await read(item_id)
            if item is None:
                await self.release(claim)
                continue
            claimed.append(Claimed(item=item, claim=claim))
        return claimed

    async def release(self, claim: Claim) -> None:
        """Give the item back now (it was not due after all, or its post failed)."""
        await self._release(keys=[claim.key], args=[claim.token])

    async def settle(self, claim: Claim, apply: Apply, watch: Sequence[str] = ()) -> bool:
        """Commit `apply`'s writes and drop the lease, only while the lease is still ours.

        False if the lease lapsed and another worker may have taken the item: the
        caller logs it, since that worker will post it too.
        """
        for _ in range(_SETTLE_RETRIES):
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(claim.key, *watch)
                    held = await pipe.get(claim.key)
                    if held is None or _text(held) != claim.token:
                        return False
                    await apply(pipe)
                    pipe.delete(claim.key)
                    await pipe.execute()
                    return True
                except WatchError:
                    continue
        raise WatchError(f"{claim.key} kept changing while being settled")
