"""Where a case is read: the locale its numbers, dates and durations are written in.

A case has one locale, from the customer's language and the currency of their money
(Spanish and euros: es_ES; Portuguese and reais: pt_BR; Portuguese and euros: pt_PT), so
the script, the coaching around it, Slack, the Markdown file and the log all write
`1.450,00 €` the same way. Babel (CLDR) knows how each locale writes them; nothing here
formats by hand. English keeps the coach's own style (`€1,900`, cents only when there
are any), which every English plan has always used.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Literal

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_skeleton
from babel.localedata import locale_identifiers
from babel.numbers import get_territory_currencies
from babel.units import format_unit

Language = Literal["en", "es", "pt", "fr", "de"]
LANGUAGES: tuple[str, ...] = Language.__args__  # type: ignore[attr-defined]
"""The languages the coach reads and writes; each has a message catalog."""
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
}
DEFAULT_LOCALE = "en"


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "en", code or "English")


@cache
def case_locale(language: str | None, currency: str | None) -> str:
    """The Babel locale for a customer writing `language` and paying in `currency`.

    The language's usual country when it uses that currency, else a country whose
    currency it is (its code's first letters: MXN is Mexico), else the language's own
    country (pt with euros is Portugal), else the usual country anyway.
    """
    language = (language or "en").lower()
    if language == "en" or language not in LANGUAGES:
        return DEFAULT_LOCALE
    code = (currency or "").upper()
    likely = get_global("likely_subtags").get(language, language)
    home = Locale.parse(likely).territory
    if code and home and code in _currencies(home):
        return f"{language}_{home}"
    candidates = [i for i in locale_identifiers() if _territory_of(i, language)]
    for prefer in (code[:2], language.upper()):
        for identifier in candidates:
            territory = _territory_of(identifier, language)
            if territory == prefer and code in _currencies(territory):
                return identifier
    using = sorted(i for i in candidates if code in _currencies(_territory_of(i, language)))
    if using:
        return using[0]
    return f"{language}_{home}" if home else language


def _territory_of(identifier: str, language: str) -> str | None:
    """`es_MX` -> `MX` for Spanish; None for another language or a script variant."""
    parts = identifier.split("_")
    if len(parts) == 2 and parts[0] == language and parts[1].isalpha() and len(parts[1]) == 2:
        return parts[1]
    return None


@cache
def _currencies(territory: str | None) -> tuple[str, ...]:
    if not territory:
        return ()
    return tuple(get_territory_currencies(territory, tender=True))


def format_duration(hours: float, locale: str, hours_up_to: float = 36) -> str:
    """`4 horas`, `24 Stunden`, `2 jours`: in hours up to `hours_up_to`, then in whole
    days, each in the locale's own words for the unit (CLDR's)."""
    if hours <= hours_up_to:
        return format_unit(_whole(hours), "duration-hour", locale=locale)
    return format_unit(_whole(hours / 24), "duration-day", locale=locale)


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)


def format_day(day: date, locale: str, pattern: str) -> str:
    """A date as the catalog's pattern for that language says a day is written in a
    sentence (`viernes 11 de diciembre`, `Freitag, 11. Dezember`)."""
    return format_date(day, pattern, locale=locale)


def format_moment(moment: datetime, locale: str) -> str:
    """A near moment as a person reads it in a list: weekday, day and month, then the
    24-hour time (`Wed, Dec 2 14:44`, `mié, 2 dic 14:44`, `Mi., 2. Dez. 14:44`)."""
    day = format_skeleton("MMMEd", moment, locale=locale)
    return f"{day} {format_skeleton('Hm', moment, locale=locale)}"
