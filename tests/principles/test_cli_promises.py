"""`coach check` and `coach promises` in the terminal, in-process against the session Redis."""

from __future__ import annotations

import json

from tests.coach_cli import Coach
from tests.principles.test_cli_case_lifecycle import finish, queue

REPLY = (
    "Hi Priya, I'm sorry if you were annoyed by the sync. I guarantee it won't happen "
    "again, and I'll refund you $400 today. I'll call you back within 30 minutes."
)


def promises(coach: Coach, *args: str) -> list[dict]:
    proc = coach(["promises", "--json", *args])
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_checked_reply_is_flagged_corrected_and_its_promises_tracked_once_sent(coach):
    finish(coach, "term")
    scripted = promises(coach, "--thread", "term")
    assert scripted and {p["source"] for p in scripted} == {"script"}

    proc = coach(["check", "term"], stdin=REPLY)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for shown in ("hedged apology", "over promise", "outside envelope", "Corrected"):
        assert shown in out, out
    assert "$400" not in out.split("Corrected")[1], "the corrected reply names no sum"
    checked = json.loads(coach(["check", "term", "--json"], stdin=REPLY).stdout)
    assert not checked["passed"] and "guarantee" not in checked["corrected"].lower()
    assert {"hedged-apology", "over-promise", "outside-envelope"} <= {
        f["kind"] for f in checked["flags"]
    }
    assert promises(coach, "--thread", "term") == scripted, "checked, not yet sent"

    sent = coach(["check", "term", "--sent", checked["id"]])
    assert sent.returncode == 0, sent.stderr
    assert "recorded as sent (corrected)" in sent.stdout and "within 30 minutes" in sent.stdout
    again = coach(["check", "term", "--sent", checked["id"], "--as-written"])
    assert "No new promise" in again.stdout, "a second --sent adds nothing"

    rows = promises(coach, "--thread", "term")
    call = next(p for p in rows if p["source"] == "checked_reply")
    assert call["status"] == "due soon" and call["due_kind"] == "duration"
    table = coach(["promises"]).stdout
    assert f"Done? coach promises kept {call['id']}" in table
    assert queue(coach)["term"]["promise_due"] is not None

    kept = coach(["promises", "kept", call["id"]])
    assert kept.returncode == 0 and "Kept:" in kept.stdout
    assert call["id"] not in {p["id"] for p in promises(coach)}
    assert call["id"] in {p["id"] for p in promises(coach, "--all")}


def test_check_refuses_what_it_cannot_check_in_one_line(coach):
    finish(coach, "bad")
    for args, stdin, says in [
        (["check", "bad"], "", "Paste the reply"),
        (["check", "nope", "I'm sorry."], "", "no conversation 'nope'"),
        (["check", "bad"], "x" * 7000, "characters"),
        (["check", "bad", "--sent", "c0000"], "", "no checked reply"),
        (["promises", "kept", "p123"], "", "no promise 'p123'"),
    ]:
        proc = coach(args, stdin=stdin)
        assert proc.returncode == 2 and says in proc.stderr, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
    binary = coach(["check", "bad"], stdin="Sorry\x00 if\ufffd you were upset \u0000")
    assert binary.returncode == 0 and "hedged apology" in binary.stdout


def test_a_reply_in_the_customers_words_is_not_changed(coach):
    finish(coach, "fine")
    text = "Priya, I'm sorry the list took a day to sync. I'll check it myself tomorrow."
    checked = json.loads(coach(["check", "fine", text, "--json"]).stdout)
    assert checked["passed"] and checked["corrected"] == text
