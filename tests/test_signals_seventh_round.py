"""Signal rules learnt from fresh5 once it became a training split (7 December): each phrase
family in several persons and languages, next to the look-alike that must not fire. The
sentences are our own, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # bed bugs and their bites are a health matter (LABELS.md: safety)
        (
            "Guest in 311 woke up with bites; housekeeping found bed bugs behind the headboard.",
            "safety",
        ),
        ("Encontraron chinches en el colchón de la habitación 20.", "safety"),
        ("Im Zimmer waren Bettwanzen, die Gäste sind zerstochen.", "safety"),
        # cold without heating, the temperature written as a bare minus
        ("No heating on the whole estate and it dropped to -8 overnight.", "safety"),
        ("Sin calefacción desde el martes y estamos a -4 por la noche.", "safety"),
        # counsel acting, however it is worded
        ("Actuamos en nombre y representación de Talleres Olmedo S.L.", "legal"),
        ("Caso contrário, o cliente tomará as ações judiciais cabíveis.", "legal"),
        ("Nous vous écrivons au nom et pour le compte de notre cliente.", "legal"),
    ],
)
def test_phrase_families_of_the_seventh_round(text: str, signal: str) -> None:
    assert signal in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a relative who is a lawyer threatens nothing
        ("Mein Mann ist Anwalt, aber darum geht es nicht; der Router muss laufen.", "legal"),
        ("Her uncle, who says he's a barrister, rang to ask for a date.", "legal"),
        ("Ihre Frau ist Rechtsanwältin und hat nur gefragt, wann das Paket kommt.", "legal"),
        # a product certified by a regulator is not a complaint to it
        ("The replacement pump is FDA-cleared, but it has not arrived.", "regulator"),
        (
            "The charger is CE-certified and still caught nothing, it just stopped working.",
            "regulator",
        ),
    ],
)
def test_look_alikes_of_the_seventh_round(text: str, absent: str) -> None:
    assert absent not in found(text)


def test_a_law_firm_that_is_the_customer_is_not_counsel_acting() -> None:
    note = (
        "Firma: Brandt Solicitors LLP\n"
        "Problem: our monthly account fee was taken twice, please refund the second one"
    )
    assert "legal" not in found(note)


def test_counsel_writing_for_a_client_is_still_legal() -> None:
    note = (
        "Customer: Harwell Bakeries Ltd\n"
        "Issue: their solicitors wrote on their behalf; the claim goes to court if unpaid"
    )
    assert "legal" in found(note)
