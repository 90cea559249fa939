"""Granting or denying a package above the owner's authority: configured approvers only."""

from __future__ import annotations

from bot.slack.desk import SlackDesk
from bot.slack.render import NO_APPROVERS, TurnRenderer
from bot.slack.screen import Where
from graph.models import ApprovalVerdict, ApproveRemedy

APPROVERS_ONLY = "Only a configured approver can decide on this package."
NONE_PENDING = "There is no approval pending on this case."


class Approvals:
    def __init__(self, desk: SlackDesk, screen: TurnRenderer) -> None:
        self.desk = desk
        self.screen = screen

    async def approve(self, where: Where, thread: str, approved: bool) -> None:
        desk = self.desk
        if not desk.crew.approvers:
            await desk.refuse(where, NO_APPROVERS)
            return
        async with desk.turn(where, thread) as turn:
            if not turn.may("approver"):
                await desk.refuse(where, APPROVERS_ONLY)
                return
            now = turn.now
            if now is None or not isinstance(now.prompt, ApproveRemedy):
                if not await self.screen.catch_up(turn, where):
                    await desk.refuse(where, NONE_PENDING)
                return
            owner = await desk.owner(where.user)
            verdict = ApprovalVerdict(approved=approved, by_id=where.user, by_name=owner.name)
            stream = desk.stream(where)
            await self.screen.show(
                where, await turn.service.approve(thread, verdict, stream), stream
            )
