"""`coach live THREAD` in-process: a scripted call on the worked B2B outage, bad input
answered with a message, `said` putting the line's promise on the ledger."""

from __future__ import annotations

import json

from tests.cases import B2B_OUTAGE
from tests.coach_cli import Coach
from tests.live.script import ABOVE_AUTHORITY, CALL, CASE_WORDS, OWNER
from tests.principles.test_cli_principles import one_line


def test_a_scripted_live_call_in_the_terminal(coach: Coach):
    started = coach(["chat", "--thread", "call"], stdin=one_line(B2B_OUTAGE) + "\n", **OWNER)
    assert started.returncode == 0, started.stderr
    lines = [said for said, _ in CALL]
    lines[ABOVE_AUTHORITY + 1 : ABOVE_AUTHORITY + 1] = ["said"]
    stdin = "\n".join([*lines, "\x00\x01\x02binary", "x" * 5000, "end", "never read"]) + "\n"
    proc = coach(["live", "call"], stdin=stdin, **OWNER)
    assert proc.returncode == 0, proc.stderr
    answers = proc.stdout.split("Say: ")[1:]
    assert len(answers) == len(CALL)
    for (_, move), answer in zip(CALL, answers, strict=True):
        line = answer.splitlines()[0]
        assert any(word in line for word in CASE_WORDS), (move, line)
    above = answers[ABOVE_AUTHORITY]
    assert "Director of Customer Success" in above.splitlines()[0] and "call you back" in above
    assert "2,000" not in above.splitlines()[0]
    assert "Don't: Don't name $2,000" in above
    assert "Recorded as said." in proc.stdout and "Promise " in proc.stdout
    assert "binary data" in proc.stdout and "5,000 characters" in proc.stdout
    assert "Call ended." in proc.stdout and "Traceback" not in proc.stdout + proc.stderr

    promises = json.loads(coach(["promises", "--json", "--thread", "call"]).stdout)
    live = [p for p in promises if p["source"] == "live_line"]
    assert live and len({p["source_ref"] for p in live}) == 1, "from the one line said"
    assert all("call you back" in p["text"] or "confirm" in p["text"] for p in live)


def test_a_live_call_on_no_case_says_so(coach: Coach):
    proc = coach(["live", "nowhere"], stdin="hello\n")
    assert proc.returncode == 2 and "no conversation 'nowhere'" in proc.stderr
