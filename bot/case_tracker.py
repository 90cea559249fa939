"""Keeps the queue, the resolution log and the follow-up schedule in step with each turn.

Front ends do not have to remember any of it: every turn that runs through
the service updates the case's place in the queue, and the turn that
finishes a plan logs it and schedules its follow-ups.
"""

from __future__ import annotations

from bot.conversation import ConversationService, TurnResult
from bot.escalation_queue import EscalationQueue
from bot.followups import FollowUpScheduler
from bot.resolution_log import ResolutionLog


class CaseTracker:
    def __init__(
        self, queue: EscalationQueue, log: ResolutionLog, followups: FollowUpScheduler
    ) -> None:
        self.queue = queue
        self.log = log
        self.followups = followups

    async def after_turn(self, service: ConversationService, result: TurnResult) -> None:
        plan = result.plan if result.plan is not None else await service.preview(result.thread_id)
        if plan is None:
            return
        owner = (await service.owner(result.thread_id)).user_id
        status = (
            "plan ready" if result.plan is not None and result.prompt is None else result.status
        )
        await self.queue.track(result.thread_id, plan.title, plan.decision, status, owner)
        if result.plan is not None and result.prompt is None:
            await self.log.record(result.thread_id, result.plan, owner)
            await self.followups.schedule(result.thread_id, result.plan, owner)
