"""What someone wrote, shortened for saying it back: in a notice, a log line, a listing.

One rule everywhere, so a 200,000-character paste is never echoed whole and every
shortened text looks the same: whitespace folded, cut at the limit with an ellipsis.
"""

from __future__ import annotations


def excerpt(text: str, limit: int, *, say_length: bool = False) -> str:
    """`text` in at most `limit` characters (plus the ellipsis, and the full length when
    `say_length`, so the reader knows how much was left out)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit] + "…" + (f" ({len(flat):,} characters)" if say_length else "")
