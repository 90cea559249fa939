"""App Home follows the queue for owners and leads, at most once per window, across workers."""

from __future__ import annotations

import asyncio
import itertools
import json
import time

from bot.escalation_queue import EscalationQueue
from graph.extraction import apply_defaults, extract
from graph.models import CaseFacts
from graph.policy import decide, default_policy
from tests.cases import LEGAL_THREAT
from tests.fakes.fake_slack_api import FakeSlackApi
from tests.slack.conftest import ServeBot
from tests.slack.helpers import LEAD

OWNER = "U0OWNER777"
WINDOW = 0.5


async def test_a_burst_of_queue_changes_refreshes_each_home_once_per_window(
    serve_bot: ServeBot, fake: FakeSlackApi
):
    extra = {"COACH_HOME_REFRESH_SECONDS": str(WINDOW)}
    _, first = await serve_bot(**extra)
    await serve_bot(**extra)  # a second worker on the same Redis
    queue: EscalationQueue = first.coach.queue
    decision = decide(apply_defaults(extract(LEGAL_THREAT, CaseFacts())), default_policy())

    started = time.time()
    for n in range(10):
        await queue.track("case-1", f"Marco Bellini, take {n}", decision, "drafting", OWNER)
    last_title = "Marco Bellini, take 9"

    def shows_latest(user: str) -> bool:
        view = fake.home_view(user)
        return view is not None and last_title in json.dumps(view)

    await fake.wait_for_async(lambda: shows_latest(OWNER) and shows_latest(LEAD), timeout=10)
    await asyncio.sleep(3 * WINDOW)  # no further change: no further publish
    elapsed = time.time() - started
    for user in (OWNER, LEAD):
        times = sorted(
            c.timestamp for c in fake.calls_to("views.publish", ok=True)
            if c.params.get("user_id") == user
        )  # fmt: skip
        assert 1 <= len(times) <= elapsed / WINDOW + 1
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert all(gap >= WINDOW * 0.9 for gap in gaps), f"{user} refreshed twice in a window"
