"""`check: …` in a case thread, the buttons that say which version was sent, and Kept.

A check is a guarded turn like any other (the thread held, the owner or a lead only);
it reads the case and moves nothing, so the section under review stays where it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.checked_replies import ReplyChecks, ReplyRefused
from bot.said import Sent
from bot.slack import check_blocks
from bot.slack.check_blocks import CheckValue
from bot.slack.mrkdwn import escape
from bot.slack.screen import Where
from bot.slack.turns import NOT_YOURS

if TYPE_CHECKING:  # imported for types only
    from bot.slack.desk import SlackDesk

_CHECK = re.compile(r"^\s*check\s*:\s*(?P<reply>.*)\Z", re.I | re.S)


def check_request(text: str) -> str | None:
    """The reply to check if the message asks for one (`check: …`), else None."""
    m = _CHECK.match(text)
    return m.group("reply") if m else None


class SlackReplyChecks:
    def __init__(self, desk: SlackDesk, checks: ReplyChecks) -> None:
        self.desk = desk
        self.checks = checks

    async def check(self, where: Where, text: str) -> None:
        desk = self.desk
        if not await self._may(where, where.thread):
            return
        async with desk.turn(where) as turn:
            if not turn.may():
                await desk.refuse(where, NOT_YOURS)
                return
            try:
                checked = await self.checks.check(turn.service, where.thread, text, where.user)
            except ReplyRefused as exc:
                await desk.refuse(where, escape(str(exc)))
                return
            summary = "Reply check: " + (
                "ready to send" if checked.check.passed else f"{len(checked.check.flags)} to change"
            )
            await desk.post(where, check_blocks.check_result(checked, where.thread), summary)

    async def _may(self, where: Where, thread: str) -> bool:
        """Only the owner or a lead presses these; anyone else is told so."""
        if await self.desk.turns.may(thread, where.user):
            return True
        await self.desk.refuse(where, NOT_YOURS)
        return False

    async def sent(self, where: Where, value: CheckValue, version: Sent) -> None:
        desk = self.desk
        if not await self._may(where, value.thread):
            return
        assert value.check is not None
        async with desk.guarded(where):
            sent = await self.checks.sent(value.thread, value.check, version, where.user)
            if sent.entry is None:
                await desk.refuse(where, "That check is no longer on this case.")
                return
            if not sent.first:
                await desk.refuse(where, "That reply is already recorded as sent.")
                return
            content = check_blocks.promises_tracked(sent.promises, where.user, value.thread)
            await desk.post(where, content, f"<@{where.user}> sent the reply.")

    async def kept(self, where: Where, value: CheckValue) -> None:
        desk = self.desk
        if not await self._may(where, value.thread):
            return
        assert value.promise is not None
        async with desk.guarded(where):
            before = await desk.tracker.promises.get(value.promise)
            promise = await desk.tracker.promise_kept(value.promise, where.user)
            if promise is None or before is None or before.kept_at is not None:
                await desk.refuse(where, "That promise is already marked kept.")
                return
            text = f"<@{where.user}> kept a promise: “{escape(promise.text)}”."
            await desk.post(where, check_blocks.mrkdwn(text), text)
