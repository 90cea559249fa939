"""`coach`: the terminal front end's commands.

Every failure a person can cause (a bad file, a bad policy, a dropped
connection) ends in one clear line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from bot.card_commands import CardCommandError, parse_card_reply
from bot.case_file import CaseFileError, read_answers, read_case
from bot.conversation import ConversationService, TurnResult
from bot.log_setup import configure_logging
from bot.replies import parse_answer, parse_approval, parse_review
from bot.resolution_log import OUTCOME_LABELS
from bot.roster import RosterError, load_roster
from bot.runtime import REDIS_DOWN, RedisUnavailable, Runtime, open_runtime
from bot.settings import Settings
from bot.storage.coordination import LockNotAcquired
from bot.storage.embedded_redis import EmbeddedRedisError
from bot.terminal import TerminalView
from graph.llm_models import ModelProblem
from graph.models import (
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Reply,
    ReviewSection,
)
from graph.policy import PolicyError
from graph.state import Owner


class UsageError(Exception):
    """A problem the person can fix; printed as one line."""


def _owner(settings: Settings) -> Owner:
    roster = load_roster(settings.roster_file)
    return roster.owner(None, settings.owner_name, settings.owner_contact)


async def drive(
    service: ConversationService,
    result: TurnResult,
    answer: Callable[[AskMissing], Reply],
    review: Callable[[ReviewSection | FinalReview], Decision],
    show: Callable[[TurnResult], None] | None = None,
    approve: Callable[[ApproveRemedy], ApprovalVerdict] | None = None,
    confirm: Callable[[FactsCard], FactsVerdict] | None = None,
) -> TurnResult:
    """Run a conversation with scripted answers and verdicts, to the plan or to a pending
    approval when no approver is scripted. The facts card is confirmed as it stands unless
    `confirm` says otherwise: the plan's assumptions list what was taken on trust."""
    while True:
        if show:
            show(result)
        if result.error:
            raise UsageError(f"drafting failed: {result.error}")
        prompt = result.prompt
        if prompt is None:
            return result
        if isinstance(prompt, AskMissing):
            result = await service.reply(result.thread_id, answer(prompt))
        elif isinstance(prompt, FactsCard):
            verdict = confirm(prompt) if confirm else FactsVerdict(action="confirm")
            result = await service.check_facts(result.thread_id, verdict)
        elif isinstance(prompt, ApproveRemedy):
            if approve is None:
                return result
            result = await service.approve(result.thread_id, approve(prompt))
        else:
            result = await service.decide(result.thread_id, review(prompt))


def _approve(prompt: ReviewSection | FinalReview) -> Decision:
    version = prompt.version if isinstance(prompt, ReviewSection) else None
    return Decision(action="approve", version=version)


async def cmd_plan(args: argparse.Namespace, settings: Settings) -> int:
    case = read_case(Path(args.case_file))
    answers = read_answers(Path(args.answers) if args.answers else None)

    def answer(prompt: AskMissing) -> Reply:
        if prompt.field == "complaint" and not answers:
            raise UsageError(f"{args.case_file} has no usable complaint. {prompt.notice or ''}")
        return Reply(text=answers.pop(0)) if answers else Reply(skip=True)

    async with open_runtime(settings, ephemeral=True) as runtime:
        service = runtime.service
        start = await service.start(str(uuid.uuid4()), case.text, _owner(settings), case.facts)
        done = await drive(service, start, answer, _approve)
        plan = done.plan or await service.preview(done.thread_id)
    if plan is None:
        raise UsageError("the conversation ended without a plan")
    pending = isinstance(done.prompt, ApproveRemedy)
    if args.json:
        status = "awaiting_approval" if pending else "final"
        print(json.dumps({**plan.summary(), "status": status}, indent=2, ensure_ascii=False))
    else:
        print(plan.markdown)
        if plan.assumptions:
            print(
                "No facts card in coach plan: the facts above under 'Assumptions to confirm' "
                "were taken as they are."
            )
        if pending:
            print(f"Status: the package waits for approval from {plan.decision.approver}.")
    return 0


DEMO_ANSWERS = ["Nothing yet beyond logging the ticket; no one has called her back."]
DEMO_REVISION = "shorter and warmer"
DEMO_APPROVER = ApprovalVerdict(
    approved=True, by_id="sam.lee", by_name="Sam Lee", note="Renewal at risk; approved."
)


async def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    view = TerminalView()
    text = resources.files("bot").joinpath("demo_case.txt").read_text(encoding="utf-8")
    view.say("Escalation Coach demo: a B2B outage, offline playbook drafter.\n", "bold")
    view.say(f"Agent > {text.strip()}\n")
    answers = list(DEMO_ANSWERS)
    revised: set[str] = set()

    def answer(prompt: AskMissing) -> Reply:
        reply = answers.pop(0) if answers else "skip"
        view.say(f"Agent > {reply}\n")
        return parse_answer(reply)

    def review(prompt: ReviewSection | FinalReview) -> Decision:
        if isinstance(prompt, ReviewSection) and prompt.key == "response" and not revised:
            revised.add(prompt.key)
            view.say(f"Agent > {DEMO_REVISION}\n")
            return Decision(action="revise", instruction=DEMO_REVISION, version=prompt.version)
        view.say("Agent > approve\n")
        return _approve(prompt)

    def confirm(prompt: FactsCard) -> FactsVerdict:
        view.say("Agent > looks right\n")
        return FactsVerdict(action="confirm", version=prompt.version)

    def approve(prompt: ApproveRemedy) -> ApprovalVerdict:
        view.say(
            f"{DEMO_APPROVER.by_name} ({prompt.approver_role}) > approve: {DEMO_APPROVER.note}\n"
        )
        return DEMO_APPROVER

    async with open_runtime(settings, ephemeral=True) as runtime:
        start = await runtime.service.start("demo", text, _owner(settings))
        await drive(runtime.service, start, answer, review, view.turn, approve, confirm)
    return 0


class LineReader:
    """One reply per line, from a person at a terminal or from a script's pipe."""

    def __init__(self) -> None:
        self.interactive = sys.stdin.isatty()

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
                    service, thread_id, result, line, reader, view, _owner(settings)
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
                if isinstance(result.prompt, ReviewSection):
                    await _owner_card(runtime, thread_id, view)
                elif result.plan is not None and result.prompt is None:
                    view.say(
                        f"Next: `coach update {thread_id}` each time you update the customer, "
                        f"`coach followups` for the check-ins, and `coach log outcome "
                        f"{thread_id} resolved|retained|churned|escalated_further` at the end."
                    )


async def _owner_card(runtime: Runtime, thread_id: str, view: TerminalView) -> None:
    """Once per case, when it is first priced: its owner, queue place and deadlines."""
    assert runtime.tracker is not None and runtime.cases is not None
    ranked = await runtime.tracker.queue.ranked()
    place = next((i for i, e in enumerate(ranked, 1) if e.thread == thread_id), None)
    if place is None or not await runtime.cases.mark_card_posted(thread_id):
        return
    entry = ranked[place - 1]
    owner = await runtime.service.owner(thread_id)
    view.say(
        f"Owner: {owner.name or entry.owner_id or 'unassigned'} · queue #{place} "
        f"({entry.why(time.time())}) · next customer update due {_when(entry.next_update_due)}"
    )
    if suggestion := await runtime.tracker.suggestion(thread_id):
        name = suggestion.member.name
        view.say(
            f"Premium case: {name} is {suggestion.reason}. "
            f'Hand it over with: coach reassign {thread_id} "{name}"'
        )


async def cmd_reassign(args: argparse.Namespace, settings: Settings) -> int:
    """Hand a case to someone else; drafts from the next turn on name them."""
    async with open_runtime(settings) as runtime:
        assert runtime.tracker is not None
        service = runtime.service
        async with service.exclusive(args.thread) as held:
            if await held.current(args.thread) is None:
                raise UsageError(f"no conversation '{args.thread}'; see: coach threads")
            roster = runtime.tracker.roster
            owner = roster.owner(args.user, args.name, args.contact)
            moved = await runtime.tracker.reassign(held, args.thread, owner)
    print(f"{owner.name} now owns {args.thread} (was {moved.before.name or 'unassigned'}).")
    print(f"Direct contact in new drafts: {owner.contact or 'none on file (placeholder kept)'}")
    if moved.naming_before:
        print(f"Still naming {moved.before.name}: {', '.join(moved.naming_before)}; revise them.")
    return 0


def _when(epoch: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch)) if epoch else "-"


async def cmd_threads(args: argparse.Namespace, settings: Settings) -> int:
    async with open_runtime(settings) as runtime:
        rows = await runtime.threads(args.limit)
    if args.json:
        print(json.dumps([row.model_dump() for row in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No conversations yet. Start one with: coach chat")
        return 0
    table = [("THREAD", "UPDATED", "STATUS", "WAITING FOR", "TITLE")]
    table += [
        (row.thread_id, _when(row.updated_at), row.status, row.step, row.title) for row in rows
    ]
    print_table(table)
    return 0


def print_table(table: list[tuple[str, ...]]) -> None:
    """Aligned columns; the last one runs free, since titles vary in length."""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))


async def cmd_queue(args: argparse.Namespace, settings: Settings) -> int:
    """Open escalations in the order to work them, with the reason for each place."""
    async with open_runtime(settings) as runtime:
        assert runtime.redis is not None
        now = time.time()
        assert runtime.tracker is not None
        entries = await runtime.tracker.queue.ranked(now)
    if args.json:
        rows = [{**e.model_dump(), "rank_score": e.rank(now), "why": e.why(now)} for e in entries]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print("No open escalations.")
        return 0
    table = [("#", "SCORE", "STATUS", "OWNER", "NEXT UPDATE", "MISSED", "CASE (WHY)")]
    table += [
        (str(i), f"{e.rank(now):g}", e.status, e.owner_id or "-", _when(e.next_update_due),
         str(e.missed_updates), f"{e.title} ({e.why(now)})")
        for i, e in enumerate(entries, 1)
    ]  # fmt: skip
    print_table(table)
    return 0


async def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    from bot.doctor import doctor

    return await doctor(settings)


async def cmd_slack(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: Bolt and aiohttp cost a second of start-up the other commands don't need.
    from bot.slack.server import SlackConfigError, run

    try:
        await run(settings, http=args.http, port=args.port)
    except SlackConfigError as exc:
        raise UsageError(str(exc)) from exc
    return 0


async def cmd_log(args: argparse.Namespace, settings: Settings) -> int:
    async with open_runtime(settings) as runtime:
        assert runtime.tracker is not None
        if args.log_command == "export":
            sys.stdout.write(await runtime.tracker.log.export(args.format))
            return 0
        entry = await runtime.tracker.record_outcome(args.thread, args.outcome, args.note)
    if entry is None:
        raise UsageError(f"no final plan for '{args.thread}' in the log; finish the plan first")
    closed = "; the case has left the queue" if args.outcome != "open" else ""
    print(f"{args.thread}: {OUTCOME_LABELS[args.outcome]}{closed}.")
    return 0


async def cmd_update(args: argparse.Namespace, settings: Settings) -> int:
    """The owner updated the customer: the next promised update is timed from now."""
    async with open_runtime(settings) as runtime:
        assert runtime.tracker is not None
        entry = await runtime.tracker.customer_updated(args.thread)
    if entry is None:
        raise UsageError(f"'{args.thread}' is not in the queue; see: coach queue")
    print(f"{args.thread}: customer updated. Next update due {_when(entry.next_update_due)}.")
    return 0


async def cmd_followups(args: argparse.Namespace, settings: Settings) -> int:
    """Scheduled follow-ups, soonest first, with the check-in to send for those due."""
    async with open_runtime(settings) as runtime:
        assert runtime.tracker is not None
        now = time.time()
        items = sorted(await runtime.tracker.followups.upcoming(), key=lambda f: f.due_at)
        owners = {f.thread: await runtime.service.owner(f.thread) for f in items}
    if args.json:
        rows = [
            {**f.model_dump(), "due": f.due_at <= now, "check_in": f.check_in(owners[f.thread])}
            for f in items
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not items:
        print("No follow-ups scheduled. They are set when a plan is final.")
        return 0
    table = [("DUE", "DAY", "WHO", "OWNER", "CASE")]
    table += [
        ("now" if f.due_at <= now else _when(f.due_at), str(f.day), f.who,
         f.owner_id or "-", f"{f.title} ({f.thread})")
        for f in items
    ]  # fmt: skip
    print_table(table)
    for f in (f for f in items if f.due_at <= now):
        print(f"\nDue now, {f.title}, day {f.day}. {f.context}\n  {f.check_in(owners[f.thread])}")
    return 0


async def cmd_graph(args: argparse.Namespace, settings: Settings) -> int:
    """The conversation graph as a Mermaid diagram, drawn from the compiled graph itself."""
    from graph.studio import make_graph  # only this command pays for building the graph

    print(make_graph().get_graph().draw_mermaid())
    return 0


COMMANDS = {
    "plan": cmd_plan,
    "demo": cmd_demo,
    "chat": cmd_chat,
    "threads": cmd_threads,
    "queue": cmd_queue,
    "log": cmd_log,
    "slack": cmd_slack,
    "reassign": cmd_reassign,
    "update": cmd_update,
    "followups": cmd_followups,
    "doctor": cmd_doctor,
    "graph": cmd_graph,
}


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="coach", description="Escalation Coach")
    sub = root.add_subparsers(dest="command", required=True)
    chat = sub.add_parser("chat", help="coach an escalation interactively")
    chat.add_argument("--thread", help="resume (or name) a conversation")
    plan = sub.add_parser("plan", help="draft a whole plan from a case file, no questions asked")
    plan.add_argument("case_file", help="a .txt complaint or a .json case")
    plan.add_argument("--json", action="store_true", help="print one JSON object")
    plan.add_argument("--answers", help="a file of answers to the coach's questions, one a line")
    sub.add_parser("demo", help="the worked B2B outage example, end to end, offline")
    threads = sub.add_parser("threads", help="list conversations, most recent first")
    threads.add_argument("--json", action="store_true", help="print a JSON array")
    threads.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    slack = sub.add_parser("slack", help="run the Slack bot (Socket Mode, or --http)")
    slack.add_argument("--http", action="store_true", help="serve HTTP at /slack/events")
    slack.add_argument("--port", type=int, default=3000, help="HTTP port (default 3000)")
    reassign = sub.add_parser("reassign", help="hand a case to another owner")
    reassign.add_argument("thread", help="the conversation, as listed by coach threads")
    reassign.add_argument("name", help="the new owner's name (a roster name fills the rest)")
    reassign.add_argument("--contact", help="their direct line or email, for the scripts")
    reassign.add_argument("--user", help="their Slack user id, if the case is also in Slack")
    queue = sub.add_parser("queue", help="open escalations, highest priority first")
    queue.add_argument("--json", action="store_true", help="print a JSON array")
    log = sub.add_parser("log", help="the resolution log")
    log_sub = log.add_subparsers(dest="log_command", required=True)
    export = log_sub.add_parser("export", help="every final plan, one record per case")
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    outcome = log_sub.add_parser("outcome", help="record how a case ended")
    outcome.add_argument("thread", help="the conversation, as listed by coach threads")
    outcome.add_argument("outcome", choices=list(OUTCOME_LABELS))
    outcome.add_argument("--note", help="for the resolution log: what worked, what to change")
    update = sub.add_parser("update", help="the customer was updated; restart the promise clock")
    update.add_argument("thread", help="the conversation, as listed by coach threads")
    sub.add_parser("doctor", help="check settings, Redis, Slack tokens and the model ids")
    followups = sub.add_parser("followups", help="scheduled follow-ups, soonest first")
    followups.add_argument("--json", action="store_true", help="print a JSON array")
    sub.add_parser("graph", help="print the conversation graph as a Mermaid diagram")
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
        default_level = "INFO" if args.command == "slack" else "WARNING"
        configure_logging(settings.log_level or default_level, settings.secret_values())
        code = asyncio.run(COMMANDS[args.command](args, settings))
    except (UsageError, CaseFileError, PolicyError, RosterError, ModelProblem) as exc:
        print(f"coach: {exc}", file=sys.stderr)
        code = 2
    except (RedisUnavailable, EmbeddedRedisError, LockNotAcquired) as exc:
        print(f"coach: {exc}", file=sys.stderr)
        code = 3
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        print(f"coach: setting {where}: {first['msg']}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        code = 130
    raise SystemExit(code)
