"""Buttons on the facts card, a section, the final review, the owner card, an error, a reply
check and a promise. Ack first, then the work."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.slack import blocks, check_blocks
from bot.slack.blocks import ButtonValue
from bot.slack.check_blocks import CheckValue
from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.slack.listeners.forward import forward
from bot.slack.screen import Where
from bot.slack.turns import NOT_YOURS
from graph.models import Decision, FactsCard, FactsVerdict, ReviewSection


def _where(body: dict[str, Any]) -> Where:
    message = body.get("message") or {}
    channel = body["channel"]["id"]
    return Where(
        channel=channel,
        thread_ts=message.get("thread_ts") or message.get("ts") or body["container"]["message_ts"],
        user=body["user"]["id"],
        team=(body.get("team") or {}).get("id"),
    )


def _value(body: dict[str, Any]) -> ButtonValue:
    return ButtonValue.model_validate_json(body["actions"][0]["value"])


async def on_verdict(body: dict[str, Any], coach: SlackCoach) -> None:
    """Approve, regenerate (sections) and approve-the-plan (final review)."""
    action = body["actions"][0]["action_id"].removeprefix(blocks.ACTION_PREFIX)
    value = _value(body)
    verb = "approve" if action in ("approve", "finalize") else "regenerate"
    decision = Decision(action=verb, version=value.version, target=value.key)
    await coach.work.decide(_where(body), value, decision)


async def on_retry(body: dict[str, Any], coach: SlackCoach) -> None:
    await coach.work.retry(_where(body), _value(body))


async def on_open_editor(body: dict[str, Any], coach: SlackCoach) -> None:
    """Revise and Edit open a modal pre-filled with the section under review."""
    where, value = _where(body), _value(body)
    now = await coach.work.current_prompt(where, value)
    if not isinstance(now, ReviewSection):
        return
    metadata = {"thread": value.thread, "key": value.key, "version": value.version,
                "channel": where.channel, "thread_ts": where.thread_ts}  # fmt: skip
    editing = body["actions"][0]["action_id"] == blocks.ACTION_PREFIX + "edit"
    view = (blocks.edit_modal if editing else blocks.revise_modal)(now.text, metadata)
    await coach.client.views_open(trigger_id=body["trigger_id"], view=view)


async def on_card_confirm(body: dict[str, Any], coach: SlackCoach) -> None:
    """Looks right: drafting starts from these facts."""
    value = _value(body)
    await coach.work.decide(_where(body), value, FactsVerdict(action="confirm", version=value.card))


async def on_open_facts(body: dict[str, Any], coach: SlackCoach) -> None:
    """Correct…: a form pre-filled with the card's facts."""
    where, value = _where(body), _value(body)
    card = await coach.work.current_prompt(where, value)
    if not isinstance(card, FactsCard):
        return
    metadata = {"thread": value.thread, "card": card.version,
                "channel": where.channel, "thread_ts": where.thread_ts}  # fmt: skip
    await coach.client.views_open(
        trigger_id=body["trigger_id"], view=blocks.facts_modal(card, metadata)
    )


async def on_approval(body: dict[str, Any], coach: SlackCoach) -> None:
    value = json.loads(body["actions"][0]["value"])
    approved = body["actions"][0]["action_id"] == blocks.ACTION_PREFIX + "grant"
    await coach.approvals.approve(_where(body), value["thread"], approved)


async def on_open_reassign(body: dict[str, Any], coach: SlackCoach) -> None:
    where, value = _where(body), _value(body)
    if not await coach.desk.turns.may(value.thread, where.user):
        await coach.desk.refuse(where, NOT_YOURS)
        return
    case = await coach.cases.get(value.thread)
    metadata = {"thread": value.thread, "channel": where.channel, "thread_ts": where.thread_ts}
    view = blocks.reassign_modal(case.owner_id if case else None, metadata)
    await coach.client.views_open(trigger_id=body["trigger_id"], view=view)


async def on_assign(body: dict[str, Any], coach: SlackCoach) -> None:
    """The roster's suggestion, taken with one click."""
    value = _value(body)
    if value.user:
        await coach.admin.reassign(_where(body), value.thread, value.user)


async def on_customer_updated(body: dict[str, Any], coach: SlackCoach) -> None:
    await coach.admin.customer_updated(_where(body), _value(body).thread)


async def on_open_outcome(body: dict[str, Any], coach: SlackCoach) -> None:
    where, value = _where(body), _value(body)
    if not await coach.desk.turns.may(value.thread, where.user):
        await coach.desk.refuse(where, NOT_YOURS)
        return
    metadata = {"thread": value.thread, "channel": where.channel, "thread_ts": where.thread_ts}
    await coach.client.views_open(
        trigger_id=body["trigger_id"], view=blocks.outcome_modal(metadata)
    )


def _check_value(body: dict[str, Any]) -> CheckValue:
    return CheckValue.model_validate_json(body["actions"][0]["value"])


async def on_sent(body: dict[str, Any], coach: SlackCoach) -> None:
    """Which version of a checked reply went out: its promises are tracked from now."""
    action = body["actions"][0]["action_id"].removeprefix(check_blocks.CHECK_PREFIX)
    version = "corrected" if action == check_blocks.SENT_CORRECTED else "as_written"
    await coach.replies.sent(_where(body), _check_value(body), version)


async def on_kept(body: dict[str, Any], coach: SlackCoach) -> None:
    await coach.replies.kept(_where(body), _check_value(body))


def register(app: AsyncApp, handoff: Handoff) -> None:
    p = blocks.ACTION_PREFIX
    for action, handler in (
        ("approve", on_verdict),
        ("regenerate", on_verdict),
        ("finalize", on_verdict),
        ("retry", on_retry),
        ("revise", on_open_editor),
        ("edit", on_open_editor),
        ("card_confirm", on_card_confirm),
        ("card_correct", on_open_facts),
        ("grant", on_approval),
        ("deny", on_approval),
        ("reassign", on_open_reassign),
        ("assign", on_assign),
        ("updated", on_customer_updated),
        ("outcome", on_open_outcome),
    ):
        forward(app.action(p + action), handoff, handler)
    for action, handler in (
        (check_blocks.SENT_CORRECTED, on_sent),
        (check_blocks.SENT_AS_WRITTEN, on_sent),
        (check_blocks.KEPT, on_kept),
    ):
        forward(app.action(check_blocks.CHECK_PREFIX + action), handoff, handler)
