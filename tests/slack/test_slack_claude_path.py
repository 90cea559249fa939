"""A Slack conversation on the Claude path, on today's models, from mention to posted plan.

The bot builds its drafter from settings exactly as a team runs it (COACH_DRAFTER=claude,
an API key, no COACH_MODEL), talks through the real anthropic SDK to the fake Messages
API (which refuses retired ids, forced tool choice and the other parameters today's
models reject), and through real Bolt to the fake Slack Web API.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from graph.llm_models import CURRENT_HAIKU, CURRENT_SONNET
from graph.money import format_money
from tests.cases import B2B_OUTAGE
from tests.fakes.coach_model import well_behaved
from tests.fakes.fake_messages_api import FakeMessagesApi
from tests.slack.helpers import (
    CHANNEL,
    DIRECTOR,
    first_section,
    mention,
    press,
    wait_for_heading,
)


@pytest.fixture
def claude() -> Iterator[FakeMessagesApi]:
    with FakeMessagesApi() as server:
        server.responder = well_behaved
        yield server


async def test_a_slack_case_runs_to_the_plan_on_todays_default_models(
    serve_bot, fake, claude: FakeMessagesApi, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("COACH_MODEL", raising=False)
    monkeypatch.delenv("COACH_FAST_MODEL", raising=False)
    url, served = await serve_bot(
        COACH_DRAFTER="claude", ANTHROPIC_API_KEY="sk-test", ANTHROPIC_BASE_URL=claude.base_url
    )
    thread = await mention(url, B2B_OUTAGE)
    await wait_for_heading(fake, thread, "Say this now")
    # Claude's reading of the complaint found what was tried, so the card comes next.
    section = await first_section(url, fake, thread)
    for index in range(2, 8):
        await press(url, section, "coach_approve")
        section = await wait_for_heading(fake, thread, f"{index}/7")
    await press(url, section, "coach_approve")
    final = await wait_for_heading(fake, thread, "Final review")
    await press(url, final, "coach_finalize")
    approval = await wait_for_heading(fake, thread, "Approval needed")
    await press(url, approval, "coach_grant", user=DIRECTOR)
    summary = await wait_for_heading(fake, thread, "Resolution plan")
    done = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    total = format_money(done.plan.decision.recommended.total, done.plan.decision.currency)
    assert total in json.dumps(summary["blocks"]), "the amounts are still policy's"
    assert done.plan.lint.passed

    assert not claude.responder_errors
    models = {r["json"]["model"] for r in claude.requests}
    assert models == {CURRENT_SONNET, CURRENT_HAIKU}, "today's Sonnet, and Haiku for the script"
    for request in claude.requests:
        body = request["json"]
        assert body.get("tool_choice", {}).get("type") not in ("tool", "any")
        assert "temperature" not in body and "top_p" not in body
    drafted = [r for r in claude.requests if r["json"].get("stream")]
    assert len(drafted) >= 7, "every section was drafted by Claude"
