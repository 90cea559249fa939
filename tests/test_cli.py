"""The terminal front end as a person or a script uses it.

In-process (tests/coach_cli.py), except one end-to-end `coach demo` and one
`coach chat` scripted over a pipe, which run as real processes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from graph.models import SECTION_TITLES
from tests.cases import B2B_OUTAGE
from tests.coach_cli import COACH, coach_env, coach_process

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.txt"
    path.write_text(B2B_OUTAGE)
    return path


def test_plan_json_has_the_promised_shape_and_open_questions(coach, tmp_path, case_file):
    proc = coach(["plan", str(case_file), "--json"])
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    for key in (
        "markdown",
        "sections",
        "word_count",
        "assumptions",
        "open_questions",
        "investment_level",
        "compensation_total",
        "approval_required",
        "lint",
    ):
        assert key in out, key
    assert [s["title"] for s in out["sections"]] == list(SECTION_TITLES.values())
    assert 600 <= out["word_count"] <= 1000
    assert out["lint"]["passed"], out["lint"]["findings"]
    assert out["investment_level"] == "premium" and out["approval_required"] is True
    assert out["compensation_total"] == 5135
    assert out["open_questions"] == ["What has already been tried to resolve this?"]
    assert any("Emotional state" in a for a in out["assumptions"])


def test_plan_with_answers_file_has_no_open_questions(coach, tmp_path, case_file):
    answers = tmp_path / "answers.txt"
    answers.write_text("We restarted the failed node and posted on the status page.\n")
    proc = coach(["plan", str(case_file), "--json", "--answers", str(answers)])
    out = json.loads(proc.stdout)
    assert out["open_questions"] == []
    assert "restarted" in out["markdown"] or "status page" in out["markdown"]


def test_plan_from_a_json_case_is_scaled_down(coach, tmp_path):
    proc = coach(["plan", str(ROOT / "examples" / "b2c_minor.json"), "--json"])
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["investment_level"] == "basic" and not out["approval_required"]
    assert "VP" not in out["markdown"] and "Director" not in out["markdown"]


def test_plan_prints_markdown_by_default(coach, tmp_path, case_file):
    proc = coach(["plan", str(case_file)])
    assert proc.stdout.startswith("# Resolution strategy: Northwind Logistics")
    for title in SECTION_TITLES.values():
        assert f"## {title}" in proc.stdout
    assert "No facts card in coach plan: the facts above under 'Assumptions to confirm'" in (
        proc.stdout
    ), "a plan made without the card says what it took on trust"


def test_demo_runs_the_worked_example_end_to_end(tmp_path):
    proc = coach_process(["demo"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Say this now" in proc.stdout
    assert "shorter and warmer" in proc.stdout
    for title in SECTION_TITLES.values():
        assert title in proc.stdout
    assert "plan check passed" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_chat_can_be_scripted_one_reply_per_line(tmp_path):
    lines = [
        B2B_OUTAGE.replace("\n", ". ", 1).replace("\n", " "),
        "",
        "😤😤",
        "Nothing yet.",
        "set value 3000/yr; set severity minor",
        "make it cheaper",
        "ok",
        "shorter",
        *["approve"] * 8,
        "approve",
    ]
    proc = coach_process(["chat", "--thread", "cli1"], tmp_path, stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Say this now" in out
    assert "didn't get any text" in out
    assert "no words or numbers" in out
    assert "Leads to: Premium level · recommended package $5,135" in out
    assert re.search(r"Triage now basic, \$\d+ \(was premium, \$5,135\)", out), "re-priced"
    assert "I didn't understand 'make it cheaper'" in out, "an unreadable line gets help"
    assert "v2" in out, "the revision produced a second version"
    assert "Resolution strategy: Northwind Logistics" in out
    assert "Traceback" not in out + proc.stderr


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["plan", "no-such-file.txt"], "cannot read"),
        (["plan", "bad.json"], "not valid JSON"),
        (["plan", "incomplete.json"], "field 'complaint'"),
    ],
)
def test_bad_case_files_get_one_clear_line(coach, tmp_path, args, expect):
    (tmp_path / "bad.json").write_text("{oops")
    (tmp_path / "incomplete.json").write_text('{"customer": {}}')
    proc = coach(args)
    assert proc.returncode == 2
    assert expect in proc.stderr and "Traceback" not in proc.stderr


def test_binary_case_file_gets_a_message_not_a_traceback(coach, tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(os.urandom(4000))
    proc = coach(["plan", str(path), "--json"])
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 2 and "complaint" in proc.stderr


def test_invalid_policy_stops_startup_naming_the_field(coach, tmp_path, case_file):
    policy = json.loads((ROOT / "graph" / "policy_default.json").read_text())
    policy["investment_levels"]["premium"]["goodwill_max"] = "lots"
    (tmp_path / "policy.json").write_text(json.dumps(policy))
    proc = coach(["plan", str(case_file)], POLICY_FILE=str(tmp_path / "policy.json"))
    assert proc.returncode == 2
    assert "investment_levels.premium.goodwill_max" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_chat_reads_bytes_that_are_not_utf8_without_losing_the_conversation(tmp_path):
    # A strict decoder (PYTHONIOENCODING) used to end the chat with a traceback here,
    # losing the lines before it; a process, because stdin's decoding is per process.
    lines = [B2B_OUTAGE.encode(), b"Nothing yet \xff\xfe tried.", b"ok"]
    env = coach_env(tmp_path, PYTHONIOENCODING="utf-8:strict")
    proc = subprocess.run(
        [*COACH, "chat", "--thread", "bytes"],
        input=b"\n".join(lines) + b"\n",
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert "Northwind Logistics" in out, "the lines before the bad bytes were kept"
