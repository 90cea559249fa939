"""Follow-ups after a plan is final, along its trust-recovery timeline.

A senior check-in after resolution is what keeps a recovered customer; it is
scheduled the moment the plan is final, so nobody has to remember it.
"""

from __future__ import annotations

import time

from pydantic import BaseModel
from redis.asyncio import Redis

from graph.drafting.base import CONTACT_PLACEHOLDER, NAME_PLACEHOLDER
from graph.models import Plan
from graph.money import format_money
from graph.state import Owner

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

    def check_in(self, owner: Owner) -> str:
        """What the owner can send the customer, in their own name and with their own line.

        Written for the day it goes out: first whether the fix held, then progress on
        what was promised, then how things are going overall. It never names money
        or promises beyond what the plan already made.
        """
        hello = f"Hi {self.customer}," if self.customer else "Hi [customer name],"
        me = owner.name or NAME_PLACEHOLDER
        reach = owner.contact or CONTACT_PLACEHOLDER
        if self.day <= 2:
            body = (
                f"it's {me}. I said I would check back, so here I am: is everything working "
                "the way it should since the fix went in? If anything still looks wrong, "
                "tell me and I'll pick it up myself."
            )
        elif self.day <= 14:
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


def schedule_for(thread: str, plan: Plan, owner_id: str | None, now: float) -> list[FollowUp]:
    """Day 1 and week 1 to the owner; later ones to a senior person, as principle 6 asks."""
    d = plan.decision
    context = (
        f"{plan.title}: {d.severity.value} {d.investment_level} case, package "
        f"{format_money(d.recommended.total, d.currency)}. Check the fix held and how they feel now."
    )
    return [
        FollowUp(
            thread=thread,
            day=day,
            due_at=now + day * DAY,
            owner_id=owner_id,
            title=plan.title,
            who="owner" if day <= 7 else "team lead",
            context=context,
            customer=plan.facts.customer_name.value
            if plan.facts and plan.facts.customer_name
            else None,
        )
        for day in d.follow_up_days
    ]


class FollowUpScheduler:
    def __init__(self, redis: Redis, key: str = "coach:followups"):
        self.redis = redis
        self.key = key

    async def schedule(
        self, thread: str, plan: Plan, owner_id: str | None, now: float | None = None
    ) -> list[FollowUp]:
        """Idempotent per thread and day: finalising twice does not double the reminders."""
        now = time.time() if now is None else now
        items = schedule_for(thread, plan, owner_id, now)
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

    async def upcoming(self) -> list[FollowUp]:
        raw = await self.redis.zrange(self.key, 0, -1)
        return [FollowUp.model_validate_json(r) for r in raw]

    async def pop_due(self, now: float | None = None) -> list[FollowUp]:
        """Atomically take what is due, so two workers never send the same reminder."""
        now = time.time() if now is None else now
        raw = await self.redis.eval(_POP_DUE, 1, self.key, str(now))
        return [FollowUp.model_validate_json(r) for r in raw]
