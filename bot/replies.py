"""What a person types back to the coach, understood the same in the terminal and in Slack.

One reader for every typed reply, so `approve`, `back to remedies`, `regenerate` or
`shorter` mean one thing whichever front end they are typed into. (The facts card's
own words live in `bot.card_commands`.)
"""

from __future__ import annotations

import re

from graph.models import (
    SECTION_ORDER,
    SECTION_TITLES,
    ApprovalVerdict,
    Decision,
    FinalReview,
    Reply,
    ReviewSection,
    SectionKey,
)

APPROVE_WORDS = {"a", "approve", "ok", "okay", "yes", "y", "lgtm"}
REGENERATE_WORDS = {"g", "regenerate", "regen"}
EDIT_WORDS = {"e", "edit"}
SKIP_WORDS = {"skip", "/skip"}

_NAMES: dict[str, SectionKey] = {
    **{key.value: key for key in SECTION_ORDER},
    **{title.lower(): key for key, title in SECTION_TITLES.items()},
    "script": SectionKey.RESPONSE,
    "response script": SectionKey.RESPONSE,
    "options": SectionKey.REMEDIES,
    "resolution": SectionKey.REMEDIES,
    "compensation": SectionKey.REMEDIES,
    "trust recovery": SectionKey.TRUST,
    "success metrics": SectionKey.METRICS,
}
_BACK = re.compile(r"(?:b|back)(?:\s+(?:to\s+)?(?:the\s+)?(?P<section>.+?))?(?:\s+section)?")


class ReplyNotUnderstood(ValueError):
    """A typed reply that fits no step; the message says what would work."""


def section_named(text: str) -> SectionKey | None:
    return _NAMES.get(text.strip().lower())


def final_review_decision(text: str) -> Decision:
    """'remedies: drop the TAM' revises that section; a bare instruction revises the script,
    the part an agent most often wants to change at the end."""
    head, _, rest = text.partition(":")
    target = section_named(head) if rest.strip() else None
    if target is None:
        return Decision(action="revise", instruction=text.strip(), target=SectionKey.RESPONSE)
    return Decision(action="revise", instruction=rest.strip(), target=target)


def parse_review(text: str, prompt: ReviewSection | FinalReview) -> Decision | None:
    """A verdict on the section or plan under review; None for a bare `edit`, which needs
    the new text still to come (the terminal reads it next; in Slack it follows on the
    lines after `edit`).

    `back` goes back only when what follows names a section, so "back off the apology"
    stays an instruction to revise.
    """
    first, _, rest = text.strip().partition("\n")
    command = " ".join(first.lower().split()).rstrip(".!")
    version = prompt.version if isinstance(prompt, ReviewSection) else None
    key = prompt.key if isinstance(prompt, ReviewSection) else None
    if not rest.strip():
        if command in APPROVE_WORDS:
            return Decision(action="approve", version=version)
        if command in REGENERATE_WORDS:
            return Decision(action="regenerate", version=version, target=key)
    if command in EDIT_WORDS:
        if not rest.strip():
            return None
        return Decision(action="edit", text=rest.strip(), target=key, version=version)
    if not rest.strip() and (m := _BACK.fullmatch(command)):
        named = m.group("section")
        target = section_named(named) if named else None
        if named is None or target is not None:
            return Decision(action="back", target=target, version=version)
    if isinstance(prompt, FinalReview):
        return final_review_decision(text)
    return Decision(action="revise", instruction=text.strip(), version=version)


def parse_answer(text: str) -> Reply:
    return Reply(skip=True) if text.strip().lower() in SKIP_WORDS else Reply(text=text)


def parse_approval(line: str) -> ApprovalVerdict | None:
    """'approve Sam Lee: renewal at risk' or 'deny Sam Lee: too generous'."""
    m = re.fullmatch(r"\s*(approve|deny)\s+([^:]+?)\s*(?::\s*(.*))?", line, re.I)
    if not m:
        return None
    name = m.group(2).strip()
    return ApprovalVerdict(
        approved=m.group(1).lower() == "approve", by_id=name, by_name=name, note=m.group(3)
    )
