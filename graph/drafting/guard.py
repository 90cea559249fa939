"""What a Claude draft must pass before the agent sees any of it.

The rules are the linter's (one list of banned phrases and one money detector,
in graph/lint.py), plus length: a section may not push the plan past the
1,000 words the product promises, plus languages: the lines for the customer (the
blockquotes) must be in the customer's language and the coaching in the agent's. `ParagraphGate` applies the same rules while
text streams: each paragraph is held until it is complete and passes, so the
agent never reads an unvetted sentence, even for a moment.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

from graph.drafting.base import DraftContext, TextSink
from graph.lint import MAX_WORDS, lint_section, words
from graph.locales import language_name
from graph.models import SECTION_ORDER, CaseFacts, LintFinding, SectionKey
from graph.understanding.language import confident_language

CORRECTABLE = frozenset(
    {"money-outside-envelope", "hedged-apology", "over-promise", "length", "language"}
)
SECTION_WORDS = 120
"""What a section aims for: seven of them land inside the plan's 600-1000 words."""
SECTION_MAX_WORDS = 220
_SECTION_MIN_WORDS = 20
_ROOM_PER_LATER_SECTION = 80


def max_words(key: SectionKey, ctx: DraftContext) -> int:
    """The most this section may have and still leave the rest of the plan its room."""
    others = sum(words(text) for k, text in ctx.approved.items() if k != key)
    later = [k for k in SECTION_ORDER[SECTION_ORDER.index(key) + 1 :] if k not in ctx.approved]
    room = MAX_WORDS - others - _ROOM_PER_LATER_SECTION * len(later)
    return max(_SECTION_MIN_WORDS * 2, min(SECTION_MAX_WORDS, room))


_QUOTED_RUN = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|„[^“”]*[“”]")
"""Words quoted from the case inside the coaching: they are in whatever language the
customer wrote, and say nothing about the language the coaching is in."""


def voices(text: str) -> tuple[str, str]:
    """The lines for the customer (blockquotes) and the coaching around them."""
    said, coaching = [], []
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(">"):
            said.append(stripped.lstrip("> "))
        else:
            coaching.append(line)
    return "\n".join(said), _QUOTED_RUN.sub(" ", "\n".join(coaching))


def language_findings(
    key: SectionKey | None, text: str, facts: CaseFacts, whole: bool = False
) -> list[LintFinding]:
    """Lines for the customer in another language than theirs, or coaching in another
    than the agent's; only where there is enough text to tell. `whole`: all of `text` is
    for the customer (the holding script)."""
    customer = facts.language.value if facts.language else "en"
    agent = facts.agent_language.value if facts.agent_language else "en"
    said, coaching = (text, "") if whole else voices(text)
    findings = []
    checks = (
        (said, customer, 0.8, 40, "the lines for the customer"),
        (coaching, agent, 0.9, 80, "the coaching"),
    )
    for part, wanted, sure, letters, what in checks:
        found = confident_language(part, at_least=sure, letters=letters)
        if found and found[0] != wanted:
            findings.append(
                LintFinding(
                    rule="language",
                    severity="error",
                    section=key,
                    message=f"{what} {'is' if what == 'the coaching' else 'are'} in "
                    f"{language_name(found[0])}; write {'it' if what == 'the coaching' else 'them'} "
                    f"in {language_name(wanted)}",
                )
            )
    return findings


def vet(key: SectionKey, text: str, ctx: DraftContext) -> list[LintFinding]:
    """The findings that keep a draft from the agent: money, promises, apologies, length,
    and the wrong language."""
    findings = [
        f for f in lint_section(key, text, ctx.decision, ctx.facts) if f.rule in CORRECTABLE
    ]
    findings += language_findings(key, text, ctx.facts)
    count, limit = words(text), max_words(key, ctx)
    if count > limit or count < _SECTION_MIN_WORDS:
        findings.append(
            LintFinding(
                rule="length",
                severity="error",
                section=key,
                message=f"the section has {count} words; write {_SECTION_MIN_WORDS} to {limit} "
                f"so the plan stays within {MAX_WORDS}",
            )
        )
    return findings


def passes_content_rules(key: SectionKey, text: str, ctx: DraftContext) -> bool:
    """Money, promise and apology rules only: what a single paragraph can break."""
    return not any(f.rule != "length" for f in vet(key, text, ctx))


class ParagraphGate:
    """Passes streamed text on a paragraph at a time, and only paragraphs that pass `check`.

    After the first paragraph that fails, nothing more is passed on: the checked
    final text (corrected, or the playbook's) replaces the stream when it is done.
    """

    def __init__(self, sink: TextSink | None, check: Callable[[str], bool]) -> None:
        self._sink = sink
        self._check = check
        self._held = ""
        self.closed = sink is None

    async def feed(self, chunk: str) -> None:
        if self.closed:
            return
        self._held += chunk
        while "\n\n" in self._held and not self.closed:
            paragraph, _, self._held = self._held.partition("\n\n")
            await self._release(paragraph + "\n\n")

    def close(self) -> None:
        """Pass nothing more on, and drop what is held."""
        self.closed = True
        self._held = ""

    async def finish(self) -> None:
        if self._held.strip():
            await self._release(self._held)
        self._held = ""

    async def _release(self, paragraph: str) -> None:
        if self.closed or self._sink is None:
            return
        if not self._check(paragraph):
            self.closed = True
            return
        if inspect.isawaitable(result := self._sink(paragraph)):
            await result
