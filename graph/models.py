"""Typed data that crosses module boundaries.

State is stored as plain dicts (so checkpoints survive upgrades and any
checkpointer can hold them); these models are what every boundary validates
against when it reads or writes that state.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

Provenance = Literal["stated", "inferred", "default"]
InputKey = Literal["complaint", "value", "tried"]
REQUIRED_INPUTS: tuple[InputKey, ...] = ("complaint", "value", "tried")


class Fact(BaseModel, Generic[T]):
    """A case fact and where it came from, so the plan can show its assumptions."""

    value: T
    provenance: Provenance = "stated"
    evidence: str = ""


class CaseFacts(BaseModel):
    """Everything known about one escalation. Numbers here are the customer's, not ours."""

    complaint: Fact[str] | None = None
    customer_name: Fact[str] | None = None
    segment: Fact[Literal["b2b", "b2c"]] | None = None
    annual_value: Fact[float] | None = None
    currency: str = "$"
    tenure_years: Fact[float] | None = None
    plan_tier: Fact[str] | None = None
    renewal_months: Fact[float] | None = None
    past_issues: Fact[str] | None = None
    tried: Fact[str] | None = None
    issue_kind: Fact[str] | None = None
    impact_hours: Fact[float] | None = None
    impact_amount: Fact[float] | None = None
    customer_asks: Fact[str] | None = None
    demanded_amount: Fact[float] | None = None
    churn_signal: Fact[bool] | None = None
    legal_signal: Fact[bool] | None = None
    public_signal: Fact[bool] | None = None
    repeat_issue: Fact[bool] | None = None
    emotional_state: Fact[str] | None = None
    authority: Fact[str] | None = None
    time_sensitivity: Fact[str] | None = None
    channel: Fact[str] | None = None
    value_unknown: bool = False

    def has(self, key: InputKey) -> bool:
        if key == "complaint":
            return self.complaint is not None and bool(self.complaint.value.strip())
        if key == "value":
            return self.annual_value is not None or self.value_unknown
        return self.tried is not None

    def missing(self) -> list[InputKey]:
        return [key for key in REQUIRED_INPUTS if not self.has(key)]


class Severity(StrEnum):
    MINOR = "minor"
    MODERATE = "moderate"
    MAJOR = "major"
    CRITICAL = "critical"


InvestmentLevel = Literal["premium", "standard", "basic"]


class CompensationItem(BaseModel):
    label: str
    amount: float = 0.0
    kind: Literal["credit", "refund", "in_kind"] = "credit"


class CompensationPackage(BaseModel):
    name: str
    items: list[CompensationItem]

    @property
    def total(self) -> float:
        return round(sum(item.amount for item in self.items), 2)


class PolicyDecision(BaseModel):
    """What policy says this case is worth. Computed, never written by a drafter."""

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
    routes: list[str] = Field(default_factory=list)
    rationale: list[str] = Field(default_factory=list)
    currency: str = "$"
    prior_cases: int = 0
    precedents: list[str] = Field(default_factory=list)


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
        """The JSON shape `coach plan --json` promises."""
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
            "compensation_total": self.decision.recommended.total,
            "compensation_items": [i.model_dump() for i in self.decision.recommended.items],
            "approval_required": self.decision.approval_required,
            "approver": self.decision.approver,
            "routes": self.decision.routes,
            "approvals": [a.model_dump() for a in self.approvals],
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
    currency: str = "$"
    rationale: list[str] = Field(default_factory=list)
    notice: str | None = None


class Finished(BaseModel):
    """Not an interrupt: what a front end sees once the plan is final."""

    kind: Literal["finished"] = "finished"
    plan: Plan


Prompt = AskMissing | ReviewSection | FinalReview | ApproveRemedy


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
