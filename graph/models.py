"""Typed data that crosses module boundaries.

State is stored as plain dicts (so checkpoints survive upgrades and any
checkpointer can hold them); these models are what every boundary validates
against when it reads or writes that state.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.locales import LANGUAGES, language_name
from graph.money import currency_code, format_money, is_currency_code

T = TypeVar("T")

Provenance = Literal["stated", "inferred", "default", "corrected"]
"""`corrected` is the agent's own correction on the facts card: later extraction never
overwrites it."""
InputKey = Literal["complaint", "value", "tried"]
REQUIRED_INPUTS: tuple[InputKey, ...] = ("complaint", "value", "tried")

Segment = Literal["b2b", "b2c"]
SEGMENT_LABELS: dict[str, str] = {"b2b": "business", "b2c": "consumer"}
Industry = Literal[
    "airline",
    "banking",
    "insurance",
    "telecom",
    "saas",
    "retail",
    "hospitality",
    "healthcare",
    "utilities",
    "gaming_media",
    "education_public",
    "other",
]
INDUSTRIES: tuple[str, ...] = Industry.__args__  # type: ignore[attr-defined]
INDUSTRY_LABELS: dict[str, str] = {
    "airline": "airline",
    "banking": "banking",
    "insurance": "insurance",
    "telecom": "telecom",
    "saas": "software (SaaS)",
    "retail": "retail / e-commerce",
    "hospitality": "hospitality",
    "healthcare": "healthcare",
    "utilities": "utilities",
    "gaming_media": "gaming / media",
    "education_public": "education / public sector",
    "other": "other",
}
IssueKind = Literal[
    "outage", "data", "security", "billing", "delivery", "service", "defect", "other"
]
ISSUE_KINDS: tuple[str, ...] = IssueKind.__args__  # type: ignore[attr-defined]
Signal = Literal[
    "churn",
    "legal",
    "regulator",
    "privacy",
    "safety",
    "vulnerability",
    "public",
    "repeat",
    "broken_promise",
    "chargeback",
    "abusive",
    "life_event",
    "financial_harm",
    "deadline",
]
SIGNALS: tuple[str, ...] = Signal.__args__  # type: ignore[attr-defined]
SIGNAL_LABELS: dict[str, str] = {
    "churn": "Churn risk signalled",
    "legal": "Legal action or counsel involved",
    "regulator": "Regulator or ombudsman involved",
    "privacy": "Possible personal-data breach",
    "safety": "Health or safety risk",
    "vulnerability": "Vulnerable customer",
    "public": "Public complaint or press",
    "repeat": "Repeat or pattern of failures",
    "broken_promise": "An earlier promise was not kept",
    "chargeback": "Chargeback or card dispute threatened",
    "abusive": "Abusive contact towards staff",
    "life_event": "Tied to a life event",
    "financial_harm": "Knock-on financial harm",
    "deadline": "Customer has a deadline",
}
Route = Literal["legal", "regulator", "privacy", "safety", "communications", "out_of_scope"]
ROUTES: tuple[str, ...] = Route.__args__  # type: ignore[attr-defined]
AmountRole = Literal[
    "customer_value",
    "customer_loss",
    "out_of_pocket",
    "fee_in_error",
    "demand",
    "already_offered",
    "other",
]
AddressForm = Literal["female", "male", "name"]
"""How a script greets the customer: with a woman's or a man's title, or by name."""
ADDRESS_LABELS: dict[str, str] = {
    "female": "with a woman's title (señora, senhora, Madame, Frau)",
    "male": "with a man's title (señor, senhor, Monsieur, Herr)",
    "name": "by name",
}
ValueBasis = Literal["annual", "monthly", "lifetime", "aum", "contract"]
_OLD_SIGNAL_FIELDS = {
    "churn_signal": "churn",
    "legal_signal": "legal",
    "public_signal": "public",
    "repeat_issue": "repeat",
}


class Severity(StrEnum):
    MINOR = "minor"
    MODERATE = "moderate"
    MAJOR = "major"
    CRITICAL = "critical"


class Fact(BaseModel, Generic[T]):
    """A case fact and where it came from, so the plan can show its assumptions."""

    value: T
    provenance: Provenance = "stated"
    evidence: str = ""


class Amount(BaseModel):
    """One sum of money the agent typed, and what it is: only `customer_value` sizes the
    case, only `out_of_pocket` and `fee_in_error` are ever paid back, a `demand` is
    recorded and never offered."""

    value: float
    currency: str = Field(description="ISO 4217 code, e.g. USD, EUR, GBP, BRL")
    role: AmountRole
    basis: ValueBasis | None = Field(None, description="for customer_value only")
    evidence: str = ""
    provenance: Provenance = "stated"


class CaseFacts(BaseModel):
    """Everything known about one escalation. Numbers here are the customer's, not ours."""

    complaint: Fact[str] | None = None
    customer_name: Fact[str] | None = None
    segment: Fact[Segment] | None = None
    industry: Fact[Industry] | None = None
    language: Fact[str] | None = None
    """The customer's language (ISO 639-1): every word meant for them is written in it."""
    agent_language: Fact[str] | None = None
    """The agent's language: the coaching around the scripts is written in it."""
    address: Fact[AddressForm] | None = None
    """How the scripts greet the customer: with a title for a woman or a man (señora
    Ferrer, Herr Schuster), or by name."""
    annual_value: Fact[float] | None = None
    """Value per year in `currency`: stated yearly, monthly x 12, or derived (see amounts)."""
    currency: Fact[str] | None = None
    """ISO 4217 code of the customer's money; None until an amount says which."""
    amounts: list[Amount] = Field(default_factory=list)
    tenure_years: Fact[float] | None = None
    plan_tier: Fact[str] | None = None
    renewal_months: Fact[float] | None = None
    past_issues: Fact[str] | None = None
    tried: Fact[str] | None = None
    issue_kind: Fact[str] | None = None
    impact_hours: Fact[float] | None = None
    impact_amount: Fact[float] | None = None
    """The customer's own loss (lost sales, staff time): context for severity, never paid."""
    out_of_pocket: Fact[float] | None = None
    """Documented costs our failure caused the customer (receipts): reimbursed."""
    fees_in_error: Fact[float] | None = None
    """Fees or charges we took in error: refunded in full."""
    already_offered: Fact[float] | None = None
    offer_refused: Fact[bool] | None = None
    customer_asks: Fact[str] | None = None
    demanded_amount: Fact[float] | None = None
    deadline: Fact[str] | None = None
    scope: Fact[str] | None = None
    """Set when the case, or part of it, belongs to another process: "warranty",
    "refund_policy" or "attorney_dispute" (the policy file routes each)."""
    signals: dict[Signal, Fact[bool]] = Field(default_factory=dict)
    emotional_state: Fact[str] | None = None
    authority: Fact[str] | None = None
    time_sensitivity: Fact[str] | None = None
    channel: Fact[str] | None = None
    severity_override: Fact[Severity] | None = None
    """Severity the agent set on the facts card; policy uses it instead of its own count."""
    value_tier_override: Fact[str] | None = None
    """Policy value tier (by name) the agent set on the facts card, whatever the value says."""
    value_unknown: bool = False
    tenure_unknown: bool = False
    """Asked how long the customer has been with us, the agent did not say: an open
    question, not asked again."""
    uncertain: list[InputKey] = Field(default_factory=list)
    """Inputs the agent mentioned but was unsure of ("big account, not sure of the
    number"): asked about, never guessed."""

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: object) -> object:
        """Checkpoints written before signals became a map, or with a currency symbol."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        signals = dict(data.get("signals") or {})
        for old, new in _OLD_SIGNAL_FIELDS.items():
            if (fact := data.pop(old, None)) is not None:
                signals.setdefault(new, fact)
        data["signals"] = signals
        currency = data.get("currency")
        if isinstance(currency, str):
            data["currency"] = {"value": currency_code(currency), "provenance": "default"}
        return data

    def signal(self, name: Signal) -> bool:
        fact = self.signals.get(name)
        return bool(fact and fact.value)

    def set_signal(self, name: Signal, fact: Fact[bool]) -> None:
        """A signal the agent corrected stays as they set it."""
        current = self.signals.get(name)
        if current is None or current.provenance != "corrected":
            self.signals[name] = fact

    @property
    def currency_code(self) -> str | None:
        return self.currency.value if self.currency else None

    def has(self, key: InputKey) -> bool:
        if key == "complaint":
            return self.complaint is not None and bool(self.complaint.value.strip())
        if key == "value":
            if self.value_unknown:
                return True
            if "value" in self.uncertain:
                return False
            return self.valued and (self.tenure_years is not None or self.tenure_unknown)
        return self.tried is not None

    @property
    def valued(self) -> bool:
        """A value was read. With no tenure the value question is still asked: how long
        they have been with us sizes a one-off spend, and the agent's answer is the chance
        to correct a figure the complaint only seemed to give (a claim read as a value)."""
        return self.annual_value is not None or any(
            a.role == "customer_value" for a in self.amounts
        )

    def missing(self) -> list[InputKey]:
        return [key for key in REQUIRED_INPUTS if not self.has(key)]


InvestmentLevel = Literal["premium", "standard", "basic"]


class CompensationItem(BaseModel):
    label: str
    amount: float | None = None
    """None for an in-kind item (an upgrade, a waiver, a named contact): it has no money
    amount, and a "0,00 €" beside it reads as an insult."""
    currency: str | None = None
    """Set only when the item is paid in another currency than the case's (a receipt
    paid in dollars in a euro case): it is paid as spent, never relabelled or converted,
    and kept out of the package total."""
    kind: Literal["credit", "refund", "reimbursement", "in_kind"] = "credit"
    owed: bool = False
    """Making the customer whole (a refund, a reimbursement, the failed period credited):
    offered at every level and kept when a goodwill package is denied."""

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: object) -> object:
        """Items checkpointed before in-kind items had no amount carried a 0."""
        if isinstance(data, dict) and data.get("kind") == "in_kind" and not data.get("amount"):
            data = {**data, "amount": None}
        return data

    def amount_text(self, currency: str, locale: str = "en") -> str | None:
        """The amount as the case writes money, in the item's own currency; None in kind."""
        if self.amount is None:
            return None
        return format_money(self.amount, self.currency or currency, locale)

    def line(self, currency: str, locale: str = "en") -> str:
        """How an item reads in a list: its label, and its amount unless the label has it."""
        amount = self.amount_text(currency, locale) if self.amount else ""
        return f"{self.label}: {amount}" if amount and amount not in self.label else self.label


class RouteNote(BaseModel):
    """Where part of the case must go, and why: legal, regulator, privacy, safety,
    communications, or out of this tool's scope."""

    key: Route
    to: str
    why: str

    @property
    def text(self) -> str:
        return f"{self.to}: {self.why}"


class CompensationPackage(BaseModel):
    name: str
    items: list[CompensationItem]

    @property
    def total(self) -> float:
        """What the package costs in the case's currency; items paid in another
        currency are in `other_currencies`, never added in."""
        return round(sum(item.amount or 0 for item in self.items if not item.currency), 2)

    @property
    def other_currencies(self) -> list[CompensationItem]:
        return [item for item in self.items if item.currency and item.amount]

    def total_text(self, currency: str, locale: str = "en") -> str:
        """The total in the case's currency, and beside it what is paid in another currency:
        "45,00 € + 780,00 $ (in USD, not converted)". Two currencies are never silently
        added into one figure."""
        if not self.total and not self.other_currencies:
            return "in kind only, no money"
        parts = [format_money(self.total, currency, locale)] if self.total else []
        parts += [
            f"{item.amount_text(currency, locale)} (in {item.currency}, not converted)"
            for item in self.other_currencies
        ]
        return " + ".join(parts)


class PolicyDecision(BaseModel):
    """What policy says this case is worth. Computed, never written by a drafter."""

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: object) -> object:
        """Decisions checkpointed with a currency symbol and routes as sentences."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if isinstance(data.get("currency"), str):
            data["currency"] = currency_code(data["currency"])
        routes = []
        for route in data.get("routes") or []:
            if isinstance(route, str):
                to, _, why = route.partition(": ")
                key = "legal" if to.lower().startswith("legal") else "communications"
                route = {"key": key, "to": to, "why": why or to}
            routes.append(route)
        data["routes"] = routes
        return data

    value_tier: str
    value_tier_label: str
    severity: Severity
    severity_reasons: list[str]
    investment_level: InvestmentLevel
    churn_risk: Literal["low", "medium", "high"]
    lifetime_value: float | None
    priority_score: float
    responder: str
    channel: str
    respond_within_hours: float
    next_update_hours: float
    resolution_target_hours: float
    recommended: CompensationPackage
    alternative: CompensationPackage
    envelope_max: float
    authority_level: str
    authority_cap: float
    approval_required: bool
    approver: str | None
    follow_up_days: list[int]
    routes: list[RouteNote] = Field(default_factory=list)
    rationale: list[str] = Field(default_factory=list)
    currency: str = "USD"
    """ISO 4217 code: every amount in this decision is in the customer's currency."""
    locale: str = "en"
    """Where the case is read (graph/locales.py): how its amounts are written everywhere."""
    demand: Literal["none", "met", "declined"] = "none"
    """What becomes of a sum the customer demanded: met when the package covers it,
    declined (respectfully, never priced) when it is out of proportion."""
    offer_refused: bool = False
    """An earlier offer was refused as too small: the package is larger or different."""
    prior_cases: int = 0
    precedents: list[str] = Field(default_factory=list)

    def money(self, amount: float) -> str:
        """An amount of this case, written the way the case's locale writes money."""
        return format_money(amount, self.currency, self.locale)


class SectionKey(StrEnum):
    ANALYSIS = "analysis"
    VALUE = "value"
    RESPONSE = "response"
    REMEDIES = "remedies"
    TRUST = "trust"
    PREVENTION = "prevention"
    METRICS = "metrics"


SECTION_ORDER: tuple[SectionKey, ...] = tuple(SectionKey)
SECTION_TITLES: dict[SectionKey, str] = {
    SectionKey.ANALYSIS: "Issue Analysis",
    SectionKey.VALUE: "Customer Value Assessment",
    SectionKey.RESPONSE: "Immediate Response",
    SectionKey.REMEDIES: "Resolution Options",
    SectionKey.TRUST: "Trust Recovery",
    SectionKey.PREVENTION: "Prevention",
    SectionKey.METRICS: "Success Metrics",
}
OFFER_SECTIONS: frozenset[SectionKey] = frozenset(
    {SectionKey.RESPONSE, SectionKey.REMEDIES, SectionKey.TRUST}
)

VersionSource = Literal["drafted", "revised", "edited", "regenerated"]


class SectionVersion(BaseModel):
    number: int
    text: str
    source: VersionSource
    instruction: str | None = None


class SectionDraft(BaseModel):
    """A section with its whole history: a revision never overwrites what came before."""

    key: SectionKey
    versions: list[SectionVersion] = Field(default_factory=list)
    approved: bool = False

    @property
    def title(self) -> str:
        return SECTION_TITLES[self.key]

    @property
    def text(self) -> str:
        return self.versions[-1].text if self.versions else ""

    @property
    def version(self) -> int:
        return self.versions[-1].number if self.versions else 0

    def add(self, text: str, source: VersionSource, instruction: str | None = None) -> None:
        self.versions.append(
            SectionVersion(
                number=self.version + 1, text=text, source=source, instruction=instruction
            )
        )
        self.approved = False


class LintFinding(BaseModel):
    rule: str
    severity: Literal["error", "warning", "approval"]
    message: str
    section: SectionKey | None = None


class LintReport(BaseModel):
    findings: list[LintFinding] = Field(default_factory=list)
    word_count: int = 0

    @property
    def passed(self) -> bool:
        return not any(finding.severity == "error" for finding in self.findings)


class ApprovalVerdict(BaseModel):
    """An approver's answer. Front ends check the person may approve before resuming."""

    approved: bool
    by_id: str
    by_name: str | None = None
    note: str | None = None


class ApprovalRecord(BaseModel):
    """Who decided on the compensation, and when: kept in the plan and the resolution log."""

    approved: bool
    by_id: str
    by_name: str | None = None
    note: str | None = None
    at: float
    total: float
    package: str


class Plan(BaseModel):
    """The finished resolution strategy, as posted and as logged."""

    title: str
    markdown: str
    sections: list[SectionDraft]
    word_count: int
    holding_script: str
    assumptions: list[str]
    open_questions: list[str]
    decision: PolicyDecision
    lint: LintReport
    approvals: list[ApprovalRecord] = Field(default_factory=list)
    facts: CaseFacts | None = None

    def summary(self) -> dict[str, object]:
        """The JSON shape `coach plan --json` promises: every amount as a raw number and,
        beside it (`*_text`), as the plan writes it in the case's locale."""
        d = self.decision
        facts = self.facts or CaseFacts()
        return {
            "title": self.title,
            "markdown": self.markdown,
            "sections": [
                {"key": s.key.value, "title": s.title, "text": s.text, "version": s.version}
                for s in self.sections
            ],
            "word_count": self.word_count,
            "holding_script": self.holding_script,
            "assumptions": self.assumptions,
            "open_questions": self.open_questions,
            "investment_level": self.decision.investment_level,
            "severity": self.decision.severity.value,
            "value_tier": self.decision.value_tier,
            "compensation_total": d.recommended.total,
            "compensation_total_text": d.recommended.total_text(d.currency, d.locale),
            "compensation_items": [
                {**i.model_dump(), "amount_text": i.amount_text(d.currency, d.locale)}
                for i in d.recommended.items
            ],
            "approval_required": self.decision.approval_required,
            "approver": self.decision.approver,
            "routes": [r.model_dump() for r in self.decision.routes],
            "currency": d.currency,
            "locale": d.locale,
            "languages": {
                "customer": facts.language.value if facts.language else "en",
                "agent": facts.agent_language.value if facts.agent_language else "en",
            },
            "approvals": [
                {**a.model_dump(), "total_text": d.money(a.total)} for a in self.approvals
            ],
            "lint": {
                "passed": self.lint.passed,
                "findings": [f.model_dump(mode="json") for f in self.lint.findings],
            },
        }


# --- What the graph asks (interrupt payloads) and what it accepts back (resume values).


class AskMissing(BaseModel):
    kind: Literal["ask_missing"] = "ask_missing"
    field: InputKey
    question: str
    why: str
    notice: str | None = None


class ReviewSection(BaseModel):
    kind: Literal["review_section"] = "review_section"
    key: SectionKey
    title: str
    index: int
    total: int
    version: int
    text: str
    findings: list[LintFinding] = Field(default_factory=list)
    notice: str | None = None


class FinalReview(BaseModel):
    kind: Literal["final_review"] = "final_review"
    markdown: str
    word_count: int
    lint: LintReport
    approval_required: bool
    approver: str | None
    notice: str | None = None


class ApproveRemedy(BaseModel):
    """Compensation above the owner's authority waits here for a named approver."""

    kind: Literal["approve_remedy"] = "approve_remedy"
    approver_role: str
    package: CompensationPackage
    total: float
    authority_cap: float
    currency: str = "USD"
    locale: str = "en"
    rationale: list[str] = Field(default_factory=list)
    notice: str | None = None


class TierOption(BaseModel):
    """A policy value tier the agent may pick on the facts card."""

    name: str
    label: str


class CardRow(BaseModel):
    """One line of the facts card, worded once so every front end shows the same thing.

    `provenance` is None for what policy computes from the facts (routes)."""

    key: str
    label: str
    text: str
    provenance: Provenance | None = None
    evidence: str = ""

    quoted: bool = True
    """Evidence is the agent's own words (quoted), not a note of how it was worked out."""

    @property
    def source(self) -> str:
        """Where the value came from, e.g. `inferred: “$15/month plan”`; empty if computed."""
        if self.provenance is None:
            return ""
        evidence = " ".join(self.evidence.split())
        if len(evidence) > 80:
            evidence = evidence[:79] + "…"
        if not evidence:
            return self.provenance
        return (
            f"{self.provenance}: “{evidence}”" if self.quoted else f"{self.provenance}, {evidence}"
        )


_WORKED_OUT = {"policy_tier", "severity"}
"""Card rows whose evidence is how policy got there, not words from the case."""


def _language(code: str) -> str:
    return f"{language_name(code)} ({code})"


def _years(value: float) -> str:
    if value < 1:
        months = round(value * 12)
        return f"{months} month{'s' if months != 1 else ''}"
    return f"{value:g} year{'s' if value != 1 else ''}"


class FactsCard(BaseModel):
    """What the coach understood, and the triage it leads to, before anything is drafted.

    Typed values (for a correction form to pre-fill) with their provenance; `rows()`
    words them for display."""

    kind: Literal["facts_card"] = "facts_card"
    version: int = 1
    customer_name: Fact[str] | None = None
    segment: Fact[Segment] | None = None
    industry: Fact[Industry] | None = None
    annual_value: Fact[float] | None = None
    value_unknown: bool = False
    currency: Fact[str]
    locale: str = "en"
    language: Fact[str] | None = None
    agent_language: Fact[str] | None = None
    address: Fact[AddressForm] | None = None
    greeting: str | None = None
    """How the scripts will greet the customer ("señora Ferrer"), for the address row."""
    tenure_years: Fact[float] | None = None
    plan_tier: Fact[str] | None = None
    value_tier: Fact[str]
    value_tier_label: str
    tier_options: list[TierOption] = Field(default_factory=list)
    issue_kind: Fact[str] | None = None
    severity: Fact[Severity]
    signals: dict[Signal, Fact[bool]] = Field(default_factory=dict)
    routes: list[RouteNote] = Field(default_factory=list)
    tried: Fact[str] | None = None
    deadline: Fact[str] | None = None
    investment_level: InvestmentLevel
    package: CompensationPackage
    approver: str | None = None
    notice: str | None = None

    def rows(self) -> list[CardRow]:
        cur = self.currency.value

        def row(key: str, label: str, fact: Fact | None, text: str | None = None) -> CardRow:
            if fact is None:
                return CardRow(key=key, label=label, text=text or "not given")
            shown = text if text is not None else str(fact.value)
            quoted = fact.provenance in ("stated", "inferred") and key not in _WORKED_OUT
            return CardRow(key=key, label=label, text=shown, provenance=fact.provenance,
                           evidence=fact.evidence, quoted=quoted)  # fmt: skip

        value = self.annual_value
        value_text = f"{format_money(value.value, cur, self.locale)} a year" if value else None
        if value is None and self.value_unknown:
            value_text = "not known (policy uses its default tier)"
        rows = [
            row("customer_name", "Customer", self.customer_name),
            row("segment", "Segment", self.segment,
                SEGMENT_LABELS[self.segment.value] if self.segment else None),
            row("industry", "Industry", self.industry,
                INDUSTRY_LABELS[self.industry.value] if self.industry else None),
            row("value_per_year", "Value per year", value, value_text),
            row("currency", "Currency", self.currency),
            row("tenure_years", "Tenure", self.tenure_years,
                _years(self.tenure_years.value) if self.tenure_years else None),
            row("plan_tier", "Their tier", self.plan_tier),
            row("policy_tier", "Policy tier", self.value_tier, self.value_tier_label),
            row("issue_kind", "Kind of issue", self.issue_kind),
            row("severity", "Severity", self.severity, self.severity.value.value),
        ]  # fmt: skip
        shown = {k: f for k, f in self.signals.items() if f.value or f.provenance == "corrected"}
        for name, fact in shown.items():
            rows.append(row(f"signal:{name}", "Signal", fact,
                            SIGNAL_LABELS[name] + ("" if fact.value else ": no")))  # fmt: skip
        if not shown:
            rows.append(CardRow(key="signals", label="Signals", text="none found"))
        if self.routes:
            text = "; ".join(r.to for r in self.routes)
            rows.append(CardRow(key="routes", label="Routed to", text=text))
        rows += [
            row("tried", "Already tried", self.tried),
            row("deadline", "Deadline", self.deadline),
            row("language", "Customer's language", self.language,
                _language(self.language.value) if self.language else None),
            row("agent_language", "Your language", self.agent_language,
                _language(self.agent_language.value) if self.agent_language else None),
        ]  # fmt: skip
        if self.greeting:
            how = ADDRESS_LABELS[self.address.value] if self.address else "by name"
            rows.append(row("address", "Greet them", self.address, f"“{self.greeting}” ({how})"))
        return rows

    @property
    def triage(self) -> str:
        """The investment level and package these facts lead to, in one line."""
        total = self.package.total_text(self.currency.value, self.locale)
        line = f"{self.investment_level.capitalize()} level · {self.package.name.lower()} package {total}"
        return line + (f" · needs approval from {self.approver}" if self.approver else "")


class FactCorrection(BaseModel):
    """What the agent changed on the facts card. Unset fields stay as they are; each set
    one becomes a `corrected` fact that later extraction never overwrites."""

    model_config = ConfigDict(extra="forbid")

    customer_name: str | None = Field(None, min_length=1, max_length=200)
    segment: Segment | None = None
    industry: Industry | None = None
    value_per_year: float | None = Field(None, ge=0, le=1e12)
    currency: str | None = None
    tenure_years: float | None = Field(None, ge=0, le=200)
    plan_tier: str | None = Field(None, min_length=1, max_length=100)
    policy_tier: str | None = Field(None, min_length=1, max_length=100)
    issue_kind: IssueKind | None = None
    severity: Severity | None = None
    signals: dict[Signal, bool] = Field(default_factory=dict)
    tried: str | None = Field(None, min_length=1, max_length=2000)
    deadline: str | None = Field(None, min_length=1, max_length=200)
    language: str | None = None
    agent_language: str | None = None
    address: AddressForm | None = None

    @field_validator("language", "agent_language")
    @classmethod
    def _language(cls, code: str | None) -> str | None:
        if code is None:
            return None
        code = code.strip().lower()
        if code not in LANGUAGES:
            raise ValueError(f"{code} is not one of the coach's languages ({', '.join(LANGUAGES)})")
        return code

    @field_validator("currency")
    @classmethod
    def _iso(cls, code: str | None) -> str | None:
        if code is None:
            return None
        code = currency_code(code)
        if not is_currency_code(code):
            raise ValueError(f"{code} is not an ISO currency code (USD, EUR, GBP, BRL…)")
        return code

    def merged(self, later: FactCorrection) -> FactCorrection:
        """Both corrections as one; where they overlap, `later` wins."""
        update = later.model_dump(exclude_unset=True, exclude={"signals"})
        return self.model_copy(update={**update, "signals": {**self.signals, **later.signals}})

    @property
    def empty(self) -> bool:
        return not self.signals and not self.model_dump(exclude_none=True, exclude={"signals"})


class FactsVerdict(BaseModel):
    """The agent's answer to the facts card: they look right, or correct these."""

    action: Literal["confirm", "correct"]
    correction: FactCorrection = Field(default_factory=FactCorrection)
    version: int | None = None
    """The card version the answer was given on; an answer to an older card is ignored."""


class Finished(BaseModel):
    """Not an interrupt: what a front end sees once the plan is final."""

    kind: Literal["finished"] = "finished"
    plan: Plan


Prompt = AskMissing | FactsCard | ReviewSection | FinalReview | ApproveRemedy


class Reply(BaseModel):
    """The agent's answer to a question; `skip` leaves it as an open question."""

    text: str = ""
    skip: bool = False


class Decision(BaseModel):
    """The agent's verdict on the section (or plan) under review."""

    action: Literal["approve", "revise", "edit", "regenerate", "back"]
    instruction: str | None = None
    text: str | None = None
    target: SectionKey | None = None
    version: int | None = None
