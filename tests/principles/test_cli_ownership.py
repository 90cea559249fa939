"""Principles 1 and 4 in the terminal: a named owner with a direct contact, reassignable,
and a roster that puts the most senior person with room on premium cases.

`coach` in-process on the session's Redis, each run reading one line per turn.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.coach_cli import Coach
from tests.principles.test_cli_principles import one_line

ROSTER = {
    "members": [
        {"name": "Dana Kim", "seniority": 9, "max_cases": 3, "contact": "+1 555 0100"},
        {"name": "Amara Osei", "seniority": 4, "contact": "amara.osei@example.com"},
    ]
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "roster.json"
    path.write_text(json.dumps(ROSTER), encoding="utf-8")
    return {"COACH_ROSTER_FILE": str(path), "COACH_OWNER_NAME": "Amara Osei"}


def chat(coach: Coach, thread: str, lines: list[str], env: dict[str, str]) -> str:
    """What the person read, as one line: rich's panels wrap text and draw borders."""
    proc = coach(["chat", "--thread", thread], stdin="\n".join(lines) + "\n", **env)
    assert proc.returncode == 0, proc.stderr
    return " ".join(re.sub(r"[│▌╭╮╰╯─]", " ", proc.stdout).split())


def test_a_premium_case_is_suggested_to_the_senior_member_and_handed_over(coach, env):
    out = chat(coach, "big", [one_line(B2B_OUTAGE), "nothing yet", "ok"], env)
    assert "Owner: Amara Osei · queue #1" in out
    assert "Premium case: Dana Kim is the most senior person with room" in out
    assert 'coach reassign big "Dana Kim"' in out

    proc = coach(["reassign", "big", "Dana Kim"], **env)
    assert proc.returncode == 0, proc.stderr
    assert "Dana Kim now owns big (was Amara Osei)" in proc.stdout
    assert "+1 555 0100" in proc.stdout

    out = chat(coach, "big", ["approve", "approve"], env)
    script = out[out.index("Immediate Response") :]
    assert "this is Dana Kim" in script and "+1 555 0100" in script
    assert "Amara" not in script
    assert "Owner:" not in out, "the owner card is shown once per case"
    queue = json.loads(coach(["queue", "--json"], **env).stdout)
    assert [(r["thread"], r["owner_id"]) for r in queue] == [("big", "Dana Kim")]


def test_the_owners_roster_contact_goes_into_the_script(coach, env):
    out = chat(coach, "small", [one_line(B2C_MINOR), "ok", "approve", "approve"], env)
    assert "Premium case" not in out, "a basic case is not pushed to a senior person"
    script = out[out.index("Immediate Response") :]
    assert "amara.osei@example.com" in script
    assert "[your direct line or email]" not in script


def test_without_a_contact_the_script_keeps_a_placeholder_rather_than_inventing_one(coach):
    out = chat(coach, "anon", [one_line(B2C_MINOR), "ok", "approve", "approve"], {})
    script = out[out.index("Immediate Response") :]
    assert "[your direct line or email]" in script and "[your name]" in script


def test_a_bad_roster_or_an_unknown_thread_gets_one_clear_line(coach, env, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"members": [{"name": "X", "seniority": 11}]}), encoding="utf-8")
    proc = coach(["queue"], COACH_ROSTER_FILE=str(bad))
    assert proc.returncode == 2
    assert "roster file" in proc.stderr and "members.0.seniority" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = coach(["reassign", "no-such-thread", "Dana Kim"], **env)
    assert proc.returncode == 2 and "no conversation 'no-such-thread'" in proc.stderr
