"""Case records: who owns a thread's escalation and where it lives.

The graph holds the conversation; this holds what front ends need to route
and guard it (owner, channel, thread) without loading a checkpoint.
"""

from __future__ import annotations

import time

from pydantic import BaseModel
from redis.asyncio import Redis


class CaseRecord(BaseModel):
    thread: str
    owner_id: str
    owner_name: str | None = None
    channel: str | None = None
    thread_ts: str | None = None
    team: str | None = None
    title: str = "New escalation"
    status: str = "gathering"
    created_at: float = 0.0
    updated_at: float = 0.0


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

    async def update(self, thread: str, **fields: str) -> None:
        await self.redis.hset(self._key(thread), mapping={**fields, "updated_at": str(time.time())})

    async def all(self) -> list[CaseRecord]:
        threads = sorted(t.decode() for t in await self.redis.smembers(f"{self.prefix}all"))
        records = [await self.get(thread) for thread in threads]
        return [r for r in records if r is not None]
