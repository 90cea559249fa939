"""A scripted model that answers each of the coach's call types as today's Claude would.

Shared by the tests and the cost bench, so both drive the same conversation: extraction
gets a JSON form, each section request a ~120-word section that passes the plan's rules,
and anything else (the holding script) a short apology.
"""

from __future__ import annotations

import re
from typing import Any

from graph.drafting.base import DraftContext
from graph.drafting.claude import ClaudeDrafter
from graph.extraction import apply_defaults, extract
from graph.llm_models import CURRENT_HAIKU, CURRENT_SONNET
from graph.models import CaseFacts
from graph.policy import decide, default_policy
from tests.cases import B2B_OUTAGE
from tests.fakes.fake_messages_api import FakeMessagesApi, Reply

SECTION = (
    "**What happens next:** the owner calls the customer today, names the four hours of "
    "downtime and what it cost their team, and takes ownership without conditions. The "
    "engineering lead reports the root cause within one day, and the owner shares it in "
    "plain words. Progress updates go out at every agreed checkpoint until the fix is "
    "confirmed, and the team records what worked for the next case like this one."
)
_SECOND_PARAGRAPH = (
    "**Owner and timing:** each step has a named owner and a date the team can keep. "
    "Anything that needs approval waits for the approver named in the policy decision, "
    "and the customer hears when to expect the next update before the call ends."
)
_SECTION_ASK = re.compile(r'the "([^"]+)" section')


def well_behaved(request: dict[str, Any]) -> Reply:
    """The reply for one request, chosen by what the request asks for."""
    if (request.get("output_config") or {}).get("format"):
        return Reply.json({"tried": "restarted the service", "impact_hours": 4})
    last = request["messages"][-1]["content"]
    prompt = last if isinstance(last, str) else last[-1]["text"]
    if match := _SECTION_ASK.search(prompt):
        return Reply.text(f"**{match.group(1)}.** {SECTION}\n\n{_SECOND_PARAGRAPH}")
    return Reply.text("I'm sorry: four hours down is not acceptable. I own this from here.")


_OPENED: list[ClaudeDrafter] = []


def drafter(fake: FakeMessagesApi, model: str = CURRENT_SONNET, **kw: Any) -> ClaudeDrafter:
    """A drafter on today's models (the fake enforces their rules), as a team would run it."""
    options = {"timeout": 5.0, "max_retries": 0, "fast_model": CURRENT_HAIKU} | kw
    made = ClaudeDrafter.connect("sk-test-secret", model, base_url=fake.base_url, **options)
    _OPENED.append(made)
    return made


async def close_drafters() -> None:
    """Close every drafter a test opened, on the test's own loop.

    Why: an unclosed SDK client schedules its own close when it is garbage-collected,
    on whatever loop runs then; in a later test that loop is not the one its sockets
    belong to, and asyncio logs "Event loop is closed" into that test's output.
    """
    while _OPENED:
        await _OPENED.pop().aclose()


def context(text: str = B2B_OUTAGE, **update: Any) -> DraftContext:
    """The drafting context of the worked case, as the graph would build it."""
    facts = apply_defaults(extract(text, CaseFacts()))
    return DraftContext(facts=facts, decision=decide(facts, default_policy()), **update)
