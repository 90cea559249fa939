"""One guarded turn on a case: the thread held, its state and case record read once,
and who may act decided inside the lock, against what the turn actually holds.

Checking permission before the lock lets a reassignment slip in between the check
and the act; reading the state more than once lets two checks in one turn disagree.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Literal

from bot.cases import CaseRecord, CaseStore
from bot.conversation import ConversationService, Turn, TurnResult

NOT_YOURS = "Only the case owner or a team lead can do that."
Role = Literal["owner", "approver"]
"""`owner`: the case's owner or a lead. `approver`: a configured approver."""


@dataclass(frozen=True)
class Crew:
    """Who may act besides the owner: leads on any case, approvers on a package above
    the agent's authority."""

    leads: frozenset[str]
    approvers: frozenset[str]

    def may(self, case: CaseRecord | None, user: str, role: Role = "owner") -> bool:
        if role == "approver":
            return user in self.approvers
        return case is not None and (user == case.owner_id or user in self.leads)


@dataclass(frozen=True)
class CaseTurn:
    """A turn held for `actor`, with the case record as it stood when the lock was taken."""

    turn: Turn
    case: CaseRecord | None
    actor: str
    crew: Crew

    @property
    def service(self) -> ConversationService:
        return self.turn.service

    @property
    def thread(self) -> str:
        return self.turn.thread

    @property
    def now(self) -> TurnResult | None:
        return self.turn.now

    def may(self, role: Role = "owner") -> bool:
        return self.crew.may(self.case, self.actor, role)


class CaseTurns:
    """Opens guarded turns on cases; the only way the Slack layer holds a thread."""

    def __init__(self, service: ConversationService, cases: CaseStore, crew: Crew) -> None:
        self.service = service
        self.cases = cases
        self.crew = crew

    @asynccontextmanager
    async def open(self, thread: str, actor: str) -> AsyncIterator[CaseTurn]:
        async with self.service.turn(thread) as turn:
            case = await self.cases.get(thread)
            yield CaseTurn(turn=turn, case=case, actor=actor, crew=self.crew)

    async def may(self, thread: str, actor: str, role: Role = "owner") -> bool:
        """Without the lock, for what only shows something (a modal): whatever it leads
        to is checked again inside a turn before anything changes."""
        return self.crew.may(await self.cases.get(thread), actor, role)
