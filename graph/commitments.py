"""The promises a text makes to the customer, and when each falls due.

Read from what the agent says (an approved script, a checked reply, a live line they
confirm), so every "I'll call you by 3pm" becomes something the ledger can remind them of.
A promise is a first-person future ("I'll", "we will", "you'll hear") that delivers
something: a call, an email, a refund. "I'll be your single point of contact" is a role,
not a deliverable; a question ("shall I call you at 3?") and a declined promise ("I
can't promise…") are not promises.

When it falls due, read against the moment it was made, in the case's time zone:
- a clock time ("by 3pm", "at 10:30 tomorrow", "by noon ET"): that time, the next day
  if it has already passed today;
- a duration ("within 48 hours", "in 30 minutes", "within two business days"): from the
  moment it was made, business days skipping weekends;
- a day without a time ("on Friday", "tomorrow", "by the end of the week", "next week"):
  the end of that working day (`END_OF_DAY`); "morning" is noon, "tonight" is 21:00,
  "end of the week" is Friday, "next week" the Friday of next week, and "next Friday"
  the Friday after this week;
- "on your next invoice" (bill, statement, billing cycle): no clock, so it is tracked
  without a reminder until someone marks it kept;
- no time at all ("we'll credit the failed day"): the policy's next update
  (`unstated_hours`), since that is when the customer expects to hear of it.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from graph.checks import NUMBER_WORDS, compiled, sentence_spans
from graph.lint_phrases import TimeWords
from graph.phrasebook import PHRASEBOOKS, Phrasebook, phrasebook

END_OF_DAY = time(17, 0)
NOON = time(12, 0)
TONIGHT = time(21, 0)
LAST_MINUTE = time(23, 59)
ZONES = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "gmt": "UTC", "utc": "UTC", "bst": "Europe/London", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
}  # fmt: skip
"""Time-zone abbreviations a promise may name ("by 3pm ET"); others are the case's zone."""
_NUMBER_WORDS = NUMBER_WORDS | {"a couple of": 2, "couple of": 2, "a few": 3, "few": 3}
_COUNT = r"\d+(?:\.\d+)?|" + "|".join(
    sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)
)
_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?|h\b|uhr\b)?"
    r"(?:\s*(?P<zone>" + "|".join(ZONES) + r")\b)?(?=\W|$)",
    re.I,
)
_ZONE_WORD = re.compile(r"\b(?:" + "|".join(z.upper() for z in ZONES) + r")\b")
"""A zone named elsewhere in the clause ("at 9:30 tomorrow ET"): capitals only, since
"et" is French for "and"."""
_LEAD_BREAK = re.compile(r",\s*(?:but|and|so|then)\s+|;\s*|\bbut\s+")
"""Where the words before a promise stop being about it: "I can't promise it won't
happen again, but I'll send…" declines the first, not the second."""
_TRAILING = re.compile(r"(?:[,;]?\s+(?:and|but|so|then|or))+$", re.I)
_QUESTION = re.compile(r"\?\s*$")
_CLAUSE = re.compile(r"[,;]?\s+(?:and|then)\s+(?=(?:I'll|we'll|I will|we will|also\b)?)|;\s+")
DueKind = Literal["clock", "duration", "day", "next_invoice", "unstated"]


class Due(BaseModel):
    """When a promise falls due: `at` is an epoch, None when it has no clock."""

    at: float | None
    kind: DueKind
    said: str = ""
    """The words that set it ("by 3pm", "on your next invoice"); empty when none were."""


class Commitment(BaseModel):
    text: str
    due: Due


def _count(token: str) -> float:
    token = token.lower().strip()
    return float(token) if token[0].isdigit() else float(_NUMBER_WORDS.get(token, 1))


def _at(day: datetime, clock: time) -> datetime:
    return day.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)


def _add_business_days(start: datetime, days: float) -> datetime:
    moment, left = start, int(days)
    while left > 0:
        moment += timedelta(days=1)
        if moment.weekday() < 5:
            left -= 1
    return moment


class _Reader:
    """Reads one clause's time words against the moment the promise was made."""

    def __init__(self, words: TimeWords, made: datetime) -> None:
        self.w = words
        self.made = made

    def find(self, clause: str) -> tuple[datetime | None, DueKind, str] | None:
        w = self.w
        if m := compiled(rf"\b(?:on |in |with |by |from )?(?:{w.next_invoice})\b").search(clause):
            return None, "next_invoice", m.group(0)
        duration = compiled(
            rf"\b(?:{w.within})\s+(?:the next\s+|the\s+)?(?P<n>{_COUNT}|{w.a_unit})?\s*"
            rf"(?P<unit>{w.business_days}|{w.hours}|{w.minutes}|{w.days}|{w.weeks})\b"
        )
        if m := duration.search(clause):
            return self._duration(m), "duration", m.group(0)
        day, day_words = self._day(clause)
        clock = self._clock(clause)
        if clock is not None:
            at, tz, said = clock
            date = (day or self.made).astimezone(tz).date()
            moment = datetime.combine(date, at, tzinfo=tz)
            if day is None and moment <= self.made:
                moment += timedelta(days=1)
            return moment, "clock", " ".join(p for p in (day_words, said) if p)
        if day is not None:
            return day, "day", day_words
        return None

    def _duration(self, m: re.Match[str]) -> datetime:
        w = self.w
        n = _count(m.group("n")) if m.group("n") else 1.0
        unit = m.group("unit").lower()
        if compiled(rf"^(?:{w.business_days})$").match(unit):
            return _add_business_days(self.made, n)
        if compiled(rf"^(?:{w.minutes})$").match(unit):
            return self.made + timedelta(minutes=n)
        if compiled(rf"^(?:{w.hours})$").match(unit):
            return self.made + timedelta(hours=n)
        if compiled(rf"^(?:{w.weeks})$").match(unit):
            return self.made + timedelta(weeks=n)
        return self.made + timedelta(days=n)

    def _clock(self, clause: str) -> tuple[time, ZoneInfo, str] | None:
        """A time of day, the zone it is in, and the words that said it."""
        zone = self.made.tzinfo
        assert isinstance(zone, ZoneInfo), "made_at carries the case's ZoneInfo"
        if m := compiled(rf"\b(?:by |at |around |before )?(?:{self.w.noon})\b").search(clause):
            return NOON, zone, m.group(0)
        for m in _CLOCK.finditer(clause):
            before = clause[max(0, m.start() - 16) : m.start()]
            lead = compiled(rf"(?<!\w)(?:{self.w.clock_lead})\s+$").search(before)
            if not m.group("ampm") and not m.group("m") and not lead:
                continue  # "3 days", "the 2 of you": a bare number is not a time
            hour = int(m.group("h"))
            ampm = (m.group("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            elif not ampm and 1 <= hour <= 7 and not m.group("h").startswith("0"):
                hour += 12  # "by 5": the working day; "01:00" is a 24-hour clock
            named = ZONES.get((m.group("zone") or "").lower())
            if named is None and (other := _ZONE_WORD.search(clause)):
                named = ZONES[other.group(0).lower()]
            said = (lead.group(0) if lead else "") + m.group(0).strip()
            return time(hour, int(m.group("m") or 0)), ZoneInfo(named) if named else zone, said
        return None

    def _day(self, clause: str) -> tuple[datetime | None, str]:
        w, made = self.w, self.made
        part = compiled(
            rf"\b(?P<part>(?:this |tomorrow |in the )?(?:{w.morning}|{w.afternoon}|{w.evening}))\b"
        ).search(clause)
        when = END_OF_DAY
        if part:
            text = part.group("part").lower()
            if compiled(rf"(?:{w.morning})$").search(text):
                when = NOON
            elif compiled(rf"(?:{w.evening})$").search(text):
                when = TONIGHT
        if m := compiled(rf"\b(?:{w.tonight})\b").search(clause):
            return _at(made, TONIGHT), m.group(0)
        if m := compiled(rf"\b(?:by |before )?(?:the )?(?:{w.end_of_day})\b").search(clause):
            return self._today(END_OF_DAY), m.group(0)
        if m := compiled(rf"\b(?:by |before )?(?:the )?(?:{w.end_of_week})\b").search(clause):
            return self._weekday(4, END_OF_DAY, next_week=False), m.group(0)
        if m := compiled(rf"\b(?:by |before |during |in )?(?:{w.next_week})\b").search(clause):
            return self._weekday(4, END_OF_DAY, next_week=True), m.group(0)
        if m := compiled(rf"\b(?:{w.tomorrow})\b").search(clause):
            return _at(made + timedelta(days=1), when), m.group(0)
        names = "|".join(f"(?:{d})" for d in w.weekdays)
        day = compiled(rf"\b(?:by |on |before |until |this |this coming )?(?P<next>next )?"
                       rf"(?P<day>{names})\b")  # fmt: skip
        if m := day.search(clause):
            index = next(
                i for i, d in enumerate(w.weekdays) if compiled(rf"^(?:{d})$").match(m["day"])
            )
            return self._weekday(index, when, next_week=bool(m["next"])), m.group(0)
        if m := self._date(clause):
            return m
        if m := compiled(rf"\b(?:{w.today})\b").search(clause):
            return self._today(when), m.group(0)
        if part:
            return self._today(when), part.group(0)
        return None, ""

    def _date(self, clause: str) -> tuple[datetime, str] | None:
        w, made = self.w, self.made
        months = "|".join(f"(?P<m{i}>{names})" for i, names in enumerate(w.months))
        found = compiled(
            rf"\b(?:(?:by|on|before) )?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?:{months})"
            rf"|(?:{months.replace('?P<m', '?P<n')}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
        ).search(clause)
        if found:
            groups = found.groupdict()
            month = next(i for i in range(12) if groups.get(f"m{i}") or groups.get(f"n{i}")) + 1
            day_of_month = int(found["d1"] or found["d2"])
            try:
                moment = made.replace(month=month, day=day_of_month)
            except ValueError:
                return None
            if moment.date() < made.date():
                moment = moment.replace(year=made.year + 1)
            return _at(moment, END_OF_DAY), found.group(0)
        if m := compiled(r"\b(?:by |on |before )?the (\d{1,2})(?:st|nd|rd|th)\b").search(clause):
            try:
                moment = made.replace(day=int(m.group(1)))
            except ValueError:
                return None
            if moment.date() < made.date():
                year, month = (
                    (made.year + 1, 1) if made.month == 12 else (made.year, made.month + 1)
                )
                moment = moment.replace(year=year, month=month)
            return _at(moment, END_OF_DAY), m.group(0)
        return None

    def _today(self, when: time) -> datetime:
        """Today at `when`, or the last minute of today once `when` has passed."""
        moment = _at(self.made, when)
        return moment if moment > self.made else _at(self.made, LAST_MINUTE)

    def _weekday(self, index: int, when: time, next_week: bool) -> datetime:
        made = self.made
        ahead = (index - made.weekday()) % 7
        if next_week:
            ahead = (7 - made.weekday()) + index
        moment = _at(made + timedelta(days=ahead), when)
        if moment <= made:
            moment += timedelta(days=7)
        return moment


def _clauses(sentence: str, book: Phrasebook) -> list[str]:
    """A sentence cut where another promise starts ("I'll call you at 3 and email the
    report on Friday" is two)."""
    cue = compiled(book.commitment)
    pieces: list[str] = []
    last = 0
    for m in cue.finditer(sentence):
        if m.start() > last and cue.search(sentence[last : m.start()]):
            pieces.append(sentence[last : m.start()])
            last = m.start()
    pieces.append(sentence[last:])
    split: list[str] = []
    deliverable = compiled(book.deliverable)
    for piece in pieces:
        start = 0
        for m in _CLAUSE.finditer(piece):
            rest = piece[m.end() :]
            if deliverable.match(rest) and deliverable.search(piece[start : m.start()]):
                split.append(piece[start : m.start()])
                start = m.end()
        split.append(piece[start:])
    return [p.strip(" ,;") for p in split if p.strip(" ,;")]


def find_commitments(
    text: str, made_at: datetime, unstated_hours: float, language: str | None = None
) -> list[Commitment]:
    """Every promise in `text`, with its due time; `made_at` must carry the case's zone.

    Without a `language`, each book is tried in turn, English first, and the first that
    finds a promise is the text's: each book's promise words are its own ("le llamaré",
    "ich rufe Sie an"), so the wrong ones find nothing, and a line as short as a live one
    is too short to tell its language by statistics (and that would cost more than the
    reading)."""
    if language is not None:
        return _commitments(text, made_at, unstated_hours, phrasebook(language))
    for book in PHRASEBOOKS.values():
        if found := _commitments(text, made_at, unstated_hours, book):
            return found
    return []


def _commitments(
    text: str, made_at: datetime, unstated_hours: float, book: Phrasebook
) -> list[Commitment]:
    cue = compiled(book.commitment)
    negated = compiled(rf"^\W*(?:\w+\W+){{0,2}}?(?:{book.never})\b|^\W*\w+n't\b")
    joins = compiled(book.joins) if book.joins else None
    declined = compiled(book.negated_before)
    # The verb must come right after "I'll" (or be the cue's own: "the credit will show"):
    # "I'll be your single point of contact" is a role, whatever word ends it.
    deliverable = compiled(rf"^\W*(?:[\w'’]+\W+){{0,4}}?{book.deliverable}")
    arrives = compiled(rf"^\W*(?:[\w'’]+\W+){{0,4}}?{book.arrives}")
    filler = compiled(book.filler)
    reader = _Reader(book.times, made_at)
    found: list[Commitment] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end].strip()
        if not sentence or _QUESTION.search(sentence):
            continue
        promising = False
        for clause in _clauses(sentence, book):
            m = cue.search(clause)
            if m is None and promising and deliverable.search(clause):
                said, promise, after = clause, clause, clause  # "…, and call you on Friday"
            elif m is None:
                promising = False
                continue
            else:
                lead = _LEAD_BREAK.split(clause[: m.start()])[-1]
                if joins is not None:
                    lead = joins.split(lead)[-1]
                promise, after = clause[m.start() :], clause[m.end() :]
                said = lead + promise
                if declined.search(lead) or negated.search(after):
                    promising = False
                    continue
            timed = reader.find(after) or reader.find(clause)
            bare = filler.sub("", promise)
            promising = bool(deliverable.search(bare) or (timed and arrives.search(bare)))
            if not promising:
                continue
            if timed is None:
                due = Due(at=(made_at + timedelta(hours=unstated_hours)).timestamp(),
                          kind="unstated")  # fmt: skip
            else:
                moment, kind, words = timed
                due = Due(at=moment.timestamp() if moment else None, kind=kind,
                          said=words.strip(" .,;!"))  # fmt: skip
            promised = _TRAILING.sub("", said.strip(" .,;!")).strip(" .,;!")
            if joins is not None:
                promised = compiled(rf"(?:{book.joins})+$").sub("", promised + " ").strip(" .,;!")
            found.append(Commitment(text=promised, due=due))
    return found
