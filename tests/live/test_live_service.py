"""Live lines through the real service on a real Redis: answered while the thread's turn
is held (a draft in progress), the section under review untouched, every line on record,
and a promise made in a confirmed line reminded before it falls due and, missed, moving
the case up the queue."""

from __future__ import annotations

import asyncio
import time

from bot.escalation_queue import HOUR
from bot.live_coach import LiveCoach
from graph.policy import default_policy
from graph.state import Owner
from tests.cases import B2B_OUTAGE, STRATEGIC_AT_RISK
from tests.principles.test_resolution_log import finish
from tests.test_promise_ledger import remind, wired

OWNER = Owner(name="Dana Cole", contact="+44 20 7946 0101", user_id="U_OWNER")


async def test_a_live_line_is_answered_while_the_turn_is_held_and_moves_nothing(redis_client):
    tracker, service = wired(redis_client)
    await service.start("c1", B2B_OUTAGE, owner=OWNER)
    coach = LiveCoach(tracker, default_policy())
    before = await service.current("c1")
    async with service.turn("c1"):  # what a section being drafted holds
        live = await asyncio.wait_for(
            coach.suggest(service, "c1", "Refund us $2,000 or we walk.", "U_OWNER"), 1.0
        )
    assert live.reply.move == "money_above"
    assert "Director of Customer Success" in live.reply.say and "2,000" not in live.reply.say
    assert await service.current("c1") == before, "the step under review did not move"
    [entry] = await tracker.said.for_thread("c1")
    assert entry.kind == "live_line" and entry.customer == "Refund us $2,000 or we walk."
    assert entry.said is None, "suggested, not yet said"


async def test_a_confirmed_live_promise_is_reminded_then_missed_moves_the_case_up(redis_client):
    tracker, service = wired(redis_client)
    await finish(service, "outage", B2B_OUTAGE)
    await finish(service, "strategic", STRATEGIC_AT_RISK)
    for thread in ("outage", "strategic"):
        for p in await tracker.promises.for_thread(thread):
            await tracker.promise_kept(p.id, "U_OWNER")  # the scripts' promises are kept
    coach = LiveCoach(tracker, default_policy())
    live = await coach.suggest(service, "outage", "We want $3,000 back for this.", "U_OWNER")
    assert (await coach.said("outage", None, "U_OWNER", now=time.time())).first
    said = await coach.said("outage", None, "U_OWNER")
    assert not said.first and said.promises == [], "confirmed once"
    [promise] = [p for p in await tracker.promises.for_thread("outage") if p.status == "open"]
    assert promise.source == "live_line" and promise.source_ref == live.entry.id
    assert promise.due_kind == "clock" and promise.due_at > time.time() + HOUR

    queue = tracker.queue
    # Ranked well before the call-back is near, so its due-soon boost plays no part.
    before = promise.due_at - 3 * HOUR
    assert [e.thread for e in await queue.ranked(before)][:2] == ["strategic", "outage"]
    assert await remind(tracker.promises, promise.due_at - 2 * HOUR) == []
    early = await remind(tracker.promises, promise.due_at - 0.5 * HOUR)
    assert [p.id for p in early] == [promise.id] and early[0].reminded and not early[0].missed
    late = promise.due_at + 1
    missed = await remind(tracker.promises, late)
    assert [p.id for p in missed] == [promise.id] and missed[0].missed
    await tracker.sync_promises("outage")
    assert (await queue.get("outage")).missed_promises == 1
    assert [e.thread for e in await queue.ranked(late)][:2] == ["outage", "strategic"]

    entry = await tracker.log.get("outage")
    assert entry is not None and any(live.reply.say in line for line in entry.said)
    assert "## What was said" in entry.plan_markdown and live.reply.say in entry.plan_markdown
