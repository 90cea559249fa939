"""Another process's case, in the ways other writers put it: a warranty whose end sits in
brackets after its length, and a question whether the terms give the unused part back.
Our own sentences."""

from __future__ import annotations

import pytest

from graph.understanding.scope import scope


@pytest.mark.parametrize(
    "text",
    [
        "Warranty: 12 months (expired June 2026). Fault: the pump stopped this morning.",
        "Garantie : 24 mois (échue en mai). Le compresseur ne démarre plus.",
    ],
)
def test_a_warranty_ended_in_brackets_is_a_warranty_claim(text: str) -> None:
    found = scope(text, nothing_failed=False)
    assert found is not None and found.value == "warranty"


@pytest.mark.parametrize(
    "text",
    [
        "Elle veut savoir si nos conditions générales le prévoient.",
        "Si je résilie, est-ce que vous me remboursez le prorata de la prime ?",
        "Quiere saber si nuestras condiciones lo contemplan.",
        "Ele pergunta se as condições gerais preveem o reembolso.",
        "Er fragt, ob die Versicherungsbedingungen das vorsehen.",
        "She asks whether our terms allow a refund of the unused months.",
    ],
)
def test_asking_what_the_terms_give_back_is_a_refund_policy_question(text: str) -> None:
    found = scope(text, nothing_failed=True)
    assert found is not None and found.value == "refund_policy"
    assert scope(text, nothing_failed=False) is None  # something failed: it is ours
