"""Modal submissions: the intake form, a revision instruction, an edited section, a new
owner, a case's outcome."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.resolution_log import OUTCOME_LABELS
from bot.slack.blocks import ButtonValue
from bot.slack.coach import SlackCoach, Where
from graph.models import CaseFacts, Decision, Fact, SectionKey


def _field(view: dict[str, Any], block: str) -> str:
    value = view["state"]["values"].get(block, {}).get("value", {}).get("value")
    return (value or "").strip()


def _team(body: dict[str, Any]) -> str | None:
    """Streaming into a channel needs the recipient's team, so every Where carries it."""
    return (body.get("team") or {}).get("id") or body.get("view", {}).get("team_id")


def _review_target(body: dict[str, Any], view: dict[str, Any]) -> tuple[Where, ButtonValue]:
    meta = json.loads(view["private_metadata"])
    where = Where(meta["channel"], meta["thread_ts"], body["user"]["id"], _team(body))
    value = ButtonValue(thread=meta["thread"], key=SectionKey(meta["key"]), version=meta["version"])
    return where, value


def intake_text(view: dict[str, Any]) -> tuple[str, CaseFacts]:
    """The form's three required answers as one message, plus what it states as facts."""
    complaint, value, tried = (_field(view, b) for b in ("complaint", "value", "tried"))
    text = f"{complaint}\n\nCustomer value and history: {value}\n\nAlready tried: {tried}"
    stated = {
        "customer_name": _field(view, "customer"),
        "emotional_state": _field(view, "emotion"),
        "channel": _field(view, "channel"),
        "tried": tried,
    }
    facts = CaseFacts(**{k: Fact(value=v) for k, v in stated.items() if v})
    return text, facts


def register(app: AsyncApp, coach: SlackCoach) -> None:
    async def revise(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        where, value = _review_target(body, view)
        instruction = _field(view, "instruction")
        decision = Decision(action="revise", instruction=instruction, version=value.version)
        await coach.decide(where, value, decision)

    async def edit(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        where, value = _review_target(body, view)
        decision = Decision(action="edit", text=_field(view, "text"), version=value.version)
        await coach.decide(where, value, decision)

    async def intake(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        meta = json.loads(view["private_metadata"])
        text, facts = intake_text(view)
        where = Where(meta["channel"], meta.get("thread_ts") or "", body["user"]["id"], _team(body))
        await coach.open_from_form(where, text, facts)

    async def reassign(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        meta = json.loads(view["private_metadata"])
        where = Where(meta["channel"], meta["thread_ts"], body["user"]["id"], _team(body))
        picked = view["state"]["values"]["owner"]["value"].get("selected_user")
        if picked:
            await coach.reassign(where, meta["thread"], picked, _field(view, "contact") or None)

    async def outcome(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack()
        meta = json.loads(view["private_metadata"])
        where = Where(meta["channel"], meta["thread_ts"], body["user"]["id"], _team(body))
        picked = view["state"]["values"]["outcome"]["value"].get("selected_option") or {}
        if picked.get("value") in OUTCOME_LABELS:
            await coach.record_outcome(
                where, meta["thread"], picked["value"], _field(view, "note") or None
            )

    app.view("coach_revise")(revise)
    app.view("coach_outcome")(outcome)
    app.view("coach_reassign")(reassign)
    app.view("coach_edit")(edit)
    app.view("coach_intake")(intake)
