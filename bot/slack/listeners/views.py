"""Modal submissions: the intake form, facts corrections, a revision instruction, an edited
section, a new owner, a case's outcome."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.outcomes import OUTCOME_LABELS
from bot.slack.blocks import SIGNAL_GROUPS, ButtonValue
from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.slack.listeners.forward import forward
from bot.slack.screen import Where
from graph.models import (
    SIGNALS,
    CaseFacts,
    Decision,
    Fact,
    FactCorrection,
    FactsVerdict,
    SectionKey,
)


def _field(view: dict[str, Any], block: str) -> str:
    value = view["state"]["values"].get(block, {}).get("value", {}).get("value")
    return (value or "").strip()


def _team(body: dict[str, Any]) -> str | None:
    """Streaming into a channel needs the recipient's team, so every Where carries it."""
    return (body.get("team") or {}).get("id") or body.get("view", {}).get("team_id")


def _where(body: dict[str, Any], meta: dict[str, Any]) -> Where:
    return Where(meta["channel"], meta["thread_ts"], body["user"]["id"], _team(body))


def _review_target(body: dict[str, Any], view: dict[str, Any]) -> tuple[Where, ButtonValue]:
    meta = json.loads(view["private_metadata"])
    where = _where(body, meta)
    value = ButtonValue(thread=meta["thread"], key=SectionKey(meta["key"]), version=meta["version"])
    return where, value


def facts_correction(view: dict[str, Any]) -> FactCorrection:
    """The Correct… form as a correction; the graph keeps only what differs from the card."""
    values = view["state"]["values"]

    def state(block: str) -> dict[str, Any]:
        return values.get(block, {}).get("value", {})

    def picked(block: str) -> str | None:
        return (state(block).get("selected_option") or {}).get("value")

    def number(block: str) -> str | None:
        return state(block).get("value") or None

    chosen = {
        option["value"]
        for index in range(len(SIGNAL_GROUPS))
        for option in state(f"signals_{index}").get("selected_options") or []
    }
    fields = {
        "customer_name": _field(view, "customer_name"),
        "segment": picked("segment"),
        "industry": picked("industry"),
        "value_per_year": number("value_per_year"),
        "currency": picked("currency"),
        "tenure_years": number("tenure_years"),
        "plan_tier": _field(view, "plan_tier"),
        "policy_tier": picked("policy_tier"),
        "issue_kind": picked("issue_kind"),
        "severity": picked("severity"),
        "tried": _field(view, "tried"),
        "deadline": _field(view, "deadline"),
        "language": picked("language"),
        "agent_language": picked("agent_language"),
        "address": picked("address"),
    }
    given = {name: value for name, value in fields.items() if value}
    return FactCorrection.model_validate({**given, "signals": {s: s in chosen for s in SIGNALS}})


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


async def on_revise(body: dict[str, Any], coach: SlackCoach) -> None:
    view = body["view"]
    where, value = _review_target(body, view)
    instruction = _field(view, "instruction")
    decision = Decision(action="revise", instruction=instruction, version=value.version)
    await coach.work.decide(where, value, decision)


async def on_edit(body: dict[str, Any], coach: SlackCoach) -> None:
    view = body["view"]
    where, value = _review_target(body, view)
    decision = Decision(action="edit", text=_field(view, "text"), version=value.version)
    await coach.work.decide(where, value, decision)


async def on_intake(body: dict[str, Any], coach: SlackCoach) -> None:
    view = body["view"]
    meta = json.loads(view["private_metadata"])
    text, facts = intake_text(view)
    where = Where(meta["channel"], meta.get("thread_ts") or "", body["user"]["id"], _team(body))
    await coach.intake.open_from_form(where, text, facts)


async def on_reassign(body: dict[str, Any], coach: SlackCoach) -> None:
    view = body["view"]
    meta = json.loads(view["private_metadata"])
    picked = view["state"]["values"]["owner"]["value"].get("selected_user")
    if picked:
        contact = _field(view, "contact") or None
        await coach.admin.reassign(_where(body, meta), meta["thread"], picked, contact)


async def on_outcome(body: dict[str, Any], coach: SlackCoach) -> None:
    view = body["view"]
    meta = json.loads(view["private_metadata"])
    picked = view["state"]["values"]["outcome"]["value"].get("selected_option") or {}
    if picked.get("value") in OUTCOME_LABELS:
        note = _field(view, "note") or None
        await coach.admin.record_outcome(_where(body, meta), meta["thread"], picked["value"], note)


def register(app: AsyncApp, handoff: Handoff) -> None:
    async def facts(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        """Not forwarded: a bad number is answered in the form, in the ack itself."""
        try:
            correction = facts_correction(view)
        except ValidationError as exc:
            first = exc.errors()[0]
            block = str(first["loc"][0]) if first["loc"] else "customer_name"
            await ack(response_action="errors", errors={block: first["msg"]})
            return
        await ack()
        meta = json.loads(view["private_metadata"])
        value = ButtonValue(thread=meta["thread"], card=meta["card"])
        verdict = FactsVerdict(action="correct", correction=correction, version=meta["card"])
        handoff(body, handoff.coach.work.decide(_where(body, meta), value, verdict))

    app.view("coach_facts")(facts)
    forward(app.view("coach_revise"), handoff, on_revise)
    forward(app.view("coach_outcome"), handoff, on_outcome)
    forward(app.view("coach_reassign"), handoff, on_reassign)
    forward(app.view("coach_edit"), handoff, on_edit)
    forward(app.view("coach_intake"), handoff, on_intake)
