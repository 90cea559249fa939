"""What every part of the Slack layer shares: the client, the service and the case
stores, who may act, and the one way to hold a case's thread.

One object, built once per worker, so intake, case work, approvals and case admin
cannot drift apart on who counts as a lead or how a refusal is worded.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.case_tracker import CaseTracker
from bot.cases import CaseStore
from bot.conversation import ConversationService
from bot.slack import blocks
from bot.slack.mrkdwn import escape
from bot.slack.screen import DraftStream, Where, post_blocks
from bot.slack.turns import CaseTurn, CaseTurns, Crew
from bot.storage.coordination import LockNotAcquired
from bot.stores import REDIS_DOWN, RedisUnavailable
from graph.models import ApproveRemedy
from graph.state import Owner

log = logging.getLogger(__name__)

STORAGE_ERRORS: tuple[type[Exception], ...] = (*REDIS_DOWN, RedisUnavailable)
"""An expected outage, answered with STORAGE_DOWN and one warning line, not a traceback."""
STORAGE_DOWN = "I can't reach storage right now; nothing was lost — try again in a moment."
BUSY = "I'm still on the previous step of this case; send that again in a moment."
FAILED = "Something went wrong on my side. Nothing was lost; press Retry."


class TurnNotOpened(Exception):
    """The thread's turn could not start, and the agent has already been told why."""


@dataclass
class SlackDesk:
    """The shared context of one Slack worker."""

    client: AsyncWebClient
    service: ConversationService
    tracker: CaseTracker
    crew: Crew
    reconnect: Callable[[], Awaitable[None]] | None = None
    """Brings storage back when it can (the embedded server); see `storage_down`."""
    turns: CaseTurns = field(init=False)

    def __post_init__(self) -> None:
        self.turns = CaseTurns(self.service, self.tracker.cases, self.crew)

    @property
    def cases(self) -> CaseStore:
        return self.tracker.cases

    async def refuse(self, where: Where, text: str) -> None:
        """An ephemeral to the person who acted; `text` is mrkdwn, its dynamic parts escaped.

        Slack refuses an ephemeral to someone it does not count as in the channel (a guest,
        someone who has left, a shared channel's other side): then the answer goes in the
        thread, addressed to them. Raised, it would read as a failure of the turn and send
        the agent to a Retry that cannot help."""
        try:
            await self.client.chat_postEphemeral(
                channel=where.channel, thread_ts=where.thread_ts, user=where.user, text=text
            )
        except SlackApiError as exc:
            log.warning(
                "ephemeral refused (%s); answering in the thread", exc.response.get("error")
            )
            await self.client.chat_postMessage(
                channel=where.channel, thread_ts=where.thread_ts, text=f"<@{where.user}> {text}"
            )

    async def post(
        self,
        where: Where,
        content: list[blocks.Block],
        text: str,
        part: tuple[str, str] | None = None,
    ) -> None:
        """Post in the case thread; `part` marks a step's post (see `post_blocks`)."""
        await post_blocks(self.client, where, content, text, part)

    def stream(self, where: Where) -> DraftStream:
        return DraftStream(self.client, where, self.cases)

    async def owner(self, user: str) -> Owner:
        """Name from the roster or the Slack profile; a direct contact only from the roster,
        since a Slack mention means nothing to a customer."""
        name = None
        try:
            info = await self.client.users_info(user=user)
            profile = info["user"].get("profile", {})
            name = profile.get("real_name") or profile.get("display_name") or info["user"]["name"]
        except (SlackApiError, KeyError, TypeError):
            log.debug("no profile for %s", user)
        return self.tracker.roster.owner(user, name)

    def approver_mentions(self, prompt: ApproveRemedy) -> str:
        """The configured approvers as mentions (built by us from their ids), else the role."""
        mentions = " ".join(f"<@{u}>" for u in sorted(self.crew.approvers))
        return mentions or escape(prompt.approver_role)

    # --- the guard

    @asynccontextmanager
    async def guarded(self, where: Where) -> AsyncIterator[None]:
        """Whatever goes wrong after the ack, the agent hears about it in the thread.

        Bolt would only log it, and the agent would wait for a reply that never
        comes. The graph's last checkpoint is intact, so Retry picks up from there.
        """
        try:
            yield
        except LockNotAcquired:
            await self.refuse(where, BUSY)
        except STORAGE_ERRORS as exc:
            await self.storage_down(where, exc)
        except Exception:
            log.exception("turn failed on %s", where.thread)
            with contextlib.suppress(SlackApiError):
                await self.post(where, blocks.error(FAILED, where.thread), FAILED)

    @asynccontextmanager
    async def turn(self, where: Where, thread: str | None = None) -> AsyncIterator[CaseTurn]:
        """The one guarded turn: failures answered in the thread, the thread held, its
        state and case record read once, and who may act decided on what it holds.

        `thread` is the case a button names (it may differ from where it was pressed).
        When the turn cannot even open (the thread is busy, storage is down), the guard has
        answered and `TurnNotOpened` ends the caller: there is no turn for its body."""
        opened = False
        async with self.guarded(where), self.turns.open(thread or where.thread, where.user) as held:
            opened = True
            yield held
        if not opened:
            raise TurnNotOpened(where.thread)

    async def storage_down(self, where: Where | None, exc: Exception) -> None:
        """Redis is gone: the last checkpoint stands, so the agent only needs to try again.

        The embedded server is restarted if it died; a shared Redis is its operator's.
        """
        log.warning("storage unreachable (%s); asked to try again", type(exc).__name__)
        if self.reconnect is not None:
            try:
                await self.reconnect()
            except Exception as failed:  # the warning above already says storage is down
                log.warning("storage not restarted: %s", failed)
        if where is not None:
            with contextlib.suppress(SlackApiError):
                await self.refuse(where, STORAGE_DOWN)
