"""What a person types at the facts card, understood the same in the terminal and in Slack.

`ok` confirms; `set value 24000/yr; set segment consumer` corrects. Amounts are read
by one small parser here (symbols or codes either side, k/m, European separators,
per month or per year), enough for a figure typed on purpose.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import ValidationError

from bot.replies import ReplyNotUnderstood
from graph.catalog import available, load
from graph.locales import LANGUAGE_NAMES, LANGUAGES
from graph.models import (
    INDUSTRY_LABELS,
    ISSUE_KINDS,
    SEGMENT_LABELS,
    SIGNALS,
    FactCorrection,
    FactsVerdict,
    Severity,
)
from graph.money import SYMBOL_CODES, currency_code, is_currency_code
from graph.understanding.numbers import multiplier, parse_number

CARD_HELP = (
    "Looks right? Type ok to start drafting. Or correct it: set value 24000/yr · "
    "set severity major · set segment consumer · set industry airline · set tenure 6 · "
    "set tier platinum · set churn off · set language es · set address female "
    "(several at once with ;)"
)
CONFIRM_WORDS = {"ok", "okay", "yes", "y", "a", "approve", "confirm", "lgtm", "looks right"}


class CardCommandError(ReplyNotUnderstood):
    """A line that is neither a confirmation nor a correction; the message says what works."""


_SEGMENTS = {
    **{key: key for key in SEGMENT_LABELS},
    **{label: key for key, label in SEGMENT_LABELS.items()},
    "b2b": "b2b",
    "company": "b2b",
    "enterprise": "b2b",
    "individual": "b2c",
    "person": "b2c",
    "private": "b2c",
}
_INDUSTRIES = {
    **{key: key for key in INDUSTRY_LABELS},
    **{label: key for key, label in INDUSTRY_LABELS.items()},
    "airlines": "airline",
    "bank": "banking",
    "telco": "telecom",
    "software": "saas",
    "ecommerce": "retail",
    "e-commerce": "retail",
    "hotel": "hospitality",
    "travel": "hospitality",
    "health": "healthcare",
    "utility": "utilities",
    "energy": "utilities",
    "gaming": "gaming_media",
    "media": "gaming_media",
    "education": "education_public",
    "public sector": "education_public",
    "government": "education_public",
}
_SIGNAL_NAMES = {
    **{name: name for name in SIGNALS},
    **{name.replace("_", " "): name for name in SIGNALS},
    "lawyer": "legal",
    "press": "public",
    "promise": "broken_promise",
    "vulnerable": "vulnerability",
    "health": "safety",
    "data": "privacy",
}


@cache
def _languages() -> dict[str, str]:
    """What an agent may type for a language: its code, its English name, its own name
    (from its catalog, read when first needed rather than when the module loads)."""
    return {
        **{code: code for code in LANGUAGES},
        **{name.lower(): code for code, name in LANGUAGE_NAMES.items()},
        **{load(code).name.lower(): code for code in available()},
        "castellano": "es",
        "brazilian": "pt",
    }


_ADDRESS = {
    "female": "female", "woman": "female", "madam": "female", "f": "female", "she": "female",
    "male": "male", "man": "male", "sir": "male", "m": "male", "he": "male",
    "name": "name", "by name": "name", "neutral": "name", "none": "name",
}  # fmt: skip
_ON = {"on", "yes", "true", "1"}
_OFF = {"off", "no", "false", "0"}
_FIELDS = {
    "value": "value_per_year",
    "value per year": "value_per_year",
    "annual value": "value_per_year",
    "customer value": "value_per_year",
    "currency": "currency",
    "tenure": "tenure_years",
    "segment": "segment",
    "industry": "industry",
    "tier": "plan_tier",
    "their tier": "plan_tier",
    "policy tier": "policy_tier",
    "kind": "issue_kind",
    "issue": "issue_kind",
    "severity": "severity",
    "customer": "customer_name",
    "name": "customer_name",
    "tried": "tried",
    "deadline": "deadline",
    "language": "language",
    "customer language": "language",
    "customer's language": "language",
    "agent language": "agent_language",
    "my language": "agent_language",
    "your language": "agent_language",
    "address": "address",
    "greet": "address",
    "greeting": "address",
}
_AMOUNT = re.compile(
    r"^(?P<pre>[A-Za-z]{3}|R\$|[$€£])?\s*(?P<num>\d[\d.,\s]*\d|\d)\s*(?P<mult>k|m|bn)?\s*"
    r"(?P<post>[A-Za-z]{3}|R\$|[$€£])?\s*(?:(?:/|per|a|an|each)\s*(?P<per>yr|year|mo|month)s?"
    r"|(?P<adverb>annually|yearly|monthly))?$",
    re.I,
)


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    code = currency_code(SYMBOL_CODES.get(token.upper(), token))
    if not is_currency_code(code):
        raise CardCommandError(f"'{token}' is not a currency I know; use a code like EUR.")
    return code


def parse_value(text: str) -> tuple[float, str | None]:
    """A value per year and its currency (None if not written), from `€1,900/month`,
    `24000/yr`, `95k USD`, `R$ 7.500 por ano`-style input without the words."""
    m = _AMOUNT.match(text.strip())
    if m is None:
        raise CardCommandError(
            f"I couldn't read '{text}' as an amount, e.g. 24000/yr or €1,900/month."
        )
    try:
        amount = parse_number(m["num"]) * multiplier(m["mult"])
    except ValueError as exc:
        raise CardCommandError(f"I couldn't read the number in '{text}'.") from exc
    per = (m["per"] or m["adverb"] or "year").lower()
    if per.startswith("mo"):
        amount *= 12
    return round(amount, 2), _currency(m["pre"]) or _currency(m["post"])


def _tenure(text: str) -> float:
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(y|yrs?|years?|m|mos?|months?)?", text.strip(), re.I)
    if m is None:
        raise CardCommandError(f"Tenure is a number of years, e.g. 6 or 18 months; not '{text}'.")
    number = float(m[1].replace(",", "."))
    return round(number / 12, 2) if (m[2] or "y").lower().startswith("m") else number


def _pick(table: dict[str, str], text: str, what: str) -> str:
    key = table.get(text.strip().lower())
    if key is None:
        options = ", ".join(sorted(set(table.values())))
        raise CardCommandError(f"'{text}' is not a {what}; try one of: {options}.")
    return key


_NAMES = sorted({*_FIELDS, *_SIGNAL_NAMES}, key=len, reverse=True)


def _named(command: str) -> tuple[str, str]:
    """`set value per year 24000` -> ("value per year", "24000"); longest name first."""
    m = re.fullmatch(r"\s*set\s+(.+?)\s*", command, re.I | re.S)
    if m is None:
        raise CardCommandError(f"I didn't understand '{command.strip()}'. {CARD_HELP}")
    for name in _NAMES:
        found = re.fullmatch(rf"{re.escape(name)}(?:\s*[=:]\s*|\s+(?:to\s+)?)(.+)", m[1], re.I)
        if found:
            return name, found[1].strip()
    raise CardCommandError(f"I can't set '{m[1]}'. {CARD_HELP}")


def _one(command: str) -> FactCorrection:
    name, value = _named(command)
    if name in _SIGNAL_NAMES and value.lower() in _ON | _OFF:
        return FactCorrection(signals={_SIGNAL_NAMES[name]: value.lower() in _ON})
    field = _FIELDS.get(name)
    if field is None:
        raise CardCommandError(f"Signals are set on or off, e.g. set {name} off.")
    parsed: dict[str, object]
    if field == "value_per_year":
        amount, currency = parse_value(value)
        parsed = {"value_per_year": amount, **({"currency": currency} if currency else {})}
    elif field == "currency":
        parsed = {"currency": _currency(value)}
    elif field == "tenure_years":
        parsed = {"tenure_years": _tenure(value)}
    elif field == "segment":
        parsed = {"segment": _pick(_SEGMENTS, value, "segment")}
    elif field == "industry":
        parsed = {"industry": _pick(_INDUSTRIES, value, "industry")}
    elif field == "issue_kind":
        parsed = {"issue_kind": _pick({k: k for k in ISSUE_KINDS}, value, "kind of issue")}
    elif field == "severity":
        parsed = {"severity": _pick({s.value: s.value for s in Severity}, value, "severity")}
    elif field in ("language", "agent_language"):
        parsed = {field: _pick(_languages(), value, "language the coach writes")}
    elif field == "address":
        parsed = {"address": _pick(_ADDRESS, value, "form of address")}
    else:
        parsed = {field: value}
    try:
        return FactCorrection.model_validate(parsed)
    except ValidationError as exc:
        raise CardCommandError(f"'{command.strip()}': {exc.errors()[0]['msg']}.") from exc


def parse_card_reply(text: str, version: int | None = None) -> FactsVerdict:
    """A confirmation or a set of corrections; `CardCommandError` for anything else."""
    line = text.strip().lower().rstrip(".!")
    if line in CONFIRM_WORDS:
        return FactsVerdict(action="confirm", version=version)
    correction = FactCorrection()
    for command in (part for part in text.split(";") if part.strip()):
        correction = correction.merged(_one(command))
    if correction.empty:
        raise CardCommandError(CARD_HELP)
    return FactsVerdict(action="correct", correction=correction, version=version)
