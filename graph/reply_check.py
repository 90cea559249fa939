"""Check a reply before the agent sends it: what is wrong with it, and the same reply mended.

The rules are the plan's (graph/checks.py, graph/phrasebook.py) read against this case:
its facts (names, sums, hours, days), its policy decision (envelope, authority, who
approves) and how the customer feels. The mended version keeps the agent's own words
wherever they are fine: a hedge is replaced by the plain phrase, a sentence that only
blames or defends goes, a sum above authority becomes "I'll confirm with …", a wrong
figure is put right only where the case says unambiguously what it should be. Nothing is
rewritten that was not flagged. Offline and deterministic: the same reply on the same
case gets the same answer.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from graph.checks import (
    NUMBER_WORDS,
    CaseTone,
    MoneySpan,
    PhraseHit,
    amounts,
    case_foreign_marks,
    compiled,
    customer_quotes,
    customer_text,
    foreign_currency_marks,
    money_spans,
    money_verdict,
    phrase_hits,
    sentence_spans,
)
from graph.drafting.base import CONTACT_PLACEHOLDER, NAME_PLACEHOLDER
from graph.models import CaseFacts, PolicyDecision
from graph.money import currency_symbol, format_money
from graph.phrasebook import (
    DROP_SENTENCE,
    PHRASEBOOKS,
    Phrasebook,
    PhraseKind,
    phrasebook,
    phrases_for,
)
from graph.state import Owner
from graph.understanding.language import detect_language

FlagKind = (
    PhraseKind
    | Literal[
        "over-authority", "outside-envelope", "foreign-currency", "wrong-name", "wrong-number",
        "wrong-date", "placeholder",
    ]
)  # fmt: skip
MAX_REPLY_CHARS = 6000
"""A reply longer than this is not one message to a customer; the check asks for less."""


class ReplyFlag(BaseModel):
    """One thing wrong with the reply, where it is, and how the mended version deals with it."""

    kind: FlagKind
    span: str = Field(description="the words as the agent wrote them")
    why: str
    fix: str = Field(description="what to do instead, in a few words")
    start: int
    end: int
    replacement: str | None = None
    """What the corrected version has in the span's place ("" when it is left out);
    None when only the agent can put it right, so the corrected version keeps it."""


class ReplyCheck(BaseModel):
    reply: str
    corrected: str
    flags: list[ReplyFlag] = Field(default_factory=list)
    language: str = "en"

    @property
    def passed(self) -> bool:
        return not self.flags

    @property
    def open_flags(self) -> list[ReplyFlag]:
        """Flags the corrected version could not settle: the agent's to put right."""
        return [f for f in self.flags if f.replacement is None]


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str
    whole: bool = False
    """Replaces (or drops) a whole sentence or clause: wins over smaller edits inside it."""


def _hours(hours: float) -> str:
    if hours < 1:
        return f"{round(hours * 60)} minutes"
    return f"{hours:g} hour{'s' if hours != 1 else ''}"


def _approver(decision: PolicyDecision) -> str:
    role = decision.approver or "my team lead"
    return role if role.lower().startswith(("the ", "our ", "my ")) else f"our {role}"


def _trouble(facts: CaseFacts, book: Phrasebook) -> str:
    kind = facts.issue_kind.value if facts.issue_kind else "other"
    return book.troubles.get(kind) or book.troubles.get("other", "")


def _phrase_edit(hit: PhraseHit, trouble: str) -> _Edit:
    if hit.phrase.fix is DROP_SENTENCE:
        return _Edit(*hit.sentence, "", whole=True)
    return _Edit(hit.start, hit.end, hit.match.expand(hit.phrase.fix.replace("{trouble}", trouble)))


def _phrase_fix(edit: _Edit) -> str:
    if edit.whole:
        return "leave this sentence out"
    return f"say “{edit.text.strip()}” instead" if edit.text.strip() else "leave it out"


def _strongest(hits: list[PhraseHit]) -> list[PhraseHit]:
    """Where phrases overlap, the longest match is the one that says what is wrong."""
    kept: list[PhraseHit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(hit.start < k.end and k.start < hit.end for k in kept):
            kept.append(hit)
    return kept


def _known_amounts(facts: CaseFacts, decision: PolicyDecision | None) -> dict[float, str]:
    """Sums the case knows, each with what it is, so a reply can name them correctly."""
    known: dict[float, str] = {}
    for amount in facts.amounts:
        known.setdefault(amount.value, amount.role.replace("_", " "))
    for label, fact in (("their loss", facts.impact_amount), ("out of pocket", facts.out_of_pocket),
                        ("charged in error", facts.fees_in_error),
                        ("already offered", facts.already_offered),
                        ("their demand", facts.demanded_amount)):  # fmt: skip
        if fact is not None:
            known.setdefault(fact.value, label)
    if facts.annual_value:
        known.setdefault(facts.annual_value.value, "a year's value")
        known.setdefault(round(facts.annual_value.value / 12, 2), "a month's value")
    for value in amounts(customer_text(facts)):
        known.setdefault(value, "in the complaint")
    if decision is not None:
        for item in decision.recommended.items:
            if item.amount:
                known.setdefault(item.amount, item.label)
        if decision.recommended.total:
            known.setdefault(decision.recommended.total, "the package")
    return known


def _same_digits(a: float, b: float) -> bool:
    def digits(v: float) -> str:
        return "".join(sorted(f"{v:.2f}".rstrip("0").rstrip(".").replace(".", "")))

    return a != b and digits(a) == digits(b)


def _number_like(original: str, value: float) -> str:
    """`value` written the way `original` writes its number (commas, decimals)."""
    decimals = "." in re.sub(r"[^\d.]", "", original)
    body = f"{value:,.2f}" if decimals or not value.is_integer() else f"{value:,.0f}"
    return body if "," in original or value < 1000 else body.replace(",", "")


class _Checker:
    def __init__(
        self,
        text: str,
        facts: CaseFacts,
        decision: PolicyDecision | None,
        owner: Owner,
        approved: bool,
        language: str,
    ) -> None:
        self.text = text
        self.facts = facts
        self.decision = decision
        self.owner = owner
        self.approved = approved
        self.book = phrasebook(language)
        self.language = language
        self.tone = CaseTone.of(facts, decision)
        self.quotes = customer_quotes(text, facts)
        self.flags: list[tuple[ReplyFlag, _Edit | None]] = []

    def flag(
        self, kind: FlagKind, start: int, end: int, why: str, fix: str, edit: _Edit | None
    ) -> None:
        self.flags.append(
            (
                ReplyFlag(
                    kind=kind,
                    span=self.text[start:end],
                    why=why,
                    fix=fix,
                    start=start,
                    end=end,
                ),
                edit,
            )
        )

    def quoted(self, start: int) -> bool:
        return any(a <= start < b for a, b in self.quotes)

    def sentence_of(self, start: int) -> tuple[int, int]:
        return next(s for s in sentence_spans(self.text) if s[0] <= start <= s[1])

    def clause_of(self, start: int) -> tuple[int, int]:
        """The clause of the sentence around `start`, without the sentence's last stop: a
        sum is taken out with the words that offer it, and the rest of the sentence stays."""
        s0, s1 = self.sentence_of(start)
        sentence = self.text[s0:s1]
        c0, c1 = 0, len(sentence.rstrip(" .!?"))
        for brk in _CLAUSE_BREAK.finditer(sentence):
            if brk.end() <= start - s0:
                c0 = brk.end()
            elif brk.start() >= start - s0:
                c1 = min(c1, brk.start())
                break
        return s0 + c0, s0 + c1

    # --- the checks

    def phrases(self) -> None:
        hits = phrase_hits(
            self.text, phrases_for(self.language), self.book, self.tone, "reply", self.quotes
        )
        trouble = _trouble(self.facts, self.book)
        for hit in _strongest(hits):
            edit = _phrase_edit(hit, trouble)
            self.flag(hit.phrase.kind, hit.start, hit.end, hit.phrase.why, _phrase_fix(edit), edit)

    def money(self) -> None:
        """Each sum: a digit slip against the case's own sums is put right first; then an
        offer is held to policy, and a description to the sums the case knows."""
        known = _known_amounts(self.facts, self.decision)
        offer = compiled(self.book.offer)
        for span in money_spans(self.text):
            if self.quoted(span.start) or span.value in known:
                value = span.value
            elif len(twins := [v for v in known if _same_digits(v, span.value)]) == 1:
                value = twins[0]
                self._swapped(span, value)
            else:
                value = None
            sentence = self.sentence_of(span.start)
            near = self.text[max(sentence[0], span.start - 45) : min(sentence[1], span.end + 25)]
            # Without a book for the language, no sum it names is taken for a description.
            offering = bool(offer.search(near)) or self.language not in PHRASEBOOKS
            if self.quoted(span.start):
                continue
            if offering and self.decision is not None:
                self._priced(span, span.value if value is None else value)
            elif value is None and known:
                self._unknown_sum(span, known)

    def commitments(self) -> None:
        """Money promised without a sum: the customer's business losses, which policy never
        pays, and a full refund where the package refunds nothing."""
        d = self.decision
        if d is None:
            return
        refunds = any(i.kind in ("refund", "reimbursement") for i in d.recommended.items)
        checks = [(self.book.lost_business, "their business losses are never paid by policy")]
        if not refunds:
            checks.append((self.book.full_refund, "this case's package refunds nothing"))
        for pattern, why in checks:
            for m in compiled(pattern).finditer(self.text):
                if self.quoted(m.start()):
                    continue
                line = (
                    f"I'll come back to you within {_hours(d.next_update_hours)} with what we "
                    "can do to put this right"
                )
                self.flag("outside-envelope", m.start(), m.end(), f"a promise of money: {why}",
                          "don't promise it: say when you'll come back with what you can do",
                          _Edit(*self.clause_of(m.start()), line, whole=True))  # fmt: skip

    def _cur(self) -> str:
        return self.decision.currency if self.decision else self.facts.currency_code or "USD"

    def _swapped(self, span: MoneySpan, value: float) -> None:
        original = self.text[span.start : span.end]
        number = re.search(r"\d[\d,]*(?:\.\d+)?", original)
        assert number is not None
        fixed = original[: number.start()] + _number_like(number.group(0), value)
        fixed += original[number.end() :]
        why = f"{format_money(span.value, self._cur())} is not a sum on this case: the digits look swapped"
        self.flag("wrong-number", span.start, span.end, why, f"say {fixed}",
                  _Edit(span.start, span.end, fixed))  # fmt: skip

    def _unknown_sum(self, span: MoneySpan, known: dict[float, str]) -> None:
        cur = self._cur()
        listed = "; ".join(
            f"{format_money(v, cur)} ({what})" for v, what in list(known.items())[:4]
        )
        why = f"{format_money(span.value, cur)} is not a sum on this case"
        self.flag("wrong-number", span.start, span.end, why,
                  f"check it against the case: {listed}", None)  # fmt: skip

    def _priced(self, span: MoneySpan, value: float) -> None:
        """An offer of `value` held to the envelope and the agent's authority."""
        d = self.decision
        assert d is not None
        verdict = money_verdict(value, d, offering=True)
        if verdict is None or (verdict == "needs-approval" and self.approved):
            return
        named = format_money(value, d.currency)
        within = _hours(d.next_update_hours)
        clause = self.clause_of(span.start)
        if verdict == "money-outside-envelope":
            line = f"I'll come back to you within {within} with what we can do to put this right"
            self.flag("outside-envelope", span.start, span.end,
                      f"{named} is above what policy allows for this case",
                      "don't name it: say when you'll come back with what you can do",
                      _Edit(*clause, line, whole=True))  # fmt: skip
            return
        who = _approver(d)
        line = f"I'll confirm what we can offer with {who} and come back to you within {within}"
        cap = format_money(d.authority_cap, d.currency)
        self.flag("over-authority", span.start, span.end,
                  f"{named} is above your {cap} authority: {d.approver} approves it first",
                  f"don't name it yet: say you'll confirm with {who} and come back",
                  _Edit(*clause, line, whole=True))  # fmt: skip

    def currency(self) -> None:
        own = self.decision.currency if self.decision else self.facts.currency_code
        if own is None:
            return
        locale = self.decision.locale if self.decision else "en"
        symbol = currency_symbol(own, locale)
        marks = (
            case_foreign_marks(self.text, self.decision)
            if self.decision
            else sorted(set(foreign_currency_marks(self.text, own, locale)))
        )
        for mark in marks:
            for m in re.finditer(re.escape(mark), self.text):
                if self.quoted(m.start()):
                    continue
                self.flag("foreign-currency", m.start(), m.end(),
                          f"“{mark}” is not this customer's currency ({own})",
                          f"write it in {own}, and check the figure is theirs",
                          _Edit(m.start(), m.end(), symbol))  # fmt: skip

    def hours(self) -> None:
        """Hours of impact named in the reply against the hours the case records."""
        fact = self.facts.impact_hours
        if fact is None or fact.provenance not in ("stated", "corrected"):
            return
        for m in _IMPACT_HOURS.finditer(self.text):
            group = "n" if m.group("n") else "n2"
            token = m.group(group)
            value = _number_value(token)
            if value is None or value == fact.value or self.quoted(m.start()):
                continue
            shown = _number_word(fact.value) if token[0].isalpha() else f"{fact.value:g}"
            if token[:1].isupper():
                shown = shown.capitalize()
            start, end = m.span(group)
            self.flag("wrong-number", start, end,
                      f"the case has {fact.value:g} hours of impact, not {value:g}",
                      f"say {shown}", _Edit(start, end, shown))  # fmt: skip

    def days(self) -> None:
        """A weekday the reply gives for what happened, against the one the complaint names."""
        complaint = self.facts.complaint.value if self.facts.complaint else ""
        days = set(_weekdays(complaint, self.book))
        if len(days) != 1:
            return
        (day,) = days
        full = _full_weekdays(self.book)
        for m in compiled(rf"\b(?:on|last|since) ({'|'.join(full)})\b").finditer(self.text):
            sentence = self.text[slice(*self.sentence_of(m.start()))]
            said = full.index(m.group(1).lower())
            if said == day or self.quoted(m.start()) or not _PAST.search(sentence):
                continue
            if _FUTURE.search(sentence) or compiled(self.book.commitment).search(sentence):
                continue
            right = full[day].capitalize()
            self.flag("wrong-date", m.start(1), m.end(1),
                      f"the complaint says it happened on {right}", f"say {right}",
                      _Edit(m.start(1), m.end(1), right))  # fmt: skip

    def names(self) -> None:
        customer = self.facts.customer_name.value if self.facts.customer_name else ""
        parts = [p for p in re.findall(r"[A-Za-zÀ-ÿ][\wÀ-ÿ'-]+", customer) if len(p) >= 3]
        starts = {start for start, _ in sentence_spans(self.text)}
        for m in _CAPITALISED.finditer(self.text):
            word = m.group(0)
            if m.start() in starts:
                continue  # "Could", "Would": capitalised because a sentence starts there
            for part in parts:
                # the likeness last: it is the slow test, and most words fail the others
                if (
                    word[0].lower() == part[0].lower()
                    and word.lower() != part.lower()
                    and len(part) >= 4
                    and difflib.SequenceMatcher(None, word.lower(), part.lower()).ratio() >= 0.8
                ):
                    self.flag("wrong-name", m.start(), m.end(),
                              f"the customer's name is spelled {part}", f"write {part}",
                              _Edit(m.start(), m.end(), part))  # fmt: skip
                    break
        self._greeting(customer, parts)
        self._signature()

    def _greeting(self, customer: str, parts: list[str]) -> None:
        m = _GREETING.match(self.text)
        if m is None or not customer or not _is_person(self.facts):
            return
        name = m.group("name")
        tokens = name.split()
        said = customer_text(self.facts).lower()
        close = any(
            difflib.SequenceMatcher(None, t.lower(), p.lower()).ratio() >= 0.8
            for t in tokens
            for p in parts
        )
        if close or all(t.lower() in said for t in tokens):
            return
        right = parts[0] if len(tokens) == 1 else " ".join(parts)
        self.flag("wrong-name", m.start("name"), m.end("name"),
                  f"the customer is {customer}", f"write {right}",
                  _Edit(m.start("name"), m.end("name"), right))  # fmt: skip

    def _signature(self) -> None:
        mine = self.owner.name
        if not mine:
            return
        first = mine.split()[0]
        for m in _SELF_NAME.finditer(self.text):
            group = "name" if m.group("name") else "name2"
            name = m.group(group)
            if name.lower() in mine.lower() or name.lower() in _NOT_NAMES:
                continue
            start, end = m.span(group)
            self.flag("wrong-name", start, end, f"you are {mine} on this case", f"write {first}",
                      _Edit(start, end, first))  # fmt: skip

    def placeholders(self) -> None:
        fill = {NAME_PLACEHOLDER: self.owner.name, CONTACT_PLACEHOLDER: self.owner.contact}
        if self.facts.customer_name and _is_person(self.facts):
            fill["[customer name]"] = self.facts.customer_name.value
            fill["[contact name]"] = self.facts.customer_name.value.split()[0]
        for m in _PLACEHOLDER.finditer(self.text):
            value = fill.get(m.group(0).lower())
            edit = _Edit(m.start(), m.end(), value) if value else None
            fix = f"write {value}" if value else "fill it in before you send"
            self.flag("placeholder", m.start(), m.end(), "a blank from a script is still in it",
                      fix, edit)  # fmt: skip

    # --- the mended reply

    def result(self) -> tuple[list[ReplyFlag], str]:
        """The flags in reading order, and the reply with the edits that do not collide.

        A whole sentence or clause replaced or dropped wins over the smaller edits inside
        it; each flag then says what stands in its place in the corrected reply."""
        chosen: list[_Edit] = []
        edits = [e for _, e in self.flags if e is not None]
        for edit in sorted(edits, key=lambda e: (not e.whole, e.start - e.end, e.start)):
            if not any(edit.start < c.end and c.start < edit.end for c in chosen):
                chosen.append(edit)
        flags = []
        for flag, edit in self.flags:
            if edit is not None:
                winner = next(c for c in chosen if c.start <= edit.start and edit.end <= c.end)
                flag = flag.model_copy(update={"replacement": winner.text})
            flags.append(flag)
        flags.sort(key=lambda f: (f.start, f.end))
        return flags, _apply(self.text, sorted(chosen, key=lambda e: e.start))


def _apply(text: str, edits: list[_Edit]) -> str:
    out = ""
    pos = 0
    capitalise = False
    for edit in edits:
        piece = text[pos : edit.start]
        out += _capitalised(piece) if capitalise else piece
        capitalise = False
        starts = not out.strip() or bool(re.search(r"[.!?]\s*$|\n\s*$", out))
        end = edit.end
        if edit.whole and not edit.text:
            gap = re.match(r"\s*", text[end:])
            end += gap.end() if gap else 0
            if end >= len(text):
                out = out.rstrip()
        replacement = edit.text
        if not replacement and not edit.whole:
            out = out.rstrip(" ") if re.match(r"[ ,.;:!?]|$", text[end:]) else out
            if text[end : end + 1] == "," and (starts or out.endswith(" ")):
                end += 1
            capitalise = starts
        elif starts and replacement:
            replacement = replacement[0].upper() + replacement[1:]
        out += replacement
        if replacement.endswith((".", "!", "?")):
            capitalise = True
        pos = end
    rest = text[pos:]
    out += _capitalised(rest) if capitalise else rest
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r" +([,.;:!?])", r"\1", out)
    out = re.sub(r"([.!?])\.+", r"\1", out)
    return out.strip()


def _capitalised(piece: str) -> str:
    m = re.match(r"(\s*)([a-zà-ÿ])", piece)
    return piece if m is None else m.group(1) + m.group(2).upper() + piece[m.end() :]


_NUMBER_TOKEN = r"\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_IMPACT_HOURS = re.compile(
    rf"(?:\b(?:down|offline|out|unavailable|without (?:\w+ ){{0,2}}|outage|broken|disrupted|"
    rf"failed|stopped|not working|cut off|lost)"
    rf"(?: \w+){{0,2}} for (?:about |around |nearly |almost |over |more than )?"
    rf"(?P<n>{_NUMBER_TOKEN})[ -]hours?\b"
    rf"|\b(?P<n2>{_NUMBER_TOKEN})[ -]hours? (?:of (?:\w+ )?(?:downtime|outage|disruption|"
    rf"lost \w+)|(?:long )?(?:outage|downtime|disruption)))",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|so|then)\s+|;\s+|\s+(?:and|but|so)\s+(?=I\b|we\b|I'|we')|,\s+(?=I'll|we'll|I will|we will)"
)
_PAST = re.compile(
    r"\b(?:was|were|happened|went (?:down|wrong|offline)|broke|failed|lost|crashed|charged|"
    r"stopped|occurred|outage|incident)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|by|until|scheduled|booked|planned|next|coming|expect)\b|'ll\b",
    re.I,
)
_CAPITALISED = re.compile(r"(?<![\w@.])[A-ZÀ-Ý][\wÀ-ÿ'-]{3,}")
_GREETING = re.compile(
    r"\s*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+"
    r"(?:(?i:mr|mrs|ms|miss|dr|mx)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\wÀ-ÿ'-]+(?:[ \t]+[A-ZÀ-Ý][\wÀ-ÿ'-]+)?)"
)
_SELF_NAME = re.compile(
    r"\b(?:[Mm]y name is|[Tt]his is|[Ii]t's)\s+(?P<name>[A-Z][a-zÀ-ÿ'-]+)(?=\s*(?:,|\.|from\b|"
    r"at\b|here\b|and\b|$))|(?:^|\n)\s*(?:[Tt]hanks|[Rr]egards|[Bb]est|[Kk]ind regards|"
    r"[Ss]incerely|[Cc]heers|[Ww]arm regards|[Bb]est wishes)[^\n]{0,20}\n\s*[-–—]?\s*"
    r"(?P<name2>[A-Z][a-zÀ-ÿ'-]+)\s*$",
)
_NOT_NAMES = {"me", "us", "the", "our", "your", "customer", "support"}
_PLACEHOLDER = re.compile(r"\[(?:your name|your direct line or email|customer name|contact name"
                          r"|[a-z][a-z ]{2,40})\]", re.I)  # fmt: skip
_CORPORATE = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|corp|co|group|logistics|health|bank|systems|solutions|"
    r"partners|technologies|labs|holdings|services|sa|ag|bv|srl)\b\.?",
    re.I,
)


def _is_person(facts: CaseFacts) -> bool:
    """A consumer's name. A business's name says nothing of who the contact there is."""
    name = facts.customer_name.value if facts.customer_name else ""
    consumer = bool(facts.segment and facts.segment.value == "b2c")
    return bool(name) and consumer and not _CORPORATE.search(name)


def _number_value(token: str) -> float | None:
    if token[0].isdigit():
        return float(token)
    value = NUMBER_WORDS.get(token.lower())
    return None if value is None else float(value)


def _number_word(value: float) -> str:
    words = {v: w for w, v in NUMBER_WORDS.items()}
    return words.get(int(value), f"{value:g}") if value.is_integer() else f"{value:g}"


def _full_weekdays(book: Phrasebook) -> list[str]:
    """Each weekday's full name only: "sat" and "sun" are words too."""
    return [names.split("|")[0] for names in book.times.weekdays]


def _weekdays(text: str, book: Phrasebook) -> list[int]:
    full = _full_weekdays(book)
    return [
        full.index(m.group(0).lower())
        for m in compiled(rf"\b(?:{'|'.join(full)})\b").finditer(text)
    ]


def check_reply(
    text: str,
    facts: CaseFacts,
    decision: PolicyDecision | None = None,
    owner: Owner | None = None,
    *,
    approved: bool = False,
    language: str | None = None,
) -> ReplyCheck:
    """Flags and a mended reply. `approved`: an approver has agreed the package, so sums
    above the agent's own authority but within it may be named."""
    text = text.strip()
    language = language or detect_language(text)[0]
    checker = _Checker(text, facts, decision, owner or Owner(), approved, language)
    checker.phrases()
    checker.money()
    checker.commitments()
    checker.currency()
    checker.hours()
    checker.days()
    checker.names()
    checker.placeholders()
    flags, corrected = checker.result()
    return ReplyCheck(reply=text, corrected=corrected, flags=flags, language=language)
