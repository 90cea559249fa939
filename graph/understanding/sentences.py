"""The sentences of a text that hold a phrase.

Why this exists: "the sentence around a phrase" written as one pattern,
`[^.\\n]*(?:phrase)[^.\\n]*\\.?`, makes `re` start at every position of every sentence and
scan the sentence again from each, which made long emails slow to read. Here the phrase is
searched once and widened to its sentence (back to the last full stop or line break, on to
the next, and that full stop); the spans are those the one pattern finds, provided the
phrase itself never holds a full stop or a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def sentences(phrase: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """Each sentence holding `phrase` as (start, end), left to right, none overlapping."""
    done = 0
    while m := phrase.search(text, done):
        start = max(
            done, text.rfind(".", done, m.start()) + 1, text.rfind("\n", done, m.start()) + 1
        )
        stops = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i != -1]
        end = min(stops, default=len(text))
        end += text.startswith(".", end)
        yield start, end
        done = end
