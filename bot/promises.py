"""The promise ledger: every commitment made to a customer, until it is kept or missed.

Promises come from what the agent actually says: an approved script, a checked reply
they sent, a live line they confirm (see `CaseTracker.promises_said`). Each is read by
graph/commitments.py into a due time (or none, for "your next invoice"), then has two
moments, each done once by one worker (claim, post, settle: `bot.storage.claims`): a
reminder to its owner before it falls due (the policy's reminder lead), and, if nobody
marked it kept by then, its miss, which the queue counts against the case. A promise
without a clock is listed, and kept by hand, but never reminded.

Every key shares the `{promises}` hash tag, so each settle is one transaction in one
Cluster slot.
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.storage.claims import Claimed, Leases
from graph.commitments import DueKind, find_commitments

PromiseSource = Literal["script", "checked_reply", "live_line"]
SOURCE_LABELS: dict[PromiseSource, str] = {
    "script": "approved script",
    "checked_reply": "checked reply",
    "live_line": "live line",
}
Stage = Literal["reminder", "missed"]


class Promise(BaseModel):
    id: str
    thread: str
    text: str
    """The promise as it was said (masked like everything the agent types)."""
    due_at: float | None
    due_kind: DueKind
    due_said: str = ""
    owner_id: str | None = None
    source: PromiseSource
    source_ref: str = ""
    """Which script or reply it was in ("Immediate Response v2", a check's id)."""
    made_at: float
    reminded: bool = False
    missed: bool = False
    kept_at: float | None = None
    kept_by: str | None = None

    @property
    def status(self) -> Literal["open", "kept", "missed"]:
        if self.kept_at is not None:
            return "kept"
        return "missed" if self.missed else "open"

    def overdue(self, now: float) -> bool:
        return self.kept_at is None and self.due_at is not None and now >= self.due_at

    def stage(self, now: float) -> Stage:
        return "missed" if self.overdue(now) else "reminder"

    @property
    def source_label(self) -> str:
        label = SOURCE_LABELS[self.source]
        return f"{label} ({self.source_ref})" if self.source_ref else label


def _soonest(p: Promise) -> tuple[bool, float, float, str]:
    """Soonest due first; those with no clock last."""
    return (p.due_at is None, p.due_at or 0.0, p.made_at, p.id)


def promise_id(thread: str, source_ref: str, text: str) -> str:
    """Stable, so recording the same script or reply twice adds nothing."""
    return "p" + hashlib.sha1(f"{thread}\0{source_ref}\0{text}".encode()).hexdigest()[:9]


class PromiseLedger:
    def __init__(
        self, redis: Redis, prefix: str = "coach:{promises}:", reminder_lead_hours: float = 1.0
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self.items_key = f"{prefix}items"
        self.due_key = f"{prefix}due"
        """Each open promise's next moment: its reminder, then its miss."""
        self.leases = Leases(redis, prefix)
        self.lead_seconds = reminder_lead_hours * 3600.0

    def commitments(
        self,
        thread: str,
        text: str,
        source: PromiseSource,
        source_ref: str,
        owner_id: str | None,
        made: datetime,
        unstated_hours: float,
        language: str | None = None,
    ) -> list[Promise]:
        """The promises `text` makes, as ledger entries (not yet stored); read in the
        customer's `language` when it is known, else in whichever language makes one."""
        return [
            Promise(
                id=promise_id(thread, source_ref, c.text),
                thread=thread,
                text=c.text,
                due_at=c.due.at,
                due_kind=c.due.kind,
                due_said=c.due.said,
                owner_id=owner_id,
                source=source,
                source_ref=source_ref,
                made_at=made.timestamp(),
            )
            for c in find_commitments(text, made, unstated_hours, language)
        ]

    def _thread_key(self, thread: str) -> str:
        """The ids of one case's promises, so a case is read without scanning them all."""
        return f"{self.prefix}thread:{thread}"

    async def add(self, promises: list[Promise]) -> list[Promise]:
        """Store the promises not stored yet; returns those that were new."""
        added = []
        for promise in promises:
            if await self.redis.hsetnx(self.items_key, promise.id, promise.model_dump_json()):
                added.append(promise)
                async with self.redis.pipeline(transaction=True) as pipe:
                    pipe.sadd(self._thread_key(promise.thread), promise.id)
                    if promise.due_at is not None:
                        pipe.zadd(self.due_key, {promise.id: self._next(promise)})
                    await pipe.execute()
        return added

    def _next(self, promise: Promise) -> float:
        assert promise.due_at is not None
        return promise.due_at if promise.reminded else promise.due_at - self.lead_seconds

    async def get(self, promise_id: str) -> Promise | None:
        raw = await self.redis.hget(self.items_key, promise_id)
        return Promise.model_validate_json(raw) if raw else None

    async def all(self) -> list[Promise]:
        items = [Promise.model_validate_json(r) for r in await self.redis.hvals(self.items_key)]
        return sorted(items, key=_soonest)

    async def for_thread(self, thread: str) -> list[Promise]:
        ids = sorted(i.decode() for i in await self.redis.smembers(self._thread_key(thread)))
        raw = await self.redis.hmget(self.items_key, ids) if ids else []
        items = [Promise.model_validate_json(r) for r in raw if r]
        return sorted(items, key=_soonest)

    async def kept(
        self, promise_id: str, by: str | None, now: float | None = None
    ) -> Promise | None:
        """Mark it kept (again is a no-op); None if there is no such promise."""
        promise = await self.get(promise_id)
        if promise is None or promise.kept_at is not None:
            return promise
        promise = promise.model_copy(
            update={"kept_at": time.time() if now is None else now, "kept_by": by}
        )
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(self.items_key, promise.id, promise.model_dump_json())
            pipe.zrem(self.due_key, promise.id)
            await pipe.execute()
        return promise

    async def claim_due(self, now: float | None = None) -> list[Claimed[Promise]]:
        """Promises whose reminder or miss has come, each leased to this worker alone; the
        item is as it will be once settled (reminded, and missed if past due)."""
        now = time.time() if now is None else now

        async def still_due(item_id: str) -> Promise | None:
            fresh = await self.get(item_id)
            score = await self.redis.zscore(self.due_key, item_id)
            if fresh is None or score is None or score > now or fresh.kept_at is not None:
                return None
            return fresh.model_copy(update={"reminded": True, "missed": fresh.overdue(now)})

        return await self.leases.claim_due(self.due_key, now, still_due)

    async def settle(self, claimed: Claimed[Promise]) -> bool:
        """The reminder or miss was posted: record it, and schedule the miss after a reminder.
        A promise kept meanwhile stays kept. False if the lease had lapsed."""
        item = claimed.item

        async def apply(pipe: Pipeline) -> None:
            raw = await pipe.hget(self.items_key, item.id)
            current = Promise.model_validate_json(raw) if raw else None
            pipe.multi()
            if current is None or current.kept_at is not None:
                return
            pipe.hset(self.items_key, item.id, item.model_dump_json())
            if item.missed:
                pipe.zrem(self.due_key, item.id)
            else:
                pipe.zadd(self.due_key, {item.id: self._next(item)})

        return await self.leases.settle(claimed.claim, apply, watch=[self.items_key])

    async def reassign(self, thread: str, owner_id: str | None) -> None:
        """Open promises go to the new owner; kept ones stay with who kept them."""
        moved = {
            p.id: p.model_copy(update={"owner_id": owner_id}).model_dump_json()
            for p in await self.for_thread(thread)
            if p.kept_at is None
        }
        if moved:
            await self.redis.hset(self.items_key, mapping=moved)

    async def remove_thread(self, thread: str) -> int:
        ids = [p.id for p in await self.for_thread(thread)]
        async with self.redis.pipeline(transaction=True) as pipe:
            if ids:
                pipe.hdel(self.items_key, *ids)
                pipe.zrem(self.due_key, *ids)
            pipe.delete(self._thread_key(thread))
            await pipe.execute()
        return len(ids)


class PromiseSummary(BaseModel):
    """What the queue needs of a case's promises to rank it."""

    missed: int = 0
    next_due: float | None = None


def summarise(promises: list[Promise]) -> PromiseSummary:
    open_due = [p.due_at for p in promises if p.kept_at is None and p.due_at is not None]
    return PromiseSummary(
        missed=sum(1 for p in promises if p.missed and p.kept_at is None),
        next_due=min(open_due, default=None),
    )


def local(now: float, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(now, zone)
