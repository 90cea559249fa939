"""Work on an open case in its thread: typed replies, button and form decisions, Retry,
and which prompt a form is about. Each runs as one guarded turn (`SlackDesk.turn`)."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.conversation import FINAL_STEP, TurnResult
from bot.replies import ReplyNotUnderstood
from bot.slack.blocks import ButtonValue
from bot.slack.desk import SlackDesk
from bot.slack.mrkdwn import escape
from bot.slack.render import TurnRenderer
from bot.slack.screen import Where, slack_error
from bot.slack.turns import NOT_YOURS, CaseTurn
from bot.storage.coordination import LockNotAcquired
from graph.models import (
    ApproveRemedy,
    CaseFacts,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Prompt,
    ReviewSection,
)

log = logging.getLogger(__name__)

CAUGHT_UP = (
    "The thread had fallen behind the case; I've posted where it stands now. "
    "Send that again if it still applies."
)
STALE = "That button is for an older version; nothing changed. Use the latest message."
FINAL = "This plan is final. Open a new thread for a new escalation."
NOTHING_TO_RETRY = "That step already went through; nothing to retry."
FINISHED_FIRST = (
    "The last step had not finished, so I've run it now; see where the case stands "
    "and send that again if it still applies."
)
RESTARTED = (
    "I was interrupted before this case got going, so I've started it again from the first "
    "message. Send that again once you see where it stands."
)


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

    async def start(
        self, turn: CaseTurn, where: Where, text: str, facts: CaseFacts | None = None
    ) -> None:
        """The opening turn of a case, in a turn already held."""
        stream = self.desk.stream(where)
        await stream.status("is reading the complaint…")
        owner = turn.case.owner if turn.case is not None else await self.desk.owner(where.user)
        result = await turn.service.start(where.thread, text, owner, facts, stream)
        await self.screen.show(where, result, stream)

    async def restart_opening(self, turn: CaseTurn, where: Where) -> bool:
        """A case whose opening turn died before its first checkpoint is started again from
        the first message it recorded; True if it was."""
        case = turn.case
        if turn.now is not None or case is None or not case.opening:
            return False
        log.info("thread %s never got past its first message; starting it again", turn.thread)
        facts = CaseFacts.model_validate_json(case.opening_facts) if case.opening_facts else None
        await self.start(turn, where, case.opening, facts)
        return True

    async def catch_up_all(self) -> int:
        """At start-up: every open case whose thread fell behind (a kill between a step and
        its post, or before the opening turn's first checkpoint) is shown once. Threads
        busy with a turn elsewhere are left to it."""
        shown = 0
        for case in await self.desk.cases.all():
            if case.on_screen in (None, FINAL_STEP) or not case.channel or not case.thread_ts:
                continue
            where = Where(case.channel, case.thread_ts, case.owner_id, case.team)
            try:
                async with self.desk.turns.open(case.thread, case.owner_id) as turn:
                    caught_up = await self.restart_opening(turn, where)
                    caught_up = caught_up or await self.finish_unfinished(turn, where)
                    shown += caught_up or await self.screen.catch_up(turn, where)
            except LockNotAcquired:
                continue
            except SlackApiError as exc:
                log.warning("thread %s not caught up: %s", case.thread, slack_error(exc))
        return shown

    async def finish_unfinished(self, turn: CaseTurn, where: Where) -> bool:
        """A step that never finished (its worker was killed mid-turn, or drafting failed) is
        run again, from the checkpoint before it; True if there was one.

        The press or message that started it was acknowledged, so the agent is waiting on
        it: the next press, message or start-up carries it out rather than answering
        "older version" to a press on the prompt the thread still shows."""
        if turn.now is None or not turn.now.error:
            return False
        log.info("thread %s has an unfinished step; running it again", turn.thread)
        stream = self.desk.stream(where)
        await self.screen.show(where, await turn.service.retry(turn.thread, stream), stream)
        return True

    async def message(self, turn: CaseTurn, where: Where, text: str) -> None:
        """A typed reply inside a turn already held (also a second first message)."""
        desk, now = self.desk, turn.now
        if await self.restart_opening(turn, where):
            await desk.refuse(where, RESTARTED)
            return
        if await self.finish_unfinished(turn, where):
            await desk.refuse(where, FINISHED_FIRST)
            return
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
            if await self.finish_unfinished(turn, where):
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
