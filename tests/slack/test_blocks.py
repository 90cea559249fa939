"""Block Kit built from oversized content still passes Slack's limits: split, never rejected.

Each message is checked with the fake Web API's validator (the same one that rejects
the bot's posts in the end-to-end tests), on content far beyond what a drafter
normally writes: a section of 40,000 characters, a 500-character title.
"""

from __future__ import annotations

import json

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from bot.commands.drafting import approve_shown, drive
from bot.conversation import ConversationService
from bot.escalation_queue import QueueEntry
from bot.roster import RosterMember, Suggestion
from bot.slack import blocks
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.models import (
    ApproveRemedy,
    AskMissing,
    CompensationItem,
    Fact,
    FactsCard,
    FinalReview,
    LintFinding,
    Plan,
    Reply,
    ReviewSection,
    SectionKey,
)
from graph.policy import default_policy
from tests.cases import B2C_MINOR
from tests.fakes.fake_slack_api import check_message_blocks, check_view
from tests.slack.helpers import HOSTILE, live_tokens

PARAGRAPH = "The sync service dropped her list for a whole day, and nobody told her why. " * 6
HUGE = "\n\n".join(f"**{n}.** {PARAGRAPH}" for n in range(90))
THREAD = "slack:C0SUPPORT1:1733333333.000100"


def accepted_pages(content: list[blocks.Block]) -> list[list[blocks.Block]]:
    pages = blocks.paginate(content)
    for page in pages:
        assert check_message_blocks(page) == []
    return pages


def shown_text(pages: list[list[blocks.Block]]) -> str:
    return "".join(b.get("text", "") for page in pages for b in page if b["type"] == "markdown")


@pytest.fixture
async def plan() -> Plan:
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=InMemorySaver())
    service = ConversationService(graph)
    result = await drive(service, await service.start("t", B2C_MINOR), skip, approve_shown)
    assert result.plan is not None
    return result.plan


def skip(_: AskMissing) -> Reply:
    return Reply(skip=True)


def test_a_huge_section_becomes_several_messages_with_the_buttons_once_at_the_end():
    prompt = ReviewSection(
        key=SectionKey.ANALYSIS, title="T" * 500, index=0, total=7, version=3, text=HUGE
    )
    pages = accepted_pages(blocks.review(prompt, THREAD))
    assert len(pages) > 1
    assert [i for i, page in enumerate(pages) if any(b["type"] == "actions" for b in page)] == [
        len(pages) - 1
    ]
    assert "".join(shown_text(pages).split()) == "".join(HUGE.split()), "nothing is cut"


def test_a_huge_final_review_is_split_not_rejected():
    prompt = FinalReview(
        markdown=HUGE, word_count=9000, lint={"findings": []}, approval_required=True,
        approver="Director of Support", notice="x" * 5000,
    )  # fmt: skip
    pages = accepted_pages(blocks.final_review(prompt, THREAD))
    assert "".join(shown_text(pages).split()) == "".join(HUGE.split())


async def test_a_plan_with_an_oversized_script_and_title_is_accepted(plan: Plan):
    sections = [
        s.model_copy(update={"versions": [v.model_copy(update={"text": HUGE}) for v in s.versions]})
        if s.key == SectionKey.RESPONSE
        else s
        for s in plan.sections
    ]
    big = plan.model_copy(update={"title": "Northwind " * 60, "sections": sections})
    pages = accepted_pages(blocks.plan_summary(big))
    assert "coach" not in json.dumps(pages), "a summary carries no buttons"


def test_holding_questions_and_errors_of_any_length_are_accepted():
    accepted_pages(blocks.holding(HUGE))
    accepted_pages(blocks.error(HUGE, THREAD))


def test_modals_stay_inside_slacks_view_limits():
    metadata = {"thread": THREAD, "key": "analysis", "version": 12, "channel": "C0SUPPORT1",
                "thread_ts": "1733333333.000100"}  # fmt: skip
    for view in (
        blocks.revise_modal(HUGE, metadata),
        blocks.edit_modal(HUGE, metadata),
        blocks.intake_modal({"channel": "C0SUPPORT1"}, complaint=HUGE, customer="N" * 4000),
    ):
        assert check_view(view) == []


BULK = "<!channel> <@U0BOSS> <https://evil.example|click> & co " * 300


async def hostile_card() -> FactsCard:
    """A real card from the graph, its customer text replaced by mentions, links and bulk."""
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=InMemorySaver())
    card = (await ConversationService(graph).start("t", B2C_MINOR)).prompt
    assert isinstance(card, FactsCard)
    words = Fact(value=BULK + HOSTILE, evidence=HOSTILE + BULK)
    return card.model_copy(
        update={"customer_name": words, "tried": words, "plan_tier": words, "notice": HOSTILE}
    )


async def test_a_facts_card_of_hostile_text_is_escaped_split_and_keeps_its_buttons_once():
    card = await hostile_card()
    pages = accepted_pages(blocks.facts_card(card, THREAD))
    shown = json.dumps(pages)
    for live in ("<!channel>", "<@U0BOSS>", "<https://"):
        assert live not in shown, f"{live} would ping or link"
    assert "&lt;!channel&gt;" in shown and "&amp; co" in shown
    headers = [b["text"]["text"] for page in pages for b in page if b["type"] == "header"]
    assert headers == ["Check the facts before I draft (card 1)"], "no customer text in a header"
    buttons = [b for page in pages for b in page if b["type"] == "actions"]
    assert len(buttons) == 1 and json.loads(buttons[0]["elements"][0]["value"])["card"] == 1


async def test_the_correct_form_is_a_valid_view_pre_filled_from_the_card():
    card = await hostile_card()
    card.signals["churn"] = Fact(value=True, provenance="inferred")
    view = blocks.facts_modal(card, {"thread": THREAD, "card": 1})
    assert check_view(view) == []
    by_id = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert by_id["value_per_year"]["initial_value"] == "180"
    assert by_id["segment"]["initial_option"]["value"] == "b2c"
    assert by_id["policy_tier"]["initial_option"]["value"] == "occasional", "a consumer's own tier"
    assert by_id["severity"]["initial_option"]["value"] == "minor"
    assert [o["value"] for o in by_id["signals_0"]["initial_options"]] == ["churn"]
    assert len(by_id["customer_name"]["initial_value"]) <= by_id["customer_name"]["max_length"]


def headers_and_buttons(content: list[blocks.Block] | blocks.Block) -> list[str]:
    """The text of every header and button label: words of ours, never the customer's."""
    found: list[str] = []
    for block in content["blocks"] if isinstance(content, dict) else content:
        if block["type"] == "header":
            found.append(block["text"]["text"])
        for element in block.get("elements") or []:
            if element.get("type") == "button":
                found.append(element["text"]["text"])
    return found


async def test_every_message_modal_and_home_view_keeps_hostile_text_inert(plan: Plan):
    """Model output, customer words, names, notes, card values and queue titles, each made of
    broadcasts, mentions and links, through every builder the bot has."""
    hostile_plan = plan.model_copy(
        update={
            "title": HOSTILE,
            "sections": [
                s.model_copy(update={"versions": [v.model_copy(update={"text": HOSTILE})
                                                  for v in s.versions]})
                for s in plan.sections
            ],
        }
    )  # fmt: skip
    finding = LintFinding(rule="x", severity="warning", message=HOSTILE)
    package = plan.decision.recommended.model_copy(
        update={"name": HOSTILE, "items": [CompensationItem(label=HOSTILE, amount=10)]}
    )
    entry = QueueEntry(
        thread=THREAD, title=HOSTILE, owner_id="U0AGENT001", status=HOSTILE, priority_score=90,
        severity="major", value_tier="key", investment_level="premium", next_update_hours=4,
        next_update_due=2e9, resolution_due=2e9,
    )  # fmt: skip
    member = RosterMember(name=HOSTILE[:80], slack_user="U0SENIOR1", seniority=9)
    card = await hostile_card()
    metadata = {"thread": THREAD, "card": 1, "channel": "C0SUPPORT1"}
    built: dict[str, list[blocks.Block] | blocks.Block] = {
        "holding": blocks.holding(HOSTILE),
        "ask": blocks.ask(AskMissing(field="tried", question=HOSTILE, why=HOSTILE,
                                     notice=HOSTILE)),
        "review": blocks.review(ReviewSection(key=SectionKey.RESPONSE, title="Immediate Response",
                                              index=2, total=7, version=1, text=HOSTILE,
                                              findings=[finding], notice=HOSTILE), THREAD),
        "facts card": blocks.facts_card(card, THREAD),
        "final review": blocks.final_review(FinalReview(
            markdown=HOSTILE, word_count=9, lint={"findings": [finding.model_dump()]},
            approval_required=True, approver=HOSTILE, notice=HOSTILE), THREAD),
        "plan": blocks.plan_summary(hostile_plan),
        "approval": blocks.approval(ApproveRemedy(
            approver_role=HOSTILE, package=package, total=10, authority_cap=5), THREAD,
            "<@U0DIRECTOR>"),
        "case card": blocks.case_card(entry, 1, Suggestion(member=member, open_cases=0,
                                                           reason=HOSTILE)),
        "home": blocks.home([entry]),
        "error": blocks.error(HOSTILE, THREAD),
        "revise": blocks.revise_modal(HOSTILE, metadata),
        "edit": blocks.edit_modal(HOSTILE, metadata),
        "intake": blocks.intake_modal(metadata, complaint=HOSTILE, customer=HOSTILE),
        "facts form": blocks.facts_modal(card, metadata),
        "reassign": blocks.reassign_modal("U0AGENT001", metadata),
        "outcome": blocks.outcome_modal(metadata),
    }  # fmt: skip
    for name, content in built.items():
        assert live_tokens(content) == [], name
        for label in headers_and_buttons(content):
            assert "x.example" not in label and "channel" not in label, (name, label)
    shown = json.dumps(built)
    assert "&lt;!channel&gt;" in shown and "&amp;amp;" in shown, "escaped once, not dropped"
    assert "<@U0DIRECTOR>" in json.dumps(built["approval"]), "our own mentions still work"
    assert "<@U0AGENT001>" in json.dumps(built["home"])
    script = [e["text"] for b in built["plan"] if b["type"] == "rich_text"
              for e in b["elements"][0]["elements"]]  # fmt: skip
    assert HOSTILE in "".join(script), "the script to copy is literal rich text, as written"
    edit = built["edit"]["blocks"][0]["element"]["initial_value"]
    assert edit == HOSTILE, "the text to edit is the text itself"
