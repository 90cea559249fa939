"""The queue of open escalations, ranked by what is at stake, never first-in first-out.

Rank = the policy's priority score (value, severity, churn, legal, public,
repeat, renewal) plus time pressure: a promised update, or a promise in the ledger
(bot/promises.py), that is overdue or nearly due pushes a case up, and each promise
that fell due unkept adds more, by weights the policy file sets. Each case carries its
promised next-update and resolution deadlines and its promises' count, so missed
promises show in the queue.
"""

from __future__ import annotations

import time

from pydantic import BaseModel, PrivateAttr
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.storage.claims import Claimed, Leases
from graph.models import PolicyDecision
from graph.policy import QueueTiming, default_policy

HOUR = 3600.0


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
    missed_promises: int = 0
    """Promises in the ledger that fell due unkept (kept late ones no longer count)."""
    promise_due: float | None = None
    """When the case's next open promise falls due, if any has a clock."""
    _timing: QueueTiming = PrivateAttr(default_factory=lambda: default_policy().queue)
    """The queue's policy, attached when the entry is read (not stored with it)."""

    def _due_soon(self, now: float) -> bool:
        return self._next_due - now <= self._timing.due_soon_hours * HOUR

    @property
    def _next_due(self) -> float:
        """The nearest deadline promised: the next update, or a promise in the ledger."""
        return min(self.next_update_due, self.promise_due or self.next_update_due)

    def rank(self, now: float) -> float:
        score = self.priority_score + self._timing.missed_promise_boost * self.missed_promises
        if now > self._next_due:
            return score + self._timing.overdue_boost
        if self._due_soon(now):
            return score + self._timing.due_soon_boost
        return score

    def why(self, now: float) -> str:
        parts = [
            f"{self.value_tier} customer",
            f"{self.severity} issue",
            f"score {self.priority_score:g}",
        ]
        if self.missed_promises:
            parts.append(
                f"{self.missed_promises} promise{'s' if self.missed_promises > 1 else ''} missed"
            )
        what = "update" if self._next_due == self.next_update_due else "promise"
        if now > self._next_due:
            parts.append(f"{what} overdue by {(now - self._next_due) / HOUR:.1f} h")
        elif self._due_soon(now):
            parts.append(f"{what} due in {(self._next_due - now) / HOUR:.1f} h")
        return ", ".join(parts)


class EscalationQueue:
    """Every key under one hash tag (`{queue}`), so each transaction stays in one slot."""

    def __init__(
        self, redis: Redis, prefix: str = "coach:{queue}:", timing: QueueTiming | None = None
    ):
        self.redis = redis
        self.prefix = prefix
        self.timing = timing or default_policy().queue
        self.leases = Leases(redis, prefix)

    def _key(self, thread: str) -> str:
        return f"{self.prefix}case:{thread}"

    @property
    def changes_key(self) -> str:
        """A counter bumped by every change, so App Home knows when to refresh."""
        return f"{self.prefix}changes"

    async def get(self, thread: str) -> QueueEntry | None:
        raw = await self.redis.get(self._key(thread))
        if not raw:
            return None
        entry = QueueEntry.model_validate_json(raw)
        entry._timing = self.timing
        return entry

    def _stage(self, pipe: Pipeline, entry: QueueEntry) -> None:
        pipe.set(self._key(entry.thread), entry.model_dump_json())
        pipe.incr(self.changes_key)

    async def _put(self, entry: QueueEntry) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            self._stage(pipe, entry)
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
            entry._timing = self.timing
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

    async def promises_changed(self, thread: str, missed: int, next_due: float | None) -> None:
        """The ledger's count of missed promises and its next due time, for the rank.
        Absolute values, so writing them twice (a retried reminder) changes nothing."""
        entry = await self.get(thread)
        if entry is None or (entry.missed_promises, entry.promise_due) == (missed, next_due):
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            # Not `_put`: a case closed since keeps its place out of the queue.
            self._stage(pipe, entry.model_copy(update={"missed_promises": missed,
                                                       "promise_due": next_due}))  # fmt: skip
            await pipe.execute()

    async def reassign(self, thread: str, owner_id: str) -> None:
        entry = await self.get(thread)
        if entry is not None:
            await self._put(entry.model_copy(update={"owner_id": owner_id}))

    async def close(self, thread: str) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.srem(f"{self.prefix}open", thread)
            pipe.incr(self.changes_key)
            await pipe.execute()

    async def remove(self, thread: str) -> bool:
        """Drop the case's entry altogether (retention), not just close it; False if none."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(self._key(thread))
            pipe.srem(f"{self.prefix}open", thread)
            pipe.incr(self.changes_key)
            removed, _, _ = await pipe.execute()
        return bool(removed)

    async def ranked(self, now: float | None = None) -> list[QueueEntry]:
        now = time.time() if now is None else now
        threads = [t.decode() for t in await self.redis.smembers(f"{self.prefix}open")]
        entries = [e for e in [await self.get(t) for t in threads] if e is not None]
        return sorted(entries, key=lambda e: (-e.rank(now), e.next_update_due))

    @property
    def reminder_lead_seconds(self) -> float:
        return self.timing.reminder_lead_hours * HOUR

    async def claim_reminders(
        self, lead_seconds: float | None = None, now: float | None = None
    ) -> list[Claimed[QueueEntry]]:
        """Cases whose promised update is due within `lead_seconds` (the policy's reminder
        lead time unless given) and not yet reminded for this promise, each leased to this
        worker alone; post each, then `reminded`.

        The entry carries the counts as they will be once settled: a promise already
        past due is counted as missed.
        """
        now = time.time() if now is None else now
        lead_seconds = self.reminder_lead_seconds if lead_seconds is None else lead_seconds
        claimed: list[Claimed[QueueEntry]] = []
        for entry in await self.ranked(now):
            if not self._reminder_due(entry, lead_seconds, now):
                continue
            claim = await self.leases.take(entry.thread)
            if claim is None:
                continue  # another worker is posting it
            # Read again under the lease: a worker that settled it just now is seen here.
            fresh = await self.get(entry.thread)
            if fresh is None or not self._reminder_due(fresh, lead_seconds, now):
                await self.leases.release(claim)
                continue
            missed = fresh.missed_updates + (1 if now > fresh.next_update_due else 0)
            item = fresh.model_copy(
                update={"reminded_for": fresh.next_update_due, "missed_updates": missed}
            )
            claimed.append(Claimed[QueueEntry](item=item, claim=claim))
        return claimed

    @staticmethod
    def _reminder_due(entry: QueueEntry, lead_seconds: float, now: float) -> bool:
        return (
            entry.next_update_due - lead_seconds <= now
            and entry.reminded_for != entry.next_update_due
        )

    async def reminded(self, claimed: Claimed[QueueEntry]) -> bool:
        """The reminder went out: record it against the promise it was for and drop the
        lease. A promise renewed meanwhile (the owner updated the customer) is left as
        is. False if the lease had lapsed (another worker may post it too)."""
        key = self._key(claimed.item.thread)

        async def apply(pipe: Pipeline) -> None:
            raw = await pipe.get(key)
            current = QueueEntry.model_validate_json(raw) if raw else None
            pipe.multi()
            if current is not None and current.next_update_due == claimed.item.next_update_due:
                counts = {k: getattr(claimed.item, k) for k in ("reminded_for", "missed_updates")}
                self._stage(pipe, current.model_copy(update=counts))

        return await self.leases.settle(claimed.claim, apply, watch=[key])
