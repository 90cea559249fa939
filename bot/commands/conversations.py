"""`coach threads` and `coach reassign`: conversations as a whole, read from the graph."""

from __future__ import annotations

import argparse
import json

from bot.commands.failures import UsageError
from bot.commands.tables import print_table, when
from bot.runtime import open_runtime
from bot.settings import Settings


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
        (row.thread_id, when(row.updated_at, settings), row.status, row.step, row.title)
        for row in rows
    ]
    print_table(table)
    return 0


async def cmd_reassign(args: argparse.Namespace, settings: Settings) -> int:
    """Hand a case to someone else; drafts from the next turn on name them."""
    async with open_runtime(settings) as runtime:
        assert runtime.tracker is not None
        service = runtime.service
        async with service.turn(args.thread) as turn:
            if turn.now is None:
                raise UsageError(f"no conversation '{args.thread}'; see: coach threads")
            roster = runtime.tracker.roster
            owner = roster.owner(args.user, args.name, args.contact)
            moved = await runtime.tracker.reassign(turn.service, args.thread, owner)
    print(f"{owner.name} now owns {args.thread} (was {moved.before.name or 'unassigned'}).")
    print(f"Direct contact in new drafts: {owner.contact or 'none on file (placeholder kept)'}")
    if moved.naming_before:
        print(f"Still naming {moved.before.name}: {', '.join(moved.naming_before)}; revise them.")
    return 0
