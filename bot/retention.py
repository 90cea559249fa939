"""Data retention: finished cases leave every store, and the log forgets who they were about.

Why one place for it: a case lives in seven stores (checkpoints, case record, queue,
follow-ups, promises, what was said, resolution log), and retention must judge it once, by one age, and
clear all of them together. Only finished cases (a final plan in the resolution
log) are touched: an open case is work in progress, however old.

Two windows, because the data serves two purposes. The conversation and its
records exist to work the case, so they go `case_days` after its last activity.
The log entry is the team's memory for precedent and training, so it stays; only
what identifies the customer (names, quotes, notes, the plan text) goes, after
`log_identity_days`. `coach purge` runs this on demand, and every Slack worker
offers to run it once a day, claimed in Redis so only one of them does.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field
from redis.exceptions import ResponseError

from bot.case_tracker import CaseTracker
from bot.resolution_log import LogEntry
from bot.settings import Settings
from bot.storage.claims import Leases

if TYPE_CHECKING:  # the saver brings LangGraph; callers that have one pass it in
    from bot.storage.checkpointer import RedisCheckpointSaver

log = logging.getLogger(__name__)

DAY = 86_400.0
DAILY_PREFIX = "coach:{retention}:"
DAILY_CLAIM = "daily"
"""Leased for a day by the worker that runs the daily pass; the lease is the 'done today'."""


class RetentionWindows(BaseModel):
    """How long each kind of data is kept, in days; None keeps it forever."""

    case_days: float | None = Field(ge=0)
    log_identity_days: float | None = Field(ge=0)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionWindows:
        """The settings say 0 for forever (see bot.settings)."""
        return cls(
            case_days=settings.case_retention_days or None,
            log_identity_days=settings.log_identity_retention_days or None,
        )

    @classmethod
    def uniform(cls, days: float) -> RetentionWindows:
        """One window for everything: `coach purge --older-than DAYS` (0: now)."""
        return cls(case_days=days, log_identity_days=days)

    @staticmethod
    def cutoff(days: float | None, now: float) -> float | None:
        """Activity before this epoch is past retention; None when kept forever."""
        return None if days is None else now - days * DAY


_SAID = "checked reply or line said"


class CaseDisposal(BaseModel):
    """What retention removes (or, in a dry run, would remove) of one finished case."""

    thread: str
    last_activity: float
    conversation: bool = False
    case_record: bool = False
    queue_entry: bool = False
    follow_ups: int = 0
    promises: int = 0
    said: int = 0
    log_anonymised: bool = False

    def removed(self) -> list[str]:
        parts = [
            name
            for name, present in (
                ("conversation", self.conversation),
                ("case record", self.case_record),
                ("queue entry", self.queue_entry),
            )
            if present
        ]
        for count, name in ((self.follow_ups, "follow-up"), (self.promises, "promise"),
                            (self.said, _SAID)):  # fmt: skip
            if count:
                parts.append(f"{count} {name}{'s' if count > 1 and name != _SAID else ''}")
        return parts

    @property
    def anything(self) -> bool:
        return bool(self.removed()) or self.log_anonymised

    def line(self, now: float, dry_run: bool) -> str:
        """One line per case, naming the thread only: a purge report holds no customer text."""
        age = max(0, int((now - self.last_activity) // DAY))
        actions = []
        if removed := self.removed():
            actions.append(f"{'would remove' if dry_run else 'removed'} {', '.join(removed)}")
        if self.log_anonymised:
            actions.append(f"log entry {'would be ' if dry_run else ''}anonymised")
        return f"{self.thread}  last active {age} days ago: {'; '.join(actions)}"


def summary(disposals: list[CaseDisposal], dry_run: bool) -> str:
    removed = sum(1 for d in disposals if d.removed())
    anonymised = sum(1 for d in disposals if d.log_anonymised)
    verb = "Would purge" if dry_run else "Purged"
    return (
        f"{verb} {len(disposals)} finished case{'' if len(disposals) == 1 else 's'}: "
        f"{removed} removed from the stores, {anonymised} log entr"
        f"{'y' if anonymised == 1 else 'ies'} anonymised."
    )


class Retention:
    def __init__(self, tracker: CaseTracker, saver: RedisCheckpointSaver) -> None:
        self.tracker = tracker
        self.saver = saver
        self.daily = Leases(saver.client, DAILY_PREFIX, lease_seconds=DAY)

    async def apply(
        self,
        windows: RetentionWindows,
        *,
        now: float | None = None,
        dry_run: bool = False,
        thread: str | None = None,
    ) -> list[CaseDisposal]:
        """Every finished case (or just `thread`) past a window, with what was done to it.

        A case's age runs from its last activity: the plan becoming final, a later turn,
        or a change to its record, whichever is latest.
        """
        now = time.time() if now is None else now
        case_cutoff = windows.cutoff(windows.case_days, now)
        log_cutoff = windows.cutoff(windows.log_identity_days, now)
        disposals = []
        for entry in await self._finished(thread):
            last = await self._last_activity(entry)
            disposal = CaseDisposal(thread=entry.case_id, last_activity=last)
            if case_cutoff is not None and last < case_cutoff:
                disposal = await self._present(disposal)
            disposal.log_anonymised = (
                log_cutoff is not None and last < log_cutoff and entry.anonymised_at is None
            )
            if not disposal.anything:
                continue
            if not dry_run:
                await self._dispose(disposal, now)
            disposals.append(disposal)
        if disposals and not dry_run:
            await self._rewrite_append_only_file()
        return disposals

    async def apply_daily(self, windows: RetentionWindows, now: float | None = None) -> int:
        """The pass, if no worker ran it in the last day; returns how many cases it changed.

        A pass that fails gives the day back, so the next loop (on any worker) tries again.
        """
        claim = await self.daily.take(DAILY_CLAIM)
        if claim is None:
            return 0
        try:
            disposals = await self.apply(windows, now=now)
        except BaseException:
            await self.daily.release(claim)
            raise
        for disposal in disposals:
            log.info("retention: %s", disposal.line(time.time() if now is None else now, False))
        return len(disposals)

    async def _finished(self, thread: str | None) -> list[LogEntry]:
        if thread is None:
            return await self.tracker.log.entries()
        entry = await self.tracker.log.get(thread)
        return [entry] if entry is not None else []

    async def _last_activity(self, entry: LogEntry) -> float:
        record = await self.tracker.cases.get(entry.case_id)
        written = await self.saver.aupdated_at(entry.case_id)
        return max(entry.finalized_at, record.updated_at if record else 0.0, written or 0.0)

    async def _present(self, disposal: CaseDisposal) -> CaseDisposal:
        """Which stores still hold the case."""
        t = disposal.thread
        return disposal.model_copy(
            update={
                "conversation": await self.saver.aupdated_at(t) is not None,
                "case_record": await self.tracker.cases.get(t) is not None,
                "queue_entry": await self.tracker.queue.get(t) is not None,
                "follow_ups": len(await self.tracker.followups.for_thread(t)),
                "promises": len(await self.tracker.promises.for_thread(t)),
                "said": len(await self.tracker.said.for_thread(t)),
            }
        )

    async def _dispose(self, disposal: CaseDisposal, now: float) -> None:
        t = disposal.thread
        if disposal.conversation:
            await self.saver.adelete_thread(t)
        if disposal.follow_ups:
            await self.tracker.followups.remove_thread(t)
        if disposal.promises:
            await self.tracker.promises.remove_thread(t)
        if disposal.said:
            await self.tracker.said.remove_thread(t)
        if disposal.queue_entry:
            await self.tracker.queue.remove(t)
        if disposal.case_record:
            await self.tracker.cases.delete(t)
        if disposal.log_anonymised:
            await self.tracker.log.anonymise(t, now)

    async def _rewrite_append_only_file(self) -> None:
        """Ask Redis to rewrite its append-only file, which still holds what was deleted.

        Best effort: a managed Redis may forbid CONFIG or BGREWRITEAOF, and one rewrite
        may already be running; Redis then rewrites on its own schedule.
        """
        client = self.saver.client
        with contextlib.suppress(ResponseError):
            config = await client.config_get("appendonly")
            if config.get(b"appendonly", config.get("appendonly")) in (b"yes", "yes"):
                await client.bgrewriteaof()
