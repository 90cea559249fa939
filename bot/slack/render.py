"""A turn's result, shown in its thread; and a thread that fell behind its case, caught up.

The case record says what the thread shows (`on_screen`); it is written last, once
every post of a step went through, so a kill or a failed post anywhere before leaves
the thread counted as behind and the next press, message or start-up re-posts it.
"""

from __future__ import annotations

import logging

from bot.conversation import HOLDING, TurnResult
from bot.slack import blocks, live_blocks
from bot.slack.desk import SlackDesk
from bot.slack.mrkdwn import escape
from bot.slack.screen import PLAN_FILE, DraftStream, Where, in_thread, post_holding
from bot.slack.turns import CaseTurn
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
        shown = await in_thread(self.desk.client, where)
        await self.show(where, now, self.desk.stream(where), shown)
        return True

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
        card = [*blocks.case_card(entry, place, suggestion), live_blocks.call_button(thread)]
        await desk.post(where, card, text)

    async def show(
        self,
        where: Where,
        result: TurnResult,
        stream: DraftStream,
        shown: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
    ) -> None:
        """Post the turn's result; a catch-up passes what already reached the thread
        (`in_thread`), and only the rest is posted."""
        desk = self.desk
        await stream.finish()
        thread, step = where.thread, result.step

        async def put(part: str, content: list[blocks.Block], text: str) -> None:
            if (step, part) not in shown:
                await desk.post(where, content, text, (step, part))

        if result.holding_script:
            if ("", HOLDING) in shown:
                await desk.cases.update(thread, holding_posted="1")
            else:
                await post_holding(desk.client, desk.cases, where, result.holding_script)
        if result.error:
            await put("error", blocks.error(result.error, thread), escape(result.error))
        prompt = result.prompt
        if isinstance(prompt, AskMissing):
            await put("prompt", blocks.ask(prompt), escape(prompt.question))
        elif isinstance(prompt, FactsCard):
            text = f"Check the facts before I draft: {escape(prompt.triage)}"
            await put("prompt", blocks.facts_card(prompt, thread), text)
        elif isinstance(prompt, ReviewSection):
            await self._post_case_card(where, thread)
            text = escape(f"{prompt.title} v{prompt.version}")
            await put("prompt", blocks.review(prompt, thread), text)
        elif isinstance(prompt, FinalReview):
            await put("prompt", blocks.final_review(prompt, thread), "Final review")
        elif isinstance(prompt, ApproveRemedy):
            approvers = desk.approver_mentions(prompt)
            await put("prompt", blocks.approval(prompt, thread, approvers), "Approval needed")
            if not desk.crew.approvers:
                await put("warning", blocks.mrkdwn(f":warning: {NO_APPROVERS}"), NO_APPROVERS)
        if result.plan is not None and prompt is None:
            await self._show_plan(where, result, shown)
        # Last, once every post went through: until then the thread counts as behind.
        await desk.cases.update(thread, status=result.status, on_screen=step)
        await stream.status("")

    async def _show_plan(
        self, where: Where, result: TurnResult, shown: set[tuple[str, str]]
    ) -> None:
        """Summary, file, then the after-plan buttons; each skipped once it is there."""
        desk, thread, step = self.desk, where.thread, result.step
        assert result.plan is not None
        case = await desk.cases.get(thread)
        if (step, "summary") not in shown and (case is None or case.on_screen != SUMMARY_SHOWN):
            summary = blocks.plan_summary(result.plan)
            await desk.post(where, summary, blocks.PLAN_HEADING, (step, "summary"))
            await desk.cases.update(thread, on_screen=SUMMARY_SHOWN)
        if ("", PLAN_FILE) not in shown:
            # The logged record carries what was said to the customer while it was drafted.
            logged = await desk.tracker.log.get(thread)
            await desk.client.files_upload_v2(
                channel=where.channel,
                thread_ts=where.thread_ts,
                content=logged.plan_markdown if logged else result.plan.markdown,
                filename=PLAN_FILE,
                title=blocks.PLAN_HEADING,
            )
        if (step, "controls") not in shown:
            controls = blocks.case_controls(thread)
            await desk.post(where, controls, "After the plan", (step, "controls"))
