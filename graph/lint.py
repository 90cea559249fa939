"""The plan linter: the quality bar from SPEC.md as checks that can fail.

Used by the graph (findings shown at every review), by the Claude drafter
(a draft that breaks a money rule is not accepted), and by the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from babel.numbers import get_currency_symbol, list_currencies

from graph.lint_phrases import phrase_books
from graph.locales import LANGUAGES
from graph.models import (
    OFFER_SECTIONS,
    SECTION_ORDER,
    CaseFacts,
    LintFinding,
    LintReport,
    PolicyDecision,
    SectionKey,
)
from graph.money import currency_symbol
from graph.understanding.numbers import NUMBER, parse_number

MIN_WORDS = 600
MAX_WORDS = 1000

_MARK = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3}(?=[\s\u00a0]?\d)")
_ISO_CODES = frozenset(c for c in list_currencies() if get_currency_symbol(c, "en") == c)
"""Codes that format_money writes as the code itself (CHF 1,200): the only bare codes read
as money, so "ARR 95" is not."""
_TO_A_BUSINESS = re.compile(
    r"\b(your|their) (own )?(team|staff|employees|colleagues|customers|business|company)\b", re.I
)
_NUM = rf"({NUMBER})"
"""A number in either separator style: `9,000.50` in English, `9.000,50` or `9 000,50` in
the locales the coach writes for the customer (graph/locales.py)."""
_SCALE = r"(?:\s?(k|m|bn|thousand|million|billion)\b)?"
_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|SEK|NOK|DKK|INR|SGD|HKD|ZAR|BRL|MXN"
_UNITS = r"dollars?|euros?|pounds?|bucks|quid|francs?|yen|rupees?|kronor|krone[rn]?|reais|reales|d[óo]lares|libras|pesos"
_PAYOUTS = (
    r"refund|credit|compensation|reimbursement|payout|goodwill|payment|reembolso|abono|"
    r"compensaci[óo]n|indemnizaci[óo]n|devoluci[óo]n|cr[ée]dito|compensa[çc][ãa]o|"
    r"indeniza[çc][ãa]o|estorno|remboursement|avoir|d[ée]dommagement|indemnisation|"
    r"geste commercial|Erstattung|Gutschrift|Entsch[äa]digung|Kulanz(?:zahlung)?"
)
"""What pays money out, in the five languages: a bare number right after one is money."""
_MONEY_FORMS: list[re.Pattern[str]] = [
    re.compile(rf"[$€£¥₹]\s?{_NUM}{_SCALE}", re.I),
    re.compile(rf"{_NUM}{_SCALE}\s?(?:[A-Z]{{1,3}}\$|[$€£¥₹])", re.I),
    re.compile(rf"\b(?:{_CODES})\s?{_NUM}{_SCALE}", re.I),
    re.compile(rf"{_NUM}{_SCALE}\s?(?:{_CODES})\b", re.I),
    re.compile(rf"{_NUM}{_SCALE}\s?(?:{_UNITS})\b", re.I),
    # A bare number right next to what pays it out is money too ("a refund of 900").
    re.compile(
        rf"\b(?:{_PAYOUTS})s?"
        rf"(?:\s(?:of|worth|for|totalling|totaling|de|por|von|über|in höhe von|d'un montant de))?"
        rf"\s{_NUM}{_SCALE}(?![\d%]|[.,]\d|\s?(?:%|percent|por ciento|pour cent|prozent))",
        re.I,
    ),
    re.compile(
        rf"\b{_NUM}{_SCALE}(?!\s?%)\s(?:in\s|de\s|d')?(?:refund|credit|compensation|reimbursement|reembolso|abono|remboursement|avoir|Gutschrift|Erstattung)s?\b",
        re.I,
    ),
]
_SWISS_GROUPS = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")
"""`1'450.00` (de_CH, fr_CH): the apostrophe groups thousands."""
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_WORD_VALUES = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
} | {
    word: 10 * (i + 2)
    for i, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_WORD = "|".join([*_WORD_VALUES, "hundred", "thousand", "million", "a", "and"])
_WORDED_MONEY = re.compile(
    rf"\b((?:(?:{_WORD})[\s-]+)*(?:{_WORD}|hundred|thousand|million))"
    rf"\s+(?:(?:{_UNITS})\b|(?:{_CODES})\b)",
    re.I,
)


def _words_value(phrase: str) -> float | None:
    """'nine thousand five hundred' -> 9500; None when the words are not a number."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = max(current, 1)
        elif word in _WORD_VALUES:
            current += _WORD_VALUES[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in ("thousand", "million"):
            total += max(current, 1) * int(_SCALES[word])
            current = 0
            seen = True
    return float(total + current) if seen else None


_WORD_RUN = re.compile(r"(?:[^\W_]|[$€£])[\w$€£'.,%/-]*")


def words(text: str) -> int:
    """Words as a reader counts them, in any of the five languages ("él", "à", "über")."""
    return len(_WORD_RUN.findall(text))


def _is_money_mark(mark: str) -> bool:
    """A symbol, or a three-letter run that is really a currency code (not "ARR 95")."""
    return not mark.isalpha() or mark in _ISO_CODES


def amounts(text: str) -> list[float]:
    """Every sum of money in `text`, however it is written.

    Symbols and ISO codes on either side ("$9,000", "USD 9,000", "9,000 EUR"),
    currency words ("9k dollars", "nine thousand dollars"), and bare numbers right
    next to a refund, credit or compensation. Overlapping forms count once.
    """
    found: list[tuple[int, float]] = []
    taken: list[range] = []

    def keep(start: int, end: int, value: float | None) -> None:
        if value is None or any(start < r.stop and r.start < end for r in taken):
            return
        taken.append(range(start, end))
        found.append((start, value))

    text = _SWISS_GROUPS.sub("", text)
    for pattern in _MONEY_FORMS:
        for m in pattern.finditer(text):
            value = parse_number(m.group(1).rstrip("."))
            keep(m.start(), m.end(), value * _SCALES.get((m.group(2) or "").lower(), 1))
    for m in _WORDED_MONEY.finditer(text):
        keep(m.start(), m.end(), _words_value(m.group(1)))
    return [value for _, value in sorted(found)]


def foreign_currency_marks(text: str, currency: str, locale: str = "en") -> list[str]:
    """Currency symbols or codes in `text` other than the case's own: a euro customer
    shown "$" has been given someone else's numbers. The case's locale may write its own
    currency its own way (US$ in Spanish, $ for pesos in Mexico)."""
    own = {currency_symbol(currency, where) for where in (*LANGUAGES, locale)} | {currency}
    return [m for m in _MARK.findall(text) if _is_money_mark(m) and m not in own]


def _fact_amounts(facts: CaseFacts, decision: PolicyDecision, key: SectionKey) -> set[float]:
    """Figures the plan may quote back because they describe the account, not an offer.

    A sum the customer demanded is never among them: quoting it anywhere is one
    step from promising it. Nor, in a section that makes offers, is anything the
    customer spends or lost: there it would read as an offer.
    """
    known: set[float] = set()
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
        known |= set(amounts(_customer_text(facts)))
    return known


def _customer_text(facts: CaseFacts) -> str:
    parts = (facts.complaint, facts.customer_asks, facts.tried)
    return "\n".join(p.value for p in parts if p is not None)


_QUOTED = re.compile(r"“([^”]{8,})”|\"([^\"]{8,})\"")


def _our_words(text: str, facts: CaseFacts) -> str:
    """The section without verbatim quotes of the customer: their "guarantee" or "100%"
    is what they said, not a promise of ours."""
    said = " ".join(_customer_text(facts).split())
    if not said:
        return text

    def drop(m: re.Match[str]) -> str:
        quoted = " ".join((m.group(1) or m.group(2)).split()).rstrip("…").strip()
        return "“…”" if quoted and quoted in said else m.group(0)

    kept = []
    for sentence in re.split(r"(?<=[.!?”])\s+|\n", _QUOTED.sub(drop, text)):
        bare = " ".join(_LABEL.sub("", sentence).split()).rstrip("…").strip()
        kept.append("" if len(bare) >= 12 and bare in said else sentence)
    return "\n".join(kept)


_LABEL = re.compile(r"^\s*(?:[-*>]\s+)?(?:\*\*[^*]+\*\*\s*)?(?:[A-Z][\w ']{0,30}:\s)?")
"""A line's lead-in ("**What happened.**", "Already tried:"), so what follows it can be
compared with what the customer or agent wrote."""


def _sentences_with(pattern: re.Pattern[str], text: str) -> Iterable[str]:
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if pattern.search(sentence):
            yield sentence


def _negated(sentence: str) -> bool:
    """The sentence says we will not promise, in any language: "garantir" is a word in
    two of them, so either one's "we cannot guarantee" lets it through."""
    return any(book.negation.search(sentence) for book in phrase_books())


def lint_section(
    key: SectionKey, text: str, decision: PolicyDecision, facts: CaseFacts
) -> list[LintFinding]:
    """Findings for one section: apology, promise and money rules."""
    findings: list[LintFinding] = []
    ours = _our_words(text, facts)
    for book in phrase_books():
        for phrase in book.phrase:
            for sentence in _sentences_with(phrase.regex, ours):
                # An apology in the script itself counts even beside a "not".
                exempt = _negated(sentence) and not (
                    phrase.rule == "hedged-apology" and key == SectionKey.RESPONSE
                )
                if not exempt:
                    findings.append(
                        LintFinding(
                            rule=phrase.rule,
                            severity="error",
                            section=key,
                            message=phrase.message(sentence),
                        )
                    )
    if facts.segment and facts.segment.value == "b2c":
        for sentence in _sentences_with(_TO_A_BUSINESS, ours):
            findings.append(
                LintFinding(
                    rule="consumer-voice",
                    severity="error",
                    section=key,
                    message="speaks to one person as if to a business (team, staff, "
                    f"customers): “{sentence.strip()[:120]}”",
                )
            )
    for mark in sorted(set(foreign_currency_marks(text, decision.currency, decision.locale))):
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
        if value > decision.envelope_max + 0.01:
            findings.append(
                LintFinding(
                    rule="money-outside-envelope",
                    severity="error",
                    section=key,
                    message=f"{decision.money(value)} is above the policy envelope of "
                    f"{decision.money(decision.envelope_max)} for this case",
                )
            )
        elif key in OFFER_SECTIONS and value > decision.authority_cap and decision.approver:
            findings.append(
                LintFinding(
                    rule="needs-approval",
                    severity="approval",
                    section=key,
                    message=f"{decision.money(value)} is above the agent's "
                    f"{decision.money(decision.authority_cap)} authority: "
                    f"{decision.approver} approves",
                )
            )
    return findings


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
