"""`coach check` and `coach promises`: a reply checked before it goes out, and the promises
made to customers until they are kept.

`check` holds the thread's turn while it reads the case (like every turn) and moves
nothing in the conversation; `--sent` and `promises` touch the stores only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from bot.checked_replies import CheckedReply, ReplyChecks, ReplyRefused
from bot.commands.drafting import terminal_owner
from bot.commands.failures import UsageError
from bot.commands.tables import print_table, when
from bot.promises import Promise
from bot.runtime import open_runtime
from bot.settings import Settings
from bot.stores import open_stores

HOUR = 3600.0


def _reply_text(args: argparse.Namespace) -> str:
    if args.reply:
        return " ".join(args.reply)
    if sys.stdin.isatty():
        raise UsageError("paste the reply after the thread, or pipe it in: coach check THREAD")
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    return data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data


def _show(checked: CheckedReply, thread: str) -> None:
    result = checked.check
    if result.passed:
        print("Reply check: nothing to change.")
    else:
        count = len(result.flags)
        print(f"Reply check: {count} thing{'s' if count > 1 else ''} to change")
        for n, flag in enumerate(result.flags, 1):
            kind = flag.kind.replace("-", " ")
            print(f"  {n}. {kind}: “{flag.span.strip()}”: {flag.why}. Fix: {flag.fix}.")
        print("\nCorrected (your words, only the flagged parts changed):\n")
        print("  " + result.corrected.replace("\n", "\n  "))
        if result.open_flags:
            print("\nStill yours to put right: " + "; ".join(f.span for f in result.open_flags))
    print(
        f"\nSent it? coach check {thread} --sent {checked.entry.id}"
        + ("" if result.passed else "   (add --as-written if you sent your own version)")
    )


async def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    if args.sent:
        return await _record_sent(args, settings)
    text = _reply_text(args)
    owner = terminal_owner(settings)
    async with open_runtime(settings) as runtime:
        assert runtime.tracker is not None and runtime.policy is not None
        checks = ReplyChecks(runtime.tracker, runtime.policy)
        async with runtime.service.turn(args.thread) as turn:
            if turn.now is None:
                raise UsageError(f"no conversation '{args.thread}'; see: coach threads")
            try:
                checked = await checks.check(turn.service, args.thread, text, owner.key)
            except ReplyRefused as exc:
                raise UsageError(str(exc)) from exc
    if args.json:
        row = {"id": checked.entry.id, "thread": args.thread, "passed": checked.check.passed,
               **checked.check.model_dump(mode="json")}  # fmt: skip
        print(json.dumps(row, indent=2, ensure_ascii=False))
    else:
        _show(checked, args.thread)
    return 0


async def _record_sent(args: argparse.Namespace, settings: Settings) -> int:
    version = "as_written" if args.as_written else "corrected"
    owner = terminal_owner(settings)
    async with open_stores(settings) as stores:
        checks = ReplyChecks(stores.tracker, stores.policy)
        sent = await checks.sent(args.thread, args.sent, version, owner.key)
    entry, added = sent.entry, sent.promises
    if entry is None:
        raise UsageError(f"no checked reply '{args.sent}' on '{args.thread}'")
    print(
        f"{args.thread}: reply {entry.id} recorded as sent ({(entry.sent or '').replace('_', ' ')})."
    )
    for promise in added:
        print(f"  Promise {promise.id}: “{promise.text}”, due {_due(promise, settings)}")
    if not added:
        print("  No new promise in it to track.")
    return 0


def _due(promise: Promise, settings: Settings) -> str:
    if promise.due_kind == "next_invoice":
        return "on the next invoice (no clock)"
    said = f" ({promise.due_said})" if promise.due_said else " (no time said: the next update)"
    return when(promise.due_at, settings) + said


def _state(promise: Promise, now: float, lead: float) -> str:
    if promise.status != "open":
        return promise.status
    if promise.overdue(now):
        return "overdue"
    if promise.due_at is not None and promise.due_at - lead <= now:
        return "due soon"
    return "open"


async def cmd_promises(args: argparse.Namespace, settings: Settings) -> int:
    if args.promises_command == "kept":
        owner = terminal_owner(settings)
        async with open_stores(settings) as stores:
            promise = await stores.tracker.promise_kept(args.id, owner.key)
        if promise is None:
            raise UsageError(f"no promise '{args.id}'; see: coach promises")
        print(f"Kept: “{promise.text}” ({promise.thread}).")
        return 0
    async with open_stores(settings) as stores:
        now = time.time()
        lead = stores.tracker.promises.lead_seconds
        items = await stores.tracker.promises.all()
    items = [p for p in items if (args.all or p.kept_at is None)
             and (args.thread is None or p.thread == args.thread)]  # fmt: skip
    if args.json:
        rows = [{**p.model_dump(), "status": _state(p, now, lead)} for p in items]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not items:
        print("No open promises. They come from approved scripts and replies you check and send.")
        return 0
    table = [("ID", "STATUS", "DUE", "OWNER", "CASE", "PROMISE (FROM)")]
    table += [
        (p.id, _state(p, now, lead), _due(p, settings), p.owner_id or "-", p.thread,
         f"“{p.text}” ({p.source_label})")
        for p in items
    ]  # fmt: skip
    print_table(table)
    soon = [p for p in items if _state(p, now, lead) in ("due soon", "overdue", "missed")]
    for p in soon:
        print(f"\n{_state(p, now, lead).capitalize()}: “{p.text}” on {p.thread}. "
              f"Done? coach promises kept {p.id}")  # fmt: skip
    return 0
