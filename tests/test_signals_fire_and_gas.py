"""Fire and gas told as what happened, in five languages, are a safety matter; a figure of
speech about fire is not."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        "Der Akku ist in der Küche in Flammen aufgegangen.",
        "Le chauffe-eau fuit du gaz depuis hier soir.",
        "El enchufe prendió fuego anoche y se quemó la cortina.",
        "The charger went up in flames on her bedside table.",
        "O aquecedor está vazando gás desde ontem.",
    ],
)
def test_fire_and_gas_are_safety(text: str) -> None:
    assert "safety" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The customer is on fire about this and wants a call today.",
        "Elle perd du temps à appeler chaque jour.",
    ],
)
def test_a_figure_of_speech_is_not(text: str) -> None:
    assert "safety" not in found(text)
