"""`coach queue`, `update`, `followups` and `log`: the open cases and how they ended.

These read and write the stores only (`bot.stores`), never the graph, so they start
in a fraction of the time a conversation command takes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from bot.commands.failures import UsageError
from bot.commands.tables import print_table, when
from bot.outcomes import OUTCOME_LABELS
from bot.settings import Settings
from bot.stores import Stores, open_stores
from graph.state import Owner


async def cmd_queue(args: argparse.Namespace, settings: Settings) -> int:
    """Open escalations in the order to work them, with the reason for each place."""
    async with open_stores(settings) as stores:
        now = time.time()
        entries = await stores.tracker.queue.ranked(now)
    if args.json:
        rows = [{**e.model_dump(), "rank_score": e.rank(now), "why": e.why(now)} for e in entries]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print("No open escalations.")
        return 0
    table = [("#", "SCORE", "STATUS", "OWNER", "NEXT UPDATE", "MISSED", "CASE (WHY)")]
    table += [
        (str(i), f"{e.rank(now):g}", e.status, e.owner_id or "-", when(e.next_update_due, settings),
         str(e.missed_updates), f"{e.title} ({e.why(now)})")
        for i, e in enumerate(entries, 1)
    ]  # fmt: skip
    print_table(table)
    return 0


async def cmd_log(args: argparse.Namespace, settings: Settings) -> int:
    async with open_stores(settings) as stores:
        if args.log_command == "export":
            sys.stdout.write(await stores.tracker.log.export(args.format))
            return 0
        entry = await stores.tracker.record_outcome(args.thread, args.outcome, args.note)
    if entry is None:
        raise UsageError(f"no final plan for '{args.thread}' in the log; finish the plan first")
    closed = "; the case has left the queue" if args.outcome != "open" else ""
    print(f"{args.thread}: {OUTCOME_LABELS[args.outcome]}{closed}.")
    return 0


async def cmd_update(args: argparse.Namespace, settings: Settings) -> int:
    """The owner updated the customer: the next promised update is timed from now."""
    async with open_stores(settings) as stores:
        entry = await stores.tracker.customer_updated(args.thread)
    if entry is None:
        raise UsageError(f"'{args.thread}' is not in the queue; see: coach queue")
    print(
        f"{args.thread}: customer updated. Next update due {when(entry.next_update_due, settings)}."
    )
    return 0


async def _owner(stores: Stores, thread: str) -> Owner:
    """The case's owner from its record, which every case on Redis gets on its first turn
    (the service claims it) and so every case with follow-ups has."""
    return await stores.cases.owner_of(thread) or Owner()


async def cmd_followups(args: argparse.Namespace, settings: Settings) -> int:
    """Scheduled follow-ups, soonest first, with the check-in to send for those due."""
    async with open_stores(settings) as stores:
        now = time.time()
        items = sorted(await stores.tracker.followups.upcoming(), key=lambda f: f.due_at)
        owners = {f.thread: await _owner(stores, f.thread) for f in items}
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
        ("now" if f.due_at <= now else when(f.due_at, settings), str(f.day), f.who,
         f.owner_id or "-", f"{f.title} ({f.thread})")
        for f in items
    ]  # fmt: skip
    print_table(table)
    for f in (f for f in items if f.due_at <= now):
        print(f"\nDue now, {f.title}, day {f.day}. {f.context}\n  {f.check_in(owners[f.thread])}")
    return 0
