"""Late or called off, what was it? Our handling (an appointment, a claim payment, results,
a visit) is a service case; something bought (a parcel, a flight, a course) is delivery.
The sentences are our own; dev8 to dev10 had five such cases read as delivery."""

from __future__ import annotations

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from tests.test_signals_other_writers import TODAY


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La clinique a annulé son rendez-vous de contrôle pour la troisième fois.", "service"),
        ("Os resultados dos exames estão com atraso de uma semana.", "service"),
        ("El pago del siniestro lleva un retraso de 12 días.", "service"),
        ("The engineer's visit was postponed again and nobody told her.", "service"),
        ("Der Termin beim Techniker wurde verschoben.", "service"),
        ("The parcel was delayed at the depot for six days.", "delivery"),
        ("Su vuelo a Lima fue cancelado sin aviso.", "delivery"),
        ("The flight connection was cancelled, leaving the crew in the terminal.", "delivery"),
        ("Le cours de janvier a été annulé faute d'inscrits.", "delivery"),
    ],
)
def test_late_or_called_off_is_read_by_what_it_was(text: str, kind: str) -> None:
    facts = extract(text, CaseFacts(), today=TODAY)
    assert facts.issue_kind is not None and facts.issue_kind.value == kind
