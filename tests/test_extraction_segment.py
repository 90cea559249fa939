"""Business or consumer, from the words agents use, with the false friends."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts


def segment(text: str) -> str | None:
    facts = extract(text, CaseFacts(), None, today=date(2026, 12, 1))
    return facts.segment.value if facts.segment else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the restaurant's card terminals are down, they can't take payments", "b2b"),
        ("Northstar Dental's booking system is down since yesterday", "b2b"),
        ("our client's warehouse scanners stopped syncing, 40 pickers idle", "b2b"),
        ("Le cabinet d'avocats Martin & Associés n'a plus de téléphone", "b2b"),
        ("school district's exam platform went down", "b2b"),
        ("La señora Gómez no tiene luz desde ayer", "b2c"),
        ("player lost his skins after the hack", "b2c"),
        # false friends: a guest at a named hotel, a parent at the town hall, are consumers
        (
            "Guest Amara Lindqvist, Platinum, honeymoon suite at the Grand Hotel Maui was given away",
            "b2c",
        ),
        ("Usager : M. Karim Haddad, père de Yanis\nil est passé à la mairie, très inquiet", "b2c"),
    ],
)
def test_segment(text: str, want: str) -> None:
    assert segment(text) == want
