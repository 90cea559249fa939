"""What the graph may ask about past escalations, without knowing where they are kept.

A repeat failure for the same customer steps the response up (the goodwill a
recovery earns does not survive a second failure), and a package far above
what similar cases received is flagged before it sets a precedent.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel

from graph.models import CaseFacts, PolicyDecision


class PastCase(BaseModel):
    """One logged resolution, as much as triage needs to compare."""

    case_id: str
    customer: str
    issue_kind: str
    value_tier: str
    severity: str
    investment_level: str
    compensation_total: float
    finalized_at: float


class CaseHistory(Protocol):
    async def prior_cases(self, customer: str) -> list[PastCase]:
        """Earlier resolved escalations for this customer, newest first."""
        ...

    async def similar(self, facts: CaseFacts, decision: PolicyDecision) -> list[PastCase]:
        """Resolved cases of the same kind and value tier, newest first."""
        ...


def customer_key(name: str) -> str:
    """One spelling per customer, so 'Northwind Logistics' and 'northwind  logistics' match."""
    return " ".join(name.lower().split())


def precedent_warning(
    decision: PolicyDecision, similar: list[PastCase], factor: float
) -> str | None:
    """Say so when this package is far above what comparable customers received."""
    paid = [c.compensation_total for c in similar]
    if not paid or decision.recommended.total <= 0:
        return None
    ceiling = max(paid)
    if decision.recommended.total <= ceiling * factor and ceiling > 0:
        return None
    return (
        f"Precedent: {len(paid)} similar case{'s' if len(paid) > 1 else ''} received at most "
        f"{decision.money(ceiling)}; this package is "
        f"{decision.money(decision.recommended.total)}. "
        "Check it is justified before it becomes the new normal."
    )
