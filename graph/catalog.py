"""Message catalogs: every word the coach writes for a customer, one file per language.

`prompts/catalogs/<code>.toml` holds a language's customer-facing lines (the holding
script, the response script, the trust-recovery line, follow-up check-ins, the lines
revisions add) and the few patterns that read or reshape text in that language. Adding
a language is adding a file; nothing in the code names one.

Each file is validated by `Catalog` when it is read. A key a catalog lacks (or whose
placeholders differ from English) is said in English instead and listed in `missing`,
so the agent is told; the tests hold every catalog to the English one's keys, so a gap
fails a test, never a conversation. A new kind of line (live coaching, a corrected
reply) is a new table of keys, `[messages.live]`, in every catalog: nothing else changes.
"""

from __future__ import annotations

import logging
import re
import tomllib
from functools import cache, lru_cache
from importlib import resources
from string import Formatter
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from graph.lint_phrases import phrase_books
from graph.locales import language_name

log = logging.getLogger(__name__)
REFERENCE = "en"
"""The catalog every other one is checked against, and falls back to."""
SHARED = frozenset({"greet", "name", "owner", "contact"})
"""What every line may use, whatever the English line uses: how the customer is greeted,
their name, the owner's name and direct contact."""
NAME_PARTS = frozenset({"first", "last", "paternal", "full"})
"""What a form of address may use: given name, family name, a Spanish first surname
("Ferrer" in "Lucía Ferrer Campos"), or the whole name."""


def placeholders(template: str) -> set[str]:
    """The `{names}` a template fills in; a malformed template raises ValueError."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


class CatalogError(ValueError):
    """A catalog or phrase file that cannot be used; the message names the file and field."""


class AddressForms(BaseModel):
    """How a script greets the customer: with a title when the case says which, by name
    otherwise, and a bracketed blank the agent fills in for a business contact."""

    model_config = ConfigDict(extra="forbid")

    female: str
    male: str
    unknown: str
    business: str

    @field_validator("*")
    @classmethod
    def _parts(cls, template: str) -> str:
        if unknown := placeholders(template) - NAME_PARTS:
            raise ValueError(f"unknown name part {sorted(unknown)}; use {sorted(NAME_PARTS)}")
        return template


class Catalog(BaseModel):
    """One language's file, as read and checked."""

    model_config = ConfigDict(extra="forbid")

    language: str = Field(pattern=r"^[a-z]{2}$")
    name: str
    formal_register: str = Field(description="the register the texts use, e.g. usted, Sie")
    day_format: str = Field(description="Babel pattern for a day in a sentence")
    list_and: str = Field(description="the word that joins the last item of a list")
    splice_deadlines: bool = False
    """A deadline the customer named may be quoted into a line as written ("by Monday",
    "before the wedding"); otherwise it is read as a day and written by Babel."""
    within_hours_up_to: float = Field(36, gt=0)
    """A time we commit to ("within 48 hours") is said in hours up to this many, then in
    days; a language whose "within" needs a case Babel's units lack keeps hours."""
    address: AddressForms
    messages: dict[str, str | list[str]]
    pairs: dict[str, list[tuple[str, str]]] = Field(default_factory=dict)
    """Regex replacements applied in order (e.g. `formal`): pattern, replacement."""
    cues: dict[str, str] = Field(default_factory=dict)
    """Regexes that read this language (a greeting's name, a contact line, a request)."""
    instructions: dict[str, str] = Field(default_factory=dict)
    """How an agent asks for a revision in this language (`shorter`, `email`…): regexes,
    except `mention` and `drop`, which are alternations of verbs."""

    @model_validator(mode="before")
    @classmethod
    def _flatten(cls, data: Any) -> Any:
        """`[messages.script]` tables become `script.greeting`-style keys."""
        if isinstance(data, dict) and isinstance(data.get("messages"), dict):
            data = {**data, "messages": dict(_flat(data["messages"]))}
        return data

    @field_validator("messages")
    @classmethod
    def _templates(cls, messages: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
        for key, value in messages.items():
            variants = value if isinstance(value, list) else [value]
            if not variants or not all(v.strip() for v in variants):
                raise ValueError(f"{key} is empty")
            for variant in variants:
                try:
                    placeholders(variant)
                except ValueError as exc:
                    raise ValueError(f"{key}: {exc}") from exc
        return messages

    @field_validator("cues", "instructions")
    @classmethod
    def _regexes(cls, cues: dict[str, str]) -> dict[str, str]:
        for key, pattern in cues.items():
            _compiles(key, pattern)
        return cues

    @field_validator("pairs")
    @classmethod
    def _pairs(cls, pairs: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
        for key, rows in pairs.items():
            for pattern, _ in rows:
                _compiles(key, pattern)
        return pairs


def _flat(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in table.items():
        name = f"{prefix}{key}"
        out += _flat(value, f"{name}.") if isinstance(value, dict) else [(name, value)]
    return out


def _compiles(key: str, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{key}: {exc}") from exc


def _folder() -> Any:
    return resources.files("prompts").joinpath("catalogs")


@cache
def available() -> tuple[str, ...]:
    """The languages with a catalog, English first."""
    found = sorted(
        p.name.removesuffix(".toml") for p in _folder().iterdir() if p.name.endswith(".toml")
    )
    return tuple(sorted(found, key=lambda code: code != REFERENCE))


@cache
def load(language: str) -> Catalog:
    """One catalog, validated; a file whose `language` is not its name is refused."""
    raw = tomllib.loads(_folder().joinpath(f"{language}.toml").read_text(encoding="utf-8"))
    catalog = Catalog.model_validate(raw)
    if catalog.language != language:
        raise ValueError(f"catalogs/{language}.toml says it is '{catalog.language}'")
    return catalog


def check_catalogs() -> None:
    """Read and validate every catalog and lint phrase file, so a broken one stops start-up
    with one line instead of breaking a conversation later."""
    for code in available():
        try:
            load(code)
        except (ValueError, tomllib.TOMLDecodeError) as exc:
            raise CatalogError(f"prompts/catalogs/{code}.toml: {_first(exc)}") from None
    try:
        phrase_books()
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"prompts/lint: {_first(exc)}") from None


def _first(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"field '{'.'.join(str(p) for p in first['loc'])}': {first['msg']}"
    return str(exc)


class Messages:
    """What to say to one customer, in their language, over English.

    A key the language's catalog lacks, or has with placeholders English does not fill
    (beyond the `SHARED` ones), is said in English and recorded in `missing`; a
    language with no catalog at all is English throughout, recorded in `unsupported`.
    `notice()` words both for the agent. `shared` holds the case's values of `SHARED`.
    """

    def __init__(self, language: str | None, **shared: str):
        wanted = (language or REFERENCE).lower()
        self.unsupported = wanted if wanted not in available() else None
        self.language = REFERENCE if self.unsupported else wanted
        self.own = load(self.language)
        self.reference = load(REFERENCE)
        self.shared = {name: shared.get(name, "") for name in SHARED}
        self.missing: list[str] = []

    def _template(self, key: str) -> str | list[str]:
        english = self.reference.messages[key]
        value = self.own.messages.get(key)
        if value is None or _fields(value) - _fields(english) - SHARED:
            if self.language != REFERENCE and key not in self.missing:
                self.missing.append(key)
                log.warning("catalog %s lacks %s (or its placeholders differ); using English",
                            self.language, key)  # fmt: skip
            return english
        return value

    def text(self, key: str, variant: int = 0, **values: object) -> str:
        """The message `key` with `values` filled in; `variant` picks among alternatives."""
        template = self._template(key)
        if isinstance(template, list):
            template = template[variant % len(template)]
        return template.format(**{**self.shared, **values})

    def cue(self, key: str) -> re.Pattern[str] | None:
        pattern = self.own.cues.get(key)
        return re.compile(pattern, re.I | re.M) if pattern else None

    def pairs(self, key: str) -> list[tuple[str, str]]:
        return list(self.own.pairs.get(key, []))

    def join(self, parts: list[str]) -> str:
        """`a, b and c`, with the language's own `and`."""
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + f" {self.own.list_and} " + parts[-1]

    def notice(self) -> str | None:
        if self.unsupported:
            return (
                f"There is no {language_name(self.unsupported)} catalog yet, so the words for "
                "the customer are in English."
            )
        if self.missing:
            return (
                f"Some lines for the customer have no {language_name(self.language)} wording "
                f"yet and are in English ({', '.join(self.missing)})."
            )
        return None


def _fields(value: str | list[str]) -> frozenset[str]:
    variants = value if isinstance(value, list) else [value]
    return frozenset().union(*(_template_fields(v) for v in variants))


@lru_cache(maxsize=4096)
def _template_fields(template: str) -> frozenset[str]:
    """`placeholders`, kept: every line said is checked against English's by them."""
    return frozenset(placeholders(template))
