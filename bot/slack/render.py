"""A turn's result, shown in its thread; and a thread that fell behind its case, caught up.

The case record says what the thread shows (`on_screen`); it is written last, once
every post of a step went through, so a kill or a failed post anywhere before leaves
the thread counted as behind and the next press, message or start-up re-posts it.
"""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.conversation import FINAL_STEP, TurnResult
from bot.slack import blocks
from bot.slack.desk import SlackDesk
from bot.slack.mrkdwn import escape
from bot.slack.screen import DraftStream, Where, post_holding, slack_error
from bot.slack.turns import CaseTurn
from bot.storage.coordination import LockNotAcquired
from graph.models import ApproveRemedy, AskMissing, FactsCard, FinalReview, ReviewSection

log = logging.getLogger(__name__)

SUMMARY_SHOWN = "plan summary shown"
"""The plan's summary is in the thread but its file or buttons are not: a catch-up posts
only those."""
NO_APPROVERS = (
    "No approver is configured for this workspace (COACH_APPROVERS), so nobody can approve "
    "this package in Slack yet. Ask your Slack admin to set it; the plan waits here, and "
    "the lighter package can still be offered within your authority."
)


class TurnRenderer:
    """Posts what a turn produced, and re-posts it when the thread is behind."""

    def __init__(self, desk: SlackDesk) -> None:
        self.desk = desk

    async def catch_up(self, turn: CaseTurn, where: Where) -> bool:
        """Re-post where the case stands if the thread never got to see it; True if it did.

        Called inside the turn, so the record and the state cannot move apart meanwhile,
        and a second press or message finds the screen current: once only.
        """
        case, now = turn.case, turn.now
        if case is None or case.on_screen is None or now is None or now.step == case.on_screen:
            return False
        log.info(
            "thread %s shows %r but is at %r; re-posting", where.thread, case.on_screen, now.step
        )
        await self.show(where, now, self.desk.stream(where))
        return True

    async def catch_up_all(self) -> int:
        """At start-up: every open case whose thread fell behind (a kill between a step and
        its post) is re-posted once. Threads busy with a turn elsewhere are left to it."""
        shown = 0
        for case in await self.desk.cases.all():
            if case.on_screen in (None, FINAL_STEP) or not case.channel or not case.thread_ts:
                continue
            where = Where(case.channel, case.thread_ts, case.owner_id, case.team)
            try:
                async with self.desk.turns.open(case.thread, case.owner_id) as turn:
                    shown += await self.catch_up(turn, where)
            except LockNotAcquired:
                continue
            except SlackApiError as exc:
                log.warning("thread %s not caught up: %s", case.thread, slack_error(exc))
        return shown

    async def _post_case_card(self, where: Where, thread: str) -> None:
        """Once per case, as soon as it has a place in the queue."""
        desk = self.desk
        ranked = await desk.tracker.queue.ranked()
        place = next((i for i, e in enumerate(ranked, 1) if e.thread == thread), None)
        if place is None or not await desk.cases.mark_card_posted(thread):
            return
        entry = ranked[place - 1]
        suggestion = await desk.tracker.suggestion(thread)
        text = f"Case owner and queue place: #{place}"
        await desk.post(where, blocks.case_card(entry, place, suggestion), text)

    async def show(self, where: Where, result: TurnResult, stream: DraftStream) -> None:
        desk = self.desk
        await stream.finish()
        thread = where.thread
        if result.holding_script:
            await post_holding(desk.client, desk.cases, where, result.holding_script)
        if result.error:
            await desk.post(where, blocks.error(result.error, thread), escape(result.error))
        prompt = result.prompt
        if isinstance(prompt, AskMissing):
            await desk.post(where, blocks.ask(prompt), escape(prompt.question))
        elif isinstance(prompt, FactsCard):
            text = f"Check the facts before I draft: {escape(prompt.triage)}"
            await desk.post(where, blocks.facts_card(prompt, thread), text)
        elif isinstance(prompt, ReviewSection):
            await self._post_case_card(where, thread)
            text = escape(f"{prompt.title} v{prompt.version}")
            await desk.post(where, blocks.review(prompt, thread), text)
        elif isinstance(prompt, FinalReview):
            await desk.post(where, blocks.final_review(prompt, thread), "Final review")
        elif isinstance(prompt, ApproveRemedy):
            approvers = desk.approver_mentions(prompt)
            await desk.post(where, blocks.approval(prompt, thread, approvers), "Approval needed")
            if not desk.crew.approvers:
                await desk.post(where, blocks.mrkdwn(f":warning: {NO_APPROVERS}"), NO_APPROVERS)
        if result.plan is not None and prompt is None:
            plan = result.plan
            case = await desk.cases.get(thread)
            if case is None or case.on_screen != SUMMARY_SHOWN:
                await desk.post(where, blocks.plan_summary(plan), blocks.PLAN_HEADING)
                await desk.cases.update(thread, on_screen=SUMMARY_SHOWN)
            await desk.client.files_upload_v2(
                channel=where.channel,
                thread_ts=where.thread_ts,
                content=plan.markdown,
                filename="resolution-plan.md",
                title=blocks.PLAN_HEADING,
            )
            await desk.post(where, blocks.case_controls(thread), "After the plan")
        # Last, once every post went through: until then the thread counts as behind.
        await desk.cases.update(thread, status=result.status, on_screen=result.step)
        await stream.status("")
