"""Industry words added for dev5's failures, each with the false friend it must not catch."""

from __future__ import annotations

import pytest

from graph.understanding.industry import industry


@pytest.mark.parametrize(
    ("text", "business", "want"),
    [
        ("the $2,300 sofa we delivered on Saturday has a snapped frame", False, "retail"),
        (
            "gelieferte Waschmaschine undicht, Wasserschaden in der Wohnung darunter",
            False,
            "retail",
        ),
        ("the port of their 40 office numbers failed; no phones for two days", True, "telecom"),
        ("conta Private, patrimônio de R$ 12 milhões, Pix travou", False, "banking"),
        ("compte joint, carte bloquée à tort 5 jours, a dû payer l'hôtel", False, "banking"),
        (
            "son contrat santé a été résilié, la pharmacie a refusé ses médicaments",
            False,
            "insurance",
        ),
        ("Konto: Streaming-Abo Familie, nach Kündigung weiter abgebucht", False, "gaming_media"),
        ("since our v5 migration their invoice export duplicated 1,200 invoices", True, "saas"),
    ],
)
def test_what_we_sell(text: str, business: bool, want: str) -> None:
    assert industry(text, business).value == want


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        ("Our crew dropped his piano down the stairs during the house move", "airline"),
        ("our routing API has been timing out since 6am", "airline"),
        ("B2B acct, wrong espresso beans shipped 2nd month running", "banking"),
    ],
)
def test_false_friends(text: str, not_this: str) -> None:
    assert industry(text, True).value != not_this


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the ATM ate his card and debited $400", "banking"),
        ("sua conta foi bloqueada e o salário não caiu", "banking"),
        ("la box ne fonctionne plus depuis lundi, pas de télé", "telecom"),
    ],
)
def test_more_of_what_we_sell(text: str, want: str) -> None:
    assert industry(text).value == want


def test_a_blocked_road_is_not_a_bank() -> None:
    assert industry("the road was blocked so the delivery came late").value != "banking"
