"""The facts card: what the coach understood, shown before anything is drafted, and the
agent's corrections applied to the case facts.

A wrong value or segment would size every section, the queue and any approval
wrongly; one look at the card, and one correction, is cheaper than seven revisions.
"""

from __future__ import annotations

from graph.models import (
    CaseFacts,
    Fact,
    FactCorrection,
    FactsCard,
    PolicyDecision,
    Segment,
    TierOption,
)
from graph.policy import Policy
from graph.speech import greeting

CORRECTED_EVIDENCE = "by the agent on the facts card"


class CorrectionError(ValueError):
    """A correction the policy cannot use (an unknown tier); the message says what can be."""


def facts_card(
    facts: CaseFacts,
    decision: PolicyDecision,
    policy: Policy,
    version: int,
    notice: str | None = None,
) -> FactsCard:
    cur = decision.currency
    if facts.value_tier_override:
        tier = facts.value_tier_override
    elif facts.annual_value is not None:
        value = decision.money(facts.annual_value.value)
        tier = Fact(
            value=decision.value_tier, provenance="inferred", evidence=f"from {value} a year"
        )
    else:
        tier = Fact(value=decision.value_tier, provenance="default", evidence="value not given")
    severity = facts.severity_override or Fact(
        value=decision.severity,
        provenance="inferred",
        evidence="; ".join(decision.severity_reasons),
    )
    currency = facts.currency or Fact(
        value=cur, provenance="default", evidence="the policy's currency"
    )
    return FactsCard(
        version=version,
        locale=decision.locale,
        language=facts.language,
        agent_language=facts.agent_language,
        address=facts.address,
        greeting=greeting(facts),
        customer_name=facts.customer_name,
        segment=facts.segment,
        industry=facts.industry,
        annual_value=facts.annual_value,
        value_unknown=facts.value_unknown,
        currency=currency,
        tenure_years=facts.tenure_years,
        plan_tier=facts.plan_tier,
        value_tier=tier,
        value_tier_label=decision.value_tier_label,
        tier_options=[
            TierOption(name=t.name, label=t.label)
            for t in policy.segments[policy.segment(facts)].tiers
        ],
        issue_kind=facts.issue_kind,
        severity=severity,
        signals=facts.signals,
        routes=decision.routes,
        tried=facts.tried,
        deadline=facts.deadline,
        investment_level=decision.investment_level,
        package=decision.recommended,
        approver=decision.approver,
        notice=notice,
    )


def _policy_tier(policy: Policy, segment: Segment, typed: str) -> str:
    """A tier of this customer's segment: consumers and businesses have their own."""
    tiers = policy.segments[segment].tiers
    wanted = typed.strip().lower()
    for tier in tiers:
        if wanted in (tier.name.lower(), tier.label.lower()):
            return tier.name
    names = ", ".join(t.name for t in tiers)
    raise CorrectionError(f"'{typed}' is not a policy tier; the tiers are: {names}.")


def apply_correction(
    facts: CaseFacts, correction: FactCorrection, decision: PolicyDecision, policy: Policy
) -> tuple[CaseFacts, list[str]]:
    """The facts with the correction applied, and what changed, in words.

    A field set to what it already is changes nothing, so submitting a whole form
    marks only the fields the agent actually changed as corrected.
    """
    facts = facts.model_copy(deep=True)
    changed: list[str] = []

    def put(name: str, label: str, value: object, current: object) -> None:
        if value is None or value == current:
            return
        setattr(facts, name, Fact(value=value, provenance="corrected", evidence=CORRECTED_EVIDENCE))
        changed.append(label)

    def now(name: str) -> object:
        fact = getattr(facts, name)
        return fact.value if fact is not None else None

    c = correction
    if c.policy_tier is not None:
        segment = c.segment or policy.segment(facts)
        tier = _policy_tier(policy, segment, c.policy_tier)
        put("value_tier_override", "policy tier", tier, decision.value_tier)
    put("customer_name", "customer", c.customer_name, now("customer_name"))
    put("segment", "segment", c.segment, now("segment"))
    put("industry", "industry", c.industry, now("industry"))
    put("currency", "currency", c.currency, decision.currency)
    put("annual_value", "value per year", c.value_per_year, now("annual_value"))
    if c.value_per_year is not None:
        facts.value_unknown = False
        facts.uncertain = [key for key in facts.uncertain if key != "value"]
    put("tenure_years", "tenure", c.tenure_years, now("tenure_years"))
    put("plan_tier", "their tier", c.plan_tier, now("plan_tier"))
    put("issue_kind", "kind of issue", c.issue_kind, now("issue_kind"))
    put("severity_override", "severity", c.severity, decision.severity)
    put("tried", "already tried", c.tried, now("tried"))
    put("deadline", "deadline", c.deadline, now("deadline"))
    put("language", "customer's language", c.language, now("language"))
    put("agent_language", "your language", c.agent_language, now("agent_language"))
    put("address", "how to greet them", c.address, now("address"))
    for name, on in c.signals.items():
        if facts.signal(name) != on:
            fact = Fact(value=on, provenance="corrected", evidence=CORRECTED_EVIDENCE)
            facts.signals[name] = fact  # the agent's word replaces even an earlier correction
            changed.append(f"{name.replace('_', ' ')} {'on' if on else 'off'}")
    return facts, changed


def triage_change(before: PolicyDecision, after: PolicyDecision) -> str:
    """How a correction moved the triage, so the agent sees the effect at once."""

    def summary(d: PolicyDecision) -> str:
        return f"{d.investment_level}, {d.recommended.total_text(d.currency, d.locale)}"

    if summary(before) == summary(after):
        return f"Triage unchanged: {summary(after)}."
    return f"Triage now {summary(after)} (was {summary(before)})."
