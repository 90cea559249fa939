"""Block Kit for every message and modal the bot sends.

Slack rejects a message that breaks its limits, so every builder here
splits long text rather than trusting it to fit: 3,000 characters a section,
12,000 characters of markdown blocks a message, 150-character headers,
2,000-character button values, 50 blocks a message.

Every piece of dynamic text (model output, customer words, names, notes, policy
labels) goes through `escape` where it is put into a block, so it renders as typed:
no broadcast, mention or link. `header`, `button`, `markdown_blocks`, `holding` and
`error` escape what they are given; `mrkdwn`, `context` and `notice` take mrkdwn the
caller composed (our own mentions and dates, with the dynamic parts escaped). Customer
text is never a header or a button: the case is named on a labelled line (`case_line`).
Rich text `text` elements and input `initial_value`s are literal in Slack, never
parsed, so the script to copy and the text to edit stay exactly as written.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any, Protocol

from pydantic import BaseModel

from bot.case_tracker import NOTE_LIMIT
from bot.escalation_queue import QueueEntry
from bot.outcomes import OUTCOME_LABELS
from bot.roster import Suggestion
from bot.slack.mrkdwn import escape
from graph.locales import LANGUAGES, language_name
from graph.models import (
    ADDRESS_LABELS,
    INDUSTRY_LABELS,
    ISSUE_KINDS,
    SEGMENT_LABELS,
    SIGNAL_LABELS,
    SIGNALS,
    ApproveRemedy,
    AskMissing,
    FactsCard,
    FinalReview,
    Plan,
    ReviewSection,
    SectionKey,
    Severity,
)
from graph.money import format_money

Block = dict[str, Any]

SECTION_LIMIT = 3000
MARKDOWN_MESSAGE_LIMIT = 12000
HEADER_LIMIT = 150
MAX_BLOCKS = 50
MODAL_TEXT_LIMIT = 3000
PLAN_HEADING = "Resolution plan"
ACTION_PREFIX = "coach_"


class ButtonValue(BaseModel):
    """What a section button carries, so a stale click can be recognised."""

    thread: str
    key: SectionKey | None = None
    version: int | None = None
    user: str | None = None
    card: int | None = None
    """The facts card version a Looks right / Correct… button was on."""

    def encode(self) -> str:
        return self.model_dump_json(exclude_none=True)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at paragraph, line or word boundaries."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 2:
            cut = limit
            entity = window.rfind("&", cut - 5)
            if entity != -1 and ";" not in window[entity:]:
                cut = entity  # never split an escaped `&amp;` in two
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def header(text: str) -> Block:
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": clip(escape(text), HEADER_LIMIT)},
    }


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, 2000)}]}


def markdown_blocks(text: str) -> list[Block]:
    """Drafted text as standard markdown. Slack's markdown-block reference documents no
    escaping of its own, and the only escaping Slack documents is `&amp; &lt; &gt;`, so
    that is applied here too: a `<!channel>` in a draft is shown, not sent."""
    return [
        {"type": "markdown", "text": piece} for piece in split_text(escape(text), SECTION_LIMIT)
    ]


def mrkdwn(text: str) -> list[Block]:
    """Section blocks for Slack's own mrkdwn (bold is *single*)."""
    slack = re.sub(r"\*\*(.+?)\*\*", r"*\1*", text)
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": piece}}
        for piece in split_text(slack, SECTION_LIMIT)
    ]


def case_line(title: str) -> str:
    """The case, named on a labelled line: its title is a customer's name or the opening
    words of their complaint, so it is never a header, a button or a sentence of ours."""
    return f"*Case:* {escape(title)}"


class Encodable(Protocol):
    """A button's value model: `ButtonValue`, or another front end's (reply checks)."""

    def encode(self) -> str: ...


def button(label: str, action: str, value: Encodable, style: str | None = None) -> Block:
    block: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(escape(label), 75)},
        "action_id": ACTION_PREFIX + action,
        "value": value.encode(),
    }
    if style:
        block["style"] = style
    return block


def paginate(blocks: list[Block]) -> list[list[Block]]:
    """Split blocks into messages that each respect the block and markdown limits."""
    messages: list[list[Block]] = [[]]
    budget = MARKDOWN_MESSAGE_LIMIT
    for block in blocks:
        size = len(block.get("text", "")) if block["type"] == "markdown" else 0
        if len(messages[-1]) >= MAX_BLOCKS or size > budget:
            messages.append([])
            budget = MARKDOWN_MESSAGE_LIMIT
        messages[-1].append(block)
        budget -= size
    return [m for m in messages if m]


def holding(script: str) -> list[Block]:
    return [
        header("Say this now"),
        *mrkdwn(f">{escape(script)}".replace("\n", "\n>")),
        context("Read it in your own voice. A full plan follows, one section at a time."),
    ]


def notice(text: str) -> list[Block]:
    return mrkdwn(f":information_source: {text}")


def ask(prompt: AskMissing) -> list[Block]:
    blocks = notice(escape(prompt.notice)) if prompt.notice else []
    return [
        *blocks,
        *mrkdwn(f"*{escape(prompt.question)}*"),
        context(f"Why I ask: {escape(prompt.why)} Reply in this thread, or reply `skip`."),
    ]


def review(prompt: ReviewSection, thread: str) -> list[Block]:
    value = ButtonValue(thread=thread, key=prompt.key, version=prompt.version)
    blocks: list[Block] = notice(escape(prompt.notice)) if prompt.notice else []
    blocks += [
        header(f"{prompt.index + 1}/{prompt.total} · {prompt.title} · v{prompt.version}"),
        *markdown_blocks(prompt.text),
    ]
    if prompt.findings:
        warnings = "\n".join(f":warning: {escape(f.message)}" for f in prompt.findings)
        blocks.append(context(warnings))
    blocks += [
        {
            "type": "actions",
            "block_id": f"review_{prompt.key.value}_{prompt.version}",
            "elements": [
                button("Approve", "approve", value, "primary"),
                button("Revise", "revise", value),
                button("Edit", "edit", value),
                button("Regenerate", "regenerate", value),
            ],
        },
        context("Or reply in this thread with what to change, e.g. _shorter and warmer_."),
    ]
    return blocks


def facts_card(card: FactsCard, thread: str) -> list[Block]:
    """What the coach understood, each fact with its source, and the triage it leads to.

    Every value is escaped: names and evidence are the customer's words."""
    value = ButtonValue(thread=thread, card=card.version)
    lines = []
    for row in card.rows():
        source = f" · _{escape(row.source)}_" if row.source else ""
        lines.append(f"*{row.label}:* {escape(row.text)}{source}")
    blocks: list[Block] = notice(escape(card.notice)) if card.notice else []
    blocks += [
        header(f"Check the facts before I draft (card {card.version})"),
        *mrkdwn("\n".join(lines)),
        *mrkdwn(f"*Leads to:* {escape(card.triage)}"),
        {
            "type": "actions",
            "block_id": f"facts_card_{card.version}",
            "elements": [
                button("Looks right", "card_confirm", value, "primary"),
                button("Correct…", "card_correct", value),
            ],
        },
        context(
            "Or reply in this thread, e.g. `ok`, `set value 24000/yr`, `set severity major`, "
            "`set segment consumer`, `set churn off`, `set language es` (several at once "
            "with `;`)."
        ),
    ]
    return blocks


def final_review(prompt: FinalReview, thread: str) -> list[Block]:
    value = ButtonValue(thread=thread)
    status = "passed" if prompt.lint.passed else "needs attention"
    lines = [f"*Plan check {status}* · {prompt.word_count} words"]
    lines += [f"• {escape(f.message)}" for f in prompt.lint.findings]
    if prompt.approval_required:
        approver = escape(prompt.approver or "an approver")
        lines.append(f"• The compensation package needs approval from {approver}.")
    blocks: list[Block] = notice(escape(prompt.notice)) if prompt.notice else []
    blocks += [header("Final review"), *mrkdwn("\n".join(lines)), *markdown_blocks(prompt.markdown)]
    blocks += [
        {
            "type": "actions",
            "block_id": "final_review",
            "elements": [button("Approve and post the plan", "finalize", value, "primary")],
        },
        context("To change a part, reply `section: instruction`, e.g. `response: more formal`."),
    ]
    return blocks


def plan_summary(plan: Plan) -> list[Block]:
    d = plan.decision
    cur = d.currency
    items = "\n".join(f"• {escape(i.line(cur, d.locale))}" for i in d.recommended.items)
    follow = ", ".join(f"day {n}" for n in d.follow_up_days)
    facts = [
        case_line(plan.title),
        f"*Investment:* {escape(d.investment_level)} · *severity:* {escape(d.severity.value)} · "
        f"*tier:* {escape(d.value_tier_label)}",
        f"*Who responds:* {escape(d.responder)}, by {escape(d.channel)}, "
        f"within {d.respond_within_hours:g} h",
        f"*Next update:* within {d.next_update_hours:g} h · "
        f"*resolution target:* {d.resolution_target_hours:g} h",
        f"*Package ({escape(d.recommended.total_text(cur, d.locale))}):*\n{items}",
        f"*Follow-ups:* {follow}",
    ]
    if d.approval_required:
        facts.append(f":lock: Needs approval from {escape(d.approver or '')} before it is offered.")
    facts += [f":scales: {escape(route.text)}" for route in d.routes]
    response = next((s.text for s in plan.sections if s.key == SectionKey.RESPONSE), "")
    quoted = re.findall(r"“([^”]{40,})”|\"([^\"]{40,})\"", response)
    script = next((a or b for a, b in quoted), response)
    return [
        header(PLAN_HEADING),
        *mrkdwn("\n".join(facts)),
        *mrkdwn("*Response script* (copy and say it in your own voice):"),
        *[
            {
                "type": "rich_text",
                "elements": [
                    {
                        "type": "rich_text_preformatted",
                        "elements": [{"type": "text", "text": piece}],
                    }
                ],
            }
            for piece in split_text(script, SECTION_LIMIT)
        ],
        context(
            f"{plan.word_count} words · plan check {'passed' if plan.lint.passed else 'failed'}"
            " · the full plan is attached as Markdown."
        ),
    ]


def approval(prompt: ApproveRemedy, thread: str, approvers: str) -> list[Block]:
    """`approvers` is mrkdwn we built (mentions of configured user ids)."""
    cur = prompt.currency
    items = "\n".join(f"• {escape(i.line(cur, prompt.locale))}" for i in prompt.package.items)
    value = ButtonValue(thread=thread)
    return [
        header("Approval needed"),
        *mrkdwn(
            f"{approvers} ({escape(prompt.approver_role)}): the "
            f"{escape(prompt.package.name.lower())} package is "
            f"{escape(prompt.package.total_text(cur, prompt.locale))}, above the owner's "
            f"{escape(format_money(prompt.authority_cap, cur, prompt.locale))} authority. The plan waits for "
            f"your decision.\n{items}"
        ),
        {
            "type": "actions",
            "block_id": "approval",
            "elements": [
                button("Approve package", "grant", value, "primary"),
                button("Deny", "deny", value, "danger"),
            ],
        },
    ]


def person(owner_id: str | None) -> str:
    """A Slack user as a mention (built by us from a user id); any other name as text."""
    if owner_id and re.fullmatch(r"[UW][A-Z0-9]{2,}", owner_id):
        return f"<@{owner_id}>"
    return escape(owner_id) if owner_id else "nobody yet"


def case_card(entry: QueueEntry, rank: int, suggestion: Suggestion | None) -> list[Block]:
    """Who owns the case, where it stands in the queue, what was promised, and when.

    Posted once, when the case is first priced: from then on the owner knows
    the clock they are on, and a lead can hand a premium case to someone senior.
    """
    value = ButtonValue(thread=entry.thread)
    lines = [
        case_line(entry.title),
        f"*Owner:* {person(entry.owner_id)} · *queue:* #{rank} ({escape(entry.why(time.time()))})",
        f"*Next update to the customer due:* <!date^{int(entry.next_update_due)}^"
        f"{{date_short_pretty}} {{time}}|{entry.next_update_hours:g} h from now> · "
        f"*resolution target:* <!date^{int(entry.resolution_due)}^{{date_short_pretty}} "
        f"{{time}}|on time>",
    ]
    buttons = [button("Reassign…", "reassign", value)]
    if suggestion is not None:
        m = suggestion.member
        lines.append(
            f":bust_in_silhouette: Premium case: *{escape(m.name)}* is {escape(suggestion.reason)}."
        )
        if m.slack_user:
            pick = ButtonValue(thread=entry.thread, user=m.slack_user)
            buttons.insert(0, button("Assign to them", "assign", pick, "primary"))
    return [
        *mrkdwn("\n".join(lines)),
        {"type": "actions", "block_id": "owner", "elements": buttons},
    ]


def case_controls(thread: str, lead: str = "") -> list[Block]:
    """What the owner does after the plan: keep the update promise, then record the end.

    `lead` is mrkdwn the caller composed, its dynamic parts escaped."""
    value = ButtonValue(thread=thread)
    text = lead or (
        "When you update the customer, press *Customer updated* so the next promised update "
        "is timed from now. When the case ends, record how."
    )
    return [
        *mrkdwn(text),
        {
            "type": "actions",
            "block_id": "case",
            "elements": [
                button("Customer updated", "updated", value, "primary"),
                button("Record outcome…", "outcome", value),
            ],
        },
    ]


def home(entries: list[QueueEntry]) -> Block:
    now = time.time()
    rows: list[Block] = [header("Open escalations, highest priority first")]
    if not entries:
        rows.append(context("No open escalations."))
    for rank, e in enumerate(entries[:40], 1):
        missed = f" · :warning: {e.missed_updates} missed update(s)" if e.missed_updates else ""
        rows += mrkdwn(
            f"*{rank}.* {case_line(e.title)} · {escape(e.status)} · {person(e.owner_id)}\n"
            f"{escape(e.why(now))}{missed}"
        )
    return {"type": "home", "blocks": rows[: MAX_BLOCKS * 2]}


def error(text: str, thread: str) -> list[Block]:
    return [
        *mrkdwn(f":warning: {escape(text)}"),
        {
            "type": "actions",
            "block_id": "retry",
            "elements": [button("Retry", "retry", ButtonValue(thread=thread), "primary")],
        },
    ]


# --- modals


def _text_input(
    block_id: str,
    label: str,
    *,
    multiline: bool = True,
    optional: bool = False,
    initial: str | None = None,
    hint: str | None = None,
    max_length: int = MODAL_TEXT_LIMIT,
) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": "value",
        "multiline": multiline,
        "max_length": max_length,
    }
    if initial:
        element["initial_value"] = clip(initial, max_length)
    return _input(block_id, label, element, hint, optional=optional)


def _input(
    block_id: str, label: str, element: Block, hint: str | None = None, *, optional: bool = True
) -> Block:
    block: Block = {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": element,
    }
    if hint:
        block["hint"] = {"type": "plain_text", "text": hint}
    return block


def modal(callback: str, title: str, blocks: list[Block], metadata: dict[str, Any]) -> Block:
    return {
        "type": "modal",
        "callback_id": callback,
        "title": {"type": "plain_text", "text": clip(escape(title), 24)},
        "submit": {"type": "plain_text", "text": "Submit"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": json.dumps(metadata),
        "blocks": blocks,
    }


def intake_modal(
    metadata: dict[str, Any], complaint: str | None = None, customer: str | None = None
) -> Block:
    blocks = [
        _text_input(
            "complaint",
            "The complaint",
            initial=complaint,
            hint="What happened, when, for how long, the impact, what they want.",
        ),
        _text_input(
            "value",
            "Customer value and history",
            hint="Annual value or monthly spend, tenure, tier, renewal date, past issues.",
        ),
        _text_input("tried", "What has been tried so far"),
        _text_input("customer", "Customer name", multiline=False, optional=True, initial=customer),
        _text_input("emotion", "How they feel (optional)", multiline=False, optional=True),
        _text_input("channel", "Preferred channel (optional)", multiline=False, optional=True),
    ]
    return modal("coach_intake", "Coach an escalation", blocks, metadata)


def revise_modal(prompt_text: str, metadata: dict[str, Any]) -> Block:
    blocks = [
        *mrkdwn(clip(escape(prompt_text), SECTION_LIMIT)),
        _text_input(
            "instruction",
            "What should change?",
            hint="e.g. shorter, warmer, more formal, mention X, drop Y, for email",
        ),
    ]
    return modal("coach_revise", "Revise section", blocks, metadata)


def reassign_modal(current_owner: str | None, metadata: dict[str, Any]) -> Block:
    picker: Block = {"type": "users_select", "action_id": "value"}
    if current_owner and person(current_owner) != current_owner:
        picker["initial_user"] = current_owner
    blocks = [
        {
            "type": "input",
            "block_id": "owner",
            "label": {"type": "plain_text", "text": "New owner"},
            "element": picker,
        },
        _text_input(
            "contact",
            "Their direct line or email (optional)",
            multiline=False,
            optional=True,
            hint="Given to the customer in the scripts. Left empty: from the roster, if any.",
        ),
    ]
    return modal("coach_reassign", "Reassign the case", blocks, metadata)


def outcome_modal(metadata: dict[str, Any]) -> Block:
    options = [
        {"text": {"type": "plain_text", "text": label}, "value": key}
        for key, label in OUTCOME_LABELS.items()
    ]
    blocks = [
        {
            "type": "input",
            "block_id": "outcome",
            "label": {"type": "plain_text", "text": "How did it end?"},
            "element": {"type": "static_select", "action_id": "value", "options": options},
        },
        _text_input(
            "note",
            "Note for the resolution log (optional)",
            optional=True,
            max_length=NOTE_LIMIT,
            hint="What worked, what the customer said, what to do differently next time.",
        ),
    ]
    return modal("coach_outcome", "Record the outcome", blocks, metadata)


CARD_CURRENCIES = ("USD", "EUR", "GBP", "BRL", "CAD", "AUD", "CHF", "JPY", "MXN", "INR", "SEK")
"""The currencies the Correct… form offers, plus the case's own if it is another."""
SIGNAL_GROUPS = (SIGNALS[:7], SIGNALS[7:])
"""Slack allows 10 checkboxes a group, so the signals come in two."""


def _option(value: str, label: str) -> Block:
    return {"text": {"type": "plain_text", "text": clip(escape(label), 75)}, "value": value}


def _choice(
    block_id: str, label: str, options: list[tuple[str, str]], initial: str | None
) -> Block:
    element: Block = {
        "type": "static_select",
        "action_id": "value",
        "options": [_option(value, text) for value, text in options],
    }
    chosen = next((_option(v, t) for v, t in options if v == initial), None)
    if chosen is not None:
        element["initial_option"] = chosen
    return _input(block_id, label, element)


def _number(block_id: str, label: str, initial: float | None, hint: str) -> Block:
    element: Block = {
        "type": "number_input",
        "action_id": "value",
        "is_decimal_allowed": True,
        "min_value": "0",
    }
    if initial is not None:
        element["initial_value"] = f"{initial:g}" if initial < 1e15 else str(int(initial))
    return _input(block_id, label, element, hint)


def facts_modal(card: FactsCard, metadata: dict[str, Any]) -> Block:
    """Correct… on the facts card: every field typed and pre-filled with what the card says."""

    def text(fact: object) -> str | None:
        value = getattr(fact, "value", None)
        return str(value) if value is not None else None

    currency = card.currency.value
    currencies = [*CARD_CURRENCIES, *([currency] if currency not in CARD_CURRENCIES else [])]
    on = {name for name, fact in card.signals.items() if fact.value}
    languages = [(code, f"{language_name(code)} ({code})") for code in LANGUAGES]
    blocks = [
        _text_input("customer_name", "Customer", multiline=False, optional=True,
                    initial=text(card.customer_name), max_length=200),
        _choice("segment", "Segment", list(SEGMENT_LABELS.items()), text(card.segment)),
        _choice("industry", "Industry", list(INDUSTRY_LABELS.items()), text(card.industry)),
        _number("value_per_year", "Value per year", getattr(card.annual_value, "value", None),
                "A year's worth, in the currency below: monthly spend × 12."),
        _choice("currency", "Currency", [(c, c) for c in currencies], currency),
        _number("tenure_years", "Tenure (years)", getattr(card.tenure_years, "value", None),
                "Years with us; 0.5 for six months."),
        _text_input("plan_tier", "Their tier name", multiline=False, optional=True,
                    initial=text(card.plan_tier), max_length=100,
                    hint="The company's own name for it: Platinum, Private banking, VIP…"),
        _choice("policy_tier", "Policy tier", [(t.name, t.label) for t in card.tier_options],
                card.value_tier.value),
        _choice("issue_kind", "Kind of issue", [(k, k) for k in ISSUE_KINDS],
                text(card.issue_kind)),
        _choice("severity", "Severity", [(s.value, s.value) for s in Severity],
                card.severity.value.value),
    ]  # fmt: skip
    for index, names in enumerate(SIGNAL_GROUPS):
        options = [_option(name, SIGNAL_LABELS[name]) for name in names]
        element: Block = {"type": "checkboxes", "action_id": "value", "options": options}
        if initial := [o for o in options if o["value"] in on]:
            element["initial_options"] = initial
        label = "Signals" if index == 0 else "More signals"
        blocks.append(_input(f"signals_{index}", label, element))
    blocks += [
        _text_input("tried", "Already tried", optional=True, initial=text(card.tried),
                    max_length=2000),
        _text_input("deadline", "Customer's deadline", multiline=False, optional=True,
                    initial=text(card.deadline), max_length=200),
        _choice("language", "Customer's language (their scripts)", languages,
                text(card.language)),
        _choice("agent_language", "Your language (the coaching)", languages,
                text(card.agent_language)),
        _choice("address", "Greet the customer", list(ADDRESS_LABELS.items()),
                text(card.address) or "name"),
    ]  # fmt: skip
    view = modal("coach_facts", "Correct the facts", blocks, metadata)
    view["submit"] = {"type": "plain_text", "text": "Re-price"}
    return view


def edit_modal(prompt_text: str, metadata: dict[str, Any]) -> Block:
    blocks = [_text_input("text", "Section text", initial=prompt_text)]
    return modal("coach_edit", "Edit section", blocks, metadata)
