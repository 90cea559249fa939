"""Case records: who owns a thread's escalation and where it lives.

The graph holds the conversation; this holds what front ends need to route
and guard it (owner, channel, thread) without loading a checkpoint. It is also
the service's `OwnerBook`: the owner can change between any two turns.
"""

from __future__ import annotations

import time

from pydantic import BaseModel
from redis.asyncio import Redis

from graph.state import Owner


class CaseRecord(BaseModel):
    thread: str
    owner_id: str
    owner_name: str | None = None
    owner_contact: str | None = None
    channel: str | None = None
    thread_ts: str | None = None
    team: str | None = None
    title: str = "New escalation"
    status: str = "gathering"
    created_at: float = 0.0
    updated_at: float = 0.0
    suggested_owner: str | None = None
    """The roster member suggested for this premium case, once; never suggested twice."""
    on_screen: str | None = None
    """The step (`TurnResult.step`) the thread last showed in full: written only after its
    posts went through, so a state that moved on without reaching the thread shows as
    behind. None for records opened without a screen (the terminal, older versions)."""
    holding_posted: bool = False
    """The holding script reached the thread; it is never posted twice."""
    opening: str | None = None
    """The first message, masked as a checkpoint holds it, and `opening_facts` (a form's
    facts, as JSON): if the opening turn dies before its first checkpoint (a kill just
    after the mention), the next message or a restart starts the case from them rather
    than leaving a thread that answers nothing."""
    opening_facts: str | None = None

    @property
    def owner(self) -> Owner:
        return Owner(name=self.owner_name, contact=self.owner_contact, user_id=self.owner_id)


class CaseStore:
    """One Redis hash per case, plus a set of all case ids."""

    def __init__(self, redis: Redis, prefix: str = "coach:case:"):
        self.redis = redis
        self.prefix = prefix

    def _key(self, thread: str) -> str:
        return f"{self.prefix}{thread}"

    async def get(self, thread: str) -> CaseRecord | None:
        raw = await self.redis.hgetall(self._key(thread))
        if not raw:
            return None
        return CaseRecord.model_validate({k.decode(): v.decode() for k, v in raw.items()})

    async def open(self, record: CaseRecord) -> CaseRecord:
        """Create the record if the thread has none; an existing case keeps its owner."""
        key = self._key(record.thread)
        if not await self.redis.hsetnx(key, "owner_id", record.owner_id):
            return await self.get(record.thread) or record
        now = time.time()
        record = record.model_copy(update={"created_at": now, "updated_at": now})
        fields = {k: str(v) for k, v in record.model_dump(exclude_none=True).items()}
        await self.redis.hset(key, mapping=fields)
        await self.redis.sadd(f"{self.prefix}all", record.thread)
        return record

    async def owner_of(self, thread: str) -> Owner | None:
        record = await self.get(thread)
        return record.owner if record is not None else None

    async def claim(self, thread: str, owner: Owner) -> None:
        who = owner.key or "unassigned"
        await self.open(
            CaseRecord(
                thread=thread, owner_id=who, owner_name=owner.name, owner_contact=owner.contact
            )
        )

    async def reassign(self, thread: str, owner: Owner) -> None:
        """Name, id and contact change together: a contact never outlives its owner."""
        who = owner.key or "unassigned"
        fields = {"owner_id": who, "owner_name": owner.name, "owner_contact": owner.contact}
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._key(thread), mapping={k: v for k, v in fields.items() if v})
            gone = [k for k, v in fields.items() if not v]
            if gone:
                pipe.hdel(self._key(thread), *gone)
            pipe.hset(self._key(thread), "updated_at", str(time.time()))
            await pipe.execute()

    async def mark_suggested(self, thread: str, name: str) -> bool:
        """True the first time only, so a suggestion is made once per case."""
        return bool(await self.redis.hsetnx(self._key(thread), "suggested_owner", name))

    async def card_posted(self, thread: str) -> bool:
        return bool(await self.redis.hexists(self._key(thread), "card_posted"))

    async def mark_card_posted(self, thread: str) -> bool:
        """True the first time only: the owner card goes into a thread once."""
        return bool(await self.redis.hsetnx(self._key(thread), "card_posted", "1"))

    async def live_draft(self, thread: str) -> str | None:
        """The ts of the live draft a turn is streaming into the thread, if one is there."""
        ts = await self.redis.hget(self._key(thread), "live_draft")
        return ts.decode() if isinstance(ts, bytes) else ts

    async def forget_live_draft(self, thread: str) -> None:
        await self.redis.hdel(self._key(thread), "live_draft")

    async def update(self, thread: str, **fields: str) -> None:
        await self.redis.hset(self._key(thread), mapping={**fields, "updated_at": str(time.time())})

    async def delete(self, thread: str) -> bool:
        """Forget the case (retention); False if it had no record."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(self._key(thread))
            pipe.srem(f"{self.prefix}all", thread)
            removed, _ = await pipe.execute()
        return bool(removed)

    async def all(self) -> list[CaseRecord]:
        threads = sorted(t.decode() for t in await self.redis.smembers(f"{self.prefix}all"))
        records = [await self.get(thread) for thread in threads]
        return [r for r in records if r is not None]
