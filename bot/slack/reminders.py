"""Reminders in the case thread: promised updates coming due, promises to the customer
coming due or missed (bot/promises.py), and follow-ups that are due.

Not a turn: a reminder reads the queue and the case record, never the thread's state, so
it never waits behind a draft in progress.
"""

from __future__ import annotations

import logging
import math

from slack_sdk.web.async_client import AsyncWebClient

from bot.case_tracker import CaseTracker
from bot.conversation import ConversationService
from bot.slack import blocks, check_blocks
from bot.slack.mrkdwn import escape
from bot.slack.screen import Where, post_blocks

log = logging.getLogger(__name__)


class Reminders:
    def __init__(
        self,
        client: AsyncWebClient,
        service: ConversationService,
        tracker: CaseTracker,
    ) -> None:
        self.client = client
        self.service = service
        self.tracker = tracker
        self.cases = tracker.cases
        self.queue = tracker.queue
        self.followups = tracker.followups

    async def send(self, now: float, lead_seconds: float | None = None) -> int:
        """Promised updates coming due and follow-ups that are due, each posted once.

        Each carries the case buttons, so the owner can log the update or the outcome
        from the reminder itself; a follow-up also carries a check-in the owner can
        send the customer, signed with the current owner's name and direct contact.
        Each is leased to this worker while it posts and settled after (see
        `bot.storage.claims`); one whose post fails is retried once its lease lapses.
        """
        sent = 0
        for claimed in await self.queue.claim_reminders(lead_seconds, now):
            entry = claimed.item
            minutes = math.ceil((entry.next_update_due - now) / 60)
            late = "is overdue" if minutes <= 0 else f"is due in {minutes} minutes"
            text = f"{blocks.person(entry.owner_id)} the update you promised the customer {late}."
            posted = await self._post_to_case(
                entry.thread, blocks.case_controls(entry.thread, text), text
            )
            sent += posted
            if not await self.queue.reminded(claimed):
                log.warning("reminder lease on %s lapsed before it was settled", entry.thread)
        sent += await self._promises(now)
        for due in await self.followups.claim_due(now):
            item = due.item
            owner = await self.service.owner(item.thread)
            who = blocks.person(item.owner_id) if item.who == "owner" else "Team lead"
            text = f"{who}: day-{item.day} follow-up. {escape(item.context)}"
            check_in = escape(item.check_in(owner)).replace("\n", "\n>")
            content = [
                *blocks.mrkdwn(text),
                *blocks.mrkdwn(f"*Check-in you can send:*\n>{check_in}"),
                *blocks.case_controls(item.thread, "Then log it here:"),
            ]
            sent += await self._post_to_case(item.thread, content, text)
            if not await self.followups.sent(due):
                log.warning("follow-up lease on %s lapsed before it was settled", item.id)
        return sent

    async def _promises(self, now: float) -> int:
        """Each promise once before it falls due and once if it is missed; a miss is then
        counted in the queue (after the settle, so the count includes it; the queue's
        overdue boost covers the moment between)."""
        sent = 0
        for claimed in await self.tracker.promises.claim_due(now):
            promise = claimed.item
            minutes = max(1, math.ceil(((promise.due_at or now) - now) / 60))
            content, text = check_blocks.promise_reminder(promise, minutes)
            sent += await self._post_to_case(promise.thread, content, text)
            if not await self.tracker.promises.settle(claimed):
                log.warning("promise lease on %s lapsed before it was settled", promise.id)
            await self.tracker.sync_promises(promise.thread)
        return sent

    async def _post_to_case(self, thread: str, content: list[blocks.Block], text: str) -> int:
        case = await self.cases.get(thread)
        if case is None or not case.channel or not case.thread_ts:
            return 0
        where = Where(case.channel, case.thread_ts, case.owner_id, case.team)
        await post_blocks(self.client, where, content, text)
        return 1
