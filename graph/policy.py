"""Policy: the only place amounts, tiers, deadlines and caps come from.

Drafters write words around these numbers; they never choose them. A support
lead tunes the product by editing a policy file, not a prompt. The file is
written in one currency; each decision is converted into the customer's, so a
euro customer is sized, capped and offered in euros.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from graph.locales import case_locale
from graph.models import (
    SIGNAL_LABELS,
    SIGNALS,
    CaseFacts,
    CompensationItem,
    CompensationPackage,
    Fact,
    InvestmentLevel,
    PolicyDecision,
    Route,
    RouteNote,
    Segment,
    Severity,
    Signal,
)
from graph.money import currency_code, format_money
from graph.understanding.money import sum_of_parts

SEVERITIES: tuple[Severity, ...] = tuple(Severity)
LEVELS: tuple[InvestmentLevel, ...] = ("basic", "standard", "premium")
SEGMENTS: tuple[Segment, ...] = ("b2b", "b2c")


M = TypeVar("M", bound=BaseModel)


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the bad field."""


class ValueTier(BaseModel):
    name: str
    label: str
    min_annual_value: float = Field(ge=0)
    weight: float = Field(ge=0)
    tier_names: list[str] = Field(default_factory=list)
    """The company's own names for customers at this tier (Platinum, Private banking),
    matched case-insensitively against the case's plan tier."""


class SegmentTiers(BaseModel):
    """Tiers for one segment: a consumer spending 5,000 a year is a top customer,
    a business spending the same is a small account."""

    unknown_value_tier: str
    tiers: list[ValueTier] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> SegmentTiers:
        if self.unknown_value_tier not in {tier.name for tier in self.tiers}:
            raise ValueError(f"unknown_value_tier '{self.unknown_value_tier}' is not a tier")
        self.tiers.sort(key=lambda tier: tier.min_annual_value, reverse=True)
        return self


class ValueBasis(BaseModel):
    """How a value that is not a yearly spend becomes one."""

    aum_annual_share: float = Field(gt=0, le=1)
    lifetime_min_years: float = Field(gt=0)
    lifetime_default_years: float = Field(gt=0)
    contract_default_years: float = Field(gt=0)


class RoundingStep(BaseModel):
    at_least: float = Field(ge=0)
    step: float = Field(gt=0)


class SeverityPoints(BaseModel):
    base: dict[str, int]
    hours_at_least: list[tuple[float, int]]
    impact_share_of_annual_at_least: list[tuple[float, int]]
    signals: dict[Signal, int]
    """Points each signal adds, whatever the issue kind: a health risk or a missed
    life event is serious even when the fault itself was small."""
    business: dict[str, int] = Field(default_factory=dict)
    """Points a business customer adds for an issue kind or a signal: an outage or lost data
    stops their operations, a payment failure hits their staff and suppliers."""
    floors: dict[Signal, Severity] = Field(default_factory=dict)
    """The least severity a signal allows, however small the fault: a vulnerable customer
    or a broken promise is never minor. Floors do not stack the way points do, so several
    mild signals together do not make a case critical."""


class LevelRules(BaseModel):
    responder: dict[Segment, str]
    channel: str
    respond_within_hours: float = Field(gt=0)
    next_update_hours: float = Field(gt=0)
    resolution_target_hours: float = Field(gt=0)
    goodwill_share_of_annual: dict[Severity, float]
    goodwill_max: float = Field(ge=0)
    in_kind: dict[Segment, list[str]]
    alternative_in_kind: dict[Segment, list[str]]
    follow_up_days: list[int] = Field(min_length=1)

    @field_validator("goodwill_share_of_annual")
    @classmethod
    def _every_severity(cls, shares: dict[Severity, float]) -> dict[Severity, float]:
        missing = [s.value for s in SEVERITIES if s not in shares]
        if missing:
            raise ValueError(f"needs a share for every severity; missing {missing}")
        if any(not 0 <= share <= 1 for share in shares.values()):
            raise ValueError("shares must be between 0 and 1")
        return shares

    @field_validator("responder", "in_kind", "alternative_in_kind")
    @classmethod
    def _every_segment(cls, value: dict[Segment, object]) -> dict[Segment, object]:
        missing = [s for s in SEGMENTS if s not in value]
        if missing:
            raise ValueError(f"needs an entry for every segment; missing {missing}")
        return value


class ServiceCredit(BaseModel):
    """The failed service period, credited: a business by the day, a consumer by the
    month they paid for (a day's share of a consumer's fee is an insult, not a credit)."""

    kinds: list[str]
    hours_per_day: float = Field(gt=0)
    unit: dict[Segment, Literal["day", "month"]]


class MakeWhole(BaseModel):
    reimbursement_cap: float = Field(ge=0)
    """Documented out-of-pocket costs above this (policy currency) need an approver."""


class RefusedOffer(BaseModel):
    min_multiple: float = Field(gt=1)
    """A refused offer is followed by at least this multiple of it, within the level's cap."""


class IndustryRules(BaseModel):
    period_credit: bool
    """Whether the customer pays for a service period we can credit (a subscription,
    a plan, an account fee), rather than for a trip, a stay or an order."""
    goodwill_label: str
    in_kind: dict[InvestmentLevel, list[str]]


class RouteRule(BaseModel):
    to: str
    why: str


class Approver(BaseModel):
    role: str
    cap: float = Field(ge=0)


class PriorityWeights(BaseModel):
    severity: dict[Severity, float]
    churn: dict[Literal["low", "medium", "high"], float]
    signals: dict[Signal, float]
    renewal_within_months: float
    renewal_soon: float


class QueueTiming(BaseModel):
    """How the queue weighs a promise coming due, and when the owner is reminded."""

    overdue_boost: float = Field(ge=0)
    due_soon_boost: float = Field(ge=0)
    due_soon_hours: float = Field(gt=0)
    reminder_lead_hours: float = Field(gt=0)
    missed_promise_boost: float = Field(20.0, ge=0)
    """Added to a case's rank for each promise to the customer that fell due unkept (the
    ledger, bot/promises.py); a promise kept late stops counting."""


class FollowUpTiming(BaseModel):
    """Which check-in a follow-up carries on which day, and when it moves to a senior person."""

    fix_check_until_day: int = Field(ge=0)
    progress_until_day: int = Field(ge=0)
    owner_until_day: int = Field(ge=0)


class Policy(BaseModel):
    currency: str = "USD"
    """ISO 4217 code the caps and thresholds are written in."""
    fx_to_policy_currency: dict[str, float]
    """What one unit of each currency is worth in the policy currency."""
    rounding_steps: list[RoundingStep] = Field(min_length=1)
    default_segment: Segment
    segments: dict[Segment, SegmentTiers]
    value_basis: ValueBasis
    expected_remaining_years: dict[str, float]
    investment_matrix: dict[str, dict[Severity, InvestmentLevel]]
    churn_step_up_tiers: list[str]
    repeat_customer_step_up: bool = True
    precedent_factor: float = Field(2.0, gt=1)
    severity_points: SeverityPoints
    investment_levels: dict[InvestmentLevel, LevelRules]
    service_credit: ServiceCredit
    make_whole: MakeWhole
    refused_offer: RefusedOffer
    industries: dict[str, IndustryRules]
    authority_caps: dict[str, float]
    default_authority: str
    approvers: list[Approver]
    priority_weights: PriorityWeights
    routes: dict[Route, RouteRule]
    out_of_scope: dict[str, RouteRule]
    queue: QueueTiming
    follow_ups: FollowUpTiming

    @field_validator("currency")
    @classmethod
    def _code(cls, currency: str) -> str:
        return currency_code(currency)

    @field_validator("fx_to_policy_currency")
    @classmethod
    def _rates(cls, rates: dict[str, float]) -> dict[str, float]:
        bad = [code for code, rate in rates.items() if rate <= 0]
        if bad:
            raise ValueError(f"rates must be above 0; not {bad}")
        return {currency_code(code): rate for code, rate in rates.items()}

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        for segment in SEGMENTS:
            if segment not in self.segments:
                raise ValueError(f"segments has no entry for '{segment}'")
        for tiers in self.segments.values():
            for tier in tiers.tiers:
                if tier.name not in self.investment_matrix:
                    raise ValueError(f"investment_matrix has no row for tier '{tier.name}'")
        for level in LEVELS:
            if level not in self.investment_levels:
                raise ValueError(f"investment_levels has no entry for '{level}'")
        if "other" not in self.industries:
            raise ValueError("industries needs an 'other' entry for cases of no known industry")
        for name, rules in self.industries.items():
            missing = [level for level in LEVELS if level not in rules.in_kind]
            if missing:
                raise ValueError(f"industries.{name}.in_kind is missing {missing}")
        if self.default_authority not in self.authority_caps:
            raise ValueError(f"default_authority '{self.default_authority}' has no cap")
        if not self.approvers:
            raise ValueError("approvers must name at least one role")
        return self

    def rate(self, currency: str) -> float | None:
        """One unit of `currency` in the policy currency; None for a currency the file lacks."""
        if currency == self.currency:
            return 1.0
        return self.fx_to_policy_currency.get(currency)

    def industry(self, facts: CaseFacts) -> IndustryRules:
        name = facts.industry.value if facts.industry else "other"
        return self.industries.get(name, self.industries["other"])

    def segment(self, facts: CaseFacts) -> Segment:
        return facts.segment.value if facts.segment else self.default_segment

    def round_money(self, amount: float) -> float:
        step = next(
            (s.step for s in self.rounding_steps if amount >= s.at_least),
            self.rounding_steps[-1].step,
        )
        return float(round(amount / step) * step)


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


def _overlay(base: dict[str, object], changes: dict[str, object], where: str = "") -> dict:
    """`changes` laid over `base`: objects merge key by key, anything else is replaced.

    A deployment's policy file then only holds what it changes, and a release that adds
    a section does not break it. A key the shipped policy does not have is refused by
    name: it is a typo or a section from an older format, and ignoring it would silently
    drop a number someone set.
    """
    merged = dict(base)
    for key, value in changes.items():
        path = f"{where}.{key}" if where else key
        if key not in base and where.split(".")[0] not in _OPEN_MAPS:
            raise PolicyError(f"field '{path}' is not a policy setting (see {_SHIPPED})")
        current = base.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merged[key] = _overlay(current, value, path)
        else:
            merged[key] = value
    return merged


_SHIPPED = "graph/policy_default.json"
_OPEN_MAPS = {"fx_to_policy_currency", "industries", "expected_remaining_years", "authority_caps"}
"""Maps a deployment may add its own keys to (a currency, an industry, an authority)."""


def load_policy(path: Path | None) -> Policy:
    """The shipped policy, with the file a deployment points POLICY_FILE at laid over it."""
    if path is None:
        return default_policy()
    origin = f"policy file {path}"
    raw = read_settings_file(path, "policy file", PolicyError)
    try:
        changes = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise PolicyError(f"{origin} is not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    if not isinstance(changes, dict):
        raise PolicyError(f"{origin}: the top level must be an object")
    try:
        merged = _overlay(default_policy().model_dump(mode="json"), changes)
    except PolicyError as exc:
        raise PolicyError(f"{origin}: {exc}") from None
    return parse_policy(json.dumps(merged), origin)


# --- Decision


class _Money:
    """The case's currency, and the policy's amounts converted into it."""

    def __init__(self, policy: Policy, facts: CaseFacts):
        self.policy = policy
        code = facts.currency_code or policy.currency
        rate = policy.rate(code)
        self.note: str | None = None
        if rate is None:
            self.note = (
                f"the customer's currency {code} has no rate in the policy file, so its "
                f"amounts are read as {policy.currency}: check them before offering anything"
            )
            code, rate = policy.currency, 1.0
        self.currency, self.rate = code, rate
        self.locale = case_locale(facts.language.value if facts.language else None, code)

    def to_policy(self, amount: float) -> float:
        return amount * self.rate

    def from_policy(self, amount: float) -> float:
        """A cap or maximum from the file, in the customer's currency and rounded to a
        figure a person would say."""
        return self.policy.round_money(amount / self.rate)

    def of(self, value: float, currency: str) -> float:
        """A stated amount in the case currency (a receipt in another currency converted)."""
        if currency == self.currency:
            return value
        return value * (self.policy.rate(currency) or self.rate) / self.rate

    def text(self, amount: float) -> str:
        return format_money(amount, self.currency, self.locale)


def _owed_sums(
    facts: CaseFacts, fact: Fact[float] | None, role: str, money: _Money
) -> list[tuple[str | None, float]]:
    """What we owe back for one role, per currency paid: None is the case's currency.

    A sum paid in another currency stays in it (a 780 $ hotel in a euro case is paid back
    as 780 $), so a receipt is never relabelled or converted behind the agent's back.
    An agent's correction, or a total with no classified sums behind it (the Claude
    path), is in the case's currency.
    """
    sums = [a for a in facts.amounts if a.role == role]
    if fact is not None and (fact.provenance == "corrected" or not sums):
        return [(None, round(fact.value, 2))] if fact.value > 0 else []
    by_currency: dict[str | None, list[float]] = {}
    for amount in sums:
        key = None if amount.currency == money.currency else amount.currency
        by_currency.setdefault(key, []).append(amount.value)
    own = by_currency.pop(None, [])
    out: list[tuple[str | None, float]] = []
    if own:
        whole = fact.value if fact is not None and not by_currency else sum_of_parts(own)
        out.append((None, round(whole, 2)))
    out += [(code, sum_of_parts(values)) for code, values in sorted(by_currency.items())]  # type: ignore[arg-type]
    return [(code, value) for code, value in out if value > 0]


def _role_total(facts: CaseFacts, fact: Fact[float] | None, role: str, money: _Money) -> float:
    """The fact the extraction settled on, else the sum of the amounts it classified."""
    if fact is not None:
        return fact.value
    return sum(money.of(a.value, a.currency) for a in facts.amounts if a.role == role)


def value_per_year(facts: CaseFacts, policy: Policy, money: _Money) -> tuple[float | None, str]:
    """The customer's value per year in the case currency, and how it was derived.

    Assets under management, lifetime spend and multi-year contracts are not a
    year's spend; the policy says how each becomes one. An agent's correction wins.
    """
    stated = facts.annual_value
    if stated is not None and stated.provenance == "corrected":
        return stated.value, ""
    values = [a for a in facts.amounts if a.role == "customer_value"]
    yearly = [a for a in values if a.basis in (None, "annual", "monthly")]
    other = [a for a in values if a.basis in ("aum", "lifetime", "contract")]
    if other and not yearly:
        amount = max(other, key=lambda a: money.of(a.value, a.currency))
        value = money.of(amount.value, amount.currency)
        basis = policy.value_basis
        if amount.basis == "aum":
            per_year = value * basis.aum_annual_share
            how = f"{basis.aum_annual_share:.1%} of {money.text(value)} under management"
        elif amount.basis == "lifetime":
            years = facts.tenure_years.value if facts.tenure_years else None
            # a first-time customer (tenure 0) spent it all this year, not over the default
            years = basis.lifetime_default_years if years is None else years
            years = max(years, basis.lifetime_min_years)
            per_year = value / years
            how = f"{money.text(value)} spent over {years:g} years"
        else:
            per_year = value / basis.contract_default_years
            how = f"a {money.text(value)} contract over {basis.contract_default_years:g} years"
        per_year = round(per_year, 2)
        return per_year, f"value per year {money.text(per_year)}: {how}"
    if stated is not None:
        return stated.value, ""
    if yearly:
        amount = yearly[0]
        value = money.of(amount.value, amount.currency) * (12 if amount.basis == "monthly" else 1)
        return round(value, 2), ""
    return None, ""


def _named_tier(tiers: SegmentTiers, facts: CaseFacts) -> ValueTier | None:
    """The tier the company's own name for the customer's status maps to, if any."""
    if facts.plan_tier is None:
        return None
    name = facts.plan_tier.value.lower()
    for tier in tiers.tiers:
        if any(re.search(rf"\b{re.escape(n.lower())}\b", name) for n in tier.tier_names):
            return tier
    return None


def _tier(
    policy: Policy, facts: CaseFacts, segment: Segment, annual_in_policy: float | None
) -> tuple[ValueTier, str]:
    tiers = policy.segments[segment]
    chosen = facts.value_tier_override.value if facts.value_tier_override else None
    if picked := next((t for t in tiers.tiers if t.name == chosen), None):
        return picked, "tier set by the agent on the facts card"
    by_value = (
        next((t for t in tiers.tiers if annual_in_policy >= t.min_annual_value), tiers.tiers[-1])
        if annual_in_policy is not None
        else None
    )
    named = _named_tier(tiers, facts)
    if named and (by_value is None or named.min_annual_value > by_value.min_annual_value):
        note = f"their '{facts.plan_tier.value}' status counts as a {named.label.lower()}"  # type: ignore[union-attr]
        return named, note
    if by_value is not None:
        return by_value, ""
    return next(t for t in tiers.tiers if t.name == tiers.unknown_value_tier), ""


def _severity(policy: Policy, facts: CaseFacts, annual: float | None) -> tuple[Severity, list[str]]:
    """Points from the issue kind, its duration and cost, and the signals: facts only,
    never a word of the complaint, so a corrected fact moves severity and nothing else does."""
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
    if facts.impact_amount and annual:
        share = facts.impact_amount.value / annual
        bonus = max(
            (p for threshold, p in points.impact_share_of_annual_at_least if share >= threshold),
            default=0,
        )
        if bonus:
            score += bonus
            reasons.append(f"estimated loss is {share:.0%} of annual value")
    for signal, bonus in points.signals.items():
        if bonus and facts.signal(signal):
            score += bonus
            reasons.append(SIGNAL_LABELS[signal].lower())
    if policy.segment(facts) == "b2b":
        extra = points.business.get(kind, 0) + sum(
            bonus
            for name, bonus in points.business.items()
            if name in SIGNALS and facts.signal(name)  # type: ignore[arg-type]
        )
        if extra:
            score += extra
            reasons.append("a business's operations are hit")
    if facts.severity_override:
        return facts.severity_override.value, ["set by the agent on the facts card", *reasons]
    index = min(max(score, 1), len(SEVERITIES)) - 1
    for signal, floor in points.floors.items():
        if facts.signal(signal) and SEVERITIES.index(floor) > index:
            index = SEVERITIES.index(floor)
            reasons.append(f"{SIGNAL_LABELS[signal].lower()} makes it at least {floor.value}")
    return SEVERITIES[index], reasons


def _churn_risk(policy: Policy, facts: CaseFacts) -> Literal["low", "medium", "high"]:
    soon = policy.priority_weights.renewal_within_months
    renewal_soon = facts.renewal_months is not None and facts.renewal_months.value <= soon
    if facts.signal("churn"):
        return "high"
    if renewal_soon or facts.signal("repeat") or facts.signal("public"):
        return "medium"
    return "low"


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}{'s' if n != 1 else ''}"


def _period_credit(
    policy: Policy, facts: CaseFacts, segment: Segment, annual: float | None
) -> CompensationItem | None:
    """The service period that failed, credited: days of a business's contract, or the
    month a consumer paid for. Only where the customer pays for a period at all."""
    rule = policy.service_credit
    kind = facts.issue_kind.value if facts.issue_kind else "other"
    if not (annual and facts.impact_hours and kind in rule.kinds):
        return None
    if not policy.industry(facts).period_credit:
        return None
    hours = facts.impact_hours.value
    if rule.unit[segment] == "day":
        days = max(1, math.ceil(hours / rule.hours_per_day))
        label = f"Service credit for the affected period ({_plural(days, 'day')})"
        amount = policy.round_money(annual / 365 * days)
        return CompensationItem(label=label, amount=amount, owed=True)
    months = max(1, math.ceil(hours / (rule.hours_per_day * 365 / 12)))
    label = f"Credit for the failed service period ({_plural(months, 'month')} of their plan)"
    return CompensationItem(label=label, amount=round(annual / 12 * months, 2), owed=True)


class _Packages(BaseModel):
    recommended: CompensationPackage
    alternative: CompensationPackage
    over_reimbursement_cap: bool
    notes: list[str]


def _packages(
    policy: Policy,
    facts: CaseFacts,
    level: InvestmentLevel,
    severity: Severity,
    annual: float | None,
    money: _Money,
) -> _Packages:
    """Make whole first (at every level, sized by what happened), then goodwill sized by
    value and severity, then the in-kind gestures apt for the industry."""
    rules = policy.investment_levels[level]
    segment = policy.segment(facts)
    industry = policy.industry(facts)
    notes: list[str] = []
    owed: list[CompensationItem] = []
    for currency, fees in _owed_sums(facts, facts.fees_in_error, "fee_in_error", money):
        owed.append(
            CompensationItem(
                label="Refund in full of what we charged in error", amount=fees,
                currency=currency, kind="refund", owed=True,
            )
        )  # fmt: skip
    rec, alt = list(owed), list(owed)
    costs_by_currency = _owed_sums(facts, facts.out_of_pocket, "out_of_pocket", money)
    cap = money.from_policy(policy.make_whole.reimbursement_cap)
    # the limit is checked on everything converted, but each receipt is paid as spent
    convertible = [(c, v) for c, v in costs_by_currency if not c or policy.rate(c)]
    over_cap = sum(money.of(v, c or money.currency) for c, v in convertible) > cap
    label = "Reimbursement of the documented costs our failure caused"
    room = cap
    for currency, spent in costs_by_currency:
        paid = CompensationItem(
            label=label if not currency else f"{label}, paid in {currency} as spent",
            amount=spent, currency=currency, kind="reimbursement", owed=True,
        )  # fmt: skip
        rec.append(paid)
        in_case = money.of(spent, currency or money.currency)
        if not over_cap or (currency and not policy.rate(currency)):
            alt.append(paid)
            continue
        allowed = min(in_case, room)
        room -= allowed
        alt.append(
            paid.model_copy(
                update={"label": f"{paid.label}, within the {money.text(cap)} policy limit",
                        "amount": round(spent * allowed / in_case, 2)}
            )
        )  # fmt: skip
    if over_cap:
        spent_text = " and ".join(
            format_money(v, c or money.currency, money.locale) for c, v in costs_by_currency
        )
        notes.append(
            f"documented costs ({spent_text}) are above the {money.text(cap)} "
            "reimbursement limit, so the full reimbursement needs approval"
        )
    for item in rec:
        if item.currency and item.amount:
            spent_text = format_money(item.amount, item.currency, money.locale)
            notes.append(
                f"{spent_text} was paid in {item.currency}: it is paid back in {item.currency} "
                f"as spent and is not part of the package total in {money.currency}"
            )
    if credit := _period_credit(policy, facts, segment, annual):
        rec.append(credit)
        alt.append(credit)
    goodwill_max = money.from_policy(rules.goodwill_max)
    share = rules.goodwill_share_of_annual[severity]
    goodwill = min(policy.round_money(annual * share), goodwill_max) if annual else 0.0
    lighter = policy.round_money(goodwill / 2) if level != "basic" else 0.0
    if facts.offer_refused and facts.offer_refused.value:
        offered = _role_total(facts, facts.already_offered, "already_offered", money)
        floor = policy.round_money(offered * policy.refused_offer.min_multiple)
        if offered and floor <= goodwill_max:
            goodwill, lighter = max(goodwill, floor), max(lighter, floor)
            notes.append(
                f"an earlier {money.text(offered)} offer was refused as too small: neither "
                f"package offers less than {money.text(floor)}"
            )
        else:
            if offered and goodwill_max > offered:
                goodwill = lighter = goodwill_max
            notes.append(
                "an earlier offer was refused: policy cannot go far enough above it in money, "
                "so the packages differ in kind"
            )
    for items, amount in ((rec, goodwill), (alt, lighter)):
        if amount > 0:
            items.append(CompensationItem(label=industry.goodwill_label, amount=amount))
    lower = LEVELS[LEVELS.index(level) - 1] if level != "basic" else None
    rec += [CompensationItem(label=t, kind="in_kind") for t in industry.in_kind[level]]
    rec += [CompensationItem(label=t, kind="in_kind") for t in rules.in_kind[segment]]
    if lower:
        alt += [CompensationItem(label=t, kind="in_kind") for t in industry.in_kind[lower]]
    alt += [CompensationItem(label=t, kind="in_kind") for t in rules.alternative_in_kind[segment]]
    if not alt:
        alt.append(CompensationItem(label="The fix itself, confirmed in writing", kind="in_kind"))
    return _Packages(
        recommended=CompensationPackage(name="Recommended", items=rec),
        alternative=CompensationPackage(name="Lighter alternative", items=alt),
        over_reimbursement_cap=over_cap,
        notes=notes,
    )


def _priority(
    policy: Policy, tier: ValueTier, severity: Severity, churn: str, facts: CaseFacts
) -> float:
    w = policy.priority_weights
    score = tier.weight + w.severity[severity] + w.churn[churn]  # type: ignore[index]
    score += sum(weight for signal, weight in w.signals.items() if facts.signal(signal))
    if facts.renewal_months is not None and facts.renewal_months.value <= w.renewal_within_months:
        score += w.renewal_soon
    return round(score, 1)


def _routes(policy: Policy, facts: CaseFacts) -> tuple[list[RouteNote], list[str]]:
    """Where parts of the case must go: each signal's owner, and the process that owns a
    case this coach should not decide (warranty, refund policy, a dispute counsel leads)."""
    routes: list[RouteNote] = []
    notes: list[str] = []
    signal_of: dict[Route, Signal] = {
        "legal": "legal", "regulator": "regulator", "privacy": "privacy", "safety": "safety",
        "communications": "public",
    }  # fmt: skip
    for key, signal in signal_of.items():
        if facts.signal(signal) and (rule := policy.routes.get(key)):
            routes.append(RouteNote(key=key, to=rule.to, why=rule.why))
    if facts.scope:
        if rule := policy.out_of_scope.get(facts.scope.value):
            routes.append(RouteNote(key="out_of_scope", to=rule.to, why=rule.why))
        else:
            notes.append(f"scope '{facts.scope.value}' has no route in the policy file")
    return routes, notes


def approver_for(policy: Policy, total: float, cap: float, currency: str) -> str | None:
    """The least senior role whose cap covers `total`, or None within the owner's authority.

    `total` and `cap` are in `currency`; approvers' caps are in the policy's.
    """
    if total <= cap:
        return None
    in_policy = total * (policy.rate(currency) or 1.0)
    return next((a.role for a in policy.approvers if a.cap >= in_policy), policy.approvers[-1].role)


def after_denial(decision: PolicyDecision, policy: Policy) -> PolicyDecision:
    """A denied package falls back to the lighter one; a denied lighter one keeps what is
    owed (refunds, reimbursement within the limit) and the in-kind items, so the case
    always ends with something the owner can offer."""
    if decision.recommended.items == decision.alternative.items:
        kept = [i for i in decision.alternative.items if i.owed or i.kind == "in_kind"]
        package = CompensationPackage(name="Owed and in-kind only (credits denied)", items=kept)
    else:
        package = decision.alternative.model_copy(update={"name": "Lighter package"})
    approver = approver_for(policy, package.total, decision.authority_cap, decision.currency)
    return decision.model_copy(
        update={
            "recommended": package,
            "alternative": package,
            "envelope_max": package.total,
            "approval_required": approver is not None,
            "approver": approver,
            "demand": "declined" if decision.demand != "none" else "none",
            "rationale": [*decision.rationale, "the larger package was denied by the approver"],
        }
    )


def _step_up(level: InvestmentLevel) -> InvestmentLevel:
    return LEVELS[min(LEVELS.index(level) + 1, len(LEVELS) - 1)]


def decide(facts: CaseFacts, policy: Policy, prior_cases: int = 0) -> PolicyDecision:
    """Turn case facts into tier, severity, investment, money and deadlines.

    `prior_cases` counts this customer's earlier escalations on record: a second
    failure is treated as a repeat and, by policy, stepped up a level.
    """
    if prior_cases and not facts.signal("repeat"):
        facts = facts.model_copy(deep=True)
        facts.set_signal("repeat", Fact(value=True, evidence="earlier escalation on record"))
    money = _Money(policy, facts)
    segment = policy.segment(facts)
    annual, derived = value_per_year(facts, policy, money)
    in_policy = money.to_policy(annual) if annual is not None else None
    tier, named = _tier(policy, facts, segment, in_policy)
    severity, severity_reasons = _severity(policy, facts, annual)
    churn = _churn_risk(policy, facts)
    level = policy.investment_matrix[tier.name][severity]
    rationale = [note for note in (money.note, derived, named) if note]
    rationale.append(f"{tier.label} with a {severity.value} issue starts at the {level} level")
    if churn == "high" and tier.name in policy.churn_step_up_tiers and level != "premium":
        level = _step_up(level)
        rationale.append(f"stepped up to {level}: churn risk is high on a {tier.label.lower()}")
    if prior_cases and policy.repeat_customer_step_up and level != "premium":
        level = _step_up(level)
        rationale.append(
            f"stepped up to {level}: this customer has {prior_cases} earlier escalation"
            f"{'s' if prior_cases > 1 else ''} on record, and a repeat failure erodes trust faster"
        )
    rules = policy.investment_levels[level]
    packages = _packages(policy, facts, level, severity, annual, money)
    rationale += packages.notes
    recommended, alternative = packages.recommended, packages.alternative
    authority = facts.authority.value if facts.authority else policy.default_authority
    cap = money.from_policy(
        policy.authority_caps.get(authority, policy.authority_caps[policy.default_authority])
    )
    total = recommended.total
    approver = approver_for(policy, total, cap, money.currency)
    if approver:
        rationale.append(
            f"the package ({money.text(total)}) is above the agent's "
            f"{money.text(cap)} authority: {approver} approves"
        )
    elif packages.over_reimbursement_cap:
        approver = approver_for(policy, total, 0, money.currency)
    demanded = _role_total(facts, facts.demanded_amount, "demand", money)
    demand: Literal["none", "met", "declined"] = "none"
    if demanded > 0:
        demand = "met" if demanded <= total else "declined"
        rationale.append(
            "what the customer asked for is within the package, so it can be met"
            if demand == "met"
            else "the customer's demand is out of proportion to what happened: decline it "
            "respectfully and offer what policy allows"
        )
    routes, route_notes = _routes(policy, facts)
    rationale += route_notes
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
        responder=rules.responder[segment],
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
        currency=money.currency,
        locale=money.locale,
        demand=demand,
        offer_refused=bool(facts.offer_refused and facts.offer_refused.value),
        prior_cases=prior_cases,
    )
