"""`coach slack` and `coach doctor`: running the bot, and checking what it needs first."""

from __future__ import annotations

import argparse

from bot.commands.failures import UsageError
from bot.doctor import doctor
from bot.settings import Settings


async def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    return await doctor(settings)


async def cmd_slack(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: Bolt and aiohttp cost a second of start-up that doctor doesn't need.
    from bot.slack.server import SlackConfigError, run

    try:
        await run(settings, http=args.http, port=args.port)
    except SlackConfigError as exc:
        raise UsageError(str(exc)) from exc
    return 0
