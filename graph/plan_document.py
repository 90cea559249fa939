"""Assembles approved sections into the plan document a team keeps on file.

The document carries its own assumptions and open questions, so anyone who
reads it later knows what was known, what was guessed, and what was not asked.
"""

from __future__ import annotations

from graph.lint import lint_plan
from graph.models import (
    SECTION_ORDER,
    SIGNAL_LABELS,
    CaseFacts,
    Fact,
    Plan,
    PolicyDecision,
    SectionDraft,
    SectionKey,
)

_FACT_LABELS: dict[str, str] = {
    "segment": "Segment",
    "issue_kind": "Kind of issue",
    "annual_value": "Annual value",
    "tenure_years": "Tenure (years)",
    "renewal_months": "Renewal in (months)",
    "impact_hours": "Hours of impact",
    "emotional_state": "Emotional state",
    "authority": "Agent's authority",
    "time_sensitivity": "Time sensitivity",
    "channel": "Preferred channel",
    "tried": "Already tried",
}


def assumptions(facts: CaseFacts) -> list[str]:
    """Every fact the coach guessed or defaulted, phrased so the agent can correct it."""
    found: list[str] = []
    for name, label in _FACT_LABELS.items():
        fact = getattr(facts, name)
        if not isinstance(fact, Fact) or fact.provenance in ("stated", "corrected"):
            continue
        value = fact.value
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, float):
            value = f"{value:,.0f}" if name == "annual_value" else f"{value:g}"
        note = f" (from “{fact.evidence}”)" if fact.evidence else ""
        found.append(f"{label}: {value}, {fact.provenance}{note}")
    for name, fact in facts.signals.items():
        if fact.provenance in ("inferred", "default"):
            note = f" (from “{fact.evidence}”)" if fact.evidence else ""
            answer = "yes" if fact.value else "no"
            found.append(f"{SIGNAL_LABELS[name]}: {answer}, {fact.provenance}{note}")
    if facts.value_unknown:
        found.append("Customer value: not given, so policy treats them as its default tier")
    return found


def assemble(
    title: str,
    holding_script: str,
    sections: dict[SectionKey, SectionDraft],
    decision: PolicyDecision,
    facts: CaseFacts,
    open_questions: list[str],
) -> Plan:
    ordered = [sections[key] for key in SECTION_ORDER if key in sections]
    report = lint_plan({d.key: d.text for d in ordered}, decision, facts)
    lines = [
        f"# Resolution strategy: {title}",
        "",
        f"*Investment level: **{decision.investment_level}** · severity: {decision.severity.value}"
        f" · tier: {decision.value_tier_label} · package: "
        f"{decision.recommended.total_text(decision.currency, decision.locale)}"
        + (f" (needs approval: {decision.approver})" if decision.approval_required else "")
        + "*",
        "",
    ]
    for draft in ordered:
        lines += [f"## {draft.title}", "", draft.text.strip(), ""]
    appendix = [
        ("Assumptions to confirm", assumptions(facts)),
        ("Open questions", open_questions),
        ("Similar past cases", decision.precedents),
    ]
    for heading, items in appendix:
        if items:
            lines += [f"### {heading}", "", *[f"- {item}" for item in items], ""]
    if decision.routes:
        lines += ["### Routed to", "", *[f"- {route.text}" for route in decision.routes], ""]
    return Plan(
        title=title,
        markdown="\n".join(lines).strip() + "\n",
        sections=ordered,
        word_count=report.word_count,
        holding_script=holding_script,
        assumptions=assumptions(facts),
        open_questions=open_questions,
        decision=decision,
        lint=report,
        facts=facts,
    )
