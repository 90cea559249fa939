"""Keeps the case record, queue, resolution log and follow-ups in step with each turn.

Front ends do not have to remember any of it: every turn that runs through
the service updates the case's place in the queue, the turn that first prices
a premium case suggests its owner from the roster, and the turn that finishes
a plan logs it and schedules its follow-ups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from bot.cases import CaseStore
from bot.escalation_queue import EscalationQueue, QueueEntry
from bot.followups import FollowUpScheduler
from bot.outcomes import Outcome
from bot.resolution_log import LogEntry, ResolutionLog
from bot.roster import Roster, Suggestion
from graph.state import Owner

if TYPE_CHECKING:  # the stores are opened without the graph (see bot.stores)
    from bot.conversation import ConversationService, TurnResult

NOTE_LIMIT = 1000
"""Characters of an outcome note kept in the log (and offered by Slack's form)."""


class Reassignment(BaseModel):
    before: Owner
    after: Owner
    naming_before: list[str]
    """Titles of drafted sections that still name the previous owner."""


class CaseTracker:
    def __init__(
        self,
        cases: CaseStore,
        queue: EscalationQueue,
        log: ResolutionLog,
        followups: FollowUpScheduler,
        roster: Roster | None = None,
    ) -> None:
        self.cases = cases
        self.queue = queue
        self.log = log
        self.followups = followups
        self.roster = roster or Roster()

    async def after_turn(self, service: ConversationService, result: TurnResult) -> None:
        plan = result.plan if result.plan is not None else await service.preview(result.thread_id)
        if plan is None:
            return
        owner = (await service.owner(result.thread_id)).key
        status = (
            "plan ready" if result.plan is not None and result.prompt is None else result.status
        )
        await self.queue.track(result.thread_id, plan.title, plan.decision, status, owner)
        if plan.decision.investment_level == "premium":
            await self._suggest_owner(result.thread_id, owner)
        if result.plan is not None and result.prompt is None:
            await self.log.record(result.thread_id, result.plan, owner)
            await self.followups.schedule(result.thread_id, result.plan, owner)

    async def _suggest_owner(self, thread: str, owner: str | None) -> None:
        if not self.roster.members:
            return
        open_cases = [e.owner_id for e in await self.queue.ranked()]
        suggestion = self.roster.suggest(open_cases, owner)
        # Recorded even when nobody fits ("-"), so a later turn does not suggest late.
        await self.cases.mark_suggested(thread, suggestion.member.name if suggestion else "-")

    async def suggestion(self, thread: str) -> Suggestion | None:
        """The suggestion made for this case, if one was made and still stands."""
        record = await self.cases.get(thread)
        member = self.roster.member(record.suggested_owner if record else None)
        if record is None or member is None or member.answers_to(record.owner_id):
            return None
        open_cases = [e.owner_id for e in await self.queue.ranked()]
        return self.roster.suggest(open_cases, record.owner_id)

    async def customer_updated(self, thread: str) -> QueueEntry | None:
        """The owner kept a promised update; the next one is due a full interval from now."""
        return await self.queue.update_given(thread)

    async def record_outcome(
        self, thread: str, outcome: Outcome, note: str | None = None
    ) -> LogEntry | None:
        """How the case ended, in the resolution log; a closed case leaves the queue.

        None when the case has no final plan yet: an outcome belongs to a logged case.
        Follow-ups stay scheduled: checking in after resolution is the point of them.
        """
        note = " ".join((note or "").split())[:NOTE_LIMIT] or None
        if not await self.log.set_outcome(thread, outcome, note):
            return None
        if outcome != "open":
            await self.queue.close(thread)
        return await self.log.get(thread)

    async def reassign(self, service: ConversationService, thread: str, new: Owner) -> Reassignment:
        """One owner everywhere at once: the record, the queue and pending follow-ups.

        Sections already drafted keep their text (they may be approved); the ones
        that name the previous owner are listed so the new owner can revise them.
        """
        before = await service.owner(thread)
        await self.cases.reassign(thread, new)
        await self.queue.reassign(thread, new.key or "unassigned")
        await self.followups.reassign(thread, new.key)
        plan = await service.preview(thread)
        naming = []
        if plan is not None and before.name and before.name != new.name:
            naming = [s.title for s in plan.sections if before.name in s.text]
        return Reassignment(before=before, after=new, naming_before=naming)
