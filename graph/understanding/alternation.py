"""Big alternations run only with the alternatives a text can match.

Why this exists: a cue table is one regular expression of a hundred phrases or more, and
`re` tries every phrase at every position of the text, so reading a case spent most of its
time in a few such tables. Almost every phrase needs some word ("charged", "again") that
the text does not hold at all. `Alternation` notes, for each alternative, a set of strings
one of which any match must contain, and runs only the alternatives whose strings are in
the (case-folded) text, each on its own, taking at every step the leftmost match and, at
one place, the first alternative: what `re` does with the whole. Matches, their groups and
their order are those of `re.compile(pattern, flags)`; only the time changes.

It reads `re`'s own parse of the pattern (CPython 3.11+ internals, which `re.compile` uses)
so that what each alternative needs is taken from the pattern, not written twice;
tests/test_alternation.py checks the results against `re`.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from re._constants import (  # type: ignore[import-not-found]
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    SUBPATTERN,
)

_FOLD = {code: min((code, *others)) for code, others in _EXTRA_CASES.items() if min(others) < code}
"""Characters `re` treats as the same letter under re.I beyond lower case ('ſ' is 's'),
to the one that stands for them all."""
_FOLDED = re.compile("[" + "".join(map(chr, _FOLD)) + "]")
_UNFOLDABLE = "\u0130"
"""The one character whose lower case (str.lower) is not the one `re` compares ('İ')."""
_ZERO_WIDTH = (AT, ASSERT, ASSERT_NOT)


def _letter(code: int) -> str:
    lower = _sre.unicode_tolower(code)
    return chr(_FOLD.get(lower, lower))


@lru_cache(maxsize=256)
def fold(text: str) -> str | None:
    """The text as the strings an alternative needs are written (None: it cannot be folded
    letter for letter, so every alternative is run)."""
    if _UNFOLDABLE in text:
        return None
    low = text.lower()
    return low.translate(_FOLD) if _FOLDED.search(low) else low


@lru_cache(maxsize=256)
def folded(text: str) -> tuple[str, frozenset[str]] | None:
    """`fold(text)` and every three letters of it: made once per text, and shared by every
    table that reads the text."""
    low = fold(text)
    if low is None:
        return None
    # "" stands for the strings shorter than three letters, looked for in full
    return low, frozenset(["", *(low[at : at + 3] for at in range(len(low) - 2))])


def _needs(seq: _parser.SubPattern) -> frozenset[str] | None:
    """Strings one of which any match of `seq` contains (None: no such strings found)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*seq.data, (None, None)]:
        if op is LITERAL:
            run.append(_letter(av))
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        inner: frozenset[str] | None = None
        if op is SUBPATTERN:
            inner = _needs(av[3])
        elif op is ATOMIC_GROUP:
            inner = _needs(av)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _needs(av[2])
        elif op is BRANCH:
            each = [_needs(item) for item in av[1]]
            if all(each):
                inner = frozenset().union(*each)  # type: ignore[arg-type]
        if inner:
            found.append(inner)
    return max(found, key=lambda s: (min(4, *map(len, s)), -len(s)), default=None)


@lru_cache(maxsize=1024)
def pattern_needs(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (case-folded) one of which any match of `pattern` contains; None: no such
    strings found, so any text may hold a match."""
    return _needs(_parser.parse(pattern, flags))


class NeedIndex:
    """Which of several patterns a text may match, by the strings each one needs (see
    `pattern_needs`): a text lacking all of a pattern's strings cannot hold a match of it.

    `shared`: the index is one of many that read the same text (the case reading's tables),
    so the strings' first three letters are looked up in the text's set of three letters
    (`folded`), made once for all of them; else each is looked for in the text itself, a
    substring search in C, far cheaper than making the set for one index of a few dozen."""

    def __init__(self, needs: list[frozenset[str] | None], *, shared: bool) -> None:
        self._shared = shared
        self._always: list[int] = []
        self._strings: list[str] = []
        self._users: list[list[int]] = []
        self._heads: dict[str, list[int]] = {}
        where: dict[str, int] = {}
        for number, need in enumerate(needs):
            if need is None:
                self._always.append(number)
                continue
            for string in sorted(need):
                if string not in where:
                    where[string] = len(self._strings)
                    self._strings.append(string)
                    self._users.append([])
                self._users[where[string]].append(number)
        for at, string in enumerate(self._strings):
            self._heads.setdefault(string[:3] if len(string) >= 3 else "", []).append(at)

    def possible(self, text: str) -> list[int] | None:
        """The numbers of the patterns `text` may match, in order (None: it cannot be
        folded letter for letter, so any of them may)."""
        low = fold(text)
        if low is None:
            return None
        if self._shared:
            _, threes = folded(text) or (low, frozenset())
            heads: Iterable[str] = threes.intersection(self._heads)
        else:
            heads = [head for head in self._heads if head in low]
        # a string's first three letters are looked up first: most strings fail there
        chosen = set(self._always)
        for head in heads:
            for at in self._heads[head]:
                if self._strings[at] in low:
                    chosen.update(self._users[at])
        return sorted(chosen)


def _split(tree: _parser.SubPattern) -> tuple[list, list, list] | None:
    """Zero-width lead (look-behinds, anchors), the alternatives, and what follows them."""
    for at, (op, av) in enumerate(tree.data):
        if op is BRANCH:
            return tree.data[:at], av[1], tree.data[at + 1 :]
        if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            inner = av[3].data
            if len(inner) == 1 and inner[0][0] is BRANCH:
                return tree.data[:at], inner[0][1][1], tree.data[at + 1 :]
            return None
        if op not in _ZERO_WIDTH:
            return None
    return None


class Alternation:
    """`re.compile(pattern, flags)` for a pattern that is one big alternation, with an
    optional zero-width lead and any tail: `search`, `finditer` and `sub` as `re` has them
    (on the whole text), faster when the text lacks what most alternatives need. The
    pattern is parsed when it is made, as `re.compile` would; each alternative is compiled
    only when a text may hold it, and the whole only if it is run, so a process pays only
    for what it reads."""

    def __init__(self, pattern: str, flags: int = 0, whole: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self._flags = int(flags)  # as re.compile does: an enum flag makes compiling slow
        self._whole = whole
        self._subs: list[_parser.SubPattern] = []
        self._parts: list[re.Pattern[str] | None] = []
        self._index = NeedIndex([], shared=True)
        self._build()

    @property
    def whole(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(self.pattern, self._flags)
        return self._whole

    def _build(self) -> None:
        tree = _parser.parse(self.pattern, self._flags)
        split = _split(tree) if not self._flags & re.L else None
        if split is None:
            return
        lead, items, tail = split
        subs = [_parser.SubPattern(tree.state, [*lead, *item.data, *tail]) for item in items]
        if any(sub.getwidth()[0] == 0 for sub in subs):
            return
        self._index = NeedIndex([_needs(item) for item in items], shared=True)
        self._subs = subs
        self._parts = [None] * len(subs)

    def _part(self, number: int) -> re.Pattern[str]:
        """Alternative `number` (with the lead and tail) on its own, with the whole pattern's
        group numbers and names, so its matches read like the whole's."""
        part = self._parts[number]
        if part is None:
            sub = self._subs[number]
            state = sub.state
            index: list[str | None] = [None] * state.groups
            for name, group in state.groupdict.items():
                index[group] = name
            code = _compiler._code(sub, self._flags)
            part = _sre.compile(
                self.pattern,
                self._flags | state.flags,
                code,
                state.groups - 1,
                state.groupdict,
                tuple(index),
            )
            self._parts[number] = part
        return part

    def _candidates(self, text: str) -> list[re.Pattern[str]] | None:
        """The alternatives that can match in `text`, in order (None: run the whole)."""
        chosen = self._index.possible(text) if self._subs else None
        if chosen is None or len(chosen) == len(self._subs):
            return None
        return [self._part(number) for number in chosen]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        parts = self._candidates(text)
        if parts is None:
            yield from self.whole.finditer(text)
            return
        ahead: list[re.Match[str] | None] = [part.search(text) for part in parts]
        while True:
            best: re.Match[str] | None = None
            for m in ahead:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            done = best.end()
            for number, m in enumerate(ahead):
                if m is not None and m.start() < done:
                    ahead[number] = parts[number].search(text, done)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        out: list[str] = []
        done = 0
        for m in self.finditer(text):
            out += [text[done : m.start()], repl(m)]
            done = m.end()
        return "".join(out) + text[done:] if out else text
