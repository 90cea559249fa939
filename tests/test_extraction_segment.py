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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("cust is a small bakery, card terminal dead since Friday, losing sales", "b2b"),
        ("El cliente es un restaurante familiar y hoy no puede cobrar con tarjeta.", "b2b"),
        ("Restaurante La Brasa: el TPV no funciona y hoy es sábado.", "b2b"),
        ("Die Kundin ist eine kleine Bäckerei, die Kasse geht seit Montag nicht.", "b2b"),
        ("The school district's 12,000 students couldn't log in for exams.", "b2b"),
        ("My mum's flight was cancelled and nobody helped her at the gate.", "b2c"),
        ("Cliente pessoa física, cobrança indevida de R$ 320 no cartão.", "b2c"),
        ("Retail customer, charged twice for the same sofa.", "b2c"),
        ("Student says the exam portal crashed during her final.", "b2c"),
    ],
)
def test_what_the_customer_is_and_who_they_write_for(text: str, want: str) -> None:
    assert segment(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # our staff's brackets in a Slack paste say who we are, not who the customer is
        (
            "[12:10] > Álvaro Méndez (Recepción, Hotel Marbella Playa): la familia Soler "
            "reservó una habitación adaptada para su hijo y no había ninguna libre",
            "b2c",
        ),
        (
            "> Julie Perrin (Pharmacie en ligne) : la commande de M. Ahmed Benali n'est pas "
            "arrivée\n> Julie Perrin (Pharmacie en ligne) : il achète chez nous depuis 2019",
            "b2c",
        ),
        # a public body buys as an organisation
        (
            "Cliente: Prefeitura de Campo Verde\nProblema: o portal de matrículas caiu 3 dias.",
            "b2b",
        ),
        ("Ayuntamiento de Lugo: la plataforma de citas no funciona desde el lunes.", "b2b"),
    ],
)
def test_our_staff_and_public_bodies(text: str, want: str) -> None:
    assert segment(text) == want


def test_a_company_in_a_speakers_bracket_is_ours_when_the_thread_speaks_as_us() -> None:
    text = (
        "> Julie Perrin (Pharmacie en ligne) : la commande d'insuline de M. Ahmed Benali "
        "n'est pas arrivée\n> Julie Perrin (Pharmacie en ligne) : il dépense 1 200 € par an chez nous"
    )
    facts = extract(text, CaseFacts(), None, today=date(2026, 12, 1))
    assert facts.customer_name is None or "Pharmacie" not in facts.customer_name.value
