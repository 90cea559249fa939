"""Every path through the conversation, on the real graph with the offline drafter."""

from __future__ import annotations

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.conversation import ConversationService, TurnResult
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.lint import words
from graph.models import (
    SECTION_ORDER,
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    CaseFacts,
    Decision,
    FactsCard,
    FinalReview,
    Reply,
    ReviewSection,
    SectionKey,
)
from graph.policy import default_policy
from tests.cases import B2B_OUTAGE, B2C_MINOR, INJECTION
from tests.walk import confirm_card


@pytest.fixture
def service() -> ConversationService:
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=InMemorySaver())
    return ConversationService(graph)


async def to_review(service: ConversationService, thread: str = "t") -> TurnResult:
    result = await service.start(thread, B2B_OUTAGE)
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "tried"
    result = await service.reply(thread, Reply(text="Nothing yet, only the ticket was logged."))
    result = await confirm_card(service, result)
    assert isinstance(result.prompt, ReviewSection)
    return result


async def approve_all(service: ConversationService, result: TurnResult) -> TurnResult:
    while isinstance(result.prompt, ReviewSection):
        result = await service.decide(
            result.thread_id, Decision(action="approve", version=result.prompt.version)
        )
    return result


async def test_missing_input_is_asked_then_answered_and_holding_script_comes_first(service):
    result = await service.start("t", "Their dashboard was down for 3 hours this morning.")
    assert result.holding_script, "the agent gets words to say before any question"
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "value"
    result = await service.reply("t", Reply(text="They pay $3,000 a month, 2 years with us."))
    assert result.holding_script is None, "the holding script is shown once"
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "tried"
    result = await service.reply("t", Reply(text="We restarted the service."))
    assert isinstance(result.prompt, FactsCard), "the facts are checked before any drafting"
    result = await confirm_card(service, result)
    assert isinstance(result.prompt, ReviewSection) and result.prompt.key == SectionKey.ANALYSIS


VALUED_NO_TENURE = (
    "Customer: Harlow Dental Group\nTheir booking portal was down for 5 hours on Monday and "
    "patients could not book. They pay us $1,500 a month."
)


async def test_a_value_without_tenure_asks_how_long_and_the_answer_can_correct_the_value(
    service,
):
    result = await service.start("t", VALUED_NO_TENURE)
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "value"
    assert result.prompt.question.startswith("How long has this customer been with us?")
    result = await service.reply("t", Reply(text="Since 2019; it's $2,000 a month since May."))
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "tried"
    facts = CaseFacts.model_validate((await service.values("t"))["facts"])
    assert facts.tenure_years is not None and facts.tenure_years.value == 7
    assert facts.annual_value is not None and facts.annual_value.value == 24_000


async def test_a_tenure_the_agent_does_not_know_is_an_open_question_and_keeps_the_value(
    service,
):
    await service.start("t", VALUED_NO_TENURE)
    result = await service.reply("t", Reply(text="unknown", skip=True))
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "tried"
    assert "How long has the customer been with us?" in (result.prompt.notice or "")
    values = await service.values("t")
    facts = CaseFacts.model_validate(values["facts"])
    assert facts.tenure_unknown and not facts.value_unknown
    assert facts.annual_value is not None and facts.annual_value.value == 18_000
    assert "How long has the customer been with us?" in values["open_questions"]


async def test_an_answer_without_a_tenure_is_not_asked_for_it_twice(service):
    await service.start("t", "Their dashboard was down for 3 hours this morning.")
    result = await service.reply("t", Reply(text="They pay $3,000 a month."))
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "tried"
    assert "How long has the customer been with us?" in (result.prompt.notice or "")


async def test_an_unusable_answer_is_explained_and_the_same_question_stays_open(service):
    await service.start("t", "Their dashboard was down for 3 hours this morning.")
    result = await service.reply("t", Reply(text="🙄🙄"))
    assert isinstance(result.prompt, AskMissing) and result.prompt.field == "value"
    assert "emoji" in result.prompt.notice
    result = await service.reply("t", Reply(text="blah blah"))
    assert result.prompt.field == "value" and "couldn't find" in result.prompt.notice


async def test_skipped_inputs_become_open_questions_not_invented_facts(service):
    await service.start("t", "Their dashboard was down for 3 hours this morning.")
    await service.reply("t", Reply(skip=True))
    result = await confirm_card(service, await service.reply("t", Reply(skip=True)))
    assert isinstance(result.prompt, ReviewSection)
    final = await approve_all(service, result)
    final = await service.decide("t", Decision(action="approve"))
    plan = final.plan
    assert plan is not None
    assert len(plan.open_questions) == 2
    assert any("annual value" in q for q in plan.open_questions)
    policy = default_policy()
    tiers = policy.segments[policy.segment(plan.facts)]
    assert plan.decision.value_tier == tiers.unknown_value_tier


async def test_approve_every_section_then_finalize_after_the_approver_agrees(service):
    result = await approve_all(service, await to_review(service))
    assert isinstance(result.prompt, FinalReview)
    assert result.prompt.lint.passed, result.prompt.lint.findings
    assert 600 <= result.prompt.word_count <= 1000
    assert result.prompt.approval_required
    result = await service.decide("t", Decision(action="approve"))
    assert isinstance(result.prompt, ApproveRemedy), "the plan waits for the approver"
    assert result.prompt.approver_role == "Director of Customer Success"
    assert result.prompt.total == 5135 and result.plan is None
    assert result.status == "awaiting_approval"
    verdict = ApprovalVerdict(approved=True, by_id="U_SAM", by_name="Sam Lee", note="ok")
    result = await service.approve("t", verdict)
    assert result.prompt is None and result.plan is not None
    [record] = result.plan.approvals
    assert record.approved and record.by_name == "Sam Lee" and record.total == 5135
    assert record.at > 0
    assert [s.key for s in result.plan.sections] == list(SECTION_ORDER)
    assert result.plan.decision.investment_level == "premium"
    assert result.plan.holding_script


async def to_approval(service: ConversationService) -> TurnResult:
    await approve_all(service, await to_review(service))
    return await service.decide("t", Decision(action="approve"))


async def test_a_denial_reprices_the_package_and_redrafts_remedies(service):
    await to_approval(service)
    deny = ApprovalVerdict(approved=False, by_id="U_SAM", by_name="Sam Lee", note="too much")
    result = await service.approve("t", deny)
    assert isinstance(result.prompt, ReviewSection) and result.prompt.key == SectionKey.REMEDIES
    assert result.prompt.version == 2 and "Sam Lee denied" in result.prompt.notice
    assert "$2,635" in result.prompt.text and "$5,135" not in result.prompt.text
    result = await approve_all(service, result)
    assert isinstance(result.prompt, FinalReview)
    result = await service.decide("t", Decision(action="approve"))
    assert isinstance(result.prompt, ApproveRemedy) and result.prompt.total == 2635
    result = await service.approve("t", deny)
    result = await approve_all(service, result)
    result = await service.decide("t", Decision(action="approve"))
    assert result.plan is not None, "what is owed, within the agent's authority, needs no approval"
    kept = result.plan.decision.recommended
    assert all(i.owed or i.kind == "in_kind" for i in kept.items)
    assert kept.total == 135, "the failed day's service credit is owed, not goodwill"
    assert [a.approved for a in result.plan.approvals] == [False, False]


async def test_an_answer_sent_to_an_approval_is_refused_not_a_crash(service):
    await to_approval(service)
    result = await service.decide("t", Decision(action="approve"))
    assert isinstance(result.prompt, ApproveRemedy) and "Approve or deny" in result.prompt.notice


async def test_revise_redrafts_only_that_section_and_keeps_history(service):
    result = await to_review(service)
    result = await service.decide("t", Decision(action="approve", version=1))
    result = await service.decide("t", Decision(action="approve", version=1))
    assert result.prompt.key == SectionKey.RESPONSE
    before = result.prompt.text
    result = await service.message("t", "shorter")
    assert result.prompt.key == SectionKey.RESPONSE and result.prompt.version == 2
    assert words(result.prompt.text) < words(before)
    state = (await service.graph.aget_state(service._config("t"))).values
    response = state["sections"]["response"]
    assert [v["source"] for v in response["versions"]] == ["drafted", "revised"]
    assert response["versions"][0]["text"] == before
    assert response["versions"][1]["instruction"] == "shorter"
    assert state["sections"]["analysis"]["versions"].__len__() == 1


async def test_edit_replaces_the_text_as_a_new_version(service):
    result = await to_review(service)
    mine = "Root cause: a failed database failover. Impact: four hours of lost work."
    result = await service.decide("t", Decision(action="edit", text=mine, version=1))
    assert result.prompt.key == SectionKey.ANALYSIS and result.prompt.version == 2
    assert result.prompt.text == mine and "version 2" in result.prompt.notice


async def test_an_empty_edit_is_refused_and_nothing_is_lost(service):
    result = await to_review(service)
    original = result.prompt.text
    result = await service.decide("t", Decision(action="edit", text="   ", version=1))
    assert result.prompt.version == 1 and result.prompt.text == original
    assert "didn't get any text" in result.prompt.notice


async def test_regenerate_gives_a_fresh_version(service):
    result = await to_review(service)
    first = result.prompt.text
    result = await service.decide("t", Decision(action="regenerate", version=1))
    assert result.prompt.version == 2 and result.prompt.text != first


async def test_back_returns_to_the_previous_section_then_forward_again(service):
    result = await to_review(service)
    result = await service.decide("t", Decision(action="approve", version=1))
    assert result.prompt.key == SectionKey.VALUE
    result = await service.decide("t", Decision(action="back", version=1))
    assert result.prompt.key == SectionKey.ANALYSIS
    result = await service.decide("t", Decision(action="approve", version=1))
    assert result.prompt.key == SectionKey.VALUE and result.prompt.version == 1


async def test_a_stale_verdict_changes_nothing(service):
    result = await to_review(service)
    await service.decide("t", Decision(action="regenerate", version=1))
    result = await service.decide("t", Decision(action="approve", version=1))
    assert result.prompt.key == SectionKey.ANALYSIS and result.prompt.version == 2
    assert "version 1" in result.prompt.notice


async def test_final_review_can_send_one_section_back_for_revision(service):
    result = await approve_all(service, await to_review(service))
    assert isinstance(result.prompt, FinalReview)
    decision = Decision(action="revise", instruction="warmer", target=SectionKey.RESPONSE)
    result = await service.decide("t", decision)
    assert result.prompt.key == SectionKey.RESPONSE and result.prompt.version == 2
    result = await service.decide("t", Decision(action="approve", version=2))
    assert isinstance(result.prompt, FinalReview)


async def test_low_value_minor_case_gets_no_executive(service):
    result = await confirm_card(service, await service.start("small", B2C_MINOR))
    result = await approve_all(service, result)
    result = await service.decide("small", Decision(action="approve"))
    plan = result.plan
    assert plan.decision.investment_level == "basic"
    for banned in ("VP", "Vice President", "Director", "executive", "premium package"):
        assert banned not in plan.markdown, banned


async def test_injection_never_becomes_a_promise(service):
    result = await service.start("evil", INJECTION)
    assert isinstance(result.prompt, AskMissing) and result.prompt.question.startswith("How long")
    result = await confirm_card(service, await service.reply("evil", Reply(text="Since 2022.")))
    result = await approve_all(service, result)
    result = await service.decide("evil", Decision(action="approve"))
    if isinstance(result.prompt, ApproveRemedy):
        verdict = ApprovalVerdict(approved=True, by_id="U_LEAD")
        result = await service.approve("evil", verdict)
    assert "1,000,000" not in result.plan.holding_script
    for section in result.plan.sections:
        if section.key in (SectionKey.RESPONSE, SectionKey.REMEDIES, SectionKey.TRUST):
            assert "1,000,000" not in section.text
    assert result.plan.decision.recommended.total < 10_000
    assert result.plan.lint.passed


async def test_a_huge_instruction_the_drafter_cannot_apply_is_not_echoed_back(service):
    await to_review(service, "huge")
    instruction = "frobnicate the wording " * 9000  # about 200,000 characters
    result = await service.decide("huge", Decision(action="revise", instruction=instruction))
    notice = result.prompt.notice or ""
    assert "couldn't apply" in notice and len(notice) < 600


async def test_a_plan_whose_money_check_failed_cannot_be_approved(service):
    result = await to_review(service, "money")
    result = await service.decide(
        "money",
        Decision(action="edit", text="We will pay them $90,000 in cash today.", version=1),
    )
    result = await approve_all(service, result)
    assert isinstance(result.prompt, FinalReview) and not result.prompt.lint.passed
    result = await service.decide("money", Decision(action="approve"))
    assert isinstance(result.prompt, FinalReview) and result.plan is None
    assert "can't be approved yet" in result.prompt.notice and "$90,000" in result.prompt.notice
