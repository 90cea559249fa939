"""The guard every live line passes before the agent sees it: the reply check's rules.

Why the reply check and not a second rule set: a live line is a reply the agent is
about to say, so the same checks that mend an agent's draft (graph/reply_check.py,
rules from graph/checks.py) decide whether a drafted line may be shown. A line that
names an unvetted amount, over-promises, blames or hedges is refused, and the caller
falls back to the playbook line for the move.
"""

from __future__ import annotations

from graph.live.case import LiveCase
from graph.reply_check import check_reply

REFUSED = frozenset(
    {"over-authority", "outside-envelope", "over-promise", "blame", "hedged-apology",
     "admission", "policy-speak", "foreign-currency", "wrong-name", "wrong-number",
     "placeholder"}
)  # fmt: skip


def refusals(line: str, case: LiveCase) -> list[str]:
    """Why `line` may not reach the agent (the reply check's flag kinds); empty when it may."""
    check = check_reply(line, case.facts, case.decision, case.owner, approved=case.approved,
                        language=case.language)  # fmt: skip
    return [flag.kind for flag in check.flags if flag.kind in REFUSED]
