"""The company's own tier names as agents write them, in five languages, and the
account kinds and words that only look like a tier."""

from __future__ import annotations

import pytest

from graph.understanding.profile import tier


def tier_of(text: str, labelled: str | None = None) -> str | None:
    found = tier(text, labelled)
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cx Daniel Mercer, Platinum, flies ~$9k/yr w/ us, 12 yrs", "Platinum"),
        ("cust Eleanor Voss, private banking, AUM ~$4M, wire of $250k", "private banking"),
        (
            "Herr Dr. Werner Falk, Private Banking, verwaltetes Vermögen rund 3,5 Mio. €",
            "Private Banking",
        ),
        ("Account: Premier current account, customer since 1998", "Premier"),
        ("nuestra clienta, socia Oro de vuestro programa, gasta 6.000 €", "Oro"),
        ("cliente Marcos Teixeira, conta Private, patrimônio de R$ 12 milhões", "Private"),
        ("M. Antoine Delorme, membre Platinum, qui voyage avec vous", "Platinum"),
        ("cliente Nadia Benali, carte Or, ~4 000 €/an", "Or"),
        ("profile says Gold, about 10 nights a year, maybe $2k", "Gold"),
    ],
)
def test_tier_as_written(text: str, name: str) -> None:
    assert tier_of(text) == name


@pytest.mark.parametrize(
    ("labelled", "name"),
    [("Premium anual de R$ 479,90", "Premium"), ("Private banking", "Private banking"),
     ("Gold, around $8,500 a year", "Gold"), ("Família Premium", "Família Premium")],
)  # fmt: skip
def test_a_labelled_tier_without_its_billing_words(labelled: str, name: str) -> None:
    assert tier_of("", labelled) == name


@pytest.mark.parametrize(
    "text",
    [
        "Business current account, about £14k a year to us in fees and margin.",
        "she said, gold, silver, whatever, she wants her money back",  # lowercase list words
        "the flight was delayed, business class was full, and nobody helped",
    ],
)
def test_not_a_tier(text: str) -> None:
    assert tier_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("on the Business plan, API down since 9am", "Business"),
        ("He has the Family plan with 4 lines.", "Family"),
        ("She's a Diamond Medallion flyer and missed her connection.", "Diamond Medallion"),
        ("VIP guest, room given away on arrival", "VIP"),
        ("Konto: Premium, seit 2016 bei uns", "Premium"),
    ],
)
def test_a_tier_before_what_it_qualifies_without_the_word_plan(text: str, name: str) -> None:
    assert tier_of(text) == name
