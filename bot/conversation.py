"""The conversation service: one entry point for every front end.

Slack and the terminal both turn what a person did into one call here. The
service serialises turns per thread, runs the graph, and hands back a typed
`TurnResult`, so no front end ever reaches into graph internals.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command
from pydantic import BaseModel, Field, TypeAdapter

from bot.card_commands import parse_card_reply
from bot.replies import ReplyNotUnderstood, parse_answer, parse_review
from graph.drafting.base import DrafterError
from graph.excerpt import excerpt
from graph.models import (
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    CaseFacts,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Plan,
    Prompt,
    Reply,
    ReviewSection,
)
from graph.pii import mask_text, mask_values
from graph.state import Owner, plan_of

log = logging.getLogger(__name__)
_PROMPT = TypeAdapter(Prompt)

LockFactory = Callable[[str], AbstractAsyncContextManager[Any]]
ProgressSink = Callable[[str, str], Awaitable[None]]
"""Receives (section key, text chunk) while a section is being drafted, and
(`HOLDING`, script) the moment the holding script exists: the customer is waiting,
so a front end shows it before the first section is drafted, not after."""
HOLDING = "holding_script"
FINAL_STEP = "plan final"
"""`TurnResult.step` once the plan is final."""
FinishHook = Callable[[str], Awaitable[None]]
"""Called with the thread id once a turn ends with the final plan."""
TurnHook = Callable[["ConversationService", "TurnResult"], Awaitable[None]]
LiveAnswer = Callable[[dict[str, Any], Owner], Awaitable[Any]]
"""Answers a live line from the thread's state (read once) and its owner."""
LIVE_LOCK = "{thread}#live"
"""The live lock's name: its own per thread, so a live line never waits behind a draft."""
"""Called after every turn that ran, inside the thread's lock (queue, log, follow-ups)."""


class OwnerBook(Protocol):
    """Who owns each case now. Kept outside the graph, so reassigning a case never
    has to rewrite a checkpoint that is waiting on an interrupt."""

    async def owner_of(self, thread_id: str) -> Owner | None: ...

    async def claim(self, thread_id: str, owner: Owner) -> None:
        """Record `owner` for a new case; a case that has an owner keeps it."""
        ...


class TurnResult(BaseModel):
    """What a front end renders after one turn."""

    thread_id: str
    holding_script: str | None = None
    prompt: AskMissing | FactsCard | ReviewSection | FinalReview | ApproveRemedy | None = Field(
        None, discriminator="kind"
    )
    plan: Plan | None = None
    error: str | None = None
    status: str = "gathering"

    @property
    def step(self) -> str:
        """What the thread waits for, in a few words, for listings that show many threads."""
        prompt = self.prompt
        if self.error:
            return "unfinished step (retry)"
        if isinstance(prompt, AskMissing):
            return f"question: {prompt.field}"
        if isinstance(prompt, FactsCard):
            return f"facts card v{prompt.version}"
        if isinstance(prompt, ReviewSection):
            return f"review {prompt.index + 1}/{prompt.total} {prompt.title} v{prompt.version}"
        if isinstance(prompt, FinalReview):
            return "final review"
        if isinstance(prompt, ApproveRemedy):
            return f"approval by {prompt.approver_role}"
        return FINAL_STEP if self.plan is not None else "-"


class ThreadSummary(BaseModel):
    """One row of a conversation listing; built from the checkpoint, not from Slack."""

    thread_id: str
    title: str
    status: str
    step: str
    updated_at: float | None = None


def _local_locks() -> LockFactory:
    locks: dict[str, asyncio.Lock] = {}

    @asynccontextmanager
    async def lock(thread_id: str) -> AsyncIterator[None]:
        async with locks.setdefault(thread_id, asyncio.Lock()):
            yield

    return lock


@asynccontextmanager
async def _no_lock(thread_id: str) -> AsyncIterator[None]:
    yield


def _new_holding_script(update: Any) -> str | None:
    """The holding script if this `updates` chunk is the node that just wrote it."""
    for written in update.values() if isinstance(update, dict) else ():
        if isinstance(written, dict) and written.get(HOLDING):
            return str(written[HOLDING])
    return None


def _short(text: str) -> str:
    """Customer text in logs is truncated (and masked, like everything else)."""
    return excerpt(mask_text(text), 60)


def _masked(graph_input: Any, owner: Owner | None) -> Any:
    """What a person typed, with card numbers, IBANs, emails and phones masked, before
    the graph (and so every checkpoint, prompt, post and file) ever sees it. The owner's
    own contact is the one number meant to be shown, so it passes untouched."""
    keep = [owner.contact] if owner and owner.contact else []
    if isinstance(graph_input, Command):
        return Command(resume=mask_values(graph_input.resume, keep))
    if isinstance(graph_input, dict):
        return {k: v if k == "owner" else mask_values(v, keep) for k, v in graph_input.items()}
    return graph_input


def _log_turn(thread_id: str, result: TurnResult, started: float, outcome: str) -> None:
    """One line per turn, the same fields every time, so a log search can follow a case."""
    log.info(
        "turn thread=%s step=%r status=%s outcome=%s duration_ms=%d",
        thread_id,
        result.step,
        result.status,
        outcome,
        (time.monotonic() - started) * 1000,
    )


@dataclass(frozen=True)
class Turn:
    """One thread held by one caller: the state as it stood when the lock was taken."""

    service: ConversationService
    thread: str
    now: TurnResult | None
    """Read once on entry; a step run inside the turn returns its own `TurnResult`."""


class ConversationService:
    def __init__(
        self,
        graph: CompiledStateGraph,
        lock: LockFactory | None = None,
        on_finished: FinishHook | None = None,
        on_turn: TurnHook | None = None,
        owners: OwnerBook | None = None,
    ):
        self.graph = graph
        self.lock = lock or _local_locks()
        self.on_finished = on_finished
        self.on_turn = on_turn
        self.owners = owners

    @asynccontextmanager
    async def turn(self, thread_id: str) -> AsyncIterator[Turn]:
        """Hold the thread across read, check and act, so no other turn slips in between.

        A button press is checked against the state (is this still the section and
        version it was pressed on?) and then applied; without holding the lock across
        both, a double click passes the check twice and the second click approves the
        next section. The state is read once, under the lock, so every check in the
        turn sees the same thing. `Turn.service` does not lock again (the lock is not
        re-entrant); use it for `thread_id` only, and only inside the block.
        """
        async with self.lock(thread_id):
            held = ConversationService(
                self.graph, _no_lock, self.on_finished, self.on_turn, self.owners
            )
            yield Turn(service=held, thread=thread_id, now=await held.current(thread_id))

    @staticmethod
    def _config(thread_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": thread_id}}

    async def _state(self, thread_id: str) -> Any:
        return await self.graph.aget_state(self._config(thread_id))

    async def _result(self, thread_id: str, before_holding: str | None) -> TurnResult:
        snapshot = await self._state(thread_id)
        values = snapshot.values or {}
        prompt = None
        if snapshot.interrupts:
            prompt = _PROMPT.validate_python(snapshot.interrupts[0].value)
        holding = values.get("holding_script")
        plan = values.get("plan")
        return TurnResult(
            thread_id=thread_id,
            holding_script=holding if holding and holding != before_holding else None,
            prompt=prompt,
            plan=Plan.model_validate(plan) if plan else None,
            status=values.get("status", "gathering"),
        )

    async def _run(
        self, thread_id: str, graph_input: Any, progress: ProgressSink | None = None
    ) -> TurnResult:
        started = time.monotonic()
        async with self.lock(thread_id):
            before = (await self._state(thread_id)).values.get("holding_script")
            owner = await self.owners.owner_of(thread_id) if self.owners else None
            if owner is None and isinstance(graph_input, dict) and graph_input.get("owner"):
                owner = Owner.model_validate(graph_input["owner"])
            graph_input = _masked(graph_input, owner)
            try:
                async for mode, chunk in self.graph.astream(
                    graph_input,
                    self._config(thread_id),
                    context=owner,
                    stream_mode=["custom", "updates"],
                ):
                    if progress is None:
                        continue
                    if mode == "custom":
                        await progress(chunk["section"], chunk["text"])
                    elif script := _new_holding_script(chunk):
                        await progress(HOLDING, script)
            except DrafterError as exc:
                log.warning("drafting failed on thread %s: %s", thread_id, exc)
                result = await self._result(thread_id, before)
                _log_turn(thread_id, result, started, "drafter_error")
                return result.model_copy(update={"error": str(exc)})
            result = await self._result(thread_id, before)
            _log_turn(thread_id, result, started, "ok")
            if self.on_finished is not None and result.plan is not None and result.prompt is None:
                # Inside the lock, so no other turn can write to the thread in between.
                await self.on_finished(thread_id)
            if self.on_turn is not None:
                await self.on_turn(self, result)
            return result

    async def start(
        self,
        thread_id: str,
        text: str,
        owner: Owner | None = None,
        facts: CaseFacts | None = None,
        progress: ProgressSink | None = None,
    ) -> TurnResult:
        """Open a case from the first message (and any structured facts a form gave)."""
        log.info("new case on thread %s: %s", thread_id, _short(text))
        owner = owner or Owner()
        if self.owners is not None:
            await self.owners.claim(thread_id, owner)
        graph_input: dict[str, Any] = {"inbox": text, "owner": owner.model_dump()}
        if facts is not None:
            graph_input["facts"] = facts.model_dump(mode="json")
        return await self._run(thread_id, graph_input, progress)

    async def reply(
        self, thread_id: str, reply: Reply, progress: ProgressSink | None = None
    ) -> TurnResult:
        return await self._run(thread_id, Command(resume=reply.model_dump()), progress)

    async def decide(
        self, thread_id: str, decision: Decision, progress: ProgressSink | None = None
    ) -> TurnResult:
        return await self._run(
            thread_id, Command(resume=decision.model_dump(mode="json")), progress
        )

    async def check_facts(
        self, thread_id: str, verdict: FactsVerdict, progress: ProgressSink | None = None
    ) -> TurnResult:
        """The agent's answer to the facts card: confirm, or correct and see the card again."""
        return await self._run(thread_id, Command(resume=verdict.model_dump(mode="json")), progress)

    async def approve(
        self, thread_id: str, verdict: ApprovalVerdict, progress: ProgressSink | None = None
    ) -> TurnResult:
        """An approver's decision on compensation; callers check who may approve."""
        log.info("approval on %s: %s by %s", thread_id, verdict.approved, verdict.by_id)
        return await self._run(thread_id, Command(resume=verdict.model_dump()), progress)

    async def live_turn(self, thread_id: str, answer: LiveAnswer) -> Any:
        """A live line: answered at once, even while a section is drafting.

        It holds the thread's own short live lock (so two live lines of one call never
        interleave), not the turn lock a draft holds, and reads the last checkpoint once:
        the draft in progress is not waited for and nothing in the graph moves, so the
        section under review stays as it was. None when the thread has no case.
        """
        async with self.lock(LIVE_LOCK.format(thread=thread_id)):
            values = dict((await self._state(thread_id)).values or {})
            if not values:
                return None
            owner = await self.owners.owner_of(thread_id) if self.owners else None
            return await answer(values, owner or Owner.model_validate(values.get("owner") or {}))

    async def owner(self, thread_id: str) -> Owner:
        if self.owners is not None and (now := await self.owners.owner_of(thread_id)):
            return now
        values = (await self._state(thread_id)).values or {}
        return Owner.model_validate(values.get("owner") or {})

    async def values(self, thread_id: str) -> dict[str, Any]:
        """The thread's state as plain data, for what reads a case beside the conversation
        (a reply check) and never moves it."""
        return dict((await self._state(thread_id)).values or {})

    async def preview(self, thread_id: str) -> Plan | None:
        """The plan as it stands, before it is final (e.g. while approval is pending)."""
        return plan_of((await self._state(thread_id)).values or {})  # type: ignore[arg-type]

    async def retry(self, thread_id: str, progress: ProgressSink | None = None) -> TurnResult:
        """Run again whatever step failed; the checkpoint before it is intact."""
        return await self._run(thread_id, None, progress)

    async def current(self, thread_id: str) -> TurnResult | None:
        """Where a thread stands now, or None if it has never started."""
        snapshot = await self._state(thread_id)
        if not snapshot.values:
            return None
        result = await self._result(thread_id, None)
        # `tasks`, not `next`: a step that finished and saved its writes before the
        # process died is left out of `next`, yet the thread has not moved past it.
        if result.prompt is None and result.plan is None and snapshot.tasks:
            return result.model_copy(update={"error": "The last step did not finish."})
        return result

    async def summary(self, thread_id: str) -> ThreadSummary | None:
        """A listing row for one thread, or None if it has never started."""
        result = await self.current(thread_id)
        if result is None:
            return None
        values = (await self._state(thread_id)).values or {}
        return ThreadSummary(
            thread_id=thread_id,
            title=values.get("title") or "New escalation",
            status=result.status,
            step=result.step,
        )

    async def message(
        self,
        thread_id: str,
        text: str,
        owner: Owner | None = None,
        progress: ProgressSink | None = None,
    ) -> TurnResult:
        """A free-text message: a new case, an answer, a facts-card reply, or a verdict on the
        section or plan under review, read as the terminal reads it (`approve`, `back to
        remedies`, `regenerate`, `edit` and the new text, or an instruction to revise).
        `ReplyNotUnderstood` (with what would work) for a reply that fits no step."""
        now = await self.current(thread_id)
        if now is None:
            return await self.start(thread_id, text, owner, progress=progress)
        if now.error:
            return now
        prompt = now.prompt
        if isinstance(prompt, AskMissing):
            return await self.reply(thread_id, parse_answer(text), progress)
        if isinstance(prompt, FactsCard):
            # No version, like a typed revision: it applies to whichever card is current.
            return await self.check_facts(thread_id, parse_card_reply(text), progress)
        if isinstance(prompt, ReviewSection | FinalReview):
            decision = parse_review(text, prompt)
            if decision is None:
                raise ReplyNotUnderstood(
                    "To change the text yourself, press Edit, or reply `edit` with the new "
                    "text on the lines below it."
                )
            return await self.decide(thread_id, decision, progress)
        return now
