"""The offline live drafter: a line to say now for the customer's move, from this case.

Deterministic and fast (no model, no I/O): the words for the customer come from the
case's catalog (`[messages.live]`, in the customer's language, formal register), filled
with this case's facts; the coaching around them (what not to say, and why; the next
step) is for the agent and is in English. A sum above the agent's authority is never
named: the line offers a call-back after the approver has decided.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.catalog import Messages
from graph.live.case import LiveCase
from graph.live.moves import Move, demanded, recognise


class Avoid(BaseModel):
    what: str
    why: str


class LiveReply(BaseModel):
    move: str
    """The move recognised (graph/live/moves.py), with the money band when it is money."""
    say: str
    """One or two sentences for the customer, in their language."""
    avoid: list[Avoid] = Field(default_factory=list)
    next_step: str | None = None
    language: str = "en"
    drafter: str = "playbook"


def _money_band(case: LiveCase, amount: float | None) -> str:
    decision = case.decision
    if amount is None or decision is None:
        return "money_unpriced"
    if amount > decision.envelope_max + 0.01:
        return "money_out_of_proportion"
    if amount > decision.authority_cap + 0.01 and not case.approved:
        return "money_above"
    return "money_within"


def _issue(case: LiveCase, messages: Messages) -> str:
    hours = case.facts.impact_hours.value if case.facts.impact_hours else None
    if hours:
        return messages.text("live.issue_hours", hours=f"{hours:g}")
    return messages.text("live.issue")


def _coaching(key: str, case: LiveCase, amount: float | None) -> tuple[list[Avoid], str | None]:
    decision = case.decision
    approver = (decision.approver if decision else None) or "your approver"
    money = decision.money if decision else (lambda v: f"{v:,.0f}")
    legal = bool(decision and any(r.key == "legal" for r in decision.routes))
    cap = money(decision.authority_cap) if decision else "your limit"
    table: dict[str, tuple[list[Avoid], str | None]] = {
        "money_above": (
            [
                Avoid(
                    what=f"Don't name {money(amount or 0)} or any figure, not even 'probably'",
                    why=f"it is above your authority ({cap}); {approver} decides first, and a "
                    "number said on a call is heard as a promise",
                )
            ],
            f"Ask {approver} for a decision before the call-back time.",
        ),
        "money_out_of_proportion": (
            [
                Avoid(
                    what="Don't haggle or name a counter-figure",
                    why="the sum is beyond what policy can pay for this case; a counter-offer "
                    "on the spot anchors the talk on money instead of the fix",
                ),
                Avoid(what="Don't call the demand unreasonable", why="it reads as blame"),
            ],
            f"Take the breakdown of their losses and put it to {approver}.",
        ),
        "money_unpriced": (
            [Avoid(what="Don't guess a figure", why="nothing is agreed until it is priced")],
            "Note what they ask for; the plan's remedies say what policy allows.",
        ),
        "money_within": (
            [
                Avoid(
                    what="Don't add more on top to end the call",
                    why="offer what the case is worth, once, and confirm it in writing",
                )
            ],
            "Confirm it in writing straight after the call.",
        ),
        "guarantee": (
            [
                Avoid(
                    what="Don't say it will never happen again",
                    why="nobody can guarantee that; a broken guarantee costs more trust than "
                    "an honest commitment to specific changes",
                )
            ],
            "Offer the written root-cause report and the changes with dates.",
        ),
        "why": (
            [
                Avoid(
                    what="Don't blame a supplier, a colleague or their setup",
                    why="blame sounds like an excuse and moves the problem back to them",
                ),
                Avoid(
                    what="Don't guess the cause",
                    why="a guess corrected later looks like a cover-up",
                ),
            ],
            None,
        ),
        "when_fixed": (
            [
                Avoid(
                    what="Don't give a fix time engineering has not confirmed",
                    why="a missed time is a second failure; promise the next update instead",
                )
            ],
            None,
        ),
        "manager": (
            [
                Avoid(
                    what="Don't refuse or say there is nobody above you",
                    why="it feels like a wall; offering the escalation keeps you in charge",
                )
            ],
            f"Tell {approver} about the call and offer a call from them if the customer still wants it.",
        ),
        "anger": (
            [
                Avoid(
                    what="Don't tell them to calm down, and don't hedge ('sorry if…')",
                    why="both tell the customer their anger is the problem",
                )
            ],
            None,
        ),
        "threat_leave": (
            [
                Avoid(
                    what="Don't throw in a discount to keep them on the spot",
                    why="retention offers above your authority need approval, and a panic "
                    "discount says the service was not worth the price",
                )
            ],
            "Flag the churn risk on the case so the renewal owner knows today.",
        ),
        "threat_public": (
            [
                Avoid(
                    what="Don't ask them not to post, or go 'off the record'",
                    why="it sounds like a threat back, and anything said can be quoted",
                )
            ],
            "Tell communications the customer may go public.",
        ),
        "threat_legal": (
            [
                Avoid(
                    what="Don't admit fault or liability, and don't discuss what the law says",
                    why="once counsel may be involved, what you say can be used as an admission",
                )
            ],
            "Hand the legal part to counsel today; stay the contact for the rest.",
        ),
        "deadline": (
            [
                Avoid(
                    what="Don't say yes to a date you have not checked",
                    why="a promised date goes on the ledger and a miss raises the case",
                )
            ],
            None,
        ),
        "silence": (
            [
                Avoid(
                    what="Don't take 'fine' as agreement and close the call",
                    why="a flat 'fine' usually means they have given up on being heard",
                )
            ],
            None,
        ),
        "thanks": ([], "Send the written summary you just promised."),
        "unknown": ([], None),
    }
    avoid, step = table[key]
    if legal and key != "threat_legal":
        avoid = [*avoid, Avoid(what="Don't admit fault", why="this case is routed to legal")]
    if key not in ("guarantee", "thanks", "unknown"):
        avoid = [*avoid, Avoid(what="Don't quote policy ('per our terms…')",
                               why="policy-speak sounds like hiding behind rules")]  # fmt: skip
    return avoid, step


def playbook_reply(text: str, case: LiveCase) -> LiveReply:
    """What to say now to the customer's `text`, with what to avoid; never empty."""
    move = recognise(text)
    amount = demanded(text) if move is Move.MONEY else None
    key = _money_band(case, amount) if move is Move.MONEY else move.value
    decision = case.decision
    messages = Messages(case.language, name=case.customer, owner=case.owner.name or "",
                        contact=case.owner.contact or "")  # fmt: skip
    approver = (decision.approver if decision else None) or messages.text("live.approver")
    values = {
        "issue": _issue(case, messages),
        "approver": approver,
        "by": messages.text(
            "live.by_clock"
            if case.callback_at.date() == case.now.date()
            else "live.by_clock_tomorrow",
            time=case.callback_at.strftime("%H:%M"),
        ),
        "owner": case.owner.name or messages.text("live.me"),
    }
    parts = [messages.text(f"live.{key}", **values)]
    if key in ("anger", "manager", "thanks") and case.owner.contact:
        parts.append(messages.text("live.contact"))
    if key in ("deadline", "when_fixed") and case.promised:
        parts.append(messages.text("live.promised", promised=messages.join(case.promised[:2])))
    avoid, step = _coaching(key, case, amount)
    if case.tried and key in ("why", "when_fixed"):
        step = f"They know about what was tried already ({case.tried}); don't offer it again."
    return LiveReply(move=key, say=" ".join(parts), avoid=avoid, next_step=step,
                     language=messages.language)  # fmt: skip
