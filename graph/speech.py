"""How one case speaks to its customer.

The customer's catalog (graph/catalog.py) with the case's own greeting, owner and
contact filled in, and the case's durations, days and deadlines written the way the
customer's locale writes them. Every text meant for the customer (the playbook's
scripts, revisions, follow-up check-ins) goes through one of these, so they all agree.
"""

from __future__ import annotations

from datetime import date

from graph.catalog import REFERENCE, Messages
from graph.drafting.base import CONTACT_PLACEHOLDER, NAME_PLACEHOLDER
from graph.locales import format_day, format_duration
from graph.models import CaseFacts
from graph.understanding.address import name_parts
from graph.understanding.when import due

CUSTOMER_PLACEHOLDER = "[customer name]"
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve"]  # fmt: skip


def count(n: float, unit: str) -> str:
    """'4 hours' reads better as 'four hours' in English speech; large or fractional
    numbers stay digits."""
    whole = float(n).is_integer() and 0 <= n <= 12
    label = unit if n == 1 else unit + "s"
    return f"{_NUMBER_WORDS[int(n)] if whole else f'{n:g}'} {label}"


def customer_language(facts: CaseFacts) -> str:
    return facts.language.value if facts.language else REFERENCE


def greeting(facts: CaseFacts, language: str | None = None) -> str:
    """How a script greets this customer: a business's contact is a blank the agent fills
    in; a person by the form of address their language uses (and the case supports)."""
    words = Messages(language or customer_language(facts))
    forms = words.own.address
    if (facts.segment and facts.segment.value == "b2b") or not facts.customer_name:
        return forms.business
    form = facts.address.value if facts.address else "name"
    template = {"female": forms.female, "male": forms.male}.get(form, forms.unknown)
    return template.format(**name_parts(facts.customer_name.value))


class Speech:
    """The words and formats of one case's customer-facing text."""

    def __init__(
        self,
        facts: CaseFacts,
        locale: str,
        owner: str | None = None,
        contact: str | None = None,
        today: date | None = None,
    ):
        self.facts = facts
        self.locale = locale
        self.today = today or date.today()
        name = facts.customer_name.value if facts.customer_name else CUSTOMER_PLACEHOLDER
        self.words = Messages(
            customer_language(facts),
            greet=greeting(facts),
            name=name,
            owner=owner or NAME_PLACEHOLDER,
            contact=contact or CONTACT_PLACEHOLDER,
        )
        self.language = self.words.language
        self.english = self.language == REFERENCE

    def say(self, key: str, variant: int = 0, **values: object) -> str:
        return self.words.text(key, variant, **values)

    def duration(self, hours: float) -> str:
        """A span the customer is promised: `four hours` in English, `4 horas` elsewhere."""
        if self.english:
            return count(hours, "hour")
        return format_duration(hours, self.locale, self.words.own.within_hours_up_to)

    def span(self, hours: float) -> str:
        """How long something lasted: `four hours` in English, `4 Tage` elsewhere (days
        past a day and a half, whatever the language does with commitments)."""
        return count(hours, "hour") if self.english else format_duration(hours, self.locale)

    def days(self, days: int) -> str:
        return count(days, "day") if self.english else self.duration(days * 24.0)

    def deadline(self, raw: str) -> str:
        """The customer's deadline as a phrase for the script: as they put it where the
        language allows quoting ("by Monday", "before the wedding"), else the day itself
        when it can be read ("para el viernes 11 de diciembre"), else "by the time you
        need it"."""
        if self.words.own.splice_deadlines:
            return _as_written(raw, self.words)
        return self.day_phrase(raw) or self.say("deadline.unknown")

    def day_phrase(self, raw: str) -> str | None:
        """The deadline read as a day or a span, in this language; None if it can't be."""
        found = due(raw, self.today)
        if found is None:
            return None
        if found.kind == "within":
            return self.say("deadline.within", duration=self.duration(found.hours or 0))
        if found.kind == "day" and found.day is not None:
            day = format_day(found.day, self.locale, self.words.own.day_format)
            return self.say("deadline.by_day", day=day)
        return self.say(f"deadline.{found.kind}")


def _as_written(raw: str, words: Messages) -> str:
    """ "Monday" reads "by Monday"; "before the wedding" stays as it is."""
    raw = raw.strip().rstrip(".")
    prefixed = words.cue("deadline_prefixed")
    if prefixed and prefixed.match(raw):
        return raw
    return words.text("deadline.by_day", day=raw)
