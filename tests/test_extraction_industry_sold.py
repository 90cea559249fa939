"""Industry from what we sell, not from what the customer had to pay for elsewhere: the
hotel a customer paid after our power cut is not our hotel, the bank that charged them
an overdraft fee is not our bank. And the words of what we sell that other writers use
(a SIP trunk, home broadband, an ACH batch, a TV spot, an admission exam, a lab series),
each with a false friend."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from graph.understanding.industry import industry

TODAY = date(2026, 12, 1)


def industry_of(text: str) -> str:
    facts = extract(text, CaseFacts(), None, today=TODAY)
    return facts.industry.value if facts.industry else "other"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On a coupé l'électricité chez elle hier soir par erreur, elle a passé la nuit à "
            "l'hôtel, 190 $.",
            "utilities",
        ),
        (
            "A fatura da linha móvel veio errada e o banco cobrou-lhe 30 € de comissão.",
            "telecom",
        ),
    ],
)
def test_what_they_paid_for_elsewhere_is_not_what_we_sell(text: str, want: str) -> None:
    assert industry_of(text) == want


def test_a_hotel_we_run_is_still_hospitality() -> None:
    assert industry_of("Our hotel gave away the suite they booked and prepaid.") == "hospitality"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("their SIP trunks dropped inbound calls for 5 hours", "telecom"),
        ("home bb down since Saturday, did a line test and a modem reset", "telecom"),
        ("payroll batch did not go out because of the ACH outage", "banking"),
        ("Gasabschläge seit Juli verdoppelt", "utilities"),
        ("de los 240 spots contratados solo salieron al aire 96", "gaming_media"),
        ("la plataforma se cayó durante el examen de admisión", "education_public"),
        ("le labo a facturé deux fois la même série d'analyses", "healthcare"),
        ("the sales kickoff at our conference centre, 300 delegates", "hospitality"),
    ],
)
def test_what_we_sell_in_other_writers_words(text: str, want: str) -> None:
    assert industry(text).value == want


def test_a_cafe_kitchen_is_not_our_hospitality() -> None:
    # the customer's own kitchen says what they do, not what we sell
    assert industry("your cleaning contractor flooded our client's kitchen").value != "hospitality"
