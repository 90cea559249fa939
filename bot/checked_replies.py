"""Checking a reply before it goes out, and recording it once it has.

The check reads the case (facts, policy decision, approvals, owner) as it stands in the
turn that holds the thread, and writes only beside the conversation: the check goes into
what was said (bot/said.py); the graph, and the section under review, never move. When
the agent says which version they sent, its promises go on the ledger.
"""

from __future__ import annotations

import logging
import time

from pydantic import BaseModel

from bot.case_tracker import CaseTracker, SaidConfirmed
from bot.conversation import ConversationService
from bot.said import SaidEntry, Sent
from graph.excerpt import excerpt
from graph.extraction import apply_defaults
from graph.pii import mask_text
from graph.policy import Policy, decide
from graph.reply_check import MAX_REPLY_CHARS, ReplyCheck, check_reply
from graph.state import decision_of, facts_of

log = logging.getLogger(__name__)


class ReplyRefused(ValueError):
    """A reply that cannot be checked; the message says what would work."""


class CheckedReply(BaseModel):
    entry: SaidEntry
    check: ReplyCheck


class ReplyChecks:
    def __init__(self, tracker: CaseTracker, policy: Policy) -> None:
        self.tracker = tracker
        self.policy = policy

    async def check(
        self, service: ConversationService, thread: str, text: str, by: str | None
    ) -> CheckedReply:
        """Call inside the thread's turn, so the case read is the one the turn holds."""
        text = text.replace("\x00", "").strip()
        if not text:
            raise ReplyRefused("Paste the reply you are about to send after `check:`.")
        if len(text) > MAX_REPLY_CHARS:
            raise ReplyRefused(
                f"That is {len(text):,} characters; a reply to a customer is shorter. "
                f"Check it in parts of up to {MAX_REPLY_CHARS:,}."
            )
        values = await service.values(thread)
        if not values:
            raise ReplyRefused("There is no case here yet to check a reply against.")
        owner = await service.owner(thread)
        text = mask_text(text, [owner.contact] if owner.contact else [])
        facts = facts_of(values)  # type: ignore[arg-type]
        decision = decision_of(values)  # type: ignore[arg-type]
        if decision is None and facts.complaint is not None:
            decision = decide(apply_defaults(facts), self.policy)
        approved = any(a.get("approved") for a in values.get("approvals") or [])
        result = check_reply(text, facts, decision, owner, approved=approved)
        entry = SaidEntry(
            thread=thread,
            kind="checked_reply",
            at=time.time(),
            by=by,
            text=text,
            corrected=result.corrected,
            flags=[f.kind for f in result.flags],
        )
        await self.tracker.said.add(entry)
        log.info(
            "reply checked thread=%s flags=%d: %s", thread, len(result.flags), excerpt(text, 40)
        )
        return CheckedReply(entry=entry, check=result)

    async def sent(
        self, thread: str, entry_id: str, version: Sent, by: str | None
    ) -> SaidConfirmed:
        """The agent sent this check's reply (corrected or as written): its promises go on
        the ledger, the first time only."""
        return await self.tracker.confirm_said(thread, entry_id, version, by)
