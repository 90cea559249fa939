"""Promises read from what the agent says, each with a due time in the case's time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from graph.commitments import find_commitments

LONDON = ZoneInfo("Europe/London")
MADE = datetime(2026, 3, 4, 14, 10, tzinfo=LONDON)
"""A Wednesday afternoon."""


def due(text: str, made: datetime = MADE) -> list[tuple[str, str | None]]:
    """(kind, due time as 'Thu 05 Mar 12:00' in the case's zone) for each promise."""
    out = []
    for c in find_commitments(text, made, unstated_hours=24):
        at = datetime.fromtimestamp(c.due.at, made.tzinfo) if c.due.at else None
        out.append((c.due.kind, at.strftime("%a %d %b %H:%M") if at else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll call you by 3pm.", [("clock", "Wed 04 Mar 15:00")]),
        ("I'll call you back by 2pm.", [("clock", "Thu 05 Mar 14:00")]),  # 2pm has passed
        ("You'll have the report on Friday.", [("day", "Fri 06 Mar 17:00")]),
        ("The credit will show on your next invoice.", [("next_invoice", None)]),
        ("Your refund will appear on the next statement.", [("next_invoice", None)]),
        ("We'll get back to you within 48 hours.", [("duration", "Fri 06 Mar 14:10")]),
        ("I'll send the root cause within 3 business days.", [("duration", "Mon 09 Mar 14:10")]),
        ("I'll text you in 30 minutes.", [("duration", "Wed 04 Mar 14:40")]),
        ("I'll ring you tomorrow morning.", [("day", "Thu 05 Mar 12:00")]),
        ("We will email the summary tonight.", [("day", "Wed 04 Mar 21:00")]),
        ("I'll confirm by end of day.", [("day", "Wed 04 Mar 17:00")]),
        ("Our billing team will refund the fee by the end of the week.",
         [("day", "Fri 06 Mar 17:00")]),
        ("I'll follow up next week.", [("day", "Fri 13 Mar 17:00")]),
        ("I'll call you next Friday at 10am.", [("clock", "Fri 13 Mar 10:00")]),
        ("We'll have an engineer with you by the 15th.", [("day", "Sun 15 Mar 17:00")]),
        ("I'll review it personally by March 20.", [("day", "Fri 20 Mar 17:00")]),
        ("I'll phone you at 9:30 tomorrow ET.", [("clock", "Thu 05 Mar 14:30")]),
        ("We'll credit the day that failed.", [("unstated", "Thu 05 Mar 14:10")]),
        ("I'll do everything I can to get you a fix by Friday.", [("day", "Fri 06 Mar 17:00")]),
        ("I'll email the notes by noon and call you on Monday at 4.",
         [("clock", "Thu 05 Mar 12:00"), ("clock", "Mon 09 Mar 16:00")]),
        # a leading zero is a 24-hour clock: "before 01:00" late at night is one in the morning
        ("I'll send the next update tomorrow before 01:00.", [("clock", "Thu 05 Mar 01:00")]),
        ("I'll send the next update at 05:30.", [("clock", "Thu 05 Mar 05:30")]),
        ("I'll send the next update by 5:30.", [("clock", "Wed 04 Mar 17:30")]),
    ],
)  # fmt: skip
def test_each_promise_gets_a_due_time(text, expected):
    assert due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'll be your single point of contact until it is resolved.",
        "Shall I call you at 3pm?",
        "I will not be able to call you today.",
        "I can't promise it will never fail again.",
        "The outage lasted 4 hours on Tuesday.",
        "You'll see the difference.",
        "Thank you for your patience with us.",
    ],
)
def test_what_is_not_a_promise_is_not_tracked(text):
    assert due(text) == []


def test_a_declined_promise_does_not_hide_the_real_one_after_it():
    found = find_commitments(
        "I can't promise it won't happen again, but I'll send the root cause by Friday.",
        MADE,
        24,
    )
    assert [c.text for c in found] == ["I'll send the root cause by Friday"]
    assert found[0].due.said == "by Friday"


def test_a_promise_reads_as_said_without_the_words_that_join_it_to_the_next():
    found = find_commitments(
        "I'll have an update for you within 48 hours, and you'll hear from me by 5pm.", MADE, 24
    )
    assert [c.text for c in found] == [
        "I'll have an update for you within 48 hours",
        "you'll hear from me by 5pm",
    ]


def test_every_promise_in_a_paragraph_is_found():
    text = (
        "I'm sorry. We'll credit the day that failed. I'd like to talk it through: could we "
        "speak tomorrow? Either way, you'll hear from me within 24 hours. I'll also email "
        "the incident summary by Friday, and the credit will show on your next invoice."
    )
    assert [kind for kind, _ in due(text)] == ["unstated", "duration", "day", "next_invoice"]


def test_due_times_follow_the_cases_time_zone():
    tokyo = datetime(2026, 3, 4, 23, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert due("I'll call you by 3pm.", tokyo) == [("clock", "Thu 05 Mar 15:00")]
    new_york = MADE.astimezone(ZoneInfo("America/New_York"))
    assert due("I'll call you tomorrow.", new_york) == [("day", "Thu 05 Mar 17:00")]
