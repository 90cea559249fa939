"""One reader for typed replies, shared by `coach chat` and Slack threads."""

from __future__ import annotations

import pytest

from bot.replies import parse_answer, parse_review
from graph.models import FinalReview, ReviewSection, SectionKey

SECTION = ReviewSection(
    key=SectionKey.RESPONSE, title="Immediate Response", index=2, total=7, version=4, text="…"
)
FINAL = FinalReview(
    markdown="…", word_count=700, lint={"findings": []}, approval_required=False, approver=None
)


@pytest.mark.parametrize("typed", ["approve", "a", "ok", "LGTM", "Approve.", " yes "])
def test_approval_words_approve_the_version_on_screen(typed: str):
    decision = parse_review(typed, SECTION)
    assert decision is not None and (decision.action, decision.version) == ("approve", 4)


@pytest.mark.parametrize(
    ("typed", "target"),
    [("back", None), ("b", None), ("back to remedies", SectionKey.REMEDIES),
     ("back to the compensation section", SectionKey.REMEDIES),
     ("Back to Issue Analysis", SectionKey.ANALYSIS)],
)  # fmt: skip
def test_back_goes_back_to_a_named_section_or_the_one_before(typed, target):
    decision = parse_review(typed, SECTION)
    assert decision is not None and (decision.action, decision.target) == ("back", target)


@pytest.mark.parametrize(
    "typed", ["shorter", "back off the apology a little", "ok but warmer", "approve\nand more"]
)
def test_anything_else_is_an_instruction_to_revise(typed: str):
    decision = parse_review(typed, SECTION)
    assert decision is not None and decision.action == "revise"
    assert decision.instruction == typed.strip()


def test_regenerate_and_edit():
    regen = parse_review("regenerate", SECTION)
    assert regen is not None and (regen.action, regen.target) == ("regenerate", "response")
    assert parse_review("edit", SECTION) is None, "the new text is still to come"
    edit = parse_review("edit\nMy own words.\nTwo lines.", SECTION)
    assert edit is not None and edit.action == "edit"
    assert (edit.text, edit.target, edit.version) == ("My own words.\nTwo lines.", "response", 4)


def test_at_the_final_review_an_instruction_names_its_section_or_revises_the_script():
    named = parse_review("remedies: drop the TAM", FINAL)
    assert named is not None and (named.target, named.instruction) == ("remedies", "drop the TAM")
    bare = parse_review("warmer", FINAL)
    assert bare is not None and (bare.action, bare.target) == ("revise", "response")
    assert parse_review("approve", FINAL).action == "approve"


def test_skip_leaves_a_question_open():
    assert parse_answer("/skip").skip and not parse_answer("skipper Jo").skip
