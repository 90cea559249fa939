"""`coach chat`: one escalation coached line by line, at a terminal or from a pipe."""

from __future__ import annotations

import argparse
import io
import sys
import time
import uuid

from bot.card_commands import CardCommandError, parse_card_reply
from bot.commands.drafting import terminal_owner
from bot.commands.tables import when
from bot.conversation import ConversationService, TurnResult
from bot.replies import parse_answer, parse_approval, parse_review
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from bot.storage.coordination import LockNotAcquired
from bot.storage.embedded_redis import EmbeddedRedisError
from bot.stores import REDIS_DOWN
from bot.terminal import TerminalView
from graph.models import (
    ApproveRemedy,
    AskMissing,
    Decision,
    FactsCard,
    FinalReview,
    ReviewSection,
)
from graph.state import Owner


class LineReader:
    """One reply per line, from a person at a terminal or from a script's pipe."""

    def __init__(self) -> None:
        self.interactive = sys.stdin.isatty()
        # Bytes that are not UTF-8 (a paste from a legacy system) become U+FFFD, which
        # the input screen then reports, instead of a decode error that ends the chat.
        if isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(errors="replace")

    def read(self) -> str | None:
        """The next line, or None at end of input."""
        try:
            line = input("> ") if self.interactive else sys.stdin.readline()
        except EOFError:
            return None
        if not self.interactive and line == "":
            return None
        return line.rstrip("\n")

    def block(self) -> str:
        """Lines up to one containing only '.', for an edit."""
        lines: list[str] = []
        while (more := self.read()) is not None and more.strip() != ".":
            lines.append(more)
        return "\n".join(lines)


def _same_place(a: TurnResult | None, b: TurnResult | None) -> bool:
    """True if a thread still waits where the person last saw it."""
    if a is None or b is None:
        return a is b
    return (a.prompt, a.plan, a.error) == (b.prompt, b.plan, b.error)


async def _chat_turn(
    service: ConversationService,
    thread_id: str,
    result: TurnResult | None,
    line: str,
    reader: LineReader,
    view: TerminalView,
    owner: Owner,
) -> TurnResult | None:
    """Run what one typed line means where the thread stands; None if it ran nothing."""
    if result is not None and result.plan is not None and result.prompt is None:
        view.say("This plan is final. Start a new thread for another escalation.")
        return None
    if line.strip().lower() == "retry":
        return await service.retry(thread_id)
    if result is not None and result.error:
        view.say("The last step did not finish. Type 'retry' to run it again.")
        return None
    prompt = result.prompt if result is not None else None
    if isinstance(prompt, FactsCard):
        try:
            verdict = parse_card_reply(line, prompt.version)
        except CardCommandError as exc:
            view.say(str(exc), "yellow")
            return None
        return await service.check_facts(thread_id, verdict)
    if isinstance(prompt, ReviewSection | FinalReview):
        decision = parse_review(line, prompt)
        if decision is None:
            view.say("Type the new text; end with a line containing only '.'")
            decision = Decision(
                action="edit",
                text=reader.block(),
                target=prompt.key if isinstance(prompt, ReviewSection) else None,
                version=getattr(prompt, "version", None),
            )
        return await service.decide(thread_id, decision)
    if isinstance(prompt, ApproveRemedy):
        verdict = parse_approval(line)
        if verdict is None:
            view.say("Type: approve <your name> [: note]  or  deny <your name> [: reason]")
            return None
        return await service.approve(thread_id, verdict)
    if isinstance(prompt, AskMissing):
        return await service.reply(thread_id, parse_answer(line))
    return await service.start(thread_id, line, owner)


def _storage_trouble(message: str) -> None:
    """One unwrapped line on stderr, so a long socket path stays readable and greppable."""
    print(f"coach: {message}", file=sys.stderr, flush=True)


async def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """A conversation that lives in Redis: any turn can be the last before a kill -9.

    When Redis fails mid-turn the checkpoint before that turn stands; the next line
    first re-reads where the thread is, and if it moved on (the turn did land) shows
    that instead of applying the line to a step the person has not seen.
    """
    view = TerminalView()
    thread_id = args.thread or str(uuid.uuid4())[:8]
    reader = LineReader()
    async with open_runtime(settings) as runtime:
        service = runtime.service
        result = await service.current(thread_id)
        if result is None:
            view.say(f"New escalation (thread {thread_id}). Paste the customer's complaint.")
        else:
            view.say(f"Resuming thread {thread_id}.")
            view.turn(result)
        stale = False
        while True:
            line = reader.read()
            if line is None or line.strip().lower() in {"quit", "exit", ":q"}:
                view.say(f"Saved. Resume with: coach chat --thread {thread_id}")
                return 0
            try:
                if stale:
                    await runtime.reconnect()
                    fresh = await service.current(thread_id)
                    stale = False
                    if not _same_place(fresh, result):
                        view.say("Reconnected; the thread moved on. Here is where it stands:")
                        result = fresh
                        if result is not None:
                            view.turn(result)
                        continue
                turn = await _chat_turn(
                    service, thread_id, result, line, reader, view, terminal_owner(settings)
                )
                # The owner card reads Redis too: inside the guard, and before anything is
                # printed, so an outage here is the same one line and the chat stays open.
                card = (
                    await _owner_card(runtime, thread_id, settings)
                    if turn is not None and isinstance(turn.prompt, ReviewSection)
                    else []
                )
            except (*REDIS_DOWN, EmbeddedRedisError):
                _storage_trouble(str(runtime.unreachable))
                stale = True
                continue
            except LockNotAcquired:
                _storage_trouble(f"another session is busy with thread {thread_id}; try again")
                stale = True
                continue
            if turn is not None:
                result = turn
                view.turn(result)
                for card_line in card:
                    view.say(card_line)
                if result.plan is not None and result.prompt is None:
                    view.say(
                        f"Next: `coach check {thread_id}` before each reply you send, "
                        f"`coach update {thread_id}` each time you update the customer, "
                        f"`coach promises` and `coach followups` for what is due, and `coach "
                        f"log outcome {thread_id} resolved|retained|churned|escalated_further` "
                        "at the end."
                    )


async def _owner_card(runtime: Runtime, thread_id: str, settings: Settings) -> list[str]:
    """Once per case, when it is first priced: its owner, queue place and deadlines.

    Marked shown only after every read has answered, so an outage midway leaves it
    to be shown on the next section rather than lost.
    """
    assert runtime.tracker is not None and runtime.cases is not None
    ranked = await runtime.tracker.queue.ranked()
    place = next((i for i, e in enumerate(ranked, 1) if e.thread == thread_id), None)
    if place is None or await runtime.cases.card_posted(thread_id):
        return []
    entry = ranked[place - 1]
    owner = await runtime.service.owner(thread_id)
    lines = [
        f"Owner: {owner.name or entry.owner_id or 'unassigned'} · queue #{place} "
        f"({entry.why(time.time())}) · next customer update due {when(entry.next_update_due, settings)}"
    ]
    if suggestion := await runtime.tracker.suggestion(thread_id):
        name = suggestion.member.name
        lines.append(
            f"Premium case: {name} is {suggestion.reason}. "
            f'Hand it over with: coach reassign {thread_id} "{name}"'
        )
    return lines if await runtime.cases.mark_card_posted(thread_id) else []
