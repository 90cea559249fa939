"""Follow-ups after a plan is final, along its trust-recovery timeline.

A senior check-in after resolution is what keeps a recovered customer; it is
scheduled the moment the plan is final, so nobody has to remember it.
"""

from __future__ import annotations

import time
from typing import Literal

from pydantic import BaseModel, PrivateAttr
from redis.asyncio import Redis

from graph.drafting.base import CONTACT_PLACEHOLDER, NAME_PLACEHOLDER
from graph.models import Plan
from graph.money import format_money
from graph.policy import FollowUpTiming, default_policy
from graph.state import Owner

Stage = Literal["fix_check", "progress", "overall"]

DAY = 86_400.0
_POP_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
return due
"""


class FollowUp(BaseModel):
    thread: str
    day: int
    due_at: float
    who: str
    owner_id: str | None = None
    title: str
    context: str
    customer: str | None = None
    _timing: FollowUpTiming = PrivateAttr(default_factory=lambda: default_policy().follow_ups)
    """The scheduler's policy, attached when the follow-up is read (not stored with it)."""

    @property
    def stage(self) -> Stage:
        """First whether the fix held, then progress on what was promised, then how it is going."""
        if self.day <= self._timing.fix_check_until_day:
            return "fix_check"
        return "progress" if self.day <= self._timing.progress_until_day else "overall"

    def check_in(self, owner: Owner) -> str:
        """What the owner can send the customer, in their own name and with their own line.

        Written for the day it goes out: first whether the fix held, then progress on
        what was promised, then how things are going overall. It never names money
        or promises beyond what the plan already made.
        """
        hello = f"Hi {self.customer}," if self.customer else "Hi [customer name],"
        me = owner.name or NAME_PLACEHOLDER
        reach = owner.contact or CONTACT_PLACEHOLDER
        if self.stage == "fix_check":
            body = (
                f"it's {me}. I said I would check back, so here I am: is everything working "
                "the way it should since the fix went in? If anything still looks wrong, "
                "tell me and I'll pick it up myself."
            )
        elif self.stage == "progress":
            body = (
                f"it's {me}, with the update I promised. I'll walk you through what we have "
                "changed so far and what is still in progress, so you can see where things "
                "stand rather than take our word for it."
            )
        else:
            body = (
                f"it's {me}. It has been about a month since we sorted out the problem, and I "
                "wanted to hear how things have been for you since. Is there anything we "
                "could be doing better?"
            )
        return f"{hello} {body} You can reach me directly at {reach}."


def schedule_for(
    thread: str, plan: Plan, owner_id: str | None, now: float, timing: FollowUpTiming
) -> list[FollowUp]:
    """The owner's early check-ins; later ones to a senior person, as principle 6 asks."""
    d = plan.decision
    context = (
        f"{plan.title}: {d.severity.value} {d.investment_level} case, package "
        f"{format_money(d.recommended.total, d.currency)}. Check the fix held and how they feel now."
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
            customer=plan.facts.customer_name.value
            if plan.facts and plan.facts.customer_name
            else None,
        )
        for day in d.follow_up_days
    ]
    for item in items:
        item._timing = timing
    return items


class FollowUpScheduler:
    def __init__(
        self, redis: Redis, key: str = "coach:followups", timing: FollowUpTiming | None = None
    ):
        self.redis = redis
        self.key = key
        self.timing = timing or default_policy().follow_ups

    async def schedule(
        self, thread: str, plan: Plan, owner_id: str | None, now: float | None = None
    ) -> list[FollowUp]:
        """Idempotent per thread and day: finalising twice does not double the reminders."""
        now = time.time() if now is None else now
        items = schedule_for(thread, plan, owner_id, now, self.timing)
        existing = {f.day for f in await self.for_thread(thread)}
        fresh = [f for f in items if f.day not in existing]
        if fresh:
            await self.redis.zadd(self.key, {f.model_dump_json(): f.due_at for f in fresh})
        return items

    async def reassign(self, thread: str, owner_id: str | None) -> None:
        """Follow-ups not yet sent go to the new owner; sent ones are history."""
        pending = await self.for_thread(thread)
        if not pending:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            for item in pending:
                pipe.zrem(self.key, item.model_dump_json())
                moved = item.model_copy(update={"owner_id": owner_id})
                pipe.zadd(self.key, {moved.model_dump_json(): moved.due_at})
            await pipe.execute()

    async def for_thread(self, thread: str) -> list[FollowUp]:
        return [f for f in await self.upcoming() if f.thread == thread]

    def _read(self, raw: bytes | str) -> FollowUp:
        item = FollowUp.model_validate_json(raw)
        item._timing = self.timing
        return item

    async def upcoming(self) -> list[FollowUp]:
        return [self._read(r) for r in await self.redis.zrange(self.key, 0, -1)]

    async def pop_due(self, now: float | None = None) -> list[FollowUp]:
        """Atomically take what is due, so two workers never send the same reminder."""
        now = time.time() if now is None else now
        raw = await self.redis.eval(_POP_DUE, 1, self.key, str(now))
        return [self._read(r) for r in raw]
