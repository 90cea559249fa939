"""The same failure again, as the other languages write it (abbreviated ordinals, "the same
main burst in August"), next to chasing us and a repeat told as a condition, which are not
repeats. Our own sentences."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        "Vol annulé hier : 2e annulation sur cette ligne après celle du 3 novembre.",
        "Son rendez-vous a été annulé par nous pour la 3e fois.",
        "Es la tercera caída del servicio en su zona.",
        "Já é a segunda falha do equipamento.",
        "Das ist die dritte Störung an diesem Anschluss.",
        "History: the same pipe burst in August and they had no water then either.",
        "El mismo corte de luz ya lo tuvieron en septiembre.",
    ],
)
def test_the_same_failure_again_is_a_repeat(text: str) -> None:
    assert "repeat" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le gérant appelle pour la 3e fois au sujet de la facture.",
        "Je me permets de vous relancer pour la troisième fois de la journée.",
        "She said they will stay, but se acontecer de novo no Natal they will leave.",
        "Ela disse que, se acontecer de novo, cancela o contrato.",
    ],
)
def test_chasing_us_or_a_condition_is_not_a_repeat(text: str) -> None:
    assert "repeat" not in found(text)
