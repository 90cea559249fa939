"""Bed bugs are a health risk in every language; a software bug is not."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts


def safety(text: str) -> bool:
    return extract(text, CaseFacts(), None, today=date(2026, 12, 1)).signal("safety")


@pytest.mark.parametrize(
    "text",
    [
        "She found bed bugs in the room and her son is covered in bites.",
        "im Hotelzimmer fand sie Bettwanzen, ihr Sohn hat am ganzen Körper Bisse",
        "a trouvé des punaises de lit dans sa chambre, sa fille a des piqûres partout",
    ],
)
def test_bed_bugs_are_a_health_risk(text: str) -> None:
    assert safety(text)


def test_a_software_bug_is_not() -> None:
    assert not safety("A bug in our scheduler double-booked 75 sessions this week.")
