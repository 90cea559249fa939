"""Work on an open case in its thread: typed replies, button and form decisions, Retry,
and which prompt a form is about. Each runs as one guarded turn (`SlackDesk.turn`)."""

from __future__ import annotations

from bot.conversation import TurnResult
from bot.replies import ReplyNotUnderstood
from bot.slack.blocks import ButtonValue
from bot.slack.desk import SlackDesk
from bot.slack.mrkdwn import escape
from bot.slack.render import TurnRenderer
from bot.slack.screen import Where
from bot.slack.turns import NOT_YOURS, CaseTurn
from graph.models import (
    ApproveRemedy,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Prompt,
    ReviewSection,
)

CAUGHT_UP = (
    "The thread had fallen behind the case; I've posted where it stands now. "
    "Send that again if it still applies."
)
STALE = "That button is for an older version; nothing changed. Use the latest message."
FINAL = "This plan is final. Open a new thread for a new escalation."
NOTHING_TO_RETRY = "That step already went through; nothing to retry."


def still_current(now: TurnResult | None, value: ButtonValue) -> bool:
    """Whether a click was made on what the thread waits for now (section and version, or
    facts card version)."""
    prompt = now.prompt if now is not None else None
    if value.card is not None:
        return isinstance(prompt, FactsCard) and prompt.version == value.card
    if value.key is None:
        return isinstance(prompt, FinalReview)
    return (
        isinstance(prompt, ReviewSection)
        and prompt.key == value.key
        and prompt.version == value.version
    )


class CaseWork:
    def __init__(self, desk: SlackDesk, screen: TurnRenderer) -> None:
        self.desk = desk
        self.screen = screen

    async def thread_message(self, where: Where, text: str) -> None:
        """A plain reply in a case thread: an answer, or a revision instruction.

        Anyone else talking in the thread is passed over without waiting on the lock;
        the turn checks again against the record it holds.
        """
        if not await self.desk.turns.may(where.thread, where.user):
            return
        async with self.desk.turn(where) as turn:
            if turn.may():
                await self.message(turn, where, text)

    async def message(self, turn: CaseTurn, where: Where, text: str) -> None:
        """A typed reply inside a turn already held (also a second first message)."""
        desk, now = self.desk, turn.now
        if now is None:
            return
        if await self.screen.catch_up(turn, where):
            await desk.refuse(where, CAUGHT_UP)
            return
        if now.prompt is None and now.plan is not None:
            await desk.refuse(where, FINAL)
            return
        if isinstance(now.prompt, ApproveRemedy):
            who = desk.approver_mentions(now.prompt)
            await desk.refuse(where, f"The package is waiting for a decision from {who}.")
            return
        stream = desk.stream(where)
        try:
            result = await turn.service.message(where.thread, text, progress=stream)
        except ReplyNotUnderstood as exc:
            await desk.refuse(where, escape(str(exc)))
            return
        await self.screen.show(where, result, stream)

    async def decide(
        self, where: Where, value: ButtonValue, decision: Decision | FactsVerdict
    ) -> None:
        """A button or form on what the thread waits for: a section, the plan, the facts card."""
        desk = self.desk
        async with desk.turn(where, value.thread) as turn:
            if not turn.may():
                await desk.refuse(where, NOT_YOURS)
                return
            if not still_current(turn.now, value):
                if not await self.screen.catch_up(turn, where):
                    await desk.refuse(where, STALE)
                return
            stream = desk.stream(where)
            if isinstance(decision, FactsVerdict):
                result = await turn.service.check_facts(value.thread, decision, stream)
            else:
                result = await turn.service.decide(value.thread, decision, stream)
            await self.screen.show(where, result, stream)

    async def current_prompt(self, where: Where, value: ButtonValue) -> Prompt | None:
        """The section or facts card a click that opens a form is about, or None (with a
        note) if the thread moved on.

        Read without the lock: the modal only shows what is there, and its submission is
        checked again under the lock before anything changes.
        """
        desk = self.desk
        if not await desk.turns.may(value.thread, where.user):
            await desk.refuse(where, NOT_YOURS)
            return None
        now = await desk.service.current(value.thread)
        if now is not None and now.prompt is not None and still_current(now, value):
            return now.prompt
        async with desk.turn(where, value.thread) as turn:
            if not await self.screen.catch_up(turn, where):
                await desk.refuse(where, STALE)
        return None

    async def retry(self, where: Where, value: ButtonValue) -> None:
        desk = self.desk
        async with desk.turn(where, value.thread) as turn:
            if not turn.may():
                await desk.refuse(where, NOT_YOURS)
                return
            if turn.now is not None and not turn.now.error:
                # A second click on Retry, or a retry after the step got through (whose
                # post may not have: then the thread catches up instead).
                if not await self.screen.catch_up(turn, where):
                    await desk.refuse(where, NOTHING_TO_RETRY)
                return
            stream = desk.stream(where)
            await self.screen.show(where, await turn.service.retry(value.thread, stream), stream)
