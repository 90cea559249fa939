"""`bench/understanding.py --reader claude`: Claude's reading of the corpus, scored like the
offline one, through the real anthropic SDK against the local fake Messages API.

The fake stands in for a model that reads each case exactly as it was labelled, then for
one that reads every case as a data loss with an abusive customer: if the bench really puts
Claude's form into the facts it scores, the first is right on every kind and signal and
the second on none.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from understanding import load_cases, main

from tests.fakes.fake_messages_api import Reply

CASES = load_cases("dev8")[:4]
assert not any(c.expect.kind == "data" or "abusive" in c.expect.signals for c in CASES)


def _complaint_case(request: dict[str, Any]):
    content = request["messages"][0]["content"]
    prompt = content if isinstance(content, str) else "\n".join(b["text"] for b in content)
    return next((c for c in CASES if c.complaint.strip()[:60] in prompt), None)


def labelled_reader(request: dict[str, Any]) -> Reply:
    """A model that reads the complaint in the prompt as its label says."""
    if case := _complaint_case(request):
        return Reply.json({"issue_kind": case.expect.kind, "signals": case.expect.signals})
    return Reply.json({})  # a value or tried answer: nothing new to add


def wrong_reader(request: dict[str, Any]) -> Reply:
    if _complaint_case(request):
        return Reply.json({"issue_kind": "data", "signals": ["abusive"]})
    return Reply.json({})


@pytest.fixture
def claude_env(fake, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test-secret")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.base_url)
    monkeypatch.setenv("LLM_MAX_RETRIES", "0")
    fake.responder = labelled_reader
    return fake


def _accuracy(out: str, field: str) -> float:
    return float(re.search(rf"^\s+{field}\s+([\d.]+)%", out, re.M).group(1))


def test_claudes_reading_is_what_the_bench_scores(claude_env, capsys) -> None:
    assert main(["--split", "dev8", "--limit", "4", "--reader", "claude"]) == 0
    claude = capsys.readouterr().out
    assert "dev8: 4 cases" in claude
    assert _accuracy(claude, "kind") == 100.0
    assert _accuracy(claude, "signals") == 100.0
    claude_env.responder = wrong_reader
    assert main(["--split", "dev8", "--limit", "4", "--reader", "claude"]) == 0
    wrong = capsys.readouterr().out
    assert _accuracy(wrong, "kind") == 0.0
    assert _accuracy(wrong, "signals") == 0.0
    readings = [r for r in claude_env.requests if "output_config" in r["json"]]
    assert readings and all(
        "Today is Tuesday 01 December 2026" in str(r["json"]["messages"]) for r in readings
    )


def test_without_a_key_it_says_so_and_measures_nothing(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    assert main(["--split", "dev8", "--reader", "claude"]) == 2
    err = capsys.readouterr().err
    assert "needs ANTHROPIC_API_KEY" in err and "nothing was measured" in err
