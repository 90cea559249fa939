"""Running a case beside its drafting: a new owner, a customer update, the outcome, and
App Home's queue.

Only the reassignment is a turn (it renames the owner the drafts speak for); the
others touch the queue and the log alone, so a draft in progress never holds them
behind its lock.
"""

from __future__ import annotations

import time

from bot.outcomes import OUTCOME_LABELS, Outcome
from bot.slack import blocks, check_blocks
from bot.slack.desk import SlackDesk
from bot.slack.mrkdwn import escape
from bot.slack.screen import Where
from bot.slack.turns import NOT_YOURS


class CaseAdmin:
    def __init__(self, desk: SlackDesk) -> None:
        self.desk = desk

    async def reassign(
        self, where: Where, thread: str, user: str, contact: str | None = None
    ) -> None:
        """Hand the case to `user`: from the next turn on, drafts name them and give their
        contact, the queue and follow-ups point at them, and only they (or a lead) act."""
        desk = self.desk
        async with desk.turn(where, thread) as turn:
            if not turn.may():
                await desk.refuse(where, NOT_YOURS)
                return
            case = turn.case
            if case is not None and case.owner_id == user and not contact:
                await desk.refuse(where, f"<@{user}> already owns this case.")
                return
            owner = await desk.owner(user)
            if contact:
                owner = owner.model_copy(update={"contact": contact})
            moved = await desk.tracker.reassign(turn.service, thread, owner)
            lines = [f"<@{user}> now owns this case (handed over by <@{where.user}>)."]
            named = escape(owner.name) if owner.name else "the new owner"
            contact = (
                f" and give {escape(owner.contact)} as the direct contact."
                if owner.contact
                else "."
            )
            lines.append(f"Sections drafted from now on name {named}{contact}")
            if moved.naming_before:
                lines.append(
                    f"Already drafted and naming {escape(moved.before.name or '')}: "
                    f"{escape(', '.join(moved.naming_before))}. "
                    "Revise before they reach the customer."
                )
            text = " ".join(lines)
            await desk.post(where, blocks.notice(text), text)

    async def customer_updated(self, where: Where, thread: str) -> None:
        desk = self.desk
        if not await desk.turns.may(thread, where.user):
            await desk.refuse(where, NOT_YOURS)
            return
        entry = await desk.tracker.customer_updated(thread)
        if entry is None:
            await desk.refuse(where, "This case is not in the queue (closed, or not priced yet).")
            return
        due = int(entry.next_update_due)
        text = (
            f"<@{where.user}> updated the customer. Next update due "
            f"<!date^{due}^{{date_short_pretty}} at {{time}}|in {entry.next_update_hours:g} h>."
        )
        await desk.post(where, blocks.notice(text), text)

    async def record_outcome(
        self, where: Where, thread: str, outcome: Outcome, note: str | None
    ) -> None:
        desk = self.desk
        if not await desk.turns.may(thread, where.user):
            await desk.refuse(where, NOT_YOURS)
            return
        entry = await desk.tracker.record_outcome(thread, outcome, note)
        if entry is None:
            await desk.refuse(where, "Record an outcome once the plan is final.")
            return
        closed = " The case has left the queue." if outcome != "open" else ""
        text = f"<@{where.user}> recorded the outcome: {OUTCOME_LABELS[outcome]}.{closed}"
        if entry.outcome_note:
            text += "\n> " + escape(entry.outcome_note).replace("\n", "\n> ")
        await desk.post(where, blocks.notice(text), text)

    async def publish_home(self, user: str) -> None:
        """App Home: the open escalations, highest priority first, then the viewer's own
        open promises to customers (a lead's are everyone's)."""
        desk = self.desk
        now = time.time()
        view = blocks.home(await desk.tracker.queue.ranked(now))
        mine = [
            p
            for p in await desk.tracker.promises.all()
            if p.kept_at is None and (p.owner_id == user or user in desk.crew.leads)
        ]
        extra = check_blocks.home_promises(mine, now)
        view["blocks"] = view["blocks"][: blocks.MAX_BLOCKS * 2 - len(extra)] + extra
        await desk.client.views_publish(user_id=user, view=view)
