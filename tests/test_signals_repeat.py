"""A repeat (LABELS.md) is the same failure happening again, written as a count of months or
attempts or as the replacement failing too, in five languages. Chasing us, a review offered
"again" and a second attempt that went fine are no repeat. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        "B2B acct, wrong espresso beans shipped 2nd month running",
        "her son says it is the third billing mix-up this year",
        "Second delivery on Nov 21 was the wrong colour so she refused it.",
        "The replacement was also cracked.",
        "The new unit arrived damaged too.",
        "El reemplazo también llegó roto.",
        "A troca também veio com defeito.",
        "Das Ersatzgerät ist auch wieder defekt.",
        "Le produit de remplacement est aussi cassé.",
    ],
)
def test_the_same_failure_again(text: str) -> None:
    assert "repeat" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's her third call this week.",
        "This is the second email this week chasing the refund.",
        "CFO said he'd happily give us a G2 review again like last year.",
        "The replacement arrived today and works fine.",
        "The second delivery arrived on time and everything was fine.",
    ],
)
def test_look_alikes_are_no_repeat(text: str) -> None:
    assert "repeat" not in found(text)
