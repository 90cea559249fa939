"""Consumer or business, told in five languages: the consumer cues (a wedding, a pensioner,
a patient, "Dña.") had been written in English only, and a pronoun said a dozen times in
one florist's email outweighed its "LLC". The sentences are our own."""

from __future__ import annotations

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from tests.test_signals_other_writers import TODAY


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("Reservó el salón para su boda y ahora se lo han dado a otro evento.", "b2c"),
        ("Utente do plano, titular, ficou sem a consulta marcada.", "b2c"),
        ("Dña. Carmen Ortiz, jubilada, no puede entrar en su banca online.", "b2c"),
        ("Der Rentner wartet seit drei Wochen auf seine Erstattung.", "b2c"),
        ("La passagère n'a jamais reçu sa valise, ni son traitement.", "b2c"),
        ("cx bag lost 9 days, her insulin inside, pls help", "b2c"),
        (
            "Trade customer Ana Ruiz of Ruiz Flowers LLC says she moved her stock; she needs "
            "the fridge fixed, she says, as her shop depends on it and she can't wait.",
            "b2b",
        ),
    ],
)
def test_the_segment_is_read_in_every_language(text: str, segment: str) -> None:
    facts = extract(text, CaseFacts(), today=TODAY)
    assert facts.segment is not None and facts.segment.value == segment
