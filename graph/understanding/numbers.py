"""Numbers as people write them: digits with either separator style, number words,
and the k/M/bn/million multipliers of five languages."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

NUMBER = r"\d{1,3}(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?(?![.,]?\d)"
"""A written number: `2.300`, `1,900.50`, `1 800`, `3'500` (Swiss), `4,2`, `95`."""

MULTIPLIERS: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "grand": 1e3,
    "mil": 1e3,
    "tsd": 1e3,
    "mille": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "millon": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "milhão": 1e6,
    "milhao": 1e6,
    "milhões": 1e6,
    "milhoes": 1e6,
    "millionen": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "mrd": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "mil millones": 1e9,
    "bilhão": 1e9,
    "bilhões": 1e9,
}
MULTIPLIER = (
    r"(?:"
    + "|".join(re.escape(m) for m in sorted(MULTIPLIERS, key=len, reverse=True))
    + r")\.?(?![a-zà-ÿ])"
)

_APPROX_WORDS = re.compile(r"\b(unos|unas|uns|umas)\s+(?=[a-zà-ÿ])", re.I)
"""Spanish/Portuguese "about": left alone, text2num reads `unos dos` as `1 2`."""
_LANGS = ("en", "es", "pt", "de", "fr")


def parse_number(token: str) -> float:
    """`2.300` and `2,300` are thousands, `4,2` and `4.2` decimals, `1.234,56` both."""
    token = token.replace("\u00a0", " ").replace("\u202f", " ").replace(" ", "")
    token = token.replace("'", "").replace("’", "")
    if "," in token and "." in token:
        decimal = "," if token.rfind(",") > token.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(token.replace(thousands, "").replace(decimal, "."))
    for sep in (",", "."):
        if sep in token:
            head, *groups = token.split(sep)
            if len(groups) > 1 or (len(groups[0]) == 3 and head != "0"):
                return float(token.replace(sep, ""))
            return float(token.replace(sep, "."))
    return float(token)


def multiplier(word: str | None) -> float:
    if not word:
        return 1.0
    return MULTIPLIERS.get(" ".join(word.lower().rstrip(".").split()), 1.0)


_WORD_MULTIPLIER = re.compile(
    rf"(?<![\w.,])(?P<n1>{NUMBER})(?:\s?(?P<dash>[-–])\s?(?P<n2>{NUMBER}))?\s+"
    r"(?P<word>mil millones|thousand|mil|mille|tausend|millions?|millones|mill[oó]n|milh[õo]es|"
    r"milh[ãa]o|millionen|milliards?|milliarden?|billions?|bilh[õo]es|bilh[ãa]o)(?![\w])",
    re.I,
)
_WORD_FACTORS = {"tausend": 1e3, "milliarde": 1e9, "milliarden": 1e9}


def _expand(m: re.Match[str]) -> str:
    """`85 mil` -> `85000`, `4,2 millones` -> `4200000`: done before text2num, which would
    read the word alone and leave `85 1000`."""
    word = " ".join(m.group("word").lower().split())
    factor = _WORD_FACTORS.get(word) or MULTIPLIERS.get(word) or 1e9
    try:
        parts = [f"{parse_number(m.group('n1')) * factor:.0f}"]
        if m.group("n2"):
            parts.append(f"{parse_number(m.group('n2')) * factor:.0f}")
    except ValueError:
        return m.group(0)
    return m.group("dash").join(parts) if m.group("n2") else parts[0]


_GRAND = re.compile(rf"(?<![\w.,])(?P<n>{NUMBER})\s+grand\b", re.I)
"""English slang for a thousand, read only after the number words became digits ("forty
grand" -> "40 grand"); French "grand" (big) never follows a number."""


def _thousands(m: re.Match[str]) -> str:
    """With its thousands separator, so "2 grand" is not read as the year 2000."""
    return f"{parse_number(m.group('n')) * 1e3:,.0f}"


_ROUND_WORDS = {"dizaine": 10, "decena": 10, "dezena": 10, "centaine": 100, "centenar": 100,
                "centena": 100, "millier": 1000, "millar": 1000, "milhar": 1000}  # fmt: skip
_ROUND = re.compile(
    r"\b(?:une|un|uma|um)\s+(?P<word>dizaine|decena|dezena|centaine|centenar|centena|millier|"
    r"millar|milhar)\b(?:\s+(?:d'|de\s+))?",
    re.I,
)
""""Une centaine d'euros", "un millar de euros": a round figure, read as that figure."""


def _round_figure(m: re.Match[str]) -> str:
    return f"{_ROUND_WORDS[m.group('word').lower()]} "


_ROOM = re.compile(
    r"\b(?P<first>[qQcC])(?P<rest>uartos?)\b(?!\s+(?:dia|d[ií]a|andar|piso|m[eê]s|vez|semana|ano|"
    r"a[ñn]o|lugar|trimestre|hora|voo|vuelo|intento|tentativa|pedido|cliente|n[ií]vel|ciclo|"
    r"mandato|episódio|episodio|jogo|partido|round))"
)
"""Portuguese "quarto" and Spanish "cuarto" are most often a room ("o quarto não existia"),
which the number reading would turn into "4º"; they stay words unless an ordinal's noun
follows ("no quarto andar", "el cuarto día")."""
_ROOM_MARK = "\ue000"


@lru_cache(maxsize=256)
def with_digits(text: str, language: str = "en") -> str:
    """Number words turned into digits in the text's language and in English (agents mix
    them), so every reader below deals with digits only."""
    text = _ROUND.sub(_round_figure, _WORD_MULTIPLIER.sub(_expand, text))
    protected = _APPROX_WORDS.sub("cerca de ", text) if language in ("es", "pt") else text
    rooms = [m.group("first") for m in _ROOM.finditer(protected)]
    out = _ROOM.sub(lambda m: _ROOM_MARK + m.group("rest"), protected)
    for lang in dict.fromkeys((language if language in _LANGS else "en", "en")):
        out = alpha2digit(out, lang, threshold=2)
    for first in rooms:
        out = out.replace(_ROOM_MARK, first, 1)
    return _GRAND.sub(_thousands, out) if language == "en" else out
