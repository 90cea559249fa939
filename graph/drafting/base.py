"""The one interface every drafter implements.

The graph only ever talks to a `Drafter`, so the offline playbook and Claude
are interchangeable and tests can run either end to end.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from pydantic import BaseModel, Field

from graph.models import CaseFacts, InputKey, PolicyDecision, SectionKey

NAME_PLACEHOLDER = "[your name]"
CONTACT_PLACEHOLDER = "[your direct line or email]"
"""What a draft says where the owner's name or contact is not known: the agent fills
it in, and nothing is invented."""

TextSink = Callable[[str], Awaitable[None] | None]
"""Receives drafted text as it is produced, so a front end can stream it."""


class DraftContext(BaseModel):
    """Everything a drafter may use. Amounts come only from `decision`."""

    facts: CaseFacts
    decision: PolicyDecision
    approved: dict[SectionKey, str] = Field(default_factory=dict)
    owner_name: str | None = None
    owner_contact: str | None = None
    notices: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    """What the drafter wants the agent told about this draft (a refusal, a fallback)."""


class Revision(BaseModel):
    """A redraft, and which parts of the instruction it could and could not apply."""

    text: str
    applied: list[str] = Field(default_factory=list)
    unapplied: list[str] = Field(default_factory=list)


class DrafterError(RuntimeError):
    """The drafter could not produce text (service down, bad answer); state is untouched."""


class Drafter(Protocol):
    name: str

    async def extract(self, text: str, facts: CaseFacts, asked: InputKey | None) -> CaseFacts:
        """Merge what `text` says into `facts`; `asked` names the question it answers."""
        ...

    async def holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None = None
    ) -> str:
        """A few sentences the agent can say right now, before any plan exists, in the
        customer's language; `notes` collects what the agent should be told about it."""
        ...

    async def draft(
        self, key: SectionKey, ctx: DraftContext, *, variant: int = 0, sink: TextSink | None = None
    ) -> str:
        """A first draft of one section; `variant` > 0 asks for a fresh take (regenerate)."""
        ...

    async def revise(
        self,
        key: SectionKey,
        ctx: DraftContext,
        current: str,
        instruction: str,
        *,
        sink: TextSink | None = None,
    ) -> Revision:
        """Redraft `current` following the agent's instruction, touching nothing else."""
        ...
