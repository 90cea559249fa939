"""Block Kit for a reply check and for promises: the check's flags and corrected reply,
the buttons that say which version was sent, and promise reminders with Kept.

The same rules as bot/slack/blocks.py: every piece of the agent's or customer's text is
escaped where it goes into mrkdwn; the corrected reply to copy is a rich-text
preformatted block, literal in Slack, so it is copied exactly as written.
"""

from __future__ import annotations

from pydantic import BaseModel

from bot.checked_replies import CheckedReply
from bot.promises import Promise
from bot.slack.blocks import (
    ACTION_PREFIX,
    SECTION_LIMIT,
    Block,
    button,
    clip,
    context,
    header,
    mrkdwn,
    person,
    split_text,
)
from bot.slack.mrkdwn import escape

CHECK = "check_"
CHECK_PREFIX = ACTION_PREFIX + CHECK
SENT_CORRECTED = "sent_corrected"
SENT_AS_WRITTEN = "sent_as_written"
KEPT = "kept"
_KINDS = {
    "hedged-apology": "Hedged apology", "blame": "Blame", "policy-speak": "Policy-speak",
    "over-promise": "Over-promise", "tone": "Tone", "admission": "Admission",
    "consumer-voice": "Talks to a business", "over-authority": "Above your authority",
    "outside-envelope": "Beyond the policy envelope", "foreign-currency": "Wrong currency",
    "wrong-name": "Wrong name", "wrong-number": "Wrong figure", "wrong-date": "Wrong day",
    "placeholder": "Blank left in",
}  # fmt: skip


class CheckValue(BaseModel):
    """What a check or promise button carries."""

    thread: str
    check: str | None = None
    promise: str | None = None

    def encode(self) -> str:
        return self.model_dump_json(exclude_none=True)


def _literal(text: str) -> list[Block]:
    return [
        {
            "type": "rich_text",
            "elements": [
                {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": piece}]}
            ],
        }
        for piece in split_text(text, SECTION_LIMIT)
    ]


def check_result(checked: CheckedReply, thread: str) -> list[Block]:
    result = checked.check
    value = CheckValue(thread=thread, check=checked.entry.id)
    if result.passed:
        out = [header("Reply check: ready to send"), *mrkdwn("Nothing to change.")]
        buttons = [button("I sent it", CHECK + SENT_AS_WRITTEN, value, "primary")]
    else:
        lines = [
            f"• *{_KINDS.get(f.kind, f.kind)}:* “{escape(clip(f.span.strip(), 200))}”: "
            f"{escape(f.why)}. _Fix:_ {escape(f.fix)}."
            for f in result.flags
        ]
        out = [
            header(f"Reply check: {len(result.flags)} to change"),
            *mrkdwn("\n".join(lines)),
            *mrkdwn("*Corrected* (your words, only the flagged parts changed):"),
            *_literal(result.corrected),
        ]
        if result.open_flags:
            out.append(context("Still yours to put right: "
                               + escape("; ".join(f.span for f in result.open_flags))))  # fmt: skip
        buttons = [
            button("I sent the corrected one", CHECK + SENT_CORRECTED, value, "primary"),
            button("I sent mine as written", CHECK + SENT_AS_WRITTEN, value),
        ]
    out += [
        {"type": "actions", "block_id": f"check_{checked.entry.id}", "elements": buttons},
        context("Say which version went out and its promises are tracked for you."),
    ]
    return out


def _due(promise: Promise) -> str:
    """A due time Slack shows in the reader's own time zone."""
    if promise.due_kind == "next_invoice":
        return "on the next invoice"
    if promise.due_at is None:
        return "no time set"
    at = int(promise.due_at)
    return f"<!date^{at}^{{date_short_pretty}} at {{time}}|{escape(promise.due_said or 'soon')}>"


def promise_line(promise: Promise) -> str:
    return f"“{escape(clip(promise.text, 300))}”, due {_due(promise)} · _{escape(promise.source_label)}_"


def promises_tracked(promises: list[Promise], user: str, thread: str) -> list[Block]:
    if not promises:
        return mrkdwn(f"<@{user}> sent the reply. No new promise in it to track.")
    lines = "\n".join(f"• {promise_line(p)}" for p in promises)
    return [
        *mrkdwn(f"<@{user}> sent the reply. Promises now tracked:\n{lines}"),
        *[kept_button(p, thread) for p in promises[:20]],
    ]


def kept_button(promise: Promise, thread: str) -> Block:
    value = CheckValue(thread=thread, promise=promise.id)
    return {
        "type": "actions",
        "block_id": f"promise_{promise.id}",
        "elements": [button(f"Kept: {clip(promise.text, 60)}", CHECK + KEPT, value)],
    }


def promise_reminder(promise: Promise, minutes: int) -> tuple[list[Block], str]:
    """Before it falls due, or once it has been missed; with a Kept button either way."""
    who = person(promise.owner_id)
    if promise.missed:
        text = (
            f":warning: {who} a promise to the customer was due and is not marked kept: "
            f"{promise_line(promise)}. It counts against the case in the queue until it is."
        )
    else:
        text = f":alarm_clock: {who} you promised the customer, due in {minutes} minutes: {promise_line(promise)}"
    return [*mrkdwn(text), kept_button(promise, promise.thread)], text


def home_promises(promises: list[Promise], now: float) -> list[Block]:
    """App Home: the viewer's open promises, soonest first, with Kept."""
    if not promises:
        return []
    rows: list[Block] = [header("Your promises to customers")]
    for p in promises[:15]:
        late = " · :warning: missed" if p.missed else (" · overdue" if p.overdue(now) else "")
        rows += mrkdwn(f"{promise_line(p)}{late}")
        rows.append(kept_button(p, p.thread))
    return rows
