"""Policy: the only place amounts, tiers, deadlines and caps come from.

Drafters write words around these numbers; they never choose them. A support
lead tunes the product by editing a policy file, not a prompt.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from graph.models import (
    CaseFacts,
    CompensationItem,
    CompensationPackage,
    Fact,
    InvestmentLevel,
    PolicyDecision,
    RouteNote,
    Severity,
)
from graph.money import currency_code, format_money

SEVERITIES: tuple[Severity, ...] = tuple(Severity)


M = TypeVar("M", bound=BaseModel)


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the bad field."""


class ValueTier(BaseModel):
    name: str
    label: str
    min_annual_value: float = Field(ge=0)
    weight: float = Field(ge=0)


class SeverityPoints(BaseModel):
    base: dict[str, int]
    hours_at_least: list[tuple[float, int]]
    impact_share_of_annual_at_least: list[tuple[float, int]]
    repeat: int
    legal: int


class LevelRules(BaseModel):
    responder: str
    channel: str
    respond_within_hours: float = Field(gt=0)
    next_update_hours: float = Field(gt=0)
    resolution_target_hours: float = Field(gt=0)
    goodwill_share_of_annual: dict[Severity, float]
    goodwill_max: float = Field(ge=0)
    in_kind: list[str]
    alternative_in_kind: list[str]
    follow_up_days: list[int]

    @field_validator("goodwill_share_of_annual")
    @classmethod
    def _every_severity(cls, shares: dict[Severity, float]) -> dict[Severity, float]:
        missing = [s.value for s in SEVERITIES if s not in shares]
        if missing:
            raise ValueError(f"needs a share for every severity; missing {missing}")
        if any(not 0 <= share <= 1 for share in shares.values()):
            raise ValueError("shares must be between 0 and 1")
        return shares


class Approver(BaseModel):
    role: str
    cap: float = Field(ge=0)


class PriorityWeights(BaseModel):
    severity: dict[Severity, float]
    churn: dict[Literal["low", "medium", "high"], float]
    legal: float
    public: float
    repeat: float
    renewal_within_months: float
    renewal_soon: float


class Policy(BaseModel):
    currency: str = "USD"
    """ISO 4217 code the caps and thresholds are written in."""
    value_tiers: list[ValueTier]
    unknown_value_tier: str
    expected_remaining_years: dict[str, float]
    investment_matrix: dict[str, dict[Severity, InvestmentLevel]]
    churn_step_up_tiers: list[str]
    repeat_customer_step_up: bool = True
    precedent_factor: float = Field(2.0, gt=1)
    severity_points: SeverityPoints
    investment_levels: dict[InvestmentLevel, LevelRules]
    outage_credit_kinds: list[str]
    authority_caps: dict[str, float]
    default_authority: str
    approvers: list[Approver]
    priority_weights: PriorityWeights

    @field_validator("currency")
    @classmethod
    def _code(cls, currency: str) -> str:
        return currency_code(currency)

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        names = {tier.name for tier in self.value_tiers}
        if self.unknown_value_tier not in names:
            raise ValueError(f"unknown_value_tier '{self.unknown_value_tier}' is not a tier")
        for name in names:
            if name not in self.investment_matrix:
                raise ValueError(f"investment_matrix has no row for tier '{name}'")
        for level in ("premium", "standard", "basic"):
            if level not in self.investment_levels:
                raise ValueError(f"investment_levels has no entry for '{level}'")
        if self.default_authority not in self.authority_caps:
            raise ValueError(f"default_authority '{self.default_authority}' has no cap")
        if not self.approvers:
            raise ValueError("approvers must name at least one role")
        self.value_tiers.sort(key=lambda tier: tier.min_annual_value, reverse=True)
        return self


def parse_json_model(raw: str, model: type[M], origin: str, error: type[ValueError]) -> M:
    """A settings file as a model, or `error` naming the file and the first bad field.

    A deployment edits these files by hand; "field 'tiers.0.weight': must be >= 0"
    gets fixed in a minute, a pydantic traceback does not.
    """
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise error(f"{origin} is not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise error(f"{origin}: field '{where}': {first['msg']}") from exc


def read_settings_file(path: Path, what: str, error: type[ValueError]) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"cannot read {what} {path}: {exc.strerror}") from exc


def parse_policy(raw: str, origin: str) -> Policy:
    return parse_json_model(raw, Policy, origin, PolicyError)


@cache
def default_policy() -> Policy:
    raw = resources.files("graph").joinpath("policy_default.json").read_text(encoding="utf-8")
    return parse_policy(raw, "shipped default policy")


def load_policy(path: Path | None) -> Policy:
    """The shipped policy, or the file a deployment points POLICY_FILE at."""
    if path is None:
        return default_policy()
    return parse_policy(read_settings_file(path, "policy file", PolicyError), f"policy file {path}")


# --- Decision


def _tier(policy: Policy, facts: CaseFacts) -> ValueTier:
    chosen = facts.value_tier_override.value if facts.value_tier_override else None
    if tier := next((t for t in policy.value_tiers if t.name == chosen), None):
        return tier
    if facts.annual_value is None:
        return next(t for t in policy.value_tiers if t.name == policy.unknown_value_tier)
    return next(t for t in policy.value_tiers if facts.annual_value.value >= t.min_annual_value)


def _flag(fact: object) -> bool:
    return bool(getattr(fact, "value", False))


def _severity(policy: Policy, facts: CaseFacts) -> tuple[Severity, list[str]]:
    points = policy.severity_points
    kind = facts.issue_kind.value if facts.issue_kind else "other"
    score = points.base.get(kind, points.base.get("other", 1))
    reasons = [f"{kind} issue"]
    if facts.impact_hours:
        hours = facts.impact_hours.value
        bonus = max((p for threshold, p in points.hours_at_least if hours >= threshold), default=0)
        if bonus:
            score += bonus
            reasons.append(f"{hours:g} hours of impact")
    if facts.impact_amount and facts.annual_value and facts.annual_value.value > 0:
        share = facts.impact_amount.value / facts.annual_value.value
        bonus = max(
            (p for threshold, p in points.impact_share_of_annual_at_least if share >= threshold),
            default=0,
        )
        if bonus:
            score += bonus
            reasons.append(f"estimated loss is {share:.0%} of annual value")
    if facts.signal("repeat"):
        score += points.repeat
        reasons.append("repeat or pattern of failures")
    if facts.signal("legal"):
        score += points.legal
        reasons.append("legal action mentioned")
    if facts.severity_override:
        return facts.severity_override.value, ["set by the agent on the facts card", *reasons]
    index = min(max(score, 1), len(SEVERITIES)) - 1
    return SEVERITIES[index], reasons


def _churn_risk(facts: CaseFacts) -> Literal["low", "medium", "high"]:
    renewal_soon = facts.renewal_months is not None and facts.renewal_months.value <= 6
    if facts.signal("churn"):
        return "high"
    if renewal_soon or facts.signal("repeat") or facts.signal("public"):
        return "medium"
    return "low"


def _round_money(amount: float) -> float:
    step = 50 if amount >= 1000 else 5 if amount >= 20 else 1
    return float(round(amount / step) * step)


def _packages(
    policy: Policy,
    facts: CaseFacts,
    level: InvestmentLevel,
    severity: Severity,
    annual: float | None,
    currency: str,
) -> tuple[CompensationPackage, CompensationPackage]:
    rules = policy.investment_levels[level]
    cur = currency
    items: list[CompensationItem] = []
    light: list[CompensationItem] = []
    kind = facts.issue_kind.value if facts.issue_kind else "other"
    if annual and kind in policy.outage_credit_kinds and facts.impact_hours:
        days = max(1, math.ceil(facts.impact_hours.value / 24))
        credit = _round_money(annual / 365 * days)
        label = f"Service credit for the affected period ({days} day{'s' if days > 1 else ''})"
        items.append(CompensationItem(label=label, amount=credit))
        light.append(CompensationItem(label=label, amount=credit))
    share = rules.goodwill_share_of_annual[severity]
    if annual and share > 0:
        goodwill = min(_round_money(annual * share), rules.goodwill_max)
        items.append(
            CompensationItem(
                label=f"Goodwill credit on the next invoice ({format_money(goodwill, cur)})",
                amount=goodwill,
            )
        )
        half = _round_money(goodwill / 2)
        if level != "basic" and half > 0:
            light.append(
                CompensationItem(
                    label=f"Goodwill credit on the next invoice ({format_money(half, cur)})",
                    amount=half,
                )
            )
    items.extend(CompensationItem(label=text, kind="in_kind") for text in rules.in_kind)
    light.extend(CompensationItem(label=text, kind="in_kind") for text in rules.alternative_in_kind)
    if not light:
        light.append(CompensationItem(label="The fix itself, confirmed in writing", kind="in_kind"))
    return (
        CompensationPackage(name="Recommended", items=items),
        CompensationPackage(name="Lighter alternative", items=light),
    )


def _priority(
    policy: Policy, tier: ValueTier, severity: Severity, churn: str, facts: CaseFacts
) -> float:
    w = policy.priority_weights
    score = tier.weight + w.severity[severity] + w.churn[churn]  # type: ignore[index]
    score += w.legal * facts.signal("legal") + w.public * facts.signal("public")
    score += w.repeat * facts.signal("repeat")
    if facts.renewal_months is not None and facts.renewal_months.value <= w.renewal_within_months:
        score += w.renewal_soon
    return round(score, 1)


def approver_for(policy: Policy, total: float, cap: float) -> str | None:
    """The least senior role whose cap covers `total`, or None within the owner's authority."""
    if total <= cap:
        return None
    return next((a.role for a in policy.approvers if a.cap >= total), policy.approvers[-1].role)


def after_denial(decision: PolicyDecision, policy: Policy) -> PolicyDecision:
    """A denied package falls back to the lighter one; a denied lighter one keeps only the
    in-kind items, so the case always ends with something the owner can offer."""
    if decision.recommended.items == decision.alternative.items:
        kept = [i for i in decision.alternative.items if i.kind == "in_kind"]
        package = CompensationPackage(name="In-kind only (credits denied)", items=kept)
    else:
        package = decision.alternative.model_copy(update={"name": "Lighter package"})
    approver = approver_for(policy, package.total, decision.authority_cap)
    return decision.model_copy(
        update={
            "recommended": package,
            "alternative": package,
            "envelope_max": package.total,
            "approval_required": approver is not None,
            "approver": approver,
            "rationale": [*decision.rationale, "the larger package was denied by the approver"],
        }
    )


def decide(facts: CaseFacts, policy: Policy, prior_cases: int = 0) -> PolicyDecision:
    """Turn case facts into tier, severity, investment, money and deadlines.

    `prior_cases` counts this customer's earlier escalations on record: a second
    failure is treated as a repeat and, by policy, stepped up a level.
    """
    if prior_cases and not facts.signal("repeat"):
        facts = facts.model_copy(deep=True)
        facts.set_signal("repeat", Fact(value=True, evidence="earlier escalation on record"))
    tier = _tier(policy, facts)
    severity, severity_reasons = _severity(policy, facts)
    churn = _churn_risk(facts)
    levels: list[InvestmentLevel] = ["basic", "standard", "premium"]
    level = policy.investment_matrix[tier.name][severity]
    rationale = [f"{tier.label} with a {severity.value} issue starts at the {level} level"]
    if churn == "high" and tier.name in policy.churn_step_up_tiers and level != "premium":
        level = levels[levels.index(level) + 1]
        rationale.append(f"stepped up to {level}: churn risk is high on a {tier.label.lower()}")
    if prior_cases and policy.repeat_customer_step_up and level != "premium":
        level = levels[levels.index(level) + 1]
        rationale.append(
            f"stepped up to {level}: this customer has {prior_cases} earlier escalation"
            f"{'s' if prior_cases > 1 else ''} on record, and a repeat failure erodes trust faster"
        )
    rules = policy.investment_levels[level]
    annual = facts.annual_value.value if facts.annual_value else None
    currency = facts.currency_code or policy.currency
    recommended, alternative = _packages(policy, facts, level, severity, annual, currency)
    authority = facts.authority.value if facts.authority else policy.default_authority
    cap = policy.authority_caps.get(authority, policy.authority_caps[policy.default_authority])
    total = recommended.total
    approver = approver_for(policy, total, cap)
    if approver:
        rationale.append(
            f"the package ({format_money(total, currency)}) is above the agent's "
            f"{format_money(cap, currency)} authority: {approver} approves"
        )
    routes: list[RouteNote] = []
    if facts.signal("legal"):
        routes.append(
            RouteNote(
                key="legal",
                to="Legal counsel",
                why="the customer mentioned legal action. Share facts, not admissions "
                "of liability, until counsel has reviewed the wording.",
            )
        )
    if facts.signal("public"):
        routes.append(
            RouteNote(
                key="communications",
                to="Communications team",
                why="the complaint is, or may become, public.",
            )
        )
    years = policy.expected_remaining_years.get(tier.name, 1)
    return PolicyDecision(
        value_tier=tier.name,
        value_tier_label=tier.label,
        severity=severity,
        severity_reasons=severity_reasons,
        investment_level=level,
        churn_risk=churn,
        lifetime_value=round(annual * years, 2) if annual else None,
        priority_score=_priority(policy, tier, severity, churn, facts),
        responder=rules.responder,
        channel=rules.channel
        if rules.channel != "the channel the customer used" or not facts.channel
        else facts.channel.value,
        respond_within_hours=rules.respond_within_hours,
        next_update_hours=rules.next_update_hours,
        resolution_target_hours=rules.resolution_target_hours,
        recommended=recommended,
        alternative=alternative,
        envelope_max=total,
        authority_level=authority,
        authority_cap=cap,
        approval_required=approver is not None,
        approver=approver,
        follow_up_days=rules.follow_up_days,
        routes=routes,
        rationale=rationale,
        currency=currency,
        prior_cases=prior_cases,
    )
