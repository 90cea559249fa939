"""Block Kit for live coaching: the line to say, what not to say, the buttons of a call.

The customer's words appear only as a labelled quote, escaped; every other dynamic text
(the line, the coaching, a promise) is escaped too, so nothing a customer said can
mention, broadcast or link in the thread.
"""

from __future__ import annotations

from pydantic import BaseModel

from bot.live_coach import LiveSuggestion
from bot.promises import Promise
from bot.slack.blocks import Block, button, clip, context, mrkdwn
from bot.slack.check_blocks import kept_button, promise_line
from bot.slack.mrkdwn import escape

LIVE = "live_"
SAID = "said"
START = "start"
END = "end"
HEADING = "Say now"
"""The first words of every live reply, so a reader (and a test) finds it in the thread."""


class LiveValue(BaseModel):
    """What a live button carries."""

    thread: str
    line: str | None = None

    def encode(self) -> str:
        return self.model_dump_json(exclude_none=True)


def quote(words: str) -> str:
    """The customer's words as a labelled quote, one quoted line per line."""
    lines = escape(clip(words, 600)).splitlines() or [""]
    return "*The customer said:*\n" + "\n".join(f"> {line}" for line in lines)


def stream_opening() -> str:
    return f"*{HEADING}:* "


def call_button(thread: str) -> Block:
    value = LiveValue(thread=thread)
    return {"type": "actions", "block_id": "live_call",
            "elements": [button("Live call", LIVE + START, value)]}  # fmt: skip


def live_reply(live: LiveSuggestion, thread: str, in_call: bool) -> list[Block]:
    reply, value = live.reply, LiveValue(thread=thread, line=live.entry.id)
    out = [*mrkdwn(f"*{HEADING}:* {escape(reply.say)}"), *mrkdwn(quote(live.entry.customer or ""))]
    if reply.avoid:
        lines = "\n".join(f"• {escape(a.what)}: {escape(a.why)}." for a in reply.avoid)
        out += mrkdwn(f"*What not to say, and why:*\n{lines}")
    if reply.next_step:
        out.append(context(f"*Next:* {escape(reply.next_step)}"))
    buttons = [button("I said it", LIVE + SAID, value, "primary")]
    buttons.append(
        button("End call", LIVE + END, LiveValue(thread=thread))
        if in_call
        else button("Live call", LIVE + START, LiveValue(thread=thread))
    )
    out.append({"type": "actions", "block_id": f"live_{live.entry.id}", "elements": buttons})
    return out


def call_started(user: str) -> list[Block]:
    return mrkdwn(
        f"<@{user}> started a live call. Each message in this thread is now the customer's "
        "words; I answer each with a line to say. Press End call (or type `end call`) to stop."
    )


def call_ended(user: str) -> list[Block]:
    return mrkdwn(f"<@{user}> ended the live call. Messages here are turns of the case again.")


def line_said(promises: list[Promise], user: str, thread: str) -> list[Block]:
    if not promises:
        return mrkdwn(f"<@{user}> said the line. No promise in it to track.")
    lines = "\n".join(f"• {promise_line(p)}" for p in promises)
    return [
        *mrkdwn(f"<@{user}> said the line. Promises now tracked:\n{lines}"),
        *[kept_button(p, thread) for p in promises[:20]],
    ]
