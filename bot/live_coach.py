"""Live coaching on a case: the customer's words in, a line to say now out, kept on record.

Every front end (Slack, the terminal) calls `LiveCoach.suggest` with what the customer
just said, and `LiveCoach.said` when the agent confirms they said the line. A suggestion
goes into what was said (bot/said.py) at once, unconfirmed; once the agent confirms it,
its promises go on the ledger (bot/promises.py, read by graph/commitments.py) and the
resolution log's "what was said" is brought up to date.

Why through `ConversationService.live_turn`: it reads the last checkpoint once under the
thread's own live lock, so a line is answered while a section is still drafting and the
section under review never moves.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from bot.case_tracker import CaseTracker, SaidConfirmed
from bot.conversation import ConversationService
from bot.promises import local
from bot.said import SaidEntry
from graph.excerpt import excerpt
from graph.live.case import live_case
from graph.live.drafter import LiveDrafter, PlaybookLiveDrafter, WordsSink
from graph.live.playbook import LiveReply
from graph.pii import mask_text
from graph.policy import Policy
from graph.state import Owner

log = logging.getLogger(__name__)
MAX_LIVE_CHARS = 2000
"""More than this is not one thing the customer just said; the coach asks for less."""


class LiveRefused(ValueError):
    """Customer words the coach cannot answer; the message says what would work."""


class LiveSuggestion(BaseModel):
    entry: SaidEntry
    reply: LiveReply


def customer_words(text: str) -> str:
    """What the customer said, cleaned; `LiveRefused` for what is not one line of speech."""
    if "\x00" in text or sum(not (c.isprintable() or c.isspace()) for c in text) > 2:
        raise LiveRefused("That looks like binary data, not what the customer said.")
    text = " ".join(text.split())
    if not text:
        raise LiveRefused("Type what the customer just said (or `end` to finish).")
    if len(text) > MAX_LIVE_CHARS:
        raise LiveRefused(
            f"That is {len(text):,} characters; relay the customer's last few sentences "
            f"(up to {MAX_LIVE_CHARS:,})."
        )
    return text


class LiveCoach:
    def __init__(
        self, tracker: CaseTracker, policy: Policy, drafter: LiveDrafter | None = None
    ) -> None:
        self.tracker = tracker
        self.policy = policy
        self.drafter = drafter or PlaybookLiveDrafter()

    async def suggest(
        self,
        service: ConversationService,
        thread: str,
        text: str,
        by: str | None,
        on_words: WordsSink | None = None,
        now: float | None = None,
    ) -> LiveSuggestion:
        """The line to say now to `text`; `LiveRefused` for bad input or no case."""
        text = customer_words(text)
        at = time.time() if now is None else now
        promised = [p.text for p in await self.tracker.promises.for_thread(thread)
                    if p.status == "open"]  # fmt: skip

        async def answer(values: dict[str, Any], owner: Owner) -> LiveReply:
            keep = [owner.contact] if owner.contact else []
            case = live_case(thread, values, owner, self.policy, self._local(at), promised)
            return await self.drafter.reply(mask_text(text, keep), case, on_words)

        reply = await service.live_turn(thread, answer)
        if reply is None:
            raise LiveRefused("There is no case here yet; start one before a live call.")
        entry = await self.tracker.said.add(
            SaidEntry(thread=thread, kind="live_line", at=at, by=by, text=reply.say,
                      customer=mask_text(text), move=reply.move)
        )  # fmt: skip
        log.info("live line thread=%s move=%s: %s", thread, reply.move, excerpt(text, 40))
        return LiveSuggestion(entry=entry, reply=reply)

    def _local(self, at: float) -> datetime:
        return local(at, self.tracker.zone)

    async def said(
        self, thread: str, entry_id: str | None, by: str | None, now: float | None = None
    ) -> SaidConfirmed:
        """The agent said this line (the last suggested one when `entry_id` is None): its
        promises go on the ledger, the first time only."""
        if entry_id is None:
            last = await self.tracker.said.last_live(thread)
            if last is None:
                return SaidConfirmed(entry=None)
            entry_id = last.id
        return await self.tracker.confirm_said(thread, entry_id, "as_written", by, now)


def live_drafter_for(drafter: object) -> LiveDrafter:
    """Claude's fast model when the plan is drafted by Claude, the playbook otherwise.

    A Claude drafter exists only once its module is imported, so an offline bot never
    imports the Anthropic SDK here (two seconds of every `coach slack` start)."""
    claude = sys.modules.get("graph.drafting.claude")
    if claude is not None and isinstance(drafter, claude.ClaudeDrafter):
        from graph.live.claude import ClaudeLiveDrafter

        return ClaudeLiveDrafter(drafter.client, drafter.fast)
    return PlaybookLiveDrafter()
