"""Opening a case: a mention, a DM, the shortcut's or /escalate's form.

A case is opened where the bot can post: in a channel it never joined it moves to a DM
with the agent before any record exists, so no case is left behind that nobody sees.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from slack_sdk.errors import SlackApiError

from bot.cases import CaseRecord
from bot.slack import blocks
from bot.slack.casework import CaseWork
from bot.slack.desk import SlackDesk
from bot.slack.render import TurnRenderer
from bot.slack.screen import Where, slack_error
from graph.models import CaseFacts
from graph.pii import mask_text

log = logging.getLogger(__name__)

UNREACHABLE = {"not_in_channel", "channel_not_found", "is_archived"}
OWNED = "This escalation already has an owner."


class Intake:
    def __init__(self, desk: SlackDesk, screen: TurnRenderer, work: CaseWork) -> None:
        self.desk = desk
        self.screen = screen
        self.work = work

    async def acknowledge(self, channel: str, ts: str) -> None:
        """:eyes: on the message that opened a case: seen, before any text is ready."""
        try:
            await self.desk.client.reactions_add(channel=channel, timestamp=ts, name="eyes")
        except SlackApiError as exc:
            log.debug("no reaction: %s", slack_error(exc))

    async def open_case(self, where: Where, text: str, facts: CaseFacts | None = None) -> None:
        desk = self.desk
        owner = await desk.owner(where.user)
        record = CaseRecord(
            thread=where.thread,
            owner_id=where.user,
            owner_name=owner.name,
            owner_contact=owner.contact,
            channel=where.channel,
            thread_ts=where.thread_ts,
            team=where.team,
            on_screen="",
            opening=mask_text(text),
            opening_facts=facts.model_dump_json() if facts is not None else None,
        )
        await desk.cases.open(record)
        async with desk.turn(where) as turn:
            if not turn.may():
                await desk.refuse(where, OWNED)
                return
            if turn.now is not None:
                # Two first messages raced (say a DM retyped at once): the second is a reply.
                await self.work.message(turn, where, text)
                return
            await self.work.start(turn, where, text, facts)

    async def open_from_form(self, where: Where, text: str, facts: CaseFacts) -> None:
        """A form from /escalate has no thread yet (`where.thread_ts` empty): start one.

        A slash command works in any channel, but the bot can post only where it is a
        member; there the case moves to a DM with the agent rather than vanishing.
        """
        intro = f"Escalation, coached by <@{where.user}>."
        if facts.customer_name:
            intro += f"\n{blocks.case_line(facts.customer_name.value)}"
        if where.thread_ts and not await self._can_read(where):
            # The shortcut on a message in a channel the bot never joined: every post
            # there would fail, so the case moves to a DM before any record exists.
            where = await self._move_to_dm(where, intro)
        elif not where.thread_ts:
            try:
                parent = await self.desk.client.chat_postMessage(channel=where.channel, text=intro)
                where = replace(where, thread_ts=parent["ts"])
            except SlackApiError as exc:
                if slack_error(exc) not in UNREACHABLE:
                    raise
                where = await self._move_to_dm(where, intro)
        await self.open_case(where, text, facts)

    async def _can_read(self, where: Where) -> bool:
        """Reading the thread is the side-effect-free way to learn the bot is a member."""
        try:
            await self.desk.client.conversations_replies(
                channel=where.channel, ts=where.thread_ts, limit=1
            )
        except SlackApiError as exc:
            if slack_error(exc) not in UNREACHABLE:
                raise
            return False
        return True

    async def _move_to_dm(self, where: Where, intro: str) -> Where:
        client = self.desk.client
        dm = await client.conversations_open(users=where.user)
        intro += (
            f"\nI'm not in <#{where.channel}>, so I'm coaching this case here. "
            "Invite me there (`/invite @Escalation Coach`) to coach in the channel."
        )
        channel = dm["channel"]["id"]
        parent = await client.chat_postMessage(channel=channel, text=intro)
        return replace(where, channel=channel, thread_ts=parent["ts"])
