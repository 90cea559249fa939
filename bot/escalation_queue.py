"""The queue of open escalations, ranked by what is at stake, never first-in first-out.

Rank = the policy's priority score (value, severity, churn, legal, public,
repeat, renewal) plus time pressure: a promised update that is overdue or
nearly due pushes a case up. Each case carries its promised next-update and
resolution deadlines, so missed promises show in the queue.
"""

from __future__ import annotations

import time

from pydantic import BaseModel
from redis.asyncio import Redis

from graph.models import PolicyDecision

HOUR = 3600.0
OVERDUE_BOOST = 25.0
DUE_SOON_BOOST = 10.0
DUE_SOON = 2 * HOUR


class QueueEntry(BaseModel):
    thread: str
    title: str
    owner_id: str | None = None
    status: str
    priority_score: float
    severity: str
    value_tier: str
    investment_level: str
    next_update_hours: float
    next_update_due: float
    resolution_due: float
    missed_updates: int = 0
    reminded_for: float = 0.0

    def rank(self, now: float) -> float:
        if now > self.next_update_due:
            return self.priority_score + OVERDUE_BOOST
        if self.next_update_due - now <= DUE_SOON:
            return self.priority_score + DUE_SOON_BOOST
        return self.priority_score

    def why(self, now: float) -> str:
        parts = [
            f"{self.value_tier} customer",
            f"{self.severity} issue",
            f"score {self.priority_score:g}",
        ]
        if now > self.next_update_due:
            parts.append(f"update overdue by {(now - self.next_update_due) / HOUR:.1f} h")
        elif self.next_update_due - now <= DUE_SOON:
            parts.append(f"update due in {(self.next_update_due - now) / HOUR:.1f} h")
        return ", ".join(parts)


class EscalationQueue:
    def __init__(self, redis: Redis, prefix: str = "coach:queue:"):
        self.redis = redis
        self.prefix = prefix

    def _key(self, thread: str) -> str:
        return f"{self.prefix}case:{thread}"

    async def get(self, thread: str) -> QueueEntry | None:
        raw = await self.redis.get(self._key(thread))
        return QueueEntry.model_validate_json(raw) if raw else None

    async def _put(self, entry: QueueEntry) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self._key(entry.thread), entry.model_dump_json())
            pipe.sadd(f"{self.prefix}open", entry.thread)
            await pipe.execute()

    async def track(
        self,
        thread: str,
        title: str,
        decision: PolicyDecision,
        status: str,
        owner_id: str | None = None,
        now: float | None = None,
    ) -> QueueEntry:
        """Enter a triaged case, or refresh it: a corrected facts card re-prices a case, so
        its level and score follow the latest decision; deadlines are set once, at entry."""
        now = time.time() if now is None else now
        entry = await self.get(thread)
        if entry is None:
            entry = QueueEntry(
                thread=thread,
                title=title,
                owner_id=owner_id,
                status=status,
                priority_score=decision.priority_score,
                severity=decision.severity.value,
                value_tier=decision.value_tier,
                investment_level=decision.investment_level,
                next_update_hours=decision.next_update_hours,
                next_update_due=now + decision.next_update_hours * HOUR,
                resolution_due=now + decision.resolution_target_hours * HOUR,
            )
        else:
            entry = entry.model_copy(
                update={
                    "title": title,
                    "status": status,
                    "priority_score": decision.priority_score,
                    "severity": decision.severity.value,
                    "value_tier": decision.value_tier,
                    "investment_level": decision.investment_level,
                    "next_update_hours": decision.next_update_hours,
                }
            )
        await self._put(entry)
        return entry

    async def update_given(self, thread: str, now: float | None = None) -> QueueEntry | None:
        """The owner updated the customer: the next promise starts from now."""
        now = time.time() if now is None else now
        entry = await self.get(thread)
        if entry is None:
            return None
        entry = entry.model_copy(update={"next_update_due": now + entry.next_update_hours * HOUR})
        await self._put(entry)
        return entry

    async def reassign(self, thread: str, owner_id: str) -> None:
        entry = await self.get(thread)
        if entry is not None:
            await self._put(entry.model_copy(update={"owner_id": owner_id}))

    async def close(self, thread: str) -> None:
        await self.redis.srem(f"{self.prefix}open", thread)

    async def ranked(self, now: float | None = None) -> list[QueueEntry]:
        now = time.time() if now is None else now
        threads = [t.decode() for t in await self.redis.smembers(f"{self.prefix}open")]
        entries = [e for e in [await self.get(t) for t in threads] if e is not None]
        return sorted(entries, key=lambda e: (-e.rank(now), e.next_update_due))

    async def reminders_due(
        self, lead_seconds: float, now: float | None = None
    ) -> list[QueueEntry]:
        """Cases whose promised update is due within `lead_seconds`, each reminded once per
        promise; a promise already past due is counted as missed."""
        now = time.time() if now is None else now
        due: list[QueueEntry] = []
        for entry in await self.ranked(now):
            if (
                entry.next_update_due - lead_seconds > now
                or entry.reminded_for == entry.next_update_due
            ):
                continue
            missed = entry.missed_updates + (1 if now > entry.next_update_due else 0)
            entry = entry.model_copy(
                update={"reminded_for": entry.next_update_due, "missed_updates": missed}
            )
            await self._put(entry)
            due.append(entry)
        return due
