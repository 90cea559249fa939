"""Who may own escalations, how senior they are and how many cases each can carry.

Principle 1 is "dedicate the best": a premium case should go to the most senior
person who still has room, not to whoever picked up the ticket. The roster is
optional; without one, the agent who opens a case owns it and nothing is suggested.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.policy import parse_json_model, read_settings_file
from graph.state import Owner


class RosterError(ValueError):
    """A roster file that cannot be used; the message names the bad field."""


class RosterMember(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=80)
    slack_user: str | None = Field(None, pattern=r"^[UW][A-Z0-9]{2,20}$")
    seniority: int = Field(ge=1, le=10, description="Higher is more senior.")
    max_cases: int = Field(5, ge=1, le=100, description="Open escalations at most.")
    contact: str | None = Field(None, min_length=3, max_length=120)
    """A direct line or email the customer may use; it goes into the scripts."""

    def answers_to(self, who: str) -> bool:
        """`who` is a Slack user id (Slack) or a person's name (terminal)."""
        return who == self.slack_user or who.casefold() == self.name.casefold()


class Suggestion(BaseModel):
    member: RosterMember
    open_cases: int
    reason: str


class Roster(BaseModel):
    model_config = ConfigDict(extra="forbid")

    members: list[RosterMember] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> Roster:
        for attr in ("name", "slack_user"):
            seen: set[str] = set()
            for i, member in enumerate(self.members):
                value = getattr(member, attr)
                if value is None:
                    continue
                if value.casefold() in seen:
                    raise ValueError(f"members.{i}.{attr} '{value}' appears twice")
                seen.add(value.casefold())
        return self

    def member(self, who: str | None) -> RosterMember | None:
        if not who:
            return None
        return next((m for m in self.members if m.answers_to(who)), None)

    def owner(
        self, user_id: str | None, name: str | None = None, contact: str | None = None
    ) -> Owner:
        """A member's name and direct contact fill in what a front end lacks.

        Slack knows a user id and a display name, the terminal a configured name;
        neither knows a phone line, and a Slack mention means nothing to a customer.
        """
        member = self.member(user_id) or self.member(name)
        if member is None:
            return Owner(name=name, contact=contact, user_id=user_id)
        return Owner(name=member.name, contact=contact or member.contact, user_id=user_id)

    def load(self, owners: list[str | None]) -> dict[str, int]:
        """Open cases per member name, from the owners of the open cases."""
        counts = {m.name: 0 for m in self.members}
        for owner in owners:
            if member := self.member(owner):
                counts[member.name] += 1
        return counts

    def suggest(
        self, owners_of_open_cases: list[str | None], current: str | None
    ) -> Suggestion | None:
        """The most senior member with room, unless the case already has someone that senior.

        Ties go to whoever carries fewer cases. `owners_of_open_cases` includes
        this case, so its current owner's load is counted once, as it is.
        """
        load = self.load(owners_of_open_cases)
        free = [m for m in self.members if load[m.name] < m.max_cases]
        if not free:
            return None
        best = max(free, key=lambda m: (m.seniority, -load[m.name], m.name))
        owner = self.member(current)
        if owner is not None and owner.seniority >= best.seniority:
            return None
        count = load[best.name]
        reason = (
            f"the most senior person with room: seniority {best.seniority}, "
            f"{count} of {best.max_cases} case{'s' if best.max_cases != 1 else ''} open"
        )
        return Suggestion(member=best, open_cases=count, reason=reason)


def load_roster(path: Path | None) -> Roster:
    """No file, no roster: cases stay with whoever opened them."""
    if path is None:
        return Roster()
    raw = read_settings_file(path, "roster file", RosterError)
    return parse_json_model(raw, Roster, f"roster file {path}", RosterError)
