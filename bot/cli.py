"""`coach`: the terminal front end's command line.

Every failure a person can cause (a bad file, a bad policy, a dropped
connection) ends in one clear line and a non-zero exit, never a traceback.

Why commands are named by module here rather than imported: each group lives in
`bot.commands` and is imported only when one of its commands runs, so `coach --help`
costs little more than Python itself and `coach queue` never loads LangGraph.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from bot.outcomes import OUTCOME_LABELS

COMMANDS = {
    "plan": "drafting",
    "demo": "drafting",
    "chat": "chat",
    "threads": "conversations",
    "reassign": "conversations",
    "queue": "tracking",
    "log": "tracking",
    "update": "tracking",
    "followups": "tracking",
    "slack": "operations",
    "doctor": "operations",
    "graph": "drawing",
    "purge": "retention",
    "check": "promises",
    "promises": "promises",
    "live": "live",
}
"""Command -> the module of `bot.commands` whose `cmd_<command>` runs it."""


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
    sub.add_parser("graph", help="print the conversation graph as a Mermaid diagram")
    purge = sub.add_parser(
        "purge", help="remove finished cases past retention; anonymise their log entries"
    )
    purge.add_argument(
        "--older-than", type=float, metavar="DAYS",
        help="one window for every store instead of the settings' (0: all finished cases)",
    )  # fmt: skip
    purge.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    purge.add_argument("--thread", help="only this conversation, as listed by coach threads")
    followups = sub.add_parser("followups", help="scheduled follow-ups, soonest first")
    followups.add_argument("--json", action="store_true", help="print a JSON array")
    check = sub.add_parser("check", help="check a reply before you send it to the customer")
    check.add_argument("thread", help="the conversation, as listed by coach threads")
    check.add_argument("reply", nargs="*", help="the reply (or pass it on stdin)")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--sent", metavar="ID", help="record that you sent the checked reply ID")
    check.add_argument(
        "--as-written", action="store_true", help="with --sent: you sent your own version"
    )
    live = sub.add_parser("live", help="a live call: what to say next to each customer line")
    live.add_argument("thread", help="the conversation, as listed by coach threads")
    promises = sub.add_parser("promises", help="promises made to customers, soonest due first")
    promises.add_argument("--json", action="store_true", help="print a JSON array")
    promises.add_argument("--thread", help="only this conversation")
    promises.add_argument("--all", action="store_true", help="kept promises too")
    promises_sub = promises.add_subparsers(dest="promises_command")
    kept = promises_sub.add_parser("kept", help="mark a promise kept")
    kept.add_argument("id", help="the promise, as listed by coach promises")
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    # Imported after parsing: `--help` and a mistyped command need none of it.
    import asyncio

    from pydantic import ValidationError

    from bot.commands.failures import STORAGE_ERRORS, USER_ERRORS
    from bot.log_setup import configure_logging
    from bot.settings import Settings

    try:
        settings = Settings()
        default_level = "INFO" if args.command == "slack" else "WARNING"
        configure_logging(settings.log_level or default_level, settings.secret_values())
        module = importlib.import_module(f"bot.commands.{COMMANDS[args.command]}")
        code = asyncio.run(getattr(module, f"cmd_{args.command}")(args, settings))
    except USER_ERRORS as exc:
        print(f"coach: {exc}", file=sys.stderr)
        code = 2
    except STORAGE_ERRORS as exc:
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
