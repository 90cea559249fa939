"""The day a deadline falls on, from the customer's words in any of the five languages.

A deadline is kept as the words it was read from ("bis Freitag", "antes de que pase el
recibo el día 5", "se não resolver hoje"). Those words cannot be quoted into a script in
another sentence, so the script names the day itself, written by Babel in the
customer's language: "bis zum 11. Dezember". What cannot be read as a day stays
unread, and the script says "by the time you need it" rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

_WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    [
        "monday mon lunes segunda segunda-feira 2ª lundi montag",
        "tuesday tue tues martes terça terca terça-feira terca-feira 3ª mardi dienstag",
        "wednesday wed weds miércoles miercoles quarta quarta-feira 4ª mercredi mittwoch",
        "thursday thu thur thurs jueves quinta quinta-feira 5ª jeudi donnerstag",
        "friday fri viernes sexta sexta-feira 6ª vendredi freitag",
        "saturday sat sábado sabado samedi samstag sonnabend",
        "sunday sun domingo dimanche sonntag",
    ]
):
    _WEEKDAYS.update(dict.fromkeys(_names.split(), _index))


def weekday_number(word: str) -> int | None:
    """Monday 0 to Sunday 6, for a weekday named in any of the five languages."""
    return _WEEKDAYS.get(word.lower())


_MONTHS: dict[str, int] = {}
for _index, _names in enumerate(
    [
        "january jan enero janeiro janvier januar jänner",
        "february feb febrero fevereiro février fevrier februar",
        "march mar marzo março marco mars märz marz",
        "april apr abril avril",
        "may mayo maio mai",
        "june jun junio junho juin juni",
        "july jul julio julho juillet juli",
        "august aug agosto août aout",
        "september sep sept septiembre setiembre setembro septembre",
        "october oct octubre outubro octobre oktober",
        "november nov noviembre novembro novembre",
        "december dec diciembre dezembro décembre decembre dezember",
    ],
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names.split(), _index))

_TODAY = re.compile(
    r"\b(?:today|tonight|end of (?:the )?day|eod|hoy|esta (?:tarde|noche)|hoje|heute|"
    r"aujourd'hui|ce soir)\b",
    re.I,
)
_TOMORROW = re.compile(
    r"\b(?:tomorrow|amanh[ãa]|demain)\b|(?<!la )(?<!esta )\bma[ñn]ana\b|"
    r"(?<!heute )(?<!guten )\bmorgen\b",
    re.I,
)
_WEEK = re.compile(
    r"\b(?:this week|end of (?:the )?week|eow|esta semana|essa semana|fin de semana|"
    r"fim de semana|diese woche|ende der woche|wochenende|cette semaine|"
    r"fin de (?:la )?semaine)\b",
    re.I,
)
_MONTH_END = re.compile(
    r"\b(?:this month|end of (?:the )?month|este mes|fin de mes|este m[êe]s|fim do m[êe]s|"
    r"diesen monat|monatsende|ende des monats|ce mois-ci|fin du mois)\b",
    re.I,
)
_WITHIN = re.compile(
    r"(?P<n>\d+)\s*(?P<unit>hours?|hrs?|h\b|horas|stunden|std\.?|heures|days?|d[ií]as|"
    r"tage[n]?|jours)",
    re.I,
)
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{2,4}))?")
_DAY_MONTH = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?(?P<month>[a-zà-ÿ]+)\b", re.I
)
_MONTH_DAY = re.compile(r"\b(?P<month>[a-z]+)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b", re.I)
_DAY_OF_MONTH = re.compile(
    r"\b(?:the|el d[ií]a|el|dia|d[ií]a|le|am|zum)\s+(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?"
    r"(?![\d.:/])",
    re.I,
)
_WORD = re.compile(r"[a-zà-ÿ]+(?:-feira)?|[2-6]ª", re.I)


@dataclass(frozen=True, slots=True)
class Due:
    """When a deadline falls: a day, a span from now, or a relative phrase."""

    kind: Literal["today", "tomorrow", "day", "this_week", "this_month", "within"]
    day: date | None = None
    hours: float | None = None


def _next(day_of_month: int, today: date) -> date | None:
    """The next date with this day of the month, from today on."""
    for months_ahead in range(3):
        month = (today.month - 1 + months_ahead) % 12 + 1
        year = today.year + (today.month - 1 + months_ahead) // 12
        try:
            candidate = date(year, month, day_of_month)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _dated(day: int, month: int, year: int | None, today: date) -> date | None:
    try:
        found = date(year if year else today.year, month, day)
    except ValueError:
        return None
    if year is None and found < today:
        found = found.replace(year=today.year + 1)
    return found


def due(text: str, today: date) -> Due | None:
    """The deadline in `text`, relative to `today`; None when no day can be read."""
    if m := _WITHIN.search(text):
        n = float(m.group("n"))
        hours = n if m.group("unit").lower().startswith(("h", "s")) else n * 24
        return Due("within", hours=hours)
    if m := _NUMERIC.search(text):
        year = int(m.group("y")) if m.group("y") else None
        if year is not None and year < 100:
            year += 2000
        if found := _dated(int(m.group("d")), int(m.group("m")), year, today):
            return Due("day", day=found)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            month = _MONTHS.get(m.group("month").lower())
            if month and (found := _dated(int(m.group("d")), month, None, today)):
                return Due("day", day=found)
    if _TODAY.search(text):
        return Due("today", day=today)
    if _TOMORROW.search(text):
        return Due("tomorrow", day=today + timedelta(days=1))
    for word in _WORD.findall(text):
        weekday = _WEEKDAYS.get(word.lower())
        if weekday is not None:
            return Due("day", day=today + timedelta(days=(weekday - today.weekday()) % 7))
    if (m := _DAY_OF_MONTH.search(text)) and (found := _next(int(m.group("d")), today)):
        return Due("day", day=found)
    if _WEEK.search(text):
        return Due("this_week")
    if _MONTH_END.search(text):
        return Due("this_month")
    return None
