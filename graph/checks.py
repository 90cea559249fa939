"""The quality rules of SPEC.md as checks any text can be run through.

One place for them, because three things judge the same words: the plan linter
(graph/lint.py), the Claude drafter's guard (through the linter) and the reply check
(graph/reply_check.py). The phrases come from graph/phrasebook.py; here is how they are
found (with their places in the text, so a reply can be mended where it is wrong), how
money is read, and what policy says of an amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _constants, _parser
from typing import Literal

from babel.numbers import get_currency_symbol, list_currencies

from graph.locales import LANGUAGES
from graph.models import CaseFacts, CompensationItem, PolicyDecision
from graph.money import currency_symbol
from graph.phrasebook import Phrase, Phrasebook, When
from graph.understanding.alternation import NeedIndex, pattern_needs
from graph.understanding.numbers import NUMBER, parse_number

HEDGES = frozenset({"hedged-apology", "blame", "policy-speak"})
"""Kinds a plan section may name in order to warn against them ("avoid 'sorry if'")."""

_MARK = re.compile(
    r"(?<![A-Za-z])[A-Z]{1,3}\$|\$[A-Z]{2,3}(?![A-Za-z])|[$€£¥₹](?=[\s\u00a0]?\d)|"
    r"(?<=\d)[$€£¥₹]|(?<=\d[\s\u00a0])[$€£¥₹]|\b[A-Z]{3}(?=[\s\u00a0]?\d)"
)
"""A currency mark that names an amount: a symbol beside a number, not the "$$" or "€€€" a
customer writes for money in general (quoted in the plan, it is their words, not a sum)."""
_ISO_CODES = frozenset(c for c in list_currencies() if get_currency_symbol(c, "en") == c)
"""Codes that format_money writes as the code itself (CHF 1,200): the only bare codes read
as money, so "ARR 95" is not."""
_NUM = rf"({NUMBER})"
"""A number in either separator style: `9,000.50` in English, `9.000,50` or `9 000,50` in
the locales the coach writes for the customer (graph/locales.py)."""
_SCALE = r"(?:\s?(k|m|bn|thousand|million|billion)\b)?"
_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|SEK|NOK|DKK|INR|SGD|HKD|ZAR|BRL|MXN"
_UNITS = (
    r"dollars?|euros?|pounds?|bucks|quid|francs?|yen|rupees?|kronor|krone[rn]?|reais|reales|"
    r"d[óo]lares|libras|pesos"
)
_PAYOUTS = (
    r"refund|credit|compensation|reimbursement|payout|goodwill|payment|reembolso|abono|"
    r"compensaci[óo]n|indemnizaci[óo]n|devoluci[óo]n|cr[ée]dito|compensa[çc][ãa]o|"
    r"indeniza[çc][ãa]o|estorno|remboursement|avoir|d[ée]dommagement|indemnisation|"
    r"geste commercial|Erstattung|Gutschrift|Entsch[äa]digung|Kulanz(?:zahlung)?"
)
"""What pays money out, in the five languages: a bare number right after one is money."""


def _initial(words: str) -> str:
    """A lookahead for the letters an alternation of `words` opens with: where none of
    them stands, a search moves on at once instead of trying every word in turn."""
    alternatives = words.split("|")
    for word in alternatives:
        if not re.match(r"[^\W\d_]", word) or word.count("(") != word.count(")"):
            raise ValueError(f"{word!r} in {words!r} does not open with a plain letter")
    return f"(?=[{''.join(sorted({word[0] for word in alternatives}))}])"


_MONEY_FORMS: list[re.Pattern[str]] = [
    re.compile(rf"[$€£¥₹]\s?{_NUM}{_SCALE}", re.I),
    re.compile(rf"{_NUM}{_SCALE}\s?(?:[A-Z]{{1,3}}\$|[$€£¥₹])", re.I),
    re.compile(rf"\b{_initial(_CODES)}(?:{_CODES})\s?{_NUM}{_SCALE}", re.I),
    re.compile(rf"{_NUM}{_SCALE}\s?(?:{_CODES})\b", re.I),
    re.compile(rf"{_NUM}{_SCALE}\s?(?:{_UNITS})\b", re.I),
    # A bare number right next to what pays it out is money too ("a refund of 900").
    re.compile(
        rf"\b{_initial(_PAYOUTS)}(?:{_PAYOUTS})s?"
        rf"(?:\s(?:of|worth|for|totalling|totaling|de|por|von|über|in höhe von|d'un montant de))?"
        rf"\s{_NUM}{_SCALE}(?![\d%]|[.,]\d|\s?(?:%|percent|por ciento|pour cent|prozent))",
        re.I,
    ),
    re.compile(
        rf"\b{_NUM}{_SCALE}(?!\s?%)\s(?:in\s|de\s|d')?(?:refund|credit|compensation|"
        rf"reimbursement|reembolso|abono|remboursement|avoir|Gutschrift|Erstattung)s?\b",
        re.I,
    ),
]
_BARE_FORMS = frozenset(_MONEY_FORMS[5:])
"""The forms whose match starts with a word, not the number: its span is the number."""
_NUMBER_FIRST = frozenset(p for p in _MONEY_FORMS if p.pattern.startswith((_NUM, rf"\b{_NUM}")))
"""The forms whose every match opens with a number: they are tried only where one does."""
_NUMBER_AT = re.compile(_NUM, re.I)
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
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = _WORD_VALUES | {
    f"{tens}-{unit}": _WORD_VALUES[tens] + _WORD_VALUES[unit]
    for tens in _TENS
    for unit in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
}
"""Zero to ninety-nine in words ("forty-eight hours"), for the checks that read counts."""
_WORD = "|".join([*_WORD_VALUES, "hundred", "thousand", "million", "a", "and"])
_WORDED_MONEY = re.compile(
    rf"\b((?:(?:{_WORD})[\s-]+)*(?:{_WORD}|hundred|thousand|million))"
    rf"\s+(?:(?:{_UNITS})\b|(?:{_CODES})\b)",
    re.I,
)
_CURRENCY_WORD = re.compile(
    rf"\s{_initial(f'{_UNITS}|{_CODES}')}(?:(?:{_UNITS})\b|(?:{_CODES})\b)", re.I
)
"""What every worded sum ends with: a text without it has none, and this is found far
faster than the number words that would come before it."""
_SENTENCE_BREAK = re.compile(r"(?<=[.!?”])\s+|\n")
_QUOTED = re.compile(r"“([^”]{8,})”|\"([^\"]{8,})\"")
_LABEL = re.compile(r"^\s*(?:[-*>]\s+)?(?:\*\*[^*]+\*\*\s*)?(?:[A-Z][\w ']{0,30}:\s)?")
"""A line's lead-in ("**What happened.**", "Already tried:"), so what follows it can be
compared with what the customer or agent wrote."""
_DISTRESSED_STATES = re.compile(
    r"angry|furious|frustrat|upset|distress|anxious|worried|scared|grie|disappoint|"
    r"irate|livid|hurt|devastat|desperate|panic|stress",
    re.I,
)


@dataclass(frozen=True)
class MoneySpan:
    start: int
    end: int
    value: float


@dataclass(frozen=True)
class PhraseHit:
    phrase: Phrase
    match: re.Match[str]
    sentence: tuple[int, int]
    """Start and end of the sentence the phrase is in, in the same text."""

    @property
    def span(self) -> tuple[int, int]:
        """What is wrong: the `fix` group if the phrase has one, else the whole match."""
        return self.match.span("fix") if "fix" in self.match.re.groupindex else self.match.span()

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]


@dataclass(frozen=True)
class CaseTone:
    """What about the case decides which phrases apply (see `When`)."""

    distressed: bool = True
    legal: bool = False
    consumer: bool = False

    @classmethod
    def of(cls, facts: CaseFacts, decision: PolicyDecision | None = None) -> CaseTone:
        state = facts.emotional_state.value if facts.emotional_state else ""
        serious = decision is not None and decision.severity.value in ("major", "critical")
        distressed = (
            bool(_DISTRESSED_STATES.search(state))
            or serious
            or any(facts.signal(s) for s in ("vulnerability", "life_event", "abusive", "churn"))
        )
        legal = facts.signal("legal") or bool(
            facts.scope and facts.scope.value == "attorney_dispute"
        )
        consumer = bool(facts.segment and facts.segment.value == "b2c")
        return cls(distressed=distressed, legal=legal, consumer=consumer)

    def applies(self, when: When) -> bool:
        return {
            "always": True,
            "distressed": self.distressed,
            "legal": self.legal,
            "consumer": self.consumer,
        }[when]


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


@lru_cache(maxsize=1024)
def any_phrase(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One search that finds something exactly when one of `patterns` would: a text
    with none of a book's phrases (most of them) is passed by one scan, not one per phrase.

    Each phrase's named groups become plain ones, so that two `fix` groups can share the
    search. Those whose every match starts a word (they open with \\b) sit behind one \\b
    of their own, which is what makes the one scan fast: elsewhere in a word it stops there.
    """
    plain = {raw: f"(?:{_NAMED_GROUP.sub('(?:', raw)})" for raw in patterns}
    at_words = [plain[raw] for raw in patterns if _starts_a_word(raw)]
    others = [plain[raw] for raw in patterns if not _starts_a_word(raw)]
    joined = ([rf"\b(?:{'|'.join(at_words)})"] if at_words else []) + others
    return re.compile("|".join(joined) or "(?!)", re.I)


_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


@cache
def _phrase_index(patterns: tuple[str, ...]) -> NeedIndex:
    """Which of a book's phrases a text may hold: one is only searched for, with the
    others `any_phrase` joins, when the text has one of the words it needs."""
    return NeedIndex([pattern_needs(pattern, re.I) for pattern in patterns], shared=False)


@cache
def _starts_a_word(pattern: str) -> bool:
    """Every match of `pattern` starts at a word boundary: Python's own parser reads it as
    opening with \\b, having already drawn out what all its alternatives open with."""
    items = _parser.parse(pattern, re.I).data
    return bool(items) and items[0] == (_constants.AT, _constants.AT_BOUNDARY)


def match_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every position in `text` where `pattern` matches, overlapping or not."""
    starts = []
    m = pattern.search(text)
    while m is not None:
        starts.append(m.start())
        m = pattern.search(text, m.start() + 1)
    return starts


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, trying only `starts`: it must hold every position where
    `pattern` can match (`match_starts` of a pattern every match of `pattern` opens with,
    or of an `any_phrase` holding it), and is far shorter than the text. Matching at a
    position reads the whole text around it, as the scan does, so the matches are the same;
    a pattern that matched nothing somewhere is scanned after all, since the scan's rule
    for what may follow an empty match is its own."""
    found: list[re.Match[str]] = []
    for start in starts:
        if found and start < found[-1].end():
            continue
        if m := pattern.match(text, start):
            if m.start() == m.end():
                return list(pattern.finditer(text))
            found.append(m)
    return found


@lru_cache(maxsize=4096)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence or line, as the linter has always split them.

    Kept for the texts last asked about: each rule of the linter and the reply check
    reads the same text by its sentences, and a plan's boilerplate lines recur."""
    spans, start = [], 0
    for brk in _SENTENCE_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return tuple(spans)


def phrase_hits(
    text: str,
    phrases: Iterable[Phrase],
    book: Phrasebook,
    tone: CaseTone,
    mode: Literal["plan", "script", "reply"],
    skip: Iterable[tuple[int, int]] = (),
) -> list[PhraseHit]:
    """Every place a phrase that applies to this case occurs, phrase by phrase.

    What counts as declining a phrase depends on who reads the text: a plan section
    (`plan`) may warn the agent against a phrase anywhere in its sentence; a script the
    agent will say (`script`) may not, except for over-promises ("we will not promise it
    can never happen again"); a reply (`reply`) declines a phrase only right before it
    ("I can't guarantee"), since "this won't happen again" is itself the promise.
    Matches inside `skip` (the customer's own words, see `customer_quotes`) are not ours.
    """
    applicable = [phrase for phrase in phrases if tone.applies(phrase.when)]
    possible = _phrase_index(tuple(phrase.pattern for phrase in applicable)).possible(text)
    if possible is not None:  # most texts hold the words of none or a few of the phrases
        applicable = [applicable[number] for number in possible]
    starts = match_starts(any_phrase(tuple(phrase.pattern for phrase in applicable)), text)
    if not starts:
        return []
    spans = sentence_spans(text)
    skipped = list(skip)
    negation = compiled(book.negation)
    before = compiled(book.negated_before)
    hits: list[PhraseHit] = []
    for phrase in applicable:
        for m in matches_at(compiled(phrase.pattern), text, starts):
            if m.start() == m.end() or any(a <= m.start() < b for a, b in skipped):
                continue
            sentence = next(s for s in spans if s[0] <= m.start() <= s[1])
            declinable = phrase.kind == "over-promise" or (phrase.kind in HEDGES and mode == "plan")
            if declinable:
                if mode == "reply":
                    declined = bool(before.search(text[sentence[0] : m.start()]))
                else:
                    declined = bool(negation.search(text[sentence[0] : sentence[1]]))
                if declined:
                    continue
            hits.append(PhraseHit(phrase, m, sentence))
    return hits


def customer_text(facts: CaseFacts) -> str:
    parts = (facts.complaint, facts.customer_asks, facts.tried)
    return "\n".join(p.value for p in parts if p is not None)


def customer_quotes(text: str, facts: CaseFacts) -> list[tuple[int, int]]:
    """Where `text` repeats the customer's own words: quoted passages, and sentences that
    are theirs word for word. Their "guarantee" or "100%" is what they said, not a promise
    of ours."""
    return list(_quotes(text, " ".join(customer_text(facts).split())))


@lru_cache(maxsize=1024)
def _quotes(text: str, said: str) -> tuple[tuple[int, int], ...]:
    """`customer_quotes` of `text` against what the customer `said`: the linter asks it
    twice of every section and the reply check once of every reply."""
    if not said:
        return ()
    spans = []
    for m in _QUOTED.finditer(text):
        quoted = " ".join((m.group(1) or m.group(2)).split()).rstrip("…").strip()
        if quoted and quoted in said:
            spans.append(m.span())
    for start, end in sentence_spans(text):
        bare = " ".join(_LABEL.sub("", text[start:end]).split()).rstrip("…").strip()
        if len(bare) >= 12 and bare in said:
            spans.append((start, end))
    return tuple(spans)


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


def money_spans(text: str) -> list[MoneySpan]:
    """Every sum of money in `text`, however it is written, with where it is.

    Symbols and ISO codes on either side ("$9,000", "USD 9,000", "9,000 EUR"),
    currency words ("9k dollars", "nine thousand dollars"), and bare numbers right
    next to a refund, credit or compensation. Overlapping forms count once.
    """
    return list(_money_spans(text))


@lru_cache(maxsize=1024)
def _money_spans(text: str) -> tuple[MoneySpan, ...]:
    """`money_spans`, kept for the texts last read: the linter reads the customer's words
    and policy's reasoning again for every section, the reply check for every reply."""
    found: list[MoneySpan] = []

    def keep(start: int, end: int, value: float | None) -> None:
        if value is None or any(start < s.end and s.start < end for s in found):
            return
        found.append(MoneySpan(start, end, value))

    text = _SWISS_GROUPS.sub("\u202f", text)  # same length: spans still point into `text`
    numbers = match_starts(_NUMBER_AT, text)
    for pattern in _MONEY_FORMS:
        at = matches_at(pattern, text, numbers) if pattern in _NUMBER_FIRST else None
        for m in pattern.finditer(text) if at is None else at:
            value = parse_number(m.group(1).rstrip("."))
            start, end = (m.start(1), m.end()) if pattern in _BARE_FORMS else m.span()
            keep(start, end, value * _SCALES.get((m.group(2) or "").lower(), 1))
    if _CURRENCY_WORD.search(text):
        for m in _WORDED_MONEY.finditer(text):
            keep(m.start(), m.end(), _words_value(m.group(1)))
    return tuple(sorted(found, key=lambda s: s.start))


def amounts(text: str) -> list[float]:
    """Every sum of money in `text`, in order (see `money_spans`)."""
    return [span.value for span in money_spans(text)]


def _is_money_mark(mark: str) -> bool:
    """A symbol, or a three-letter run that is really a currency code (not "ARR 95")."""
    return not mark.isalpha() or mark in _ISO_CODES


def foreign_currency_marks(text: str, currency: str, locale: str = "en") -> list[str]:
    """Currency symbols or codes in `text` other than the case's own: a euro customer
    shown "$" has been given someone else's numbers. The case's locale may write its own
    currency its own way (US$ in Spanish, $ for pesos in Mexico)."""
    own = {currency_symbol(currency, where) for where in (*LANGUAGES, locale)} | {currency}
    return [m for m in _MARK.findall(text) if _is_money_mark(m) and m not in own]


def paid_as_spent(decision: PolicyDecision) -> list[CompensationItem]:
    """The package items paid back in another currency than the case's, as they were spent."""
    return [
        item
        for package in (decision.recommended, decision.alternative)
        for item in package.items
        if item.currency
    ]


def case_foreign_marks(text: str, decision: PolicyDecision) -> list[str]:
    """The foreign currency marks in `text` for this case: its own currency, and any a
    receipt is paid back in (and so named in), are not foreign."""
    marks = set(foreign_currency_marks(text, decision.currency, decision.locale))
    for paid_in in {item.currency for item in paid_as_spent(decision) if item.currency}:
        marks &= set(foreign_currency_marks(text, paid_in, decision.locale))
    return sorted(marks)


MoneyVerdict = Literal["money-outside-envelope", "needs-approval"]


def money_verdict(value: float, decision: PolicyDecision, offering: bool) -> MoneyVerdict | None:
    """What policy says of naming `value`: above the envelope nobody may offer it; in an
    offer above the agent's authority, the approver decides first. A sum the package itself
    pays back in another currency (a receipt in pesos in a dollar case) is outside the
    envelope's total by design, so the envelope does not judge it."""
    if any(
        item.amount is not None and abs(value - item.amount) <= 0.01
        for item in paid_as_spent(decision)
    ):
        return None
    if value > decision.envelope_max + 0.01:
        return "money-outside-envelope"
    if offering and value > decision.authority_cap and decision.approver:
        return "needs-approval"
    return None
