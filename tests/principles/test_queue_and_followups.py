"""Principles 2, 3 and 6 on a real Redis: ranked queue, promised updates, follow-ups."""

from __future__ import annotations

from langgraph.checkpoint.memory import InMemorySaver

from bot.conversation import ConversationService
from bot.escalation_queue import HOUR, EscalationQueue, QueueEntry
from bot.followups import DAY, FollowUp, FollowUpScheduler
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import apply_defaults, extract
from graph.models import CaseFacts, PolicyDecision
from graph.policy import decide, default_policy
from tests.cases import B2B_OUTAGE, B2C_MINOR, INJECTION, LEGAL_THREAT, STRATEGIC_AT_RISK
from tests.principles.test_resolution_log import finish

CASES = {
    "minor": B2C_MINOR,
    "legal": LEGAL_THREAT,
    "outage": B2B_OUTAGE,
    "strategic": STRATEGIC_AT_RISK,
    "dashboard": INJECTION,
}
NOW = 1_800_000_000.0


def decision(text: str) -> PolicyDecision:
    return decide(apply_defaults(extract(text, CaseFacts())), default_policy())


async def remind(queue: EscalationQueue, lead_seconds: float, now: float) -> list[QueueEntry]:
    """What a worker's reminder loop does: claim what is due, post it, settle it."""
    claimed = await queue.claim_reminders(lead_seconds, now)
    assert all([await queue.reminded(c) for c in claimed])
    return [c.item for c in claimed]


async def send_due(scheduler: FollowUpScheduler, now: float) -> list[FollowUp]:
    claimed = await scheduler.claim_due(now)
    assert all([await scheduler.sent(c) for c in claimed])
    return [c.item for c in claimed]


async def filled(redis_client) -> EscalationQueue:
    queue = EscalationQueue(redis_client)
    for name, text in CASES.items():
        await queue.track(name, name, decision(text), "drafting", now=NOW)
    return queue


async def test_queue_ranks_by_stakes_not_arrival(redis_client):
    queue = await filled(redis_client)
    order = [e.thread for e in await queue.ranked(now=NOW)]
    # A legal threat outranks a two-hour dashboard outage: the dashboard case once ranked
    # higher only because "never happen again" was misread as a repeat failure.
    assert order == ["strategic", "outage", "legal", "dashboard", "minor"]
    scores = [e.priority_score for e in await queue.ranked(now=NOW)]
    assert scores == sorted(scores, reverse=True)


async def test_an_overdue_promise_moves_a_case_up_and_is_marked_missed(redis_client):
    queue = await filled(redis_client)
    legal = await queue.get("legal")
    late = legal.next_update_due + 1
    for name in ("strategic", "outage", "dashboard"):
        await queue.update_given(name, now=late)
    order = [e.thread for e in await queue.ranked(now=late)]
    assert order.index("legal") < order.index("dashboard"), "overdue legal case jumps up"
    assert "overdue" in (await queue.get("legal")).why(late)
    due = await remind(queue, lead_seconds=HOUR, now=late)
    assert "legal" in {e.thread for e in due}
    assert (await queue.get("legal")).missed_updates == 1
    assert not {e.thread for e in await remind(queue, HOUR, now=late + 60)} & {"legal"}


async def test_a_reminder_comes_before_the_promise_is_due(redis_client):
    queue = await filled(redis_client)
    entry = await queue.get("outage")
    early = entry.next_update_due - 30 * 60
    due = await remind(queue, lead_seconds=HOUR, now=early)
    assert "outage" in {e.thread for e in due}
    assert (await queue.get("outage")).missed_updates == 0


async def test_closed_cases_leave_the_queue(redis_client):
    queue = await filled(redis_client)
    await queue.close("strategic")
    assert "strategic" not in [e.thread for e in await queue.ranked(now=NOW)]


async def test_follow_ups_are_scheduled_on_finalize_and_sent_once(redis_client):
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(InMemorySaver())
    plan = (await finish(ConversationService(graph), "f1", B2B_OUTAGE)).plan
    scheduler = FollowUpScheduler(redis_client)
    items = await scheduler.schedule("f1", plan, "U_OWNER", now=NOW)
    await scheduler.schedule("f1", plan, "U_OWNER", now=NOW)
    assert [f.day for f in items] == plan.decision.follow_up_days == [1, 7, 30, 90]
    assert len(await scheduler.upcoming()) == 4, "scheduling twice does not double"
    assert [f.who for f in items] == ["owner", "owner", "team lead", "team lead"]
    assert await send_due(scheduler, now=NOW + 0.5 * DAY) == []
    due = await send_due(scheduler, now=NOW + 7 * DAY + 1)
    assert [f.day for f in due] == [1, 7]
    assert await send_due(scheduler, now=NOW + 7 * DAY + 2) == []
    assert "Northwind Logistics" in due[0].context


async def test_queue_weights_and_reminder_lead_come_from_the_policy(redis_client):
    timing = default_policy().queue.model_copy(
        update={"overdue_boost": 0.0, "due_soon_boost": 0.0, "reminder_lead_hours": 3.0}
    )
    queue = EscalationQueue(redis_client, timing=timing)
    for name, text in CASES.items():
        await queue.track(name, name, decision(text), "drafting", now=NOW)
    legal = await queue.get("legal")
    late = legal.next_update_due + 1
    for name in ("strategic", "outage", "dashboard"):
        await queue.update_given(name, now=late)
    ranked = await queue.ranked(now=late)
    by_stakes = sorted(ranked, key=lambda e: -e.priority_score)
    assert [e.thread for e in ranked] == [e.thread for e in by_stakes], "no boost: stakes rank"
    assert legal.next_update_due < late, "legal's promise is overdue, yet gains nothing"
    outage = await queue.get("outage")
    early = outage.next_update_due - 2.5 * HOUR
    assert "outage" in {c.item.thread for c in await queue.claim_reminders(now=early)}


async def test_follow_up_owner_and_check_in_days_come_from_the_policy(redis_client):
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(InMemorySaver())
    plan = (await finish(ConversationService(graph), "f2", B2B_OUTAGE)).plan
    timing = default_policy().follow_ups.model_copy(
        update={"owner_until_day": 30, "fix_check_until_day": 7, "progress_until_day": 30}
    )
    scheduler = FollowUpScheduler(redis_client, timing=timing)
    items = await scheduler.schedule("f2", plan, "U_OWNER", now=NOW)
    assert [f.who for f in items] == ["owner", "owner", "owner", "team lead"]
    stored = {f.day: f for f in await scheduler.upcoming()}
    assert [stored[d].stage for d in (1, 7, 30, 90)] == [
        "fix_check", "fix_check", "progress", "overall"
    ]  # fmt: skip
    default = {f.day: f for f in await FollowUpScheduler(redis_client).upcoming()}
    assert default[7].stage == "progress", "the same stored follow-up, read by the shipped policy"
