"""Follow-ups after a plan is final, along its trust-recovery timeline.

A senior check-in after resolution is what keeps a recovered customer; it is
scheduled the moment the plan is final, so nobody has to remember it.
"""

from __future__ import annotations

import time
from typing import Literal

from pydantic import BaseModel, PrivateAttr
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from bot.storage.claims import Claimed, Leases
from graph.catalog import Messages
from graph.drafting.base import CONTACT_PLACEHOLDER, NAME_PLACEHOLDER
from graph.models import CaseFacts, Plan
from graph.policy import FollowUpTiming, default_policy
from graph.speech import CUSTOMER_PLACEHOLDER, customer_language, greeting
from graph.state import Owner

Stage = Literal["fix_check", "progress", "overall"]

DAY = 86_400.0
UNTAGGED_KEY = "coach:followups"
"""Where follow-ups lived before they had a hash tag: one sorted set of JSON members."""


class FollowUp(BaseModel):
    thread: str
    day: int
    due_at: float
    who: str
    owner_id: str | None = None
    title: str
    context: str
    customer: str | None = None
    language: str = "en"
    """The customer's language: the check-in is written in it."""
    greet: str | None = None
    """How the customer is greeted in their language ("señora Ferrer"), from the plan."""
    _timing: FollowUpTiming = PrivateAttr(default_factory=lambda: default_policy().follow_ups)
    """The scheduler's policy, attached when the follow-up is read (not stored with it)."""

    @property
    def stage(self) -> Stage:
        """First whether the fix held, then progress on what was promised, then how it is going."""
        if self.day <= self._timing.fix_check_until_day:
            return "fix_check"
        return "progress" if self.day <= self._timing.progress_until_day else "overall"

    @property
    def id(self) -> str:
        """One follow-up per thread and day; stable while its owner or text changes."""
        return f"{self.thread}|{self.day}"

    def check_in(self, owner: Owner) -> str:
        """What the owner can send the customer, in their own name and with their own line.

        Written for the day it goes out, in the customer's language: first whether the
        fix held, then progress on what was promised, then how things are going overall.
        It never names money or promises beyond what the plan already made.
        """
        name = self.customer or CUSTOMER_PLACEHOLDER
        words = Messages(
            self.language,
            greet=self.greet or name,
            name=name,
            owner=owner.name or NAME_PLACEHOLDER,
            contact=owner.contact or CONTACT_PLACEHOLDER,
        )
        parts = ("checkin.greeting", f"checkin.{self.stage}", "checkin.contact")
        return " ".join(words.text(key) for key in parts)


def schedule_for(
    thread: str, plan: Plan, owner_id: str | None, now: float, timing: FollowUpTiming
) -> list[FollowUp]:
    """The owner's early check-ins; later ones to a senior person, as principle 6 asks."""
    d = plan.decision
    facts = plan.facts or CaseFacts()
    context = (
        f"{plan.title}: {d.severity.value} {d.investment_level} case, package "
        f"{d.recommended.total_text(d.currency, d.locale)}. Check the fix held and how they feel now."
    )
    items = [
        FollowUp(
            thread=thread,
            day=day,
            due_at=now + day * DAY,
            owner_id=owner_id,
            title=plan.title,
            who="owner" if day <= timing.owner_until_day else "team lead",
            context=context,
            customer=facts.customer_name.value if facts.customer_name else None,
            language=customer_language(facts),
            greet=greeting(facts),
        )
        for day in d.follow_up_days
    ]
    for item in items:
        item._timing = timing
    return items


class FollowUpScheduler:
    """Follow-ups by id: `due` orders them by time, `items` holds each one's JSON.

    Every key shares the `{followups}` hash tag, so sending one (claim, post,
    settle: see `bot.storage.claims`) is one transaction in one Cluster slot.
    """

    def __init__(
        self,
        redis: Redis,
        prefix: str = "coach:{followups}:",
        timing: FollowUpTiming | None = None,
    ):
        self.redis = redis
        self.prefix = prefix
        self.due_key = f"{prefix}due"
        self.items_key = f"{prefix}items"
        self.leases = Leases(redis, prefix)
        self.timing = timing or default_policy().follow_ups

    async def schedule(
        self, thread: str, plan: Plan, owner_id: str | None, now: float | None = None
    ) -> list[FollowUp]:
        """Idempotent per thread and day: finalising twice does not double the reminders."""
        now = time.time() if now is None else now
        items = schedule_for(thread, plan, owner_id, now, self.timing)
        existing = {f.day for f in await self.for_thread(thread)}
        await self._add([f for f in items if f.day not in existing])
        return items

    async def _add(self, items: list[FollowUp]) -> None:
        if not items:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(self.items_key, mapping={f.id: f.model_dump_json() for f in items})
            pipe.zadd(self.due_key, {f.id: f.due_at for f in items})
            await pipe.execute()

    async def reassign(self, thread: str, owner_id: str | None) -> None:
        """Follow-ups not yet sent go to the new owner; sent ones are history."""
        pending = await self.for_thread(thread)
        if pending:
            moved = {f.id: f.model_copy(update={"owner_id": owner_id}) for f in pending}
            await self.redis.hset(
                self.items_key, mapping={i: f.model_dump_json() for i, f in moved.items()}
            )

    async def remove_thread(self, thread: str) -> int:
        """Drop the case's pending follow-ups (sent ones are gone already); returns how many."""
        ids = [f.id for f in await self.for_thread(thread)]
        if ids:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.zrem(self.due_key, *ids)
                pipe.hdel(self.items_key, *ids)
                await pipe.execute()
        return len(ids)

    async def for_thread(self, thread: str) -> list[FollowUp]:
        return [f for f in await self.upcoming() if f.thread == thread]

    def _read(self, raw: bytes | str) -> FollowUp:
        item = FollowUp.model_validate_json(raw)
        item._timing = self.timing
        return item

    async def upcoming(self) -> list[FollowUp]:
        items = [self._read(r) for r in await self.redis.hvals(self.items_key)]
        return sorted(items, key=lambda f: (f.due_at, f.id))

    async def claim_due(self, now: float | None = None) -> list[Claimed[FollowUp]]:
        """What is due, each leased to this worker alone; post each, then `sent`."""
        now = time.time() if now is None else now

        async def still_due(item_id: str) -> FollowUp | None:
            # Read again under the lease: one settled just now is gone from `items`.
            raw = await self.redis.hget(self.items_key, item_id)
            return self._read(raw) if raw is not None else None

        return await self.leases.claim_due(self.due_key, now, still_due)

    async def sent(self, claimed: Claimed[FollowUp]) -> bool:
        """The follow-up went out: remove it and its lease together. False if the lease had
        lapsed (another worker may post it too)."""

        async def apply(pipe: Pipeline) -> None:
            pipe.multi()
            pipe.zrem(self.due_key, claimed.item.id)
            pipe.hdel(self.items_key, claimed.item.id)

        return await self.leases.settle(claimed.claim, apply)

    async def migrate_untagged(self, old_key: str = UNTAGGED_KEY) -> int:
        """Move follow-ups from the sorted set of JSON members they lived in before."""
        raw = await self.redis.zrange(old_key, 0, -1)
        await self._add([FollowUp.model_validate_json(r) for r in raw])
        await self.redis.delete(old_key)
        return len(raw)
