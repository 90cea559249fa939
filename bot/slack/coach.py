"""The Slack side of a coaching turn: guard it, run it, show it in the thread.

Listeners only acknowledge and parse; everything that takes time happens
here, after the ack. Every post goes to the case's own thread, whatever the
complaint text says.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.case_tracker import CaseTracker
from bot.cases import CaseRecord
from bot.checked_replies import ReplyChecks
from bot.conversation import FINAL_STEP, ConversationService, TurnResult
from bot.live_coach import LiveCoach
from bot.outcomes import OUTCOME_LABELS, Outcome
from bot.replies import ReplyNotUnderstood
from bot.slack import blocks, check_blocks, live_blocks
from bot.slack.blocks import ButtonValue
from bot.slack.checks import SlackReplyChecks
from bot.slack.live import LiveCalls, SlackLive
from bot.slack.mrkdwn import escape
from bot.slack.reminders import Reminders
from bot.slack.screen import DraftStream, Where, post_blocks, post_holding, slack_error
from bot.slack.turns import NOT_YOURS, CaseTurn, CaseTurns, Crew
from bot.storage.coordination import LockNotAcquired
from bot.stores import REDIS_DOWN, RedisUnavailable
from graph.models import (
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    CaseFacts,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Prompt,
    ReviewSection,
)
from graph.policy import Policy, default_policy
from graph.state import Owner

log = logging.getLogger(__name__)


def _still_current(now: TurnResult | None, value: ButtonValue) -> bool:
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


STORAGE_ERRORS: tuple[type[Exception], ...] = (*REDIS_DOWN, RedisUnavailable)
"""An expected outage, answered with STORAGE_DOWN and one warning line, not a traceback."""
STORAGE_DOWN = "I can't reach storage right now; nothing was lost — try again in a moment."
CAUGHT_UP = (
    "The thread had fallen behind the case; I've posted where it stands now. "
    "Send that again if it still applies."
)
SUMMARY_SHOWN = "plan summary shown"
"""The plan's summary is in the thread but its file or buttons are not: a catch-up posts
only those."""
STALE = "That button is for an older version; nothing changed. Use the latest message."
BUSY = "I'm still on the previous step of this case; send that again in a moment."
UNREACHABLE = {"not_in_channel", "channel_not_found", "is_archived"}
NO_APPROVERS = (
    "No approver is configured for this workspace (COACH_APPROVERS), so nobody can approve "
    "this package in Slack yet. Ask your Slack admin to set it; the plan waits here, and "
    "the lighter package can still be offered within your authority."
)


class SlackCoach:
    """Guards, runs and shows every turn of a case in its Slack thread.

    Each turn that depends on the case's state reads, checks and acts inside one
    guarded turn (`CaseTurns.open`), so two clicks or two replies at once are applied
    one after the other against the state each one actually saw.
    """

    def __init__(
        self,
        client: AsyncWebClient,
        service: ConversationService,
        tracker: CaseTracker,
        leads: set[str],
        approvers: set[str] | None = None,
        reconnect: Callable[[], Awaitable[None]] | None = None,
        policy: Policy | None = None,
    ):
        self.client = client
        self.service = service
        self.tracker = tracker
        self.cases = tracker.cases
        self.queue = tracker.queue
        self.followups = tracker.followups
        self.crew = Crew(frozenset(leads), frozenset(approvers or ()))
        self.turns = CaseTurns(service, self.cases, self.crew)
        self.send_reminders = Reminders(client, service, tracker).send
        """Called by the reminder loop; see `Reminders.send`."""
        self.replies = SlackReplyChecks(self, ReplyChecks(tracker, policy or default_policy()))
        """`check: …` in a case thread, and which version was sent (bot/slack/checks.py)."""
        self.live = SlackLive(self, LiveCoach(tracker, policy or default_policy()),
                              LiveCalls(tracker.queue.redis))  # fmt: skip
        """`> the customer's words` and the Live call mode (bot/slack/live.py)."""
        self.reconnect = reconnect
        """Brings storage back when it can (the embedded server); see `storage_down`."""

    # --- guards

    async def refuse(self, where: Where, text: str) -> None:
        """An ephemeral to the person who acted; `text` is mrkdwn, its dynamic parts escaped."""
        await self.client.chat_postEphemeral(
            channel=where.channel, thread_ts=where.thread_ts, user=where.user, text=text
        )

    @asynccontextmanager
    async def guarded(self, where: Where) -> AsyncIterator[None]:
        """Whatever goes wrong after the ack, the agent hears about it in the thread.

        Bolt would only log it, and the agent would wait for a reply that never
        comes. The graph's last checkpoint is intact, so Retry picks up from there.
        """
        try:
            yield
        except LockNotAcquired:
            await self.refuse(where, BUSY)
        except STORAGE_ERRORS as exc:
            await self.storage_down(where, exc)
        except Exception:
            log.exception("turn failed on %s", where.thread)
            with contextlib.suppress(SlackApiError):
                text = "Something went wrong on my side. Nothing was lost; press Retry."
                await self.post(where, blocks.error(text, where.thread), text)

    async def storage_down(self, where: Where | None, exc: Exception) -> None:
        """Redis is gone: the last checkpoint stands, so the agent only needs to try again.

        The embedded server is restarted if it died; a shared Redis is its operator's.
        """
        log.warning("storage unreachable (%s); asked to try again", type(exc).__name__)
        if self.reconnect is not None:
            try:
                await self.reconnect()
            except Exception as failed:  # the warning above already says storage is down
                log.warning("storage not restarted: %s", failed)
        if where is not None:
            with contextlib.suppress(SlackApiError):
                await self.refuse(where, STORAGE_DOWN)

    # --- the screen

    def _stream(self, where: Where) -> DraftStream:
        return DraftStream(self.client, where, self.cases)

    async def _catch_up(self, turn: CaseTurn, where: Where) -> bool:
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
        await self.show(where, now, self._stream(where))
        return True

    async def catch_up_all(self) -> int:
        """At start-up: every open case whose thread fell behind (a kill between a step and
        its post) is re-posted once. Threads busy with a turn elsewhere are left to it."""
        shown = 0
        for case in await self.cases.all():
            if case.on_screen in (None, FINAL_STEP) or not case.channel or not case.thread_ts:
                continue
            where = Where(case.channel, case.thread_ts, case.owner_id, case.team)
            try:
                async with self.turns.open(case.thread, case.owner_id) as turn:
                    shown += await self._catch_up(turn, where)
            except LockNotAcquired:
                continue
            except SlackApiError as exc:
                log.warning("thread %s not caught up: %s", case.thread, slack_error(exc))
        return shown

    # --- turns

    async def _owner(self, user: str) -> Owner:
        """Name from the roster or the Slack profile; a direct contact only from the roster,
        since a Slack mention means nothing to a customer."""
        name = None
        try:
            info = await self.client.users_info(user=user)
            profile = info["user"].get("profile", {})
            name = profile.get("real_name") or profile.get("display_name") or info["user"]["name"]
        except (SlackApiError, KeyError, TypeError):
            log.debug("no profile for %s", user)
        return self.tracker.roster.owner(user, name)

    async def acknowledge(self, channel: str, ts: str) -> None:
        """:eyes: on the message that opened a case: seen, before any text is ready."""
        try:
            await self.client.reactions_add(channel=channel, timestamp=ts, name="eyes")
        except SlackApiError as exc:
            log.debug("no reaction: %s", slack_error(exc))

    async def open_case(self, where: Where, text: str, facts: CaseFacts | None = None) -> None:
        owner = await self._owner(where.user)
        record = CaseRecord(
            thread=where.thread,
            owner_id=where.user,
            owner_name=owner.name,
            owner_contact=owner.contact,
            channel=where.channel,
            thread_ts=where.thread_ts,
            team=where.team,
            on_screen="",
        )
        await self.cases.open(record)
        async with self.guarded(where), self.turns.open(where.thread, where.user) as turn:
            if not turn.may():
                await self.refuse(where, "This escalation already has an owner.")
                return
            if turn.now is not None:
                # Two first messages raced (say a DM retyped at once): the second is a reply.
                await self._message(turn, where, text)
                return
            stream = self._stream(where)
            await stream.status("is reading the complaint…")
            result = await turn.service.start(where.thread, text, owner, facts, stream)
            await self.show(where, result, stream)

    async def thread_message(self, where: Where, text: str) -> None:
        """A plain reply in a case thread: an answer, or a revision instruction.

        Anyone else talking in the thread is passed over without waiting on the lock;
        the turn checks again against the record it holds.
        """
        if not await self.turns.may(where.thread, where.user):
            return
        async with self.guarded(where), self.turns.open(where.thread, where.user) as turn:
            if turn.may():
                await self._message(turn, where, text)

    async def _message(self, turn: CaseTurn, where: Where, text: str) -> None:
        now = turn.now
        if now is None:
            return
        if await self._catch_up(turn, where):
            await self.refuse(where, CAUGHT_UP)
            return
        if now.prompt is None and now.plan is not None:
            await self.refuse(where, "This plan is final. Open a new thread for a new escalation.")
            return
        if isinstance(now.prompt, ApproveRemedy):
            who = self._approvers(now.prompt)
            await self.refuse(where, f"The package is waiting for a decision from {who}.")
            return
        stream = self._stream(where)
        try:
            result = await turn.service.message(where.thread, text, progress=stream)
        except ReplyNotUnderstood as exc:
            await self.refuse(where, escape(str(exc)))
            return
        await self.show(where, result, stream)

    async def decide(
        self, where: Where, value: ButtonValue, decision: Decision | FactsVerdict
    ) -> None:
        """A button or form on what the thread waits for: a section, the plan, the facts card."""
        async with self.guarded(where), self.turns.open(value.thread, where.user) as turn:
            if not turn.may():
                await self.refuse(where, NOT_YOURS)
                return
            if not _still_current(turn.now, value):
                if not await self._catch_up(turn, where):
                    await self.refuse(where, STALE)
                return
            stream = self._stream(where)
            if isinstance(decision, FactsVerdict):
                result = await turn.service.check_facts(value.thread, decision, stream)
            else:
                result = await turn.service.decide(value.thread, decision, stream)
            await self.show(where, result, stream)

    async def current_prompt(self, where: Where, value: ButtonValue) -> Prompt | None:
        """The section or facts card a click that opens a form is about, or None (with a
        note) if the thread moved on.

        Read without the lock: the modal only shows what is there, and its submission is
        checked again under the lock before anything changes.
        """
        if not await self.turns.may(value.thread, where.user):
            await self.refuse(where, NOT_YOURS)
            return None
        now = await self.service.current(value.thread)
        if now is not None and now.prompt is not None and _still_current(now, value):
            return now.prompt
        async with self.guarded(where), self.turns.open(value.thread, where.user) as turn:
            if not await self._catch_up(turn, where):
                await self.refuse(where, STALE)
        return None

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
                parent = await self.client.chat_postMessage(channel=where.channel, text=intro)
                where = replace(where, thread_ts=parent["ts"])
            except SlackApiError as exc:
                if slack_error(exc) not in UNREACHABLE:
                    raise
                where = await self._move_to_dm(where, intro)
        await self.open_case(where, text, facts)

    async def _can_read(self, where: Where) -> bool:
        """Reading the thread is the side-effect-free way to learn the bot is a member."""
        try:
            await self.client.conversations_replies(
                channel=where.channel, ts=where.thread_ts, limit=1
            )
        except SlackApiError as exc:
            if slack_error(exc) not in UNREACHABLE:
                raise
            return False
        return True

    async def _move_to_dm(self, where: Where, intro: str) -> Where:
        dm = await self.client.conversations_open(users=where.user)
        intro += (
            f"\nI'm not in <#{where.channel}>, so I'm coaching this case here. "
            "Invite me there (`/invite @Escalation Coach`) to coach in the channel."
        )
        channel = dm["channel"]["id"]
        parent = await self.client.chat_postMessage(channel=channel, text=intro)
        return replace(where, channel=channel, thread_ts=parent["ts"])

    async def approve(self, where: Where, thread: str, approved: bool) -> None:
        """Only configured approvers may grant or deny compensation above authority."""
        if not self.crew.approvers:
            await self.refuse(where, NO_APPROVERS)
            return
        async with self.guarded(where), self.turns.open(thread, where.user) as turn:
            if not turn.may("approver"):
                await self.refuse(where, "Only a configured approver can decide on this package.")
                return
            now = turn.now
            if now is None or not isinstance(now.prompt, ApproveRemedy):
                if not await self._catch_up(turn, where):
                    await self.refuse(where, "There is no approval pending on this case.")
                return
            owner = await self._owner(where.user)
            verdict = ApprovalVerdict(approved=approved, by_id=where.user, by_name=owner.name)
            stream = self._stream(where)
            await self.show(where, await turn.service.approve(thread, verdict, stream), stream)

    async def reassign(
        self, where: Where, thread: str, user: str, contact: str | None = None
    ) -> None:
        """Hand the case to `user`: from the next turn on, drafts name them and give their
        contact, the queue and follow-ups point at them, and only they (or a lead) act."""
        async with self.guarded(where), self.turns.open(thread, where.user) as turn:
            if not turn.may():
                await self.refuse(where, NOT_YOURS)
                return
            case = turn.case
            if case is not None and case.owner_id == user and not contact:
                await self.refuse(where, f"<@{user}> already owns this case.")
                return
            owner = await self._owner(user)
            if contact:
                owner = owner.model_copy(update={"contact": contact})
            moved = await self.tracker.reassign(turn.service, thread, owner)
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
            await self.post(where, blocks.notice(text), text)

    async def customer_updated(self, where: Where, thread: str) -> None:
        """The queue alone, not the thread's state: no turn, so a draft in progress
        never holds this click behind its lock."""
        if not await self.turns.may(thread, where.user):
            await self.refuse(where, NOT_YOURS)
            return
        entry = await self.tracker.customer_updated(thread)
        if entry is None:
            await self.refuse(where, "This case is not in the queue (closed, or not priced yet).")
            return
        due = int(entry.next_update_due)
        text = (
            f"<@{where.user}> updated the customer. Next update due "
            f"<!date^{due}^{{date_short_pretty}} at {{time}}|in {entry.next_update_hours:g} h>."
        )
        await self.post(where, blocks.notice(text), text)

    async def record_outcome(
        self, where: Where, thread: str, outcome: Outcome, note: str | None
    ) -> None:
        """The log and the queue alone: no turn, as for `customer_updated`."""
        if not await self.turns.may(thread, where.user):
            await self.refuse(where, NOT_YOURS)
            return
        entry = await self.tracker.record_outcome(thread, outcome, note)
        if entry is None:
            await self.refuse(where, "Record an outcome once the plan is final.")
            return
        closed = " The case has left the queue." if outcome != "open" else ""
        text = f"<@{where.user}> recorded the outcome: {OUTCOME_LABELS[outcome]}.{closed}"
        if entry.outcome_note:
            text += "\n> " + escape(entry.outcome_note).replace("\n", "\n> ")
        await self.post(where, blocks.notice(text), text)

    async def _post_case_card(self, where: Where, thread: str) -> None:
        """Once per case, as soon as it has a place in the queue."""
        ranked = await self.queue.ranked()
        place = next((i for i, e in enumerate(ranked, 1) if e.thread == thread), None)
        if place is None or not await self.cases.mark_card_posted(thread):
            return
        entry = ranked[place - 1]
        suggestion = await self.tracker.suggestion(thread)
        text = f"Case owner and queue place: #{place}"
        card = [*blocks.case_card(entry, place, suggestion), live_blocks.call_button(thread)]
        await self.post(where, card, text)

    async def publish_home(self, user: str) -> None:
        """App Home: the open escalations, highest priority first, then the viewer's own
        open promises to customers (a lead's are everyone's)."""
        now = time.time()
        entries = await self.queue.ranked(now)
        view = blocks.home(entries)
        mine = [
            p
            for p in await self.tracker.promises.all()
            if p.kept_at is None and (p.owner_id == user or user in self.crew.leads)
        ]
        extra = check_blocks.home_promises(mine, now)
        view["blocks"] = view["blocks"][: blocks.MAX_BLOCKS * 2 - len(extra)] + extra
        await self.client.views_publish(user_id=user, view=view)

    async def retry(self, where: Where, value: ButtonValue) -> None:
        async with self.guarded(where), self.turns.open(value.thread, where.user) as turn:
            if not turn.may():
                await self.refuse(where, NOT_YOURS)
                return
            if turn.now is not None and not turn.now.error:
                # A second click on Retry, or a retry after the step got through (whose
                # post may not have: then the thread catches up instead).
                if not await self._catch_up(turn, where):
                    await self.refuse(where, "That step already went through; nothing to retry.")
                return
            stream = self._stream(where)
            await self.show(where, await turn.service.retry(value.thread, stream), stream)

    # --- output

    def _approvers(self, prompt: ApproveRemedy) -> str:
        """The configured approvers as mentions (built by us from their ids), else the role."""
        mentions = " ".join(f"<@{u}>" for u in sorted(self.crew.approvers))
        return mentions or escape(prompt.approver_role)

    async def post(self, where: Where, content: list[blocks.Block], text: str) -> None:
        await post_blocks(self.client, where, content, text)

    async def show(self, where: Where, result: TurnResult, stream: DraftStream) -> None:
        await stream.finish()
        thread = where.thread
        if result.holding_script:
            await post_holding(self.client, self.cases, where, result.holding_script)
        if result.error:
            await self.post(where, blocks.error(result.error, thread), escape(result.error))
        prompt = result.prompt
        if isinstance(prompt, AskMissing):
            await self.post(where, blocks.ask(prompt), escape(prompt.question))
        elif isinstance(prompt, FactsCard):
            text = f"Check the facts before I draft: {escape(prompt.triage)}"
            await self.post(where, blocks.facts_card(prompt, thread), text)
        elif isinstance(prompt, ReviewSection):
            await self._post_case_card(where, thread)
            text = escape(f"{prompt.title} v{prompt.version}")
            await self.post(where, blocks.review(prompt, thread), text)
        elif isinstance(prompt, FinalReview):
            await self.post(where, blocks.final_review(prompt, thread), "Final review")
        elif isinstance(prompt, ApproveRemedy):
            approvers = self._approvers(prompt)
            await self.post(where, blocks.approval(prompt, thread, approvers), "Approval needed")
            if not self.crew.approvers:
                await self.post(where, blocks.mrkdwn(f":warning: {NO_APPROVERS}"), NO_APPROVERS)
        if result.plan is not None and prompt is None:
            plan = result.plan
            case = await self.cases.get(thread)
            if case is None or case.on_screen != SUMMARY_SHOWN:
                await self.post(where, blocks.plan_summary(plan), blocks.PLAN_HEADING)
                await self.cases.update(thread, on_screen=SUMMARY_SHOWN)
            await self.client.files_upload_v2(
                channel=where.channel,
                thread_ts=where.thread_ts,
                content=plan.markdown,
                filename="resolution-plan.md",
                title=blocks.PLAN_HEADING,
            )
            await self.post(where, blocks.case_controls(thread), "After the plan")
        # Last, once every post went through: until then the thread counts as behind.
        await self.cases.update(thread, status=result.status, on_screen=result.step)
        await stream.status("")
