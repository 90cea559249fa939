"""The words people use for sections, shared by every front end's text replies."""

from __future__ import annotations

from graph.models import SECTION_ORDER, SECTION_TITLES, Decision, SectionKey

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
