"""How a case can end, as the resolution log records it and people name it.

Why on its own: the command line offers these as choices in `coach --help`, which
must not import the log's storage (redis, the plan models) just to list them.
"""

from __future__ import annotations

from typing import Literal

Outcome = Literal["open", "resolved", "retained", "churned", "escalated_further"]
OUTCOME_LABELS: dict[str, str] = {
    "resolved": "Resolved",
    "retained": "Resolved, customer retained",
    "churned": "Customer left",
    "escalated_further": "Escalated further",
    "open": "Still open",
}
