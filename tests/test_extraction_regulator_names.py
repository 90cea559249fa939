"""Data-protection and insurance regulators named by their acronym are regulators."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts


def regulator(text: str) -> bool:
    return extract(text, CaseFacts(), None, today=date(2026, 12, 1)).signal("regulator")


@pytest.mark.parametrize(
    "text",
    [
        "Ela quer saber se a ANPD foi avisada do vazamento.",
        "Va a presentar una reclamación ante la DGSFP por el siniestro.",
    ],
)
def test_named_regulators(text: str) -> None:
    assert regulator(text)


def test_a_word_that_only_contains_the_acronym_is_not_one() -> None:
    assert not regulator("Ela quer saber quando a pandemia vai acabar e o pedido chega.")
