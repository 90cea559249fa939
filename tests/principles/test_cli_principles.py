"""Queue and resolution log as the terminal shows them: `coach` in-process, real Redis."""

from __future__ import annotations

import csv
import io
import json

from tests.cases import B2B_OUTAGE, B2C_MINOR, INJECTION, LEGAL_THREAT, STRATEGIC_AT_RISK

CASES = {
    "minor": B2C_MINOR,
    "legal": LEGAL_THREAT,
    "outage": B2B_OUTAGE,
    "strategic": STRATEGIC_AT_RISK,
    "dashboard": INJECTION,
}


def one_line(text: str) -> str:
    return text.replace("\n", ". ", 1).replace("\n", " ")


def test_coach_queue_ranks_five_mixed_cases_and_says_why(coach):
    for thread, text in CASES.items():
        proc = coach(["chat", "--thread", thread], stdin=one_line(text) + "\nnothing yet\n")
        assert proc.returncode == 0, proc.stderr
    proc = coach(["queue", "--json"])
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    # The legal threat outranks the two-hour dashboard outage (no longer misread as a repeat).
    assert [r["thread"] for r in rows] == ["strategic", "outage", "legal", "dashboard", "minor"]
    assert rows[0]["value_tier"] == "strategic" and "critical issue" in rows[0]["why"]
    table = coach(["queue"]).stdout
    assert table.index("Helios Health") < table.index("Priya Shah")


def test_a_finished_plan_lands_in_the_log_export_and_the_queue(coach):
    lines = [one_line(B2C_MINOR), "ok", *["approve"] * 8]
    proc = coach(["chat", "--thread", "done1"], stdin="\n".join(lines) + "\n")
    assert "Resolution strategy: Priya Shah" in proc.stdout
    rows = list(csv.DictReader(io.StringIO(coach(["log", "export", "--format", "csv"]).stdout)))
    assert [r["case_id"] for r in rows] == ["done1"]
    assert rows[0]["customer"] == "Priya Shah" and rows[0]["investment_level"] == "basic"
    jsonl = coach(["log", "export"]).stdout.splitlines()
    assert json.loads(jsonl[0])["case_id"] == "done1"
    queue = json.loads(coach(["queue", "--json"]).stdout)
    assert queue[0]["status"] == "plan ready"


def test_a_repeat_customer_is_flagged_in_the_terminal_and_stepped_up(coach):
    finished = [one_line(B2C_MINOR), "ok", *["approve"] * 8]
    coach(["chat", "--thread", "first"], stdin="\n".join(finished) + "\n")
    proc = coach(["chat", "--thread", "again"], stdin=one_line(B2C_MINOR) + "\n")
    shown = " ".join(proc.stdout.split())
    assert "Repeat customer: 1 earlier escalation" in shown
    queue = {r["thread"]: r for r in json.loads(coach(["queue", "--json"]).stdout)}
    assert queue["first"]["investment_level"] == "basic"
    assert queue["again"]["investment_level"] == "standard", "a second failure steps it up"
