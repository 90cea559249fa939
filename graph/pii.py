"""Customer data masked before anything stores, shows or sends it.

Agents paste complaints as they arrive, card numbers and IBANs included. The
coach never needs the full value to coach (the last four characters are enough
to talk about "the card ending 4242"), so every text is masked at the boundary,
once, and the raw value is never written to a checkpoint, a log, Slack, a plan
file or a prompt. Detection is conservative where a false positive would hurt
the case: a card number must pass the Luhn check and an IBAN its mod-97 check,
so order numbers and amounts survive untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pydantic import BaseModel

_CARD = re.compile(r"(?<![\w.,])(?:\d[ -]?){12,18}\d(?![\w.,]\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(
    r"(?<![\w$€£¥.,/-])"
    r"(?:\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,6}"
    r"|(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,8}){1,4})"
    r"(?![\w.,/-]*\d)",
)
_MONEY_NEAR = re.compile(
    r"[$€£¥]|\b(?:usd|eur|gbp|brl|chf|cad|aud|mxn|euros?|dollars?|reais)\b", re.I
)
_MASK = "•"


class Masked(BaseModel):
    """The text to keep, and how many values of each kind were masked (never the values)."""

    text: str
    found: dict[str, int] = {}


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _tail(value: str, label: str) -> str:
    compact = re.sub(r"\s", "", value)
    return f"[{label} {_MASK * 4}{compact[-4:]}]"


def _card(match: re.Match[str]) -> str | None:
    digits = re.sub(r"\D", "", match.group(0))
    return _tail(digits, "card") if 13 <= len(digits) <= 19 and _luhn(digits) else None


def _iban(match: re.Match[str]) -> str | None:
    return _tail(match.group(0), "IBAN") if _iban_valid(match.group(0)) else None


def _email(match: re.Match[str]) -> str | None:
    return _tail(match.group(0), "email")


def _phone(match: re.Match[str]) -> str | None:
    raw = match.group(0)
    digits = re.sub(r"\D", "", raw)
    looks_like_date = re.fullmatch(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}", raw) is not None
    dialled = raw[:1] in "+0("  # an international or trunk prefix: only phones start so
    groups = re.findall(r"\d+", raw)
    if not dialled and max(len(g) for g in groups) < 3:
        return None  # "3 12 45 67 89": a list of small numbers
    if not dialled and re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", raw):
        return None  # "120 000 000": a number with thousands separators
    around = match.string[max(0, match.start() - 8) : match.end() + 8]
    is_money = bool(_MONEY_NEAR.search(around)) and raw[:1] != "+"
    if not 9 <= len(digits) <= 15 or looks_like_date or is_money:
        return None
    return _tail(digits, "phone")


_DETECTORS: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    ("iban", _IBAN, _iban),
    ("card", _CARD, _card),
    ("email", _EMAIL, _email),
    ("phone", _PHONE, _phone),
)


def _compact(value: str) -> str:
    return re.sub(r"[\s().-]", "", value).lower()


def mask(text: str, keep: Iterable[str] = ()) -> Masked:
    """Every card number, IBAN, email and phone number replaced by a labelled tail.

    `keep` lists values meant to be shown (the case owner's own phone or email, which
    the scripts give the customer on purpose); they pass unmasked however spaced.
    """
    kept = {_compact(value) for value in keep if value}
    found: dict[str, int] = {}
    for kind, pattern, replace in _DETECTORS:

        def substitute(
            m: re.Match[str],
            kind: str = kind,
            replace: Callable[[re.Match[str]], str | None] = replace,
        ) -> str:
            masked = replace(m)
            if masked is None or _compact(m.group(0)) in kept:
                return m.group(0)
            found[kind] = found.get(kind, 0) + 1
            return masked

        text = pattern.sub(substitute, text)
    return Masked(text=text, found=found)


def mask_text(text: str, keep: Iterable[str] = ()) -> str:
    return mask(text, keep).text


def mask_values(value: object, keep: Iterable[str] = ()) -> object:
    """Every string inside a JSON-like value masked (dicts, lists, nested)."""
    keep = tuple(keep)
    if isinstance(value, str):
        return mask_text(value, keep)
    if isinstance(value, dict):
        return {key: mask_values(item, keep) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_values(item, keep) for item in value]
    return value
