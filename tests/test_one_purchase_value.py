"""A customer whose whole history with us is one purchase: in every language the value
answer says so ("primer vuelo con nosotros", "orçamento único", "only the bike"), their
spend is a lifetime value, and a dated purchase says when they became a customer. An answer
that does not know the value stays unknown even when it calls them new. Our own sentences."""

from __future__ import annotations

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from tests.test_signals_other_writers import TODAY


@pytest.mark.parametrize(
    "answer",
    [
        "Primer vuelo con nosotros, pagó 1.200 € ida y vuelta.",
        "Orçamento único de R$ 6.300, primeira paciente.",
        "Paquete de 3.400 €, clienta nueva.",
        "Only the sofa, £1,850.",
        "Prestation ponctuelle de 2 400 €.",
        "Neukundin, einmaliger Auftrag über 3.100 €.",
    ],
)
def test_a_single_purchase_is_a_lifetime_value(answer: str) -> None:
    facts = extract(answer, CaseFacts(), "value", today=TODAY)
    values = [a for a in facts.amounts if a.role == "customer_value"]
    assert values and values[0].basis == "lifetime", facts.amounts


def test_a_value_answer_that_does_not_know_stays_unknown_for_a_new_customer() -> None:
    facts = extract("They paid the €980 invoice twice.", CaseFacts(), today=TODAY)
    facts = extract("aucune idée, c'est un nouveau client je crois", facts, "value", today=TODAY)
    assert facts.value_unknown
    assert not any(a.role == "customer_value" for a in facts.amounts)


def test_a_dated_purchase_from_us_is_when_they_became_a_customer() -> None:
    text = "The treadmill she bought from us in June 2023 stopped working."
    facts = extract(text, CaseFacts(), today=TODAY)
    assert facts.tenure_years is not None and facts.tenure_years.value == 3
    assert facts.tenure_years.provenance == "inferred"
