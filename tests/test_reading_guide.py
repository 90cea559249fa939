"""The reading guide: the one standard Claude reads a case by and the corpus is labelled by.

Claude's form allows every signal and issue kind the models know; a name the guide never
defines would be read by guesswork, and a definition the corpus standard lacks would make
the two readings disagree by construction.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from graph.models import SIGNALS, CaseFacts, IssueKind
from prompts import load
from tests.fakes.coach_model import drafter
from tests.fakes.fake_messages_api import Reply as FakeReply

LABELS = (Path(__file__).parent / "corpus" / "LABELS.md").read_text(encoding="utf-8")
GUIDE = load("reading_guide")
KINDS: tuple[str, ...] = IssueKind.__args__  # type: ignore[attr-defined]


def _defined(text: str) -> set[str]:
    return set(re.findall(r"^- \*\*(\w+)\*\*:", text, re.M))


@pytest.mark.parametrize(("name", "text"), [("reading guide", GUIDE), ("LABELS.md", LABELS)])
def test_every_signal_and_issue_kind_is_defined(name: str, text: str) -> None:
    missing = (set(SIGNALS) | set(KINDS)) - _defined(text)
    assert not missing, f"{name} defines no {sorted(missing)}"


async def test_claude_reads_the_case_with_the_guide_in_its_cached_instructions(fake) -> None:
    fake.enqueue(FakeReply.json({"issue_kind": "outage", "signals": ["churn"]}))
    await drafter(fake).extract(
        "Portal down since 9am; they are talking to a rival.", CaseFacts(), None
    )
    system = fake.last_request["json"]["system"]
    text = "\n".join(block["text"] for block in system)
    assert "# Reading a case" in text
    for signal in SIGNALS:
        assert f"**{signal}**" in text
    assert system[-1].get("cache_control") == {"type": "ephemeral"}, "the guide is cached"


async def test_claude_is_told_the_day_the_reading_counts_from(fake) -> None:
    """Without today's date a model cannot tell a Friday still ahead from one gone by."""
    fake.enqueue(FakeReply.json({"signals": ["deadline"]}))
    reader = drafter(fake, today=lambda: date(2026, 12, 1))
    facts = await reader.extract(
        "Customer since 2016; needs the line back by Friday.", CaseFacts(), None
    )
    prompt = fake.last_request["json"]["messages"][0]["content"]
    text = prompt if isinstance(prompt, str) else "\n".join(b["text"] for b in prompt)
    assert "Today is Tuesday 01 December 2026" in text
    assert facts.tenure_years.value == 10, "the offline reading counts from the same day"
