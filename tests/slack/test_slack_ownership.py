"""Principles 1 and 4 in Slack: one named owner per case, reassignable, with a direct contact.

A roster file names who may own cases; the premium B2B outage gets the most
senior member with room suggested on its owner card, and the scripts drafted
after a hand-over name the new owner and give their direct line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.fakes.slack_requests import post_async
from tests.slack.conftest import ServeBot
from tests.slack.helpers import (
    CHANNEL,
    LEAD,
    STRANGER,
    actions,
    approve_to_plan,
    body_text,
    bot_messages,
    first_section,
    heading,
    mention,
    press,
    slack,
    wait_for_ephemeral,
    wait_for_heading,
)

SENIOR = "U0DANAKIM"
DIRECT_LINE = "+1 555 0100"
ROSTER = {
    "members": [
        {"name": "Dana Kim", "slack_user": SENIOR, "seniority": 9, "max_cases": 2,
         "contact": DIRECT_LINE},
        {"name": "Lee Lead", "slack_user": LEAD, "seniority": 6, "max_cases": 5},
    ]
}  # fmt: skip


@pytest.fixture
async def rostered(serve_bot: ServeBot, tmp_path: Path):
    path = tmp_path / "roster.json"
    path.write_text(json.dumps(ROSTER), encoding="utf-8")
    return await serve_bot(COACH_ROSTER_FILE=str(path))


def owner_card(fake, thread: str) -> dict:
    return next(m for m in bot_messages(fake, thread) if "coach_reassign" in actions(m))


async def to_first_section(url: str, fake, complaint: str) -> str:
    thread = await mention(url, complaint)
    if complaint == B2B_OUTAGE:
        await fake.wait_for_async(
            lambda: any("already been tried" in m["text"] for m in bot_messages(fake, thread))
        )
        reply = slack.message("Nothing yet, only the ticket.", channel=CHANNEL, thread_ts=thread)
        assert (await post_async(url, reply))[0] == 200
    await first_section(url, fake, thread)
    return thread


async def test_a_premium_case_suggests_the_most_senior_person_and_hands_over(rostered, fake):
    url, served = rostered
    thread = await to_first_section(url, fake, B2B_OUTAGE)
    case_id = f"slack:{CHANNEL}:{thread}"
    card = owner_card(fake, thread)
    text = body_text(card)
    assert f"<@{slack.user_id}>" in text and "#1" in text, "owner and queue place are shown"
    assert "Dana Kim" in text and "seniority 9" in text
    assert "coach_assign" in actions(card)

    await press(url, card, "coach_assign", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    assert (await served.coach.cases.get(case_id)).owner_id == slack.user_id

    await press(url, card, "coach_assign")
    await fake.wait_for_async(
        lambda: any("now owns this case" in m["text"] for m in bot_messages(fake, thread))
    )
    handover = next(m for m in bot_messages(fake, thread) if "now owns" in m["text"])
    assert f"<@{SENIOR}>" in handover["text"] and DIRECT_LINE in handover["text"]
    assert (await served.coach.cases.get(case_id)).owner_id == SENIOR
    assert (await served.coach.queue.get(case_id)).owner_id == SENIOR

    # The previous owner is now a bystander; the new owner drives the case.
    section = await wait_for_heading(fake, thread, "1/7")
    await press(url, section, "coach_approve")
    await wait_for_ephemeral(fake, "case owner", user=slack.user_id)
    for index in (2, 3):
        await press(url, section, "coach_approve", user=SENIOR)
        section = await wait_for_heading(fake, thread, f"{index}/7")
    assert heading(section).startswith("3/7 · Immediate Response")
    script = body_text(section)
    assert "Dana Kim" in script and DIRECT_LINE in script, "the script names the new owner"
    assert "[your direct line or email]" not in script


async def test_reassign_by_form_moves_the_case_and_its_follow_ups(rostered, fake):
    url, served = rostered
    thread = await to_first_section(url, fake, B2C_MINOR)
    case_id = f"slack:{CHANNEL}:{thread}"
    card = owner_card(fake, thread)
    assert "coach_assign" not in actions(card), "a basic case gets no senior suggestion"

    await press(url, card, "coach_reassign")
    modal = await fake.wait_for_async(
        lambda: next((v for v in fake.views if v["callback_id"] == "coach_reassign"), None)
    )
    assert modal["blocks"][0]["element"]["initial_user"] == slack.user_id
    picked = {"type": "users_select", "selected_user": LEAD}
    values = {"owner": {"value": picked}, "contact": {"value": "lee@example.com"}}
    submit = slack.view_submission(modal, values=values)
    assert (await post_async(url, submit))[0] == 200
    await fake.wait_for_async(
        lambda: any("now owns this case" in m["text"] for m in bot_messages(fake, thread))
    )
    case = await served.coach.cases.get(case_id)
    assert (case.owner_id, case.owner_name, case.owner_contact) == (
        LEAD,
        "Lee Lead",
        "lee@example.com",
    )

    await approve_to_plan(url, fake, thread, user=LEAD)
    followups = await served.coach.followups.for_thread(case_id)
    assert followups and {f.owner_id for f in followups} == {LEAD}
    logged = await served.coach.tracker.log.get(case_id)
    assert logged is not None and logged.owner == LEAD


async def test_the_owner_card_is_posted_once_and_reassigning_to_the_owner_changes_nothing(
    rostered, fake
):
    url, _ = rostered
    thread = await to_first_section(url, fake, B2C_MINOR)
    card = owner_card(fake, thread)
    section = await wait_for_heading(fake, thread, "1/7")
    await press(url, section, "coach_regenerate")
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v2")
    cards = [m for m in bot_messages(fake, thread) if "coach_reassign" in actions(m)]
    assert len(cards) == 1

    await press(url, card, "coach_reassign")
    modal = await fake.wait_for_async(
        lambda: next((v for v in fake.views if v["callback_id"] == "coach_reassign"), None)
    )
    same = {"owner": {"value": {"type": "users_select", "selected_user": slack.user_id}}}
    assert (await post_async(url, slack.view_submission(modal, values=same)))[0] == 200
    await wait_for_ephemeral(fake, "already owns this case")
    assert not any("now owns" in m["text"] for m in bot_messages(fake, thread))
