"""The case-facts form Claude fills in, and how its answers join the offline reading.

One place where the two shapes meet, so a new fact in `CaseFacts` is one field here
and one line of mapping. The rules that keep Claude's reading honest live here too:
a figure is kept only if the agent actually wrote it, a fact the agent corrected on
the facts card is never overwritten, and anything Claude inferred rather than read
is marked `inferred` so the card shows it as an assumption.
"""

from __future__ import annotations

import logging
import re
from typing import Literal

from pydantic import BaseModel, Field

from graph.models import (
    Amount,
    AmountRole,
    CaseFacts,
    Fact,
    Industry,
    IssueKind,
    Signal,
    ValueBasis,
)
from graph.money import DEFAULT_CURRENCY, currency_code

log = logging.getLogger(__name__)


class FormAmount(BaseModel):
    value: float
    currency: str | None = Field(None, description="ISO 4217 code, e.g. EUR")
    role: AmountRole = Field(
        description="customer_value (what they are worth to us), customer_loss (their own "
        "loss), out_of_pocket (costs our failure made them pay), fee_in_error (charges we "
        "took wrongly), demand (what they ask for), already_offered (what we offered)"
    )
    basis: ValueBasis | None = Field(None, description="for customer_value only")


class ExtractedFacts(BaseModel):
    """The form Claude fills in from the agent's message; every field optional, nothing guessed."""

    customer_name: str | None = None
    segment: Literal["b2b", "b2c"] | None = Field(None, description="business or consumer")
    industry: Industry | None = None
    language: str | None = Field(None, description="the customer's language, ISO 639-1")
    currency: str | None = Field(None, description="ISO 4217 code of the customer's money")
    annual_value: float | None = Field(None, description="yearly spend, ARR or contract per year")
    monthly_spend: float | None = None
    amounts: list[FormAmount] = Field(default_factory=list)
    value_uncertain: bool | None = Field(
        None, description="the agent mentions the value but is unsure of the figure"
    )
    tenure_years: float | None = None
    plan_tier: str | None = Field(None, description="the company's own tier or plan name")
    renewal_months: float | None = None
    past_issues: str | None = None
    tried: str | None = Field(None, description="what has already been done to resolve it")
    issue_kind: IssueKind | None = None
    impact_hours: float | None = None
    impact_amount: float | None = Field(None, description="the customer's own estimated loss")
    out_of_pocket: float | None = Field(None, description="costs our failure made them pay")
    fees_in_error: float | None = Field(None, description="fees or charges we took in error")
    already_offered: float | None = None
    offer_refused: bool | None = None
    customer_asks: str | None = Field(None, description="what the customer wants, in brief")
    demanded_amount: float | None = Field(None, description="a sum the customer demands")
    deadline: str | None = Field(None, description="a date or time the customer needs it by")
    scope: Literal["warranty", "refund_policy", "attorney_dispute"] | None = Field(
        None, description="set only when the case belongs to another process"
    )
    signals: list[Signal] = Field(
        default_factory=list,
        description="only signals the message really shows; 'make sure it never happens "
        "again' is not a repeat, 'my friend is a lawyer' is not legal",
    )
    emotional_state: str | None = None
    channel: str | None = None


_FIGURES = {
    "annual_value",
    "tenure_years",
    "renewal_months",
    "impact_hours",
    "impact_amount",
    "out_of_pocket",
    "fees_in_error",
    "already_offered",
    "demanded_amount",
}
_INFERRED = {"issue_kind", "emotional_state", "channel", "segment", "industry", "language"}
_NOT_FACTS = {"monthly_spend", "amounts", "value_uncertain", "signals", "currency"}


def _figure_in_text(value: float, text: str) -> bool:
    """True when the number (or its k/m short form) is written in the agent's text."""
    digits = re.sub(r"[,.\s]", "", text.lower())
    candidates = {f"{value:g}".replace(".", ""), f"{value:.0f}", f"{value:.2f}".replace(".", "")}
    for scale, suffix in ((1e3, "k"), (1e6, "m")):
        if value >= scale:
            candidates.add(f"{value / scale:g}{suffix}".replace(".", ""))
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 12: "twelve"}
    return any(c in digits for c in candidates) or words.get(int(value), "\0") in text.lower()


def _settable(facts: CaseFacts, name: str) -> bool:
    current = getattr(facts, name)
    return not (isinstance(current, Fact) and current.provenance == "corrected")


def to_case_facts(
    base: CaseFacts, found: ExtractedFacts, text: str, before: CaseFacts
) -> CaseFacts:
    """Claude's form merged into the offline facts.

    Claude's list of signals is the careful reading of this message, so an offline guess
    from this message it does not confirm is dropped (what the agent stated or corrected
    stays). Signals read in earlier messages (`before`) stand: Claude's reading of the
    value answer says nothing of the complaint's churn. A monthly spend becomes the
    annual value.
    """
    facts = base.model_copy(deep=True)
    data = found.model_dump(exclude_none=True)
    monthly = data.get("monthly_spend")
    if monthly is not None and "annual_value" not in data and _figure_in_text(monthly, text):
        data["annual_value"] = monthly * 12
    for name, value in data.items():
        if name in _NOT_FACTS or not _settable(facts, name):
            continue
        from_monthly = name == "annual_value" and monthly and value == monthly * 12
        if name in _FIGURES and not from_monthly and not _figure_in_text(value, text):
            log.info("dropped extracted %s: not present in the agent's text", name)
            continue
        provenance = "inferred" if name in _INFERRED else "stated"
        setattr(facts, name, Fact(value=value, provenance=provenance))
    if found.currency and _settable(facts, "currency"):
        facts.currency = Fact(value=currency_code(found.currency), provenance="inferred")
    known = {(a.value, a.role) for a in facts.amounts}
    for amount in found.amounts:
        if (amount.value, amount.role) in known or not _figure_in_text(amount.value, text):
            continue
        code = currency_code(amount.currency) if amount.currency else facts.currency_code
        facts.amounts.append(
            Amount(
                value=amount.value,
                currency=code or DEFAULT_CURRENCY,
                role=amount.role,
                basis=amount.basis,
                provenance="inferred",
            )
        )
    for name in list(facts.signals):
        new_here = name not in before.signals
        if new_here and name not in found.signals and facts.signals[name].provenance == "inferred":
            del facts.signals[name]
    for name in found.signals:
        facts.set_signal(name, Fact(value=True, provenance="inferred"))
    if found.value_uncertain and facts.annual_value is None and "value" not in facts.uncertain:
        facts.uncertain.append("value")
    return facts
