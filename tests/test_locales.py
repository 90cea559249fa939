"""Where a case is read, and how its numbers, days and durations are written there: by
Babel, from the customer's language and the currency of their money."""

from __future__ import annotations

from datetime import date

import pytest

from graph.locales import case_locale, format_day, format_duration
from graph.money import format_money
from graph.understanding.when import due

MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("language", "currency", "locale", "amount", "written"),
    [
        ("es", "EUR", "es_ES", 1450, "1.450,00\xa0€"),
        ("pt", "BRL", "pt_BR", 4200, "R$\xa04.200,00"),
        ("pt", "EUR", "pt_PT", 980.5, "980,50\xa0€"),
        ("fr", "EUR", "fr_FR", 1450, "1\u202f450,00\xa0€"),
        ("fr", "CAD", "fr_CA", 310, "310,00\xa0$"),
        ("de", "EUR", "de_DE", 38000, "38.000,00\xa0€"),
        ("de", "CHF", "de_CH", 1450, "CHF\xa01’450.00"),
        ("es", "MXN", "es_MX", 2800, "$2,800.00"),
        ("en", "GBP", "en", 1100, "£1,100"),
        ("en", "EUR", "en", 1900.5, "€1,900.50"),
    ],
)
def test_money_is_written_the_way_the_customers_locale_writes_it(
    language, currency, locale, amount, written
):
    assert case_locale(language, currency) == locale
    assert format_money(amount, currency, locale).replace("'", "’") == written.replace("'", "’")


@pytest.mark.parametrize(
    ("hours", "locale", "up_to", "written"),
    [
        (4, "es_ES", 36, "4 horas"),
        (24, "pt_BR", 36, "24 horas"),
        (48, "fr_FR", 36, "2\xa0jours"),
        (48, "de_DE", 1000, "48 Stunden"),
        (1, "de_DE", 1000, "1 Stunde"),
        (72, "es_ES", 36, "3 días"),
    ],
)
def test_durations_are_the_locales_own_words(hours, locale, up_to, written):
    assert format_duration(hours, locale, up_to) == written


@pytest.mark.parametrize(
    ("words", "kind", "day"),
    [
        ("bis Freitag", "day", date(2026, 12, 11)),
        ("antes del viernes", "day", date(2026, 12, 11)),
        ("até sexta-feira", "day", date(2026, 12, 11)),
        ("avant lundi", "day", MONDAY),
        ("by Monday", "day", MONDAY),
        ("a más tardar el 15 de noviembre", "day", date(2027, 11, 15)),
        ("bis zum 11.12.2026", "day", date(2026, 12, 11)),
        ("antes de que pase el recibo el día 5", "day", date(2027, 1, 5)),
        ("se não resolver hoje", "today", MONDAY),
        ("como muy tarde mañana", "tomorrow", date(2026, 12, 8)),
        ("mañana por la mañana", "tomorrow", date(2026, 12, 8)),
        ("si esta semana", "this_week", None),
        ("est pas réglé ce mois-ci", "this_month", None),
    ],
)
def test_a_deadline_is_read_as_the_day_it_falls_on(words, kind, day):
    found = due(words, MONDAY)
    assert found is not None and found.kind == kind and found.day == day


def test_a_span_is_read_in_hours_and_nothing_is_guessed():
    assert due("sous 48 h", MONDAY).hours == 48
    assert due("innerhalb von 2 Tagen", MONDAY).hours == 48
    assert due("before the wedding", MONDAY) is None
    assert due("guten Morgen", MONDAY) is None


def test_a_day_is_written_by_babel_in_the_catalogs_pattern():
    day = date(2026, 12, 11)
    assert format_day(day, "es_ES", "EEEE d 'de' MMMM") == "viernes 11 de diciembre"
    assert format_day(day, "pt_BR", "EEEE, d 'de' MMMM") == "sexta-feira, 11 de dezembro"
    assert format_day(day, "fr_FR", "EEEE d MMMM") == "vendredi 11 décembre"
    assert format_day(day, "de_DE", "d. MMMM") == "11. Dezember"
