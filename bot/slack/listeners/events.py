"""Messages and mentions: every one becomes a turn of the case in its thread."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext

from bot.slack.checks import check_request
from bot.slack.coach import SlackCoach
from bot.slack.handoff import Handoff
from bot.slack.mrkdwn import unescape
from bot.slack.screen import Where

_MENTION = re.compile(r"<@[A-Z0-9]+>")
SUGGESTED_PROMPTS = [
    {"title": "Outage complaint", "message": "A key customer had a 4-hour outage and is "
     "threatening to leave at renewal. They pay $50,000/year."},
    {"title": "Billing mistake", "message": "We double-charged a customer; they are angry "
     "and want a refund today."},
]  # fmt: skip


HUMAN_SUBTYPES = {None, "file_share", "thread_broadcast"}
"""Message subtypes a person typed. A `thread_broadcast` (a reply also sent to the channel)
is a reply like any other; a `file_share` counts by its text. Edits (`message_changed`),
deletions, joins and the like are not turns: acting on an edit would apply a reply twice."""
ATTACHMENT_ONLY = (
    "I can't read attachments yet. Paste the text you want me to use into the thread, "
    "and I'll carry on from where we are."
)


def _where(event: dict[str, Any], context: AsyncBoltContext) -> Where:
    return Where(
        channel=event["channel"],
        thread_ts=event.get("thread_ts") or event["ts"],
        user=event["user"],
        team=context.team_id,
    )


async def on_mention(event: dict[str, Any], context: AsyncBoltContext, coach: SlackCoach) -> None:
    where = _where(event, context)
    text = unescape(_MENTION.sub("", event.get("text", ""))).strip()
    if await coach.cases.get(where.thread):
        await _in_case(coach, where, text)
        return
    if event.get("thread_ts"):
        parent = await coach.client.conversations_replies(
            channel=where.channel, ts=where.thread_ts, limit=1
        )
        first = (parent.get("messages") or [{}])[0]
        if first.get("ts") == where.thread_ts and first.get("text"):
            text = f"{unescape(first['text'])}\n\n{text}".strip()
    await coach.intake.acknowledge(where.channel, event["ts"])
    await coach.intake.open_case(where, text)


async def on_message(event: dict[str, Any], context: AsyncBoltContext, coach: SlackCoach) -> None:
    """DMs open or continue a case; in channels only replies in a case thread count."""
    if event.get("subtype") not in HUMAN_SUBTYPES or "user" not in event:
        return
    text = event.get("text", "")
    in_dm = event.get("channel_type") == "im"
    if not in_dm and context.bot_user_id and f"<@{context.bot_user_id}>" in text:
        return  # the app_mention listener has it; Slack sends no app_mention for a DM
    text = unescape(_MENTION.sub("", text) if in_dm else text).strip()
    where = _where(event, context)
    if event.get("subtype") == "file_share" and not text.strip():
        if in_dm or await coach.cases.get(where.thread):
            await coach.desk.refuse(where, ATTACHMENT_ONLY)
        return
    if await coach.cases.get(where.thread):
        await _in_case(coach, where, text)
    elif in_dm:
        await coach.intake.acknowledge(where.channel, event["ts"])
        await coach.intake.open_case(where, text)


async def _in_case(coach: SlackCoach, where: Where, text: str) -> None:
    """A message in a case thread: a reply to check (`check: …`), the customer's words
    (`> …`, or any message during a live call), or a turn of the case."""
    reply = check_request(text)
    if reply is not None:
        await coach.replies.check(where, reply)
    elif not await coach.live.take(where, text):  # the customer's words (bot/slack/live.py)
        await coach.work.thread_message(where, text)


async def on_home_opened(event: dict[str, Any], coach: SlackCoach) -> None:
    """Under agent_view, opening the Messages tab is how a conversation starts.

    Slack sends no `assistant_thread_started` to agent_view apps; prompts go on the
    Messages tab without `thread_ts` (with it, Slack silently drops the call). The Home
    tab is published only when the Home tab is what was opened.
    """
    if event.get("tab") == "messages":
        await coach.client.assistant_threads_setSuggestedPrompts(
            channel_id=event["channel"],
            title="Paste the complaint, or start from one of these:",
            prompts=SUGGESTED_PROMPTS,
        )
    else:
        await coach.admin.publish_home(event["user"])


def register(app: AsyncApp, handoff: Handoff) -> None:
    """Bolt acks events itself; each listener only hands its event to the work loop."""
    coach = handoff.coach

    async def mention(
        body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        handoff(body, on_mention(event, context, coach))

    async def message(
        body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        handoff(body, on_message(event, context, coach))

    async def home(body: dict[str, Any], event: dict[str, Any]) -> None:
        handoff(body, on_home_opened(event, coach))

    app.event("app_mention")(mention)
    app.event("message")(message)
    app.event("app_home_opened")(home)
