"""A value the agent is unsure of is asked, never guessed; an answer that does not know
settles the question. Five languages, and the false friends."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Big account, not sure of the exact number. Their portal is down.",
        "probably a big account, don't know the figure, API down since Monday",
        "Cuenta grande, no sé la cifra exacta. La plataforma no funciona.",
        "Conta grande, não sei o valor. A plataforma caiu.",
        "Großkunde, den Umsatz kenne ich nicht genau. Plattform down.",
        "Gros client, je ne connais pas le montant. Plateforme en panne.",
    ],
)
def test_an_unsure_value_is_asked(text: str) -> None:
    facts = extract(text, CaseFacts(), None, today=TODAY)
    assert "value" in facts.uncertain and facts.annual_value is None


def test_a_stated_value_is_not_unsure() -> None:
    facts = extract("Not sure of the exact number, about $48k ARR.", CaseFacts(), None, today=TODAY)
    assert facts.uncertain == [] and facts.annual_value is not None


@pytest.mark.parametrize("answer", ["dunno", "no tengo idea", "não faço ideia", "weiß ich nicht"])
def test_an_answer_that_does_not_know_settles_it(answer: str) -> None:
    assert extract(answer, CaseFacts(), "value", today=TODAY).value_unknown


def test_an_answer_with_a_sum_is_the_value() -> None:
    facts = extract("no sé exacto, unos 300 € al mes", CaseFacts(), "value", today=TODAY)
    assert facts.annual_value is not None and facts.annual_value.value == 3_600
    assert not facts.value_unknown
