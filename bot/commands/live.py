"""`coach live THREAD`: a live call in the terminal, one customer line per input line.

Each line gets the line to say now at once (streamed as it is written, when Claude
drafts), then what not to say and the next step. `said` confirms the last suggested line
(its promises go on the ledger); a blank line or `end` ends the call. A line the coach
cannot take (binary, far too long) gets a message and the call goes on.
"""

from __future__ import annotations

import argparse
import sys

from bot.commands.drafting import terminal_owner
from bot.commands.failures import UsageError
from bot.commands.tables import when
from bot.live_coach import LiveCoach, LiveRefused, LiveSuggestion, live_drafter_for
from bot.runtime import make_drafter, open_runtime
from bot.settings import Settings

END = frozenset({"", "end", "end call", "quit", "exit"})


def _coaching(live: LiveSuggestion) -> None:
    reply = live.reply
    for avoid in reply.avoid:
        print(f"  Don't: {avoid.what}, because {avoid.why}.")
    if reply.next_step:
        print(f"  Next: {reply.next_step}")
    print("  (type `said` once you have said it)")


async def cmd_live(args: argparse.Namespace, settings: Settings) -> int:
    owner = terminal_owner(settings)
    drafter = make_drafter(settings)
    async with open_runtime(settings, drafter=drafter) as runtime:
        assert runtime.tracker is not None and runtime.policy is not None
        if await runtime.service.current(args.thread) is None:
            raise UsageError(f"no conversation '{args.thread}'; see: coach threads")
        coach = LiveCoach(runtime.tracker, runtime.policy, live_drafter_for(drafter))
        print(f"Live call on {args.thread}. Type what the customer says; `said` once you've "
              "said the line; a blank line or `end` to finish.")  # fmt: skip
        for raw in sys.stdin:
            line = raw.strip()
            if line.lower() in END:
                break
            if line.lower() == "said":
                await _said(coach, args.thread, owner.key, settings)
                continue
            shown: list[str] = []

            async def words(chunk: str, shown: list[str] = shown) -> None:
                if not shown:
                    print("Say: ", end="")
                shown.append(chunk)
                print(chunk, end="", flush=True)

            try:
                live = await coach.suggest(runtime.service, args.thread, line, owner.key, words)
            except LiveRefused as exc:
                print(f"coach: {exc}")
                continue
            if "".join(shown).strip() != live.reply.say:
                print(("\nInstead, say: " if shown else "Say: ") + live.reply.say)
            else:
                print()
            _coaching(live)
        print("Call ended.")
    return 0


async def _said(coach: LiveCoach, thread: str, by: str | None, settings: Settings) -> None:
    said = await coach.said(thread, None, by)
    if said.entry is None:
        print("coach: there is no suggested line yet to confirm.")
    elif not said.first:
        print("That line is already recorded as said.")
    else:
        print("Recorded as said.")
        for p in said.promises:
            print(f"  Promise {p.id}: “{p.text}”, due {when(p.due_at, settings)}")
