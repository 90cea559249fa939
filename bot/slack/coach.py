"""The Slack side of a coaching turn: guard it, run it, show it in the thread.

Listeners only acknowledge and parse; everything that takes time happens
here, after the ack. Every post goes to the case's own thread, whatever the
complaint text says.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.cases import CaseRecord, CaseStore
from bot.conversation import ConversationService, TurnResult
from bot.escalation_queue import EscalationQueue
from bot.followups import FollowUpScheduler
from bot.section_names import final_review_decision
from bot.slack import blocks
from bot.slack.blocks import ButtonValue
from graph.models import (
    SECTION_TITLES,
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    CaseFacts,
    Decision,
    FinalReview,
    Reply,
    ReviewSection,
    SectionKey,
)
from graph.state import Owner

log = logging.getLogger(__name__)
LOADING = ["Reading the complaint…", "Checking the policy…", "Choosing the words…"]


@dataclass
class Where:
    """A case's place in Slack: channel, thread and who is acting."""

    channel: str
    thread_ts: str
    user: str
    team: str | None = None

    @property
    def thread(self) -> str:
        return f"slack:{self.channel}:{self.thread_ts}"


@dataclass
class DraftStream:
    """Streams drafted text into the thread; falls back to chat.update if streaming is off."""

    client: AsyncWebClient
    where: Where
    section: str | None = None
    text: str = ""
    ts: str | None = None
    streaming: bool = True
    stream: object | None = None
    shown: set[str] = field(default_factory=set)

    async def __call__(self, section: str, chunk: str) -> None:
        if section != self.section:
            await self.finish()
            self.section, self.text, self.ts, self.stream = section, "", None, None
            await self.status(f"Drafting {SECTION_TITLES[SectionKey(section)]}…")
        self.text += chunk
        if self.streaming:
            try:
                if self.stream is None:
                    self.stream = await self.client.chat_stream(
                        channel=self.where.channel,
                        thread_ts=self.where.thread_ts,
                        recipient_user_id=self.where.user,
                        recipient_team_id=self.where.team,
                    )
                await self.stream.append(markdown_text=chunk)  # type: ignore[attr-defined]
                return
            except SlackApiError as exc:
                log.info(
                    "streaming unavailable (%s); updating a message instead",
                    exc.response.get("error"),
                )
                self.streaming, self.stream = False, None
        await self._update()

    async def status(self, status: str) -> None:
        try:
            await self.client.assistant_threads_setStatus(
                channel_id=self.where.channel,
                thread_ts=self.where.thread_ts,
                status=status,
                loading_messages=LOADING,
            )
        except SlackApiError as exc:
            log.debug("status not shown: %s", exc.response.get("error"))

    async def _update(self) -> None:
        body = blocks.clip(self.text, blocks.SECTION_LIMIT)
        if self.ts is None:
            sent = await self.client.chat_postMessage(
                channel=self.where.channel, thread_ts=self.where.thread_ts, text=body
            )
            self.ts = sent["ts"]
        else:
            await self.client.chat_update(channel=self.where.channel, ts=self.ts, text=body)

    async def finish(self) -> None:
        """Remove the live draft: the review message that follows carries the full text."""
        live = self.ts
        if self.stream is not None:
            try:
                await self.stream.stop()  # type: ignore[attr-defined]
                live = self.stream.ts  # type: ignore[attr-defined]
            except SlackApiError as exc:
                log.info("stream did not stop cleanly: %s", exc.response.get("error"))
            self.stream = None
        if live:
            try:
                await self.client.chat_delete(channel=self.where.channel, ts=live)
            except SlackApiError as exc:
                log.info("live draft not removed: %s", exc.response.get("error"))
        self.ts = None
        if self.section:
            self.shown.add(self.section)


class SlackCoach:
    def __init__(
        self,
        client: AsyncWebClient,
        service: ConversationService,
        cases: CaseStore,
        leads: set[str],
        approvers: set[str] | None = None,
        queue: EscalationQueue | None = None,
        followups: FollowUpScheduler | None = None,
    ):
        self.client = client
        self.service = service
        self.cases = cases
        self.leads = leads
        self.approvers = approvers or set()
        self.queue = queue
        self.followups = followups

    # --- guards

    async def may_act(self, thread: str, user: str) -> bool:
        case = await self.cases.get(thread)
        return case is not None and (user == case.owner_id or user in self.leads)

    async def refuse(self, where: Where, text: str) -> None:
        await self.client.chat_postEphemeral(
            channel=where.channel, thread_ts=where.thread_ts, user=where.user, text=text
        )

    # --- turns

    async def _owner(self, user: str) -> Owner:
        name = None
        try:
            info = await self.client.users_info(user=user)
            profile = info["user"].get("profile", {})
            name = profile.get("real_name") or profile.get("display_name") or info["user"]["name"]
        except (SlackApiError, KeyError, TypeError):
            log.debug("no profile for %s", user)
        return Owner(name=name, contact=f"<@{user}>", user_id=user)

    async def open_case(self, where: Where, text: str, facts: CaseFacts | None = None) -> None:
        owner = await self._owner(where.user)
        record = CaseRecord(
            thread=where.thread,
            owner_id=where.user,
            owner_name=owner.name,
            channel=where.channel,
            thread_ts=where.thread_ts,
            team=where.team,
        )
        case = await self.cases.open(record)
        if case.owner_id != where.user and where.user not in self.leads:
            await self.refuse(where, "This escalation already has an owner.")
            return
        stream = DraftStream(self.client, where)
        await stream.status("Reading the complaint…")
        result = await self.service.start(where.thread, text, owner, facts, stream)
        await self.show(where, result, stream)

    async def thread_message(self, where: Where, text: str) -> None:
        """A plain reply in a case thread: an answer, or a revision instruction."""
        if not await self.may_act(where.thread, where.user):
            return
        now = await self.service.current(where.thread)
        if now is None:
            return
        if text.strip().lower() in {"skip", "/skip"} and isinstance(now.prompt, AskMissing):
            stream = DraftStream(self.client, where)
            await self.show(
                where, await self.service.reply(where.thread, Reply(skip=True), stream), stream
            )
            return
        if isinstance(now.prompt, FinalReview):
            decision = final_review_decision(text)
            stream = DraftStream(self.client, where)
            await self.show(
                where, await self.service.decide(where.thread, decision, stream), stream
            )
            return
        if now.prompt is None and now.plan is not None:
            await self.refuse(where, "This plan is final. Open a new thread for a new escalation.")
            return
        stream = DraftStream(self.client, where)
        await self.show(
            where, await self.service.message(where.thread, text, progress=stream), stream
        )

    async def decide(self, where: Where, value: ButtonValue, decision: Decision) -> None:
        if not await self.may_act(value.thread, where.user):
            await self.refuse(where, "Only the case owner or a team lead can do that.")
            return
        now = await self.service.current(value.thread)
        stale = (
            now is None
            or (
                value.key is not None
                and not (
                    isinstance(now.prompt, ReviewSection)
                    and now.prompt.key == value.key
                    and now.prompt.version == value.version
                )
            )
            or (
                value.key is None
                and decision.action == "approve"
                and not isinstance(now.prompt, FinalReview)
            )
        )
        if stale:
            await self.refuse(
                where,
                "That button is for an older version; nothing changed. "
                "Use the buttons on the latest message.",
            )
            return
        stream = DraftStream(self.client, where)
        await self.show(where, await self.service.decide(value.thread, decision, stream), stream)

    async def current_review(self, where: Where, value: ButtonValue) -> ReviewSection | None:
        """The section a Revise/Edit click is about, or None (with a note) if it moved on."""
        if not await self.may_act(value.thread, where.user):
            await self.refuse(where, "Only the case owner or a team lead can do that.")
            return None
        now = await self.service.current(value.thread)
        prompt = now.prompt if now else None
        if not (isinstance(prompt, ReviewSection) and prompt.key == value.key
                and prompt.version == value.version):  # fmt: skip
            await self.refuse(where, "That button is for an older version; nothing changed.")
            return None
        return prompt

    async def open_from_form(
        self, channel: str, thread_ts: str | None, user: str, text: str, facts: CaseFacts
    ) -> None:
        """A form has no thread of its own: start one with a parent message if needed."""
        if thread_ts is None:
            name = facts.customer_name.value if facts.customer_name else "a customer"
            parent = await self.client.chat_postMessage(
                channel=channel, text=f"Escalation for {name}, coached by <@{user}>."
            )
            thread_ts = parent["ts"]
        await self.open_case(Where(channel=channel, thread_ts=thread_ts, user=user), text, facts)

    async def approve(self, where: Where, thread: str, approved: bool) -> None:
        """Only configured approvers may grant or deny compensation above authority."""
        if where.user not in self.approvers:
            await self.refuse(where, "Only a configured approver can decide on this package.")
            return
        now = await self.service.current(thread)
        if now is None or not isinstance(now.prompt, ApproveRemedy):
            await self.refuse(where, "There is no approval pending on this case.")
            return
        owner = await self._owner(where.user)
        verdict = ApprovalVerdict(approved=approved, by_id=where.user, by_name=owner.name)
        stream = DraftStream(self.client, where)
        await self.show(where, await self.service.approve(thread, verdict, stream), stream)

    async def publish_home(self, user: str) -> None:
        """App Home: the open escalations, highest priority first."""
        entries = await self.queue.ranked() if self.queue else []
        await self.client.views_publish(user_id=user, view=blocks.home(entries))

    async def send_reminders(self, now: float, lead_seconds: float = 3600) -> int:
        """Promised updates coming due and follow-ups that are due, each posted once."""
        sent = 0
        for entry in await self.queue.reminders_due(lead_seconds, now) if self.queue else []:
            case = await self.cases.get(entry.thread)
            if case and case.channel and case.thread_ts:
                late = "is overdue" if now > entry.next_update_due else "is due within the hour"
                text = f"<@{entry.owner_id}> the update you promised the customer {late}."
                await self.client.chat_postMessage(
                    channel=case.channel, thread_ts=case.thread_ts, text=text
                )
                sent += 1
        for item in await self.followups.pop_due(now) if self.followups else []:
            case = await self.cases.get(item.thread)
            if case and case.channel and case.thread_ts:
                who = f"<@{item.owner_id}>" if item.who == "owner" else "Team lead"
                text = f"{who}: day-{item.day} follow-up. {item.context}"
                await self.client.chat_postMessage(
                    channel=case.channel, thread_ts=case.thread_ts, text=text
                )
                sent += 1
        return sent

    async def retry(self, where: Where, value: ButtonValue) -> None:
        if not await self.may_act(value.thread, where.user):
            await self.refuse(where, "Only the case owner or a team lead can do that.")
            return
        stream = DraftStream(self.client, where)
        await self.show(where, await self.service.retry(value.thread, stream), stream)

    # --- output

    async def post(self, where: Where, content: list[blocks.Block], text: str) -> None:
        for page in blocks.paginate(content):
            await self.client.chat_postMessage(
                channel=where.channel,
                thread_ts=where.thread_ts,
                blocks=page,
                text=blocks.clip(text, 3000),
            )

    async def show(self, where: Where, result: TurnResult, stream: DraftStream) -> None:
        await stream.finish()
        thread = where.thread
        if result.holding_script:
            await self.post(where, blocks.holding(result.holding_script), result.holding_script)
        if result.error:
            await self.post(where, blocks.error(result.error, thread), result.error)
        prompt = result.prompt
        if isinstance(prompt, AskMissing):
            await self.post(where, blocks.ask(prompt), prompt.question)
        elif isinstance(prompt, ReviewSection):
            await self.post(
                where, blocks.review(prompt, thread), f"{prompt.title} v{prompt.version}"
            )
        elif isinstance(prompt, FinalReview):
            await self.post(where, blocks.final_review(prompt, thread), "Final review")
        elif isinstance(prompt, ApproveRemedy):
            mention = " ".join(f"<@{u}>" for u in sorted(self.approvers)) or prompt.approver_role
            await self.post(where, blocks.approval(prompt, thread, mention), "Approval needed")
        if result.plan is not None and prompt is None:
            plan = result.plan
            await self.post(where, blocks.plan_summary(plan), f"Resolution plan: {plan.title}")
            await self.client.files_upload_v2(
                channel=where.channel,
                thread_ts=where.thread_ts,
                content=plan.markdown,
                filename="resolution-plan.md",
                title=f"Resolution plan: {plan.title}",
            )
        await self.cases.update(thread, status=result.status)
        await stream.status("")
