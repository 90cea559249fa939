"""Promises made in Spanish, Portuguese, French and German, each due when the agent said,
in the case's time zone: one reader (graph/commitments.py), each language's words as data
(prompts/lint/<code>.toml)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from graph.commitments import find_commitments

ZONES = {
    "es": ZoneInfo("Europe/Madrid"),
    "pt": ZoneInfo("America/Sao_Paulo"),
    "fr": ZoneInfo("Europe/Paris"),
    "de": ZoneInfo("Europe/Berlin"),
}


def made(language: str) -> datetime:
    """A Wednesday morning where the agent works."""
    return datetime(2026, 3, 4, 9, 10, tzinfo=ZONES[language])


def due(text: str, language: str | None, zone: str) -> list[tuple[str, str | None]]:
    out = []
    for c in find_commitments(text, made(zone), unstated_hours=24, language=language):
        at = datetime.fromtimestamp(c.due.at, ZONES[zone]) if c.due.at else None
        out.append((c.due.kind, at.strftime("%a %d %b %H:%M") if at else None))
    return out


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Le llamaré hoy antes de las 15:30.", [("clock", "Wed 04 Mar 15:30")]),
        ("es", "Le enviaré el informe el viernes.", [("day", "Fri 06 Mar 17:00")]),
        ("es", "Le confirmaré la cita mañana por la mañana.", [("day", "Thu 05 Mar 12:00")]),
        ("es", "Tendrá noticias mías en un plazo de 48 horas.", [("duration", "Fri 06 Mar 09:10")]),
        ("es", "El abono aparecerá en su próxima factura.", [("next_invoice", None)]),
        ("pt", "Vou ligar amanhã até às 10h.", [("clock", "Thu 05 Mar 10:00")]),
        ("pt", "Enviarei o relatório na sexta-feira.", [("day", "Fri 06 Mar 17:00")]),
        ("pt", "O senhor vai receber o reembolso em até 3 dias úteis.",
         [("duration", "Mon 09 Mar 09:10")]),
        ("fr", "Je vous rappelle vendredi avant 17 h.", [("clock", "Fri 06 Mar 17:00")]),
        ("fr", "Nous vous enverrons le rapport demain à 10h30.", [("clock", "Thu 05 Mar 10:30")]),
        ("fr", "Vous recevrez une réponse d'ici la fin de la journée.",
         [("day", "Wed 04 Mar 17:00")]),
        ("de", "Sie erhalten den Bericht bis Freitag.", [("day", "Fri 06 Mar 17:00")]),
        ("de", "Ich melde mich heute bis 15:30 Uhr.", [("clock", "Wed 04 Mar 15:30")]),
        ("de", "Wir erstatten Ihnen den Betrag innerhalb von 5 Werktagen.",
         [("duration", "Wed 11 Mar 09:10")]),
    ],
)  # fmt: skip
def test_a_promise_in_each_language_is_due_when_it_was_said(language, text, expected):
    assert due(text, language, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "No le llamaré hoy, se lo escribo."),
        ("es", "¿Le llamo mañana a las 10?"),
        ("es", "Queremos ayudarle."),
        ("es", "No puedo prometerle que le llamaré hoy."),
        ("pt", "Não vou ligar hoje."),
        ("fr", "Je vous rappelle que la facture est échue."),
        ("fr", "Je comprends votre colère."),
        ("de", "Ich rufe Sie heute nicht an."),
        ("de", "Das ist so schnell wie möglich erledigt."),
    ],
)
def test_what_is_not_a_promise_in_each_language_is_not_tracked(language, text):
    assert due(text, language, language) == []


def test_a_clause_before_the_promise_does_not_decline_it():
    """ "Si no recibe respuesta" has a "no" in it, but the promise after the comma stands."""
    assert due("Si no recibe respuesta, le llamaré mañana.", "es", "es") == [
        ("day", "Thu 05 Mar 17:00")
    ]


def test_two_promises_in_one_sentence_are_two_each_with_its_own_time():
    found = find_commitments(
        "Le llamaré hoy antes de las 15:30 y le enviaré el informe el viernes.",
        made("es"), 24, "es",
    )  # fmt: skip
    assert [c.text for c in found] == [
        "Le llamaré hoy antes de las 15:30",
        "le enviaré el informe el viernes",
    ]
    assert [c.due.said for c in found] == ["hoy antes de las 15:30", "viernes"]


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("Le llamaré hoy antes de las 15:30.", "es", [("clock", "Wed 04 Mar 15:30")]),
        ("Je vous rappelle vendredi avant 17 h.", "fr", [("clock", "Fri 06 Mar 17:00")]),
        ("Sie erhalten den Bericht bis Freitag.", "de", [("day", "Fri 06 Mar 17:00")]),
        ("I'll call you by 3pm.", "es", [("clock", "Wed 04 Mar 15:00")]),
    ],
)
def test_without_a_language_the_one_that_makes_a_promise_reads_it(text, zone, expected):
    """A live line is too short to tell its language ("Le llamaré…" reads as French to a
    statistical detector): the book whose promise words match reads it."""
    assert due(text, None, zone) == expected
