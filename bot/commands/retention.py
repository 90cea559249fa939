"""`coach purge`: apply the data-retention policy now, or see what it would remove."""

from __future__ import annotations

import argparse
import time

from bot.commands.failures import UsageError
from bot.settings import Settings
from bot.stores import open_stores


async def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    """Finished cases past retention leave every store; their log entries are anonymised.

    `--older-than DAYS` sets one window for both (0: every finished case now, as for an
    erasure request); without it each store keeps its own (see bot.retention).
    """
    # Imported here: the checkpointer brings LangGraph, which `coach --help` skips.
    from bot.retention import Retention, RetentionWindows, summary
    from bot.storage.checkpointer import RedisCheckpointSaver

    if args.older_than is not None and args.older_than < 0:
        raise UsageError("--older-than takes a number of days, 0 or more")
    windows = (
        RetentionWindows.from_settings(settings)
        if args.older_than is None
        else RetentionWindows.uniform(args.older_than)
    )
    async with open_stores(settings) as stores:
        retention = Retention(stores.tracker, RedisCheckpointSaver(stores.redis))
        now = time.time()
        disposals = await retention.apply(
            windows, now=now, dry_run=args.dry_run, thread=args.thread
        )
        finished = args.thread is None or await stores.tracker.log.get(args.thread) is not None
    for disposal in disposals:
        print(disposal.line(now, args.dry_run))
    if args.thread is not None and not finished:
        print(f"{args.thread}: no final plan in the log; open cases are never purged.")
    print(summary(disposals, args.dry_run))
    return 0
