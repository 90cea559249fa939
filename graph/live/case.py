"""The few things about a case a live line is built from, read once from the state.

Why a view of its own: the live coach answers in milliseconds while the customer is
still on the line, so it reads the checkpoint's values once and keeps only what a line
names (who owns the case, what happened, who approves money, what was already promised)
rather than re-deriving the plan.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field

from graph.extraction import apply_defaults
from graph.models import CaseFacts, PolicyDecision
from graph.policy import Policy, decide
from graph.state import Owner, decision_of, facts_of

CALLBACK_HOURS = 2.0
"""A call-back is offered within this long, or sooner when the next update is due first."""


class LiveCase(BaseModel):
    thread: str
    facts: CaseFacts
    decision: PolicyDecision | None = None
    owner: Owner = Field(default_factory=Owner)
    approved: bool = False
    """An approver has agreed the package: its amounts may be named."""
    promised: list[str] = Field(default_factory=list)
    """Open promises already made to the customer, as they were said."""
    now: datetime

    @property
    def language(self) -> str:
        return self.facts.language.value if self.facts.language else "en"

    @property
    def customer(self) -> str:
        return self.facts.customer_name.value if self.facts.customer_name else ""

    @property
    def callback_at(self) -> datetime:
        """When a call-back is offered: on a quarter hour, as people say times."""
        hours = CALLBACK_HOURS
        if self.decision is not None:
            hours = min(hours, self.decision.next_update_hours)
        due = self.now + timedelta(hours=hours)
        at = due.replace(minute=due.minute - due.minute % 15, second=0, microsecond=0)
        return at if at >= due else at + timedelta(minutes=15)  # never sooner than promised

    @property
    def tried(self) -> str | None:
        tried = self.facts.tried.value if self.facts.tried else ""
        return None if not tried or tried.lower().startswith("nothing") else tried


def live_case(
    thread: str,
    values: dict[str, Any],
    owner: Owner,
    policy: Policy,
    now: datetime,
    promised: list[str] | None = None,
) -> LiveCase:
    """The view of `values` (one state read) a live line needs."""
    facts = facts_of(values)  # type: ignore[arg-type]
    decision = decision_of(values)  # type: ignore[arg-type]
    if decision is None and facts.complaint is not None:
        decision = decide(apply_defaults(facts), policy)
    approved = any(a.get("approved") for a in values.get("approvals") or [])
    return LiveCase(thread=thread, facts=facts, decision=decision, owner=owner,
                    approved=approved, promised=promised or [], now=now)  # fmt: skip
