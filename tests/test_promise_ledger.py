"""The promise ledger on a real Redis: promises from approved scripts, checked replies and
live lines, reminded once before they fall due, and a missed one moving the case up."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

from langgraph.checkpoint.memory import InMemorySaver
from redis.asyncio import Redis

from bot.case_tracker import CaseTracker
from bot.cases import CaseStore
from bot.checked_replies import ReplyChecks
from bot.conversation import ConversationService
from bot.escalation_queue import HOUR, EscalationQueue
from bot.followups import FollowUpScheduler
from bot.promises import Promise, PromiseLedger
from bot.resolution_log import ResolutionLog
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.policy import default_policy
from graph.state import Owner
from tests.cases import B2B_OUTAGE, STRATEGIC_AT_RISK
from tests.principles.test_resolution_log import finish

ZONE = ZoneInfo("Europe/London")


def wired(redis_client) -> tuple[CaseTracker, ConversationService]:
    cases = CaseStore(redis_client)
    tracker = CaseTracker(
        cases, EscalationQueue(redis_client), ResolutionLog(redis_client),
        FollowUpScheduler(redis_client), zone=ZONE,
    )  # fmt: skip
    graph = CoachGraph(PlaybookDrafter(), default_policy(), history=tracker.log)
    service = ConversationService(
        graph.compile(InMemorySaver()), on_turn=tracker.after_turn, owners=cases
    )
    return tracker, service


async def remind(ledger: PromiseLedger, now: float) -> list[Promise]:
    """What a worker's reminder loop does: claim what is due, post it, settle it."""
    claimed = await ledger.claim_due(now)
    assert all([await ledger.settle(c) for c in claimed])
    return [c.item for c in claimed]


async def test_an_approved_script_promise_is_reminded_before_it_is_due_and_a_miss_moves_the_case_up(
    redis_client,
):
    tracker, service = wired(redis_client)
    before = time.time()
    await finish(service, "outage", B2B_OUTAGE)
    await finish(service, "strategic", STRATEGIC_AT_RISK)
    promises = await tracker.promises.for_thread("outage")
    scripted = [p for p in promises if p.source == "script"]
    # The scripts the agent says: the response, and the trust section's line for the customer.
    assert scripted and all(
        p.source_ref.startswith(("Immediate Response v", "Trust Recovery v")) for p in scripted
    )
    assert any(p.source_ref.startswith("Immediate Response v") for p in scripted)
    hear = next(p for p in scripted if "hear from me within 24 hours" in p.text)
    assert (
        hear.due_kind == "duration" and before + 24 * HOUR <= hear.due_at <= time.time() + 24 * HOUR
    )
    await finish(service, "outage", B2B_OUTAGE)
    assert len(await tracker.promises.for_thread("outage")) == len(promises), "recorded once"

    assert await remind(tracker.promises, hear.due_at - 2 * HOUR) == []
    early = [p for p in await remind(tracker.promises, hear.due_at - 0.5 * HOUR) if p.id == hear.id]
    assert early and early[0].reminded and not early[0].missed, "reminded before it falls due"
    assert not [p for p in await remind(tracker.promises, hear.due_at - 60) if p.id == hear.id]

    queue = tracker.queue
    # Past the promise and past both cases' next updates, so the order moves only by the
    # miss (the second case finished a moment later, and on a loaded machine a second
    # or more: its update could still be pending at hear.due_at + 1).
    updates = [(await queue.get(t)).next_update_due for t in ("outage", "strategic")]
    late = max(hear.due_at, *updates) + 1
    for p in await tracker.promises.for_thread("strategic"):
        await tracker.promise_kept(p.id, "U_LEAD")  # the other case's owner kept theirs
    assert [e.thread for e in await queue.ranked(late)][:2] == ["strategic", "outage"]
    missed = [p for p in await remind(tracker.promises, late) if p.id == hear.id]
    assert missed and missed[0].missed
    for thread in ("outage", "strategic"):
        await tracker.sync_promises(thread)
    entry = await queue.get("outage")
    assert entry.missed_promises >= 1 and "missed" in entry.why(late)
    assert [e.thread for e in await queue.ranked(late)][:2] == ["outage", "strategic"]
    assert not await remind(tracker.promises, late + HOUR), "a miss is counted once"

    for p in await tracker.promises.for_thread("outage"):
        await tracker.promise_kept(p.id, "U_OWNER")
    assert (await queue.get("outage")).missed_promises == 0, "kept late: it stops counting"


async def test_a_sent_checked_reply_and_a_confirmed_live_line_become_promises(redis_client):
    tracker, service = wired(redis_client)
    await finish(service, "c1", B2B_OUTAGE)
    checks = ReplyChecks(tracker, default_policy())
    async with service.turn("c1") as turn:
        checked = await checks.check(
            turn.service, "c1",
            "I'm sorry if you were upset. I'll call you by 3pm tomorrow and the credit will "
            "show on your next invoice. I guarantee it won't happen again.", "U_OWNER",
        )  # fmt: skip
    assert {"hedged-apology", "over-promise"} <= {f.kind for f in checked.check.flags}
    sources = {p.source for p in await tracker.promises.for_thread("c1")}
    assert sources == {"script"}, "checked is not sent: no promise from it yet"
    sent = await checks.sent("c1", checked.entry.id, "corrected", "U_OWNER")
    entry, added = sent.entry, sent.promises
    assert entry is not None and entry.sent == "corrected"
    kinds = sorted(p.due_kind for p in added)
    assert kinds == ["clock", "next_invoice"]
    assert all(p.source == "checked_reply" and p.source_ref == entry.id for p in added)
    again = await checks.sent("c1", checked.entry.id, "as_written", "U_OWNER")
    assert not again.first and again.promises == [], "a second press adds nothing"
    invoice = next(p for p in added if p.due_kind == "next_invoice")
    assert invoice.due_at is None
    assert invoice.id not in {
        c.item.id for c in await tracker.promises.claim_due(time.time() + 1e9)
    }

    live = await tracker.live_line_said(
        "c1", "I'll email you the incident report by Friday.", "U_OWNER"
    )
    assert [p.source for p in live] == ["live_line"] and live[0].due_kind == "day"
    said = await tracker.said.for_thread("c1")
    assert [e.kind for e in said] == ["checked_reply", "live_line"]


async def test_promises_follow_the_case_to_a_new_owner(redis_client):
    tracker, service = wired(redis_client)
    await finish(service, "c2", B2B_OUTAGE)
    await tracker.live_line_said("c2", "I'll call you at 4pm.", "U_OLD")
    await tracker.reassign(service, "c2", Owner(name="Ana", user_id="U_NEW"))
    assert {p.owner_id for p in await tracker.promises.for_thread("c2")} == {"U_NEW"}


async def test_two_workers_claim_each_due_promise_once(redis_client, clean_redis_url):
    tracker, service = wired(redis_client)
    await finish(service, "c3", B2B_OUTAGE)
    await tracker.live_line_said("c3", "I'll call you within the hour.", "U_OWNER")
    other = Redis.from_url(clean_redis_url)
    try:
        first, second = PromiseLedger(redis_client), PromiseLedger(other)
        now = time.time() + 2 * 24 * HOUR
        a, b = await first.claim_due(now), await second.claim_due(now)
        ids_a, ids_b = {c.item.id for c in a}, {c.item.id for c in b}
        assert ids_a and not ids_a & ids_b, "a lease keeps the second worker off"
        assert all([await first.settle(c) for c in a])
        assert {c.item.id for c in await second.claim_due(now)} == set(), "settled: gone"
    finally:
        await other.aclose()
