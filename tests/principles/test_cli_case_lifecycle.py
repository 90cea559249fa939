"""After the plan, in the terminal: updates, follow-ups and outcomes, `coach` in-process."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from tests.cases import B2C_MINOR
from tests.coach_cli import Coach
from tests.principles.test_cli_principles import one_line


def finish(coach: Coach, thread: str, **env: str) -> str:
    lines = [one_line(B2C_MINOR), "ok", *["approve"] * 8]
    proc = coach(["chat", "--thread", thread], stdin="\n".join(lines) + "\n", **env)
    assert proc.returncode == 0, proc.stderr
    return " ".join(proc.stdout.split())


def queue(coach: Coach) -> dict[str, dict]:
    return {r["thread"]: r for r in json.loads(coach(["queue", "--json"]).stdout)}


def test_update_then_outcome_round_trips_into_the_export_and_closes_the_case(coach):
    shown = finish(coach, "life")
    assert "coach update life" in shown and "coach log outcome life" in shown
    before = queue(coach)["life"]["next_update_due"]
    proc = coach(["update", "life"])
    assert proc.returncode == 0 and "customer updated. Next update due" in proc.stdout
    assert queue(coach)["life"]["next_update_due"] > before

    proc = coach(["log", "outcome", "life", "retained", "--note", "Stayed; liked the call."])
    assert proc.returncode == 0, proc.stderr
    assert "Resolved, customer retained; the case has left the queue" in proc.stdout
    assert "life" not in queue(coach)
    record = json.loads(coach(["log", "export"]).stdout.splitlines()[0])
    assert (record["outcome"], record["outcome_note"]) == ("retained", "Stayed; liked the call.")
    rows = list(csv.DictReader(io.StringIO(coach(["log", "export", "--format", "csv"]).stdout)))
    assert (rows[0]["outcome"], rows[0]["outcome_note"]) == ("retained", "Stayed; liked the call.")


def test_followups_list_what_a_final_plan_scheduled_soonest_first(coach):
    finish(coach, "fu0")
    finish(coach, "fu", COACH_OWNER_NAME="Sam Rivera", COACH_OWNER_CONTACT="sam@example.com")
    rows = json.loads(coach(["followups", "--json"]).stdout)
    assert [r["due_at"] for r in rows] == sorted(r["due_at"] for r in rows), "soonest first"
    days = {t: [r["day"] for r in rows if r["thread"] == t] for t in ("fu0", "fu")}
    # The first (basic) case gets one check-in a week on; the same customer's second
    # failure is stepped up and gets a next-day check-in as well.
    assert days["fu0"] == [7] and days["fu"][0] == 1 and 7 in days["fu"]
    first = rows[0]
    assert (first["thread"], first["who"], first["owner_id"]) == ("fu", "owner", "Sam Rivera")
    assert not any(r["due"] for r in rows), "nothing is due the moment the plan is final"
    check_in = first["check_in"]
    assert check_in.startswith("Hi Priya Shah, it's Sam Rivera") and "sam@example.com" in check_in
    assert "$" not in check_in, "a check-in never names money"
    table = coach(["followups"]).stdout
    assert table.index("DUE") < table.index("Priya Shah (fu)") < table.index("Priya Shah (fu0)")

    # The agent reads the times in their own language and clock; --json keeps the epoch.
    due = datetime.fromtimestamp(first["due_at"], ZoneInfo("Europe/Berlin"))
    german = coach(["followups"], COACH_AGENT_LANGUAGE="de", COACH_TIMEZONE="Europe/Berlin")
    expected = f"{format_skeleton('MMMEd', due, locale='de')} {due:%H:%M}"
    assert expected in german.stdout, german.stdout
    in_utc = datetime.fromtimestamp(first["due_at"], ZoneInfo("UTC"))  # the default clock
    assert format_skeleton("MMMEd", in_utc, locale="en") in table


def test_bad_thread_or_outcome_gets_one_line_and_exit_2(coach):
    for args, message in [
        (["update", "nope"], "'nope' is not in the queue"),
        (["log", "outcome", "nope", "resolved"], "no final plan for 'nope'"),
        (["log", "outcome", "nope", "won"], "invalid choice: 'won'"),
    ]:
        proc = coach(args)
        assert proc.returncode == 2 and message in proc.stderr, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
