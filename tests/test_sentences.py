"""`sentences` finds the spans the one-pattern form `[^.\\n]*(?:phrase)[^.\\n]*\\.?` finds."""

from __future__ import annotations

import random
import re

import pytest

from graph.extraction import _PAST_ISSUES
from graph.understanding.sentences import sentences
from graph.understanding.signals import _DISCLAIMER

_WORDS = [
    ".", "..", "\n", " ", " ", "a", "x.", "Intended Recipient", "email is confidential",
    "message may contain strictly privileged", "regulated by the", "previous", "Issues",
    "outage", "last year", "before", "lastyear",
]  # fmt: skip


@pytest.mark.parametrize("phrase", [_DISCLAIMER, _PAST_ISSUES])
def test_spans_are_the_one_patterns(phrase: re.Pattern[str]) -> None:
    whole = re.compile(rf"[^.\n]*(?:{phrase.pattern})[^.\n]*\.?", phrase.flags)
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 12)))
        assert list(sentences(phrase, text)) == [m.span() for m in whole.finditer(text)], text
    assert list(sentences(phrase, "Fine. The previous outage was bad. Ok")) == (
        [] if phrase is _DISCLAIMER else [(5, 34)]
    )
