"""`Alternation` must find exactly what `re` finds: same spans, same groups, same order,
whatever the case, the folding or the order of the alternatives."""

from __future__ import annotations

import _sre
import json
import random
import re
from pathlib import Path
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

import pytest

from graph.understanding import alternation as alt
from graph.understanding import kinds, signals

CORPUS = Path(__file__).parent / "corpus"


def _same(pattern: str, flags: int, texts: list[str]) -> None:
    fast = alt.Alternation(pattern, flags)
    slow = re.compile(pattern, flags)
    for text in texts:
        want = list(slow.finditer(text))
        got = list(fast.finditer(text))
        assert [(m.span(), m.groups(), m.groupdict()) for m in got] == [
            (m.span(), m.groups(), m.groupdict()) for m in want
        ], (pattern, text)
        marked, done = [], 0
        for m in want:
            marked += [text[done : m.start()], f"<{m.group(0)}>"]
            done = m.end()
        marked.append(text[done:])
        assert fast.sub(lambda m: f"<{m.group(0)}>", text) == "".join(marked)
        first = fast.search(text)
        assert (first.span() if first else None) == (want[0].span() if want else None)
    assert fast._subs, "run as separate alternatives"


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        # an earlier alternative wins at the same place, even when a later one is longer
        (r"charged|charged twice|twice", re.I),
        # the leftmost match wins, whatever its alternative's rank
        (r"again|happen again|(?:never|not) (?:\w+ ){0,2}happen", re.I),
        # a look-behind lead and a tail, as the cue tables are built
        (r"(?<![\w])(?:new|new york|york)(?![\w])", re.I),
        # a named group in one alternative only
        (r"taken by|(?:room is )(?P<keep>taken)|room", re.I),
        # alternatives that need nothing in particular, and case-sensitive scopes
        (r"\d+ times|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?-i:Kelvin)|kelvin", re.I),
        # letters re folds beyond lower case: long s, Kelvin sign, dotless and dotted i
        (r"sie|kilo|istanbul|preis", re.I),
    ],
)
def test_matches_what_re_matches(pattern: str, flags: int) -> None:
    words = [
        "charged", "Charged", "TWICE", "twice", "again", "never", "not", "it", "will", "happen",
        "new", "New", "York", "yorkshire", "room", "is", "taken", "by", "3", "times",
        "a@b.com", "Kelvin", "KELVIN", "\u212aelvin", "\u017fie", "SIE", "\u0130stanbul",
        "\u0131stanbul", "pre\u0130s", "kilo", "\u212ailo", ",", ".", "\n",
    ]  # fmt: skip
    rng = random.Random(7)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(400)]
    _same(pattern, flags, [*texts, "".join(words), " ".join(words)])


def _corpus_texts() -> list[str]:
    texts = []
    for split in ("dev", "dev2", "dev5"):
        for line in (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts += [case["complaint"], case["complaint"].upper()]
    return texts


def test_the_tables_match_what_re_matches() -> None:
    """The false friends and the issue kinds' cues, on real complaints and their upper case."""
    texts = _corpus_texts()[::5]
    tables = [signals._FALSE_FRIENDS, kinds._RE["service"][0]]
    for table in tables:
        _same(table.pattern, re.I, texts)


def test_each_alternative_is_split_out() -> None:
    """The tables are split into their alternatives; a pattern that is not one alternation
    is run whole, and still matches what re matches."""
    fast = signals._FALSE_FRIENDS

    assert len(fast._subs) > 100
    assert all(n not in fast._index._always for n in range(10))
    odd = alt.Alternation(r"ab(?:c|d)e*", re.I)

    assert odd._subs == []
    assert [m.span() for m in odd.finditer("xABDee abc")] == [(1, 6), (7, 10)]


def test_folding_is_the_one_re_uses() -> None:
    """Lower case (str.lower) then the extra folds is the letter re compares for every
    character but one, which makes the text unfoldable (and run in full)."""
    for code, others in _EXTRA_CASES.items():
        group = {code, *others}
        assert all({other, *_EXTRA_CASES[other]} == group for other in others)
    odd = [code for code in range(0x110000) if chr(code).lower() != chr(_sre.unicode_tolower(code))]
    assert [chr(code) for code in odd] == [alt._UNFOLDABLE]
    assert alt.folded("\u0130stanbul") is None
    low, _ = alt.folded("\u017fIE") or ("", None)
    assert low == "sie"


def test_a_phrase_the_index_leaves_out_cannot_match() -> None:
    """The phrase books' index (each first-three-letters looked for in the text itself) keeps
    every phrase a text holds, in every language, and leaves out most of the others."""
    from graph.phrasebook import PHRASEBOOKS, phrases_for
    from tests.language_cases import LANGUAGE_CASES
    from tests.test_reply_check_languages import REPLIES

    texts = [reply for reply, _, _ in REPLIES.values()] + [
        "I'm sorry if you were upset by this. I guarantee it won't happen again.",
        *(case.complaint for case in LANGUAGE_CASES.values()),
        *_corpus_texts()[::9],
    ]
    held = left_out = 0
    for language in PHRASEBOOKS:
        patterns = [phrase.pattern for phrase in phrases_for(language)]
        index = alt.NeedIndex([alt.pattern_needs(p, re.I) for p in patterns], shared=False)
        for text in texts:
            possible = index.possible(text)
            assert possible is not None
            for number, pattern in enumerate(patterns):
                if re.search(pattern, text, re.I):
                    assert number in possible, (language, pattern, text)
                    held += 1
            left_out += len(patterns) - len(possible)
    assert held >= 20
    assert left_out > held
