"""The conversation state of one escalation thread.

Plain JSON-able values only (pydantic models dumped to dicts), so a
checkpoint written today still loads after the models grow new fields.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from pydantic import BaseModel

from graph.models import (
    ApprovalRecord,
    CaseFacts,
    Plan,
    PolicyDecision,
    SectionDraft,
    SectionKey,
)
from graph.plan_document import assemble

Status = Literal[
    "gathering", "checking_facts", "drafting", "final_review", "awaiting_approval", "done"
]


class PendingDraft(BaseModel):
    """What the drafting node should do next for the current section."""

    mode: Literal["draft", "revise", "regenerate"] = "draft"
    instruction: str | None = None


class Owner(BaseModel):
    """The person who runs the case end to end (principle 1 and 4)."""

    name: str | None = None
    contact: str | None = None
    user_id: str | None = None

    @property
    def key(self) -> str | None:
        """How queues and logs refer to the owner: a Slack user id, or a terminal name."""
        return self.user_id or self.name


class CoachState(TypedDict, total=False):
    inbox: str
    title: str
    owner: dict[str, Any]
    facts: dict[str, Any]
    pending_field: str | None
    answer: dict[str, Any] | None
    holding_script: str | None
    decision: dict[str, Any] | None
    card_version: int
    facts_verdict: dict[str, Any] | None
    sections: dict[str, dict[str, Any]]
    current: int
    pending: dict[str, Any] | None
    notice: str | None
    screen_notices: list[str]
    open_questions: list[str]
    approvals: list[dict[str, Any]]
    plan: dict[str, Any] | None
    status: Status


def facts_of(state: CoachState) -> CaseFacts:
    return CaseFacts.model_validate(state.get("facts") or {})


def decision_of(state: CoachState) -> PolicyDecision | None:
    raw = state.get("decision")
    return PolicyDecision.model_validate(raw) if raw else None


def sections_of(state: CoachState) -> dict[SectionKey, SectionDraft]:
    return {
        SectionKey(key): SectionDraft.model_validate(raw)
        for key, raw in (state.get("sections") or {}).items()
    }


def dump_sections(sections: dict[SectionKey, SectionDraft]) -> dict[str, dict[str, Any]]:
    return {key.value: draft.model_dump(mode="json") for key, draft in sections.items()}


def plan_of(state: CoachState) -> Plan | None:
    """The plan as the state stands: final if finished, otherwise assembled from the drafts."""
    if state.get("plan"):
        return Plan.model_validate(state["plan"])
    decision = decision_of(state)
    if decision is None:
        return None
    plan = assemble(
        state.get("title") or "Escalation",
        state.get("holding_script") or "",
        sections_of(state),
        decision,
        facts_of(state),
        state.get("open_questions") or [],
    )
    plan.approvals = [ApprovalRecord.model_validate(a) for a in state.get("approvals") or []]
    return plan
