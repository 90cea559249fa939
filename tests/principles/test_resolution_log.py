"""Principle 6 and 'document': the resolution log on a real Redis, and what triage learns from it."""

from __future__ import annotations

import csv
import io
import json

from langgraph.checkpoint.memory import InMemorySaver

from bot.commands.drafting import approve_shown, drive
from bot.conversation import ConversationService, TurnResult
from bot.resolution_log import LogEntry, ResolutionLog
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.models import (
    ApprovalVerdict,
    FactsCard,
    Reply,
)
from graph.policy import default_policy
from tests.cases import B2B_OUTAGE, B2C_MINOR


async def finish(service: ConversationService, thread: str, text: str) -> TurnResult:
    """Every question answered, the facts confirmed, every part approved, the package too."""
    verdict = ApprovalVerdict(approved=True, by_id="U_DIR", by_name="Sam Lee")
    start = await service.start(thread, text)
    return await drive(service, start, lambda _: Reply(text="nothing yet"), approve_shown,
                       approve=lambda _: verdict)  # fmt: skip


def coach(log: ResolutionLog) -> ConversationService:
    graph = CoachGraph(PlaybookDrafter(), default_policy(), history=log).compile(InMemorySaver())
    return ConversationService(graph)


async def test_a_final_plan_is_logged_with_its_decision_and_approvals(redis_client):
    log = ResolutionLog(redis_client)
    done = await finish(coach(log), "c1", B2B_OUTAGE)
    entry = await log.record("c1", done.plan, owner="U_AGENT")
    again = await log.record("c1", done.plan, owner="U_AGENT")
    assert len(await log.entries()) == 1, "recording twice does not duplicate"
    stored = await log.get("c1")
    assert stored == again and stored.customer == "Northwind Logistics"
    assert entry.compensation_total == 5135 and entry.investment_level == "premium"
    assert entry.approvals[0].by_name == "Sam Lee" and entry.approvals[0].approved
    assert entry.facts["annual_value"]["value"] == 50000
    assert "## Issue Analysis" in stored.plan_markdown


async def test_export_round_trips_as_jsonl_and_csv(redis_client):
    log = ResolutionLog(redis_client)
    service = coach(log)
    for thread, text in (("a", B2B_OUTAGE), ("b", B2C_MINOR)):
        await log.record(thread, (await finish(service, thread, text)).plan)
    await log.set_outcome("a", "retained", "renewed for two years")
    await log.set_said("a", ["live line: I'll call you back by 15:00 today."])
    lines = (await log.export("jsonl")).splitlines()
    back = [LogEntry.model_validate_json(line) for line in lines]
    assert [e.case_id for e in back] == ["a", "b"]
    assert back[0].outcome == "retained" and back[0].outcome_note == "renewed for two years"
    assert back[0] == (await log.get("a")).model_copy(update={"plan_markdown": ""})
    rows = list(csv.DictReader(io.StringIO(await log.export("csv"))))
    assert [r["case_id"] for r in rows] == ["a", "b"]
    assert float(rows[0]["compensation_total"]) == 5135
    assert json.loads(rows[0]["approvals"])[0]["by_name"] == "Sam Lee"
    assert (
        rows[0]["said"] == "live line: I'll call you back by 15:00 today." and not rows[1]["said"]
    )


async def test_a_repeat_customer_is_flagged_and_the_response_stepped_up(redis_client):
    log = ResolutionLog(redis_client)
    service = coach(log)
    first = await finish(service, "p1", B2C_MINOR)
    assert first.plan.decision.investment_level == "basic"
    await log.record("p1", first.plan)
    result = await service.start("p2", B2C_MINOR)
    assert isinstance(result.prompt, FactsCard), "the card shows the step-up before drafting"
    assert "Repeat customer: 1 earlier escalation" in result.prompt.notice
    assert result.prompt.investment_level == "standard"
    second = await finish(service, "p3", B2C_MINOR)
    assert second.plan.decision.prior_cases == 1
    assert second.plan.decision.investment_level == "standard", "stepped up a level"
    assert any("earlier escalation" in r for r in second.plan.decision.rationale)


async def test_a_package_far_above_similar_cases_is_flagged_as_precedent(redis_client):
    log = ResolutionLog(redis_client)
    service = coach(log)
    done = await finish(service, "s1", B2B_OUTAGE.replace("Northwind Logistics", "Contoso"))
    small = done.plan.model_copy(deep=True)
    small.decision.recommended.items = small.decision.recommended.items[:1]  # $135 only
    await log.record("s1", small)
    result = await service.start("s2", B2B_OUTAGE)
    result = await service.reply("s2", Reply(text="nothing yet"))
    assert isinstance(result.prompt, FactsCard)
    assert "Precedent: 1 similar case received at most $135" in result.prompt.notice
    plan = await service.preview("s2")
    assert plan.decision.precedents == ["Contoso: critical outage, premium, $135"]
    assert "Similar past cases" in plan.markdown
