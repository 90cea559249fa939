"""The plan linter: the quality bar from SPEC.md as checks that can fail.

Used by the graph (findings shown at every review), by the Claude drafter
(a draft that breaks a money rule is not accepted), and by the tests. The rules
themselves (phrases, money) are graph/checks.py's, shared with the reply check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.checks import (
    HEDGES,
    CaseTone,
    amounts,
    case_foreign_marks,
    compiled,
    customer_quotes,
    customer_text,
    money_verdict,
    phrase_hits,
    sentence_spans,
)
from graph.lint_phrases import LintRule, PhraseBook, phrase_books
from graph.models import (
    OFFER_SECTIONS,
    SECTION_ORDER,
    CaseFacts,
    LintFinding,
    LintReport,
    PolicyDecision,
    SectionKey,
)
from graph.phrasebook import ENGLISH

MIN_WORDS = 600
MAX_WORDS = 1000
PLAN_PHRASES = tuple(p for p in ENGLISH.phrases if p.plan)
_RULE = {kind: "hedged-apology" for kind in HEDGES} | {
    "over-promise": "over-promise",
    "consumer-voice": "consumer-voice",
}
"""Finding rule per phrase kind: apology, blame and policy-speak have always been one rule."""


_WORD_RUN = re.compile(r"(?:[^\W_]|[$€£])[\w$€£'.,%/-]*")


@lru_cache(maxsize=8192)
def words(text: str) -> int:
    """Words as a reader counts them, in any of the five languages ("él", "à", "über").

    Kept for the texts last counted: the playbook weighs the same lines and sections
    against its budget again for every section it drafts."""
    return len(_WORD_RUN.findall(text))


def _fact_amounts(facts: CaseFacts, decision: PolicyDecision, key: SectionKey) -> set[float]:
    """Figures the plan may quote back because they describe the account or the policy's
    limits, not an offer.

    A sum the customer demanded is never among them: quoting it anywhere is one
    step from promising it. Nor, in a section that makes offers, is anything the
    customer spends or lost: there it would read as an offer.
    """
    # The policy's own figures in its package lines ("within the 465,00 € policy limit")
    # are its limits, named wherever the package is.
    known: set[float] = {
        value
        for package in (decision.recommended, decision.alternative)
        for item in package.items
        for value in amounts(item.label)
    }
    if key not in OFFER_SECTIONS:
        if facts.annual_value:
            known |= {facts.annual_value.value, round(facts.annual_value.value / 12, 2)}
        if decision.lifetime_value:
            known.add(decision.lifetime_value)
        # Policy's own reasoning ("value per year €28,000: 1% of €2.8M under management").
        known |= set(amounts(" ".join(decision.rationale)))
        # Analysis and value sections describe the case to the agent: any sum the agent
        # typed (a receipt, a loss, even the demand) may be named there, never offered.
        known |= {a.value for a in facts.amounts}
        for fact in (facts.impact_amount, facts.out_of_pocket, facts.fees_in_error,
                     facts.already_offered, facts.demanded_amount):  # fmt: skip
            if fact is not None:
                known.add(fact.value)
        known |= set(amounts(customer_text(facts)))
    return known


def lint_section(
    key: SectionKey, text: str, decision: PolicyDecision, facts: CaseFacts
) -> list[LintFinding]:
    """Findings for one section: apology, promise and money rules."""
    findings: list[LintFinding] = []
    tone = CaseTone(consumer=bool(facts.segment and facts.segment.value == "b2c"))
    mode = "script" if key == SectionKey.RESPONSE else "plan"
    hits = phrase_hits(text, PLAN_PHRASES, ENGLISH, tone, mode, customer_quotes(text, facts))
    seen: set[tuple[int, tuple[int, int]]] = set()
    for hit in hits:
        if (id(hit.phrase), hit.sentence) in seen:
            continue  # one finding per rule and sentence
        seen.add((id(hit.phrase), hit.sentence))
        sentence = text[hit.sentence[0] : hit.sentence[1]].strip()[:120]
        findings.append(
            LintFinding(
                rule=_RULE[hit.phrase.kind],
                severity="error",
                section=key,
                message=f"{hit.phrase.why}: “{sentence}”",
            )
        )
    findings += _other_languages(key, text, facts)
    for mark in case_foreign_marks(text, decision):
        findings.append(
            LintFinding(
                rule="foreign-currency",
                severity="error",
                section=key,
                message=f"“{mark}” is not this customer's currency ({decision.currency}); "
                "every amount must be in theirs",
            )
        )
    allowed = _fact_amounts(facts, decision, key)
    for value in amounts(text):
        if value in allowed:
            continue
        verdict = money_verdict(value, decision, offering=key in OFFER_SECTIONS)
        if verdict == "money-outside-envelope":
            findings.append(
                LintFinding(
                    rule=verdict,
                    severity="error",
                    section=key,
                    message=f"{decision.money(value)} is above the policy envelope of "
                    f"{decision.money(decision.envelope_max)} for this case",
                )
            )
        elif verdict == "needs-approval":
            findings.append(
                LintFinding(
                    rule=verdict,
                    severity="approval",
                    section=key,
                    message=f"{decision.money(value)} is above the agent's "
                    f"{decision.money(decision.authority_cap)} authority: "
                    f"{decision.approver} approves",
                )
            )
    return findings


def _other_languages(key: SectionKey, text: str, facts: CaseFacts) -> list[LintFinding]:
    """The refused phrases of es, pt, fr and de (prompts/lint/), in any section: a script
    in the customer's language, or an agent's edit that mixes languages.

    A sentence that says, in any language, that we will not promise is let through
    ("garantir" is a word in two of them), except an apology in the script itself.
    """
    skipped = customer_quotes(text, facts)
    findings = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if not sentence.strip() or any(a <= start < b for a, b in skipped):
            continue
        for rule, message, declined in _foreign_phrases(sentence):
            if declined and not (rule == "hedged-apology" and key == SectionKey.RESPONSE):
                continue
            findings.append(LintFinding(rule=rule, severity="error", section=key, message=message))
    return findings


@lru_cache(maxsize=8192)
def _foreign_phrases(sentence: str) -> tuple[tuple[LintRule, str, bool], ...]:
    """Each other language's refused phrase in `sentence`, in book and phrase order: its
    rule, its message, and whether the sentence declines it. Kept by sentence, since most
    of a plan's lines (its headings, its boilerplate) recur from case to case."""
    books = [book for book in phrase_books() if book.language != "en"]
    found = []
    for book in books:
        if not book.any_phrase.search(sentence):
            continue
        for phrase in book.phrase:
            if phrase.regex.search(sentence):
                found.append((phrase.rule, phrase.message(sentence), _declined(sentence, books)))
    return tuple(found)


def _declined(sentence: str, books: list[PhraseBook]) -> bool:
    return bool(compiled(ENGLISH.negation).search(sentence)) or any(
        book.negation.search(sentence) for book in books
    )


def lint_plan(
    sections: dict[SectionKey, str], decision: PolicyDecision, facts: CaseFacts
) -> LintReport:
    """The whole-plan checks: every section present, in order, within length."""
    findings: list[LintFinding] = []
    present = [key for key in SECTION_ORDER if sections.get(key, "").strip()]
    missing = [key for key in SECTION_ORDER if key not in present]
    for key in missing:
        findings.append(
            LintFinding(
                rule="missing-section",
                severity="error",
                section=key,
                message=f"the {key.value} section is missing or empty",
            )
        )
    if list(sections) and [k for k in sections if k in present] != present:
        findings.append(
            LintFinding(
                rule="section-order",
                severity="error",
                message="sections are not in the standard order",
            )
        )
    for key in present:
        findings.extend(lint_section(key, sections[key], decision, facts))
    total = sum(words(sections[key]) for key in present)
    if total < MIN_WORDS:
        findings.append(
            LintFinding(
                rule="length",
                severity="error",
                message=f"the plan has {total} words; it needs at least {MIN_WORDS}",
            )
        )
    elif total > MAX_WORDS:
        findings.append(
            LintFinding(
                rule="length",
                severity="error",
                message=f"the plan has {total} words; keep it to {MAX_WORDS} or fewer",
            )
        )
    return LintReport(findings=findings, word_count=total)
