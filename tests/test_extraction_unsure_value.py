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


@pytest.mark.parametrize(
    ("complaint", "answer", "spent"),
    [
        (
            "He paid €64 for the tickets and the show was cancelled.",
            "first time buying from us",
            64,
        ),
        (
            "Pagó 120 € por la cena y la mesa estaba dada.",
            "Es su primera visita con nosotros.",
            120,
        ),
        ("Ela comprou um sofá de R$ 890 e chegou rasgado.", "primeira compra com a gente", 890),
    ],
)
def test_a_first_time_customers_value_is_what_they_paid_this_once(
    complaint: str, answer: str, spent: float
) -> None:
    facts = extract(complaint, CaseFacts(), None, today=TODAY)
    facts = extract(answer, facts, "value", today=TODAY)
    values = [(a.value, a.basis) for a in facts.amounts if a.role == "customer_value"]
    assert values == [(spent, "lifetime")] and not facts.value_unknown
    assert facts.tenure_years is not None and facts.tenure_years.value == 0


@pytest.mark.parametrize(
    ("complaint", "answer"),
    [
        ("She asks us to refund the whole stay, £540.", "first stay with us"),
        ("He paid $30 for shipping and $220 for the chair.", "first order with us"),
    ],
)
def test_a_first_time_customer_with_no_single_payment_has_an_unknown_value(
    complaint: str, answer: str
) -> None:
    facts = extract(complaint, CaseFacts(), None, today=TODAY)
    facts = extract(answer, facts, "value", today=TODAY)
    assert not any(a.role == "customer_value" for a in facts.amounts)
    assert facts.value_unknown
