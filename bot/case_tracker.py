"""Keeps the case record, queue, resolution log, follow-ups and promises in step with each turn.

Front ends do not have to remember any of it: every turn that runs through
the service updates the case's place in the queue, the turn that first prices
a premium case suggests its owner from the roster, a turn that approves a script
puts the promises in it on the ledger, and the turn that finishes a plan logs it and
schedules its follow-ups.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from bot.cases import CaseStore
from bot.escalation_queue import EscalationQueue, QueueEntry
from bot.followups import FollowUpScheduler
from bot.outcomes import Outcome
from bot.promises import Promise, PromiseLedger, PromiseSource, local, summarise
from bot.resolution_log import LogEntry, ResolutionLog
from bot.roster import Roster, Suggestion
from bot.said import SaidEntry, SaidLog, Sent, what_was_said
from graph.models import Plan, SectionKey
from graph.pii import mask_text
from graph.speech import customer_language
from graph.state import Owner

if TYPE_CHECKING:  # the stores are opened without the graph (see bot.stores)
    from bot.conversation import ConversationService, TurnResult

NOTE_LIMIT = 1000
"""Characters of an outcome note kept in the log (and offered by Slack's form)."""
DEFAULT_UPDATE_HOURS = 24.0
"""When a promise names no time and the case is not priced yet: a day."""
_SCRIPT_LINE = re.compile(r"^\s*>\s?(.*)$", re.M)


class SaidConfirmed(BaseModel):
    """What confirming a said-log entry did (a checked reply sent, a live line said)."""

    entry: SaidEntry | None
    """None when there is no such entry on the case."""
    first: bool = False
    """False when it was confirmed already: nothing was added."""
    promises: list[Promise] = Field(default_factory=list)


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
        promises: PromiseLedger | None = None,
        said: SaidLog | None = None,
        zone: ZoneInfo | None = None,
    ) -> None:
        self.cases = cases
        self.queue = queue
        self.log = log
        self.followups = followups
        self.roster = roster or Roster()
        self.promises = promises or PromiseLedger(queue.redis)
        self.said = said or SaidLog(queue.redis)
        self.zone = zone or ZoneInfo("UTC")

    async def after_turn(self, service: ConversationService, result: TurnResult) -> None:
        plan = result.plan if result.plan is not None else await service.preview(result.thread_id)
        if plan is None:
            return
        owner = (await service.owner(result.thread_id)).key
        status = (
            "plan ready" if result.plan is not None and result.prompt is None else result.status
        )
        await self.queue.track(result.thread_id, plan.title, plan.decision, status, owner)
        await self._script_promises(result.thread_id, plan, owner)
        if plan.decision.investment_level == "premium":
            await self._suggest_owner(result.thread_id, owner)
        if result.plan is not None and result.prompt is None:
            said = what_was_said(await self.said.for_thread(result.thread_id))
            await self.log.record(result.thread_id, result.plan, owner, said)
            await self.followups.schedule(result.thread_id, result.plan, owner)

    async def _script_promises(self, thread: str, plan: Plan, owner: str | None) -> None:
        """Approved scripts are what the agent will say: their promises go on the ledger,
        once per section version (ids are stable, so later turns add nothing). They are
        written in the customer's language, so they are read in it."""
        language = customer_language(plan.facts) if plan.facts else None
        for section in plan.sections:
            if not section.approved:
                continue
            lines = _SCRIPT_LINE.findall(section.text)
            if not lines and section.key != SectionKey.RESPONSE:
                continue
            script = " ".join(lines) if lines else section.text
            ref = f"{section.title} v{section.version}"
            await self.promises_said(thread, script, "script", ref, owner,
                                     plan.decision.next_update_hours, language=language)  # fmt: skip

    async def promises_said(
        self,
        thread: str,
        text: str,
        source: PromiseSource,
        ref: str,
        owner: str | None,
        unstated_hours: float,
        now: float | None = None,
        language: str | None = None,
    ) -> list[Promise]:
        """The promises `text` makes, on the ledger from now (those already there stay as
        they are); the queue learns the case's next due promise. `language` is the
        customer's when known (a plan's scripts); a live line is read in whichever
        language makes a promise."""
        made = local(time.time() if now is None else now, self.zone)
        found = self.promises.commitments(
            thread, text, source, ref, owner, made, unstated_hours, language
        )
        added = await self.promises.add(found)
        if added:
            await self.sync_promises(thread)
        return added

    async def live_line_said(
        self, thread: str, line: str, by: str | None, now: float | None = None
    ) -> list[Promise]:
        """A live line the agent confirmed they said: kept in what was said, and its
        promises put on the ledger. For the live-coaching front ends to call."""
        owner = await self.cases.owner_of(thread)
        line = mask_text(line, [owner.contact] if owner and owner.contact else [])
        at = time.time() if now is None else now
        entry = await self.said.add(
            SaidEntry(thread=thread, kind="live_line", at=at, by=by, text=line,
                      sent="as_written", sent_at=at)
        )  # fmt: skip
        await self.said_changed(thread)
        queued = await self.queue.get(thread)
        hours = queued.next_update_hours if queued else DEFAULT_UPDATE_HOURS
        return await self.promises_said(
            thread, line, "live_line", entry.id, owner.key if owner else by, hours, at
        )

    async def confirm_said(
        self, thread: str, entry_id: str, version: Sent, by: str | None, now: float | None = None
    ) -> SaidConfirmed:
        """The agent says this entry reached the customer (a checked reply sent, a live line
        said): recorded, and its promises put on the ledger, the first time only."""
        entry, first = await self.said.mark_sent(thread, entry_id, version, now)
        if entry is None or not first or not entry.said:
            return SaidConfirmed(entry=entry, first=first)
        return SaidConfirmed(entry=entry, first=True, promises=await self._entry_said(entry, by))

    async def _entry_said(self, entry: SaidEntry, by: str | None) -> list[Promise]:
        """Its promises on the ledger, and the log's "what was said" brought up to date."""
        queued = await self.queue.get(entry.thread)
        hours = queued.next_update_hours if queued else DEFAULT_UPDATE_HOURS
        owner = await self.cases.owner_of(entry.thread)
        promises = await self.promises_said(
            entry.thread,
            entry.said or "",
            entry.kind,
            entry.id,
            owner.key if owner else by,
            hours,
            entry.sent_at,
        )
        await self.said_changed(entry.thread)
        return promises

    async def said_changed(self, thread: str) -> None:
        """A case already in the resolution log shows what was said since it was logged."""
        await self.log.set_said(thread, what_was_said(await self.said.for_thread(thread)))

    async def sync_promises(self, thread: str) -> None:
        summary = summarise(await self.promises.for_thread(thread))
        await self.queue.promises_changed(thread, summary.missed, summary.next_due)

    async def promise_kept(self, promise_id: str, by: str | None) -> Promise | None:
        promise = await self.promises.kept(promise_id, by)
        if promise is not None:
            await self.sync_promises(promise.thread)
        return promise

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
        await self.promises.reassign(thread, new.key)
        plan = await service.preview(thread)
        naming = []
        if plan is not None and before.name and before.name != new.name:
            naming = [s.title for s in plan.sections if before.name in s.text]
        return Reassignment(before=before, after=new, naming_before=naming)
