"""Reminders in the case thread: promised updates coming due and follow-ups that are due.

Not a turn: a reminder reads the queue and the case record, never the thread's state, so
it never waits behind a draft in progress.
"""

from __future__ import annotations

import logging
import math

from slack_sdk.web.async_client import AsyncWebClient

from bot.cases import CaseStore
from bot.conversation import ConversationService
from bot.escalation_queue import EscalationQueue
from bot.followups import FollowUpScheduler
from bot.slack import blocks
from bot.slack.mrkdwn import escape
from bot.slack.screen import Where, post_blocks

log = logging.getLogger(__name__)


class Reminders:
    def __init__(
        self,
        client: AsyncWebClient,
        service: ConversationService,
        cases: CaseStore,
        queue: EscalationQueue,
        followups: FollowUpScheduler,
    ) -> None:
        self.client = client
        self.service = service
        self.cases = cases
        self.queue = queue
        self.followups = followups

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

    async def _post_to_case(self, thread: str, content: list[blocks.Block], text: str) -> int:
        case = await self.cases.get(thread)
        if case is None or not case.channel or not case.thread_ts:
            return 0
        where = Where(case.channel, case.thread_ts, case.owner_id, case.team)
        await post_blocks(self.client, where, content, text)
        return 1
