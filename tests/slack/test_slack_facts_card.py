"""The facts card in Slack, through real Bolt over signed HTTP and the fake Web API: posted
before the first section, corrected by form or by a thread reply, re-priced at once,
stale clicks ignored, Looks right starts drafting."""

from __future__ import annotations

import asyncio
import json

from tests.cases import B2C_MINOR
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CARD,
    CHANNEL,
    STRANGER,
    body_text,
    bot_messages,
    heading,
    mention,
    press,
    slack,
    wait_for_ephemeral,
    wait_for_heading,
)


def form_values(**changes: dict) -> dict[str, dict]:
    """A submission of the Correct… form: block id -> action id -> state value."""
    return {block: {"value": state} for block, state in changes.items()}


async def open_form(url: str, fake, card: dict) -> dict:
    await press(url, card, "coach_card_correct")
    return await fake.wait_for_async(
        lambda: next((v for v in fake.views if v["callback_id"] == "coach_facts"), None)
    )


async def test_correct_opens_a_prefilled_form_and_a_submission_reprices_the_case(bot, fake):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    card = await wait_for_heading(fake, thread, f"{CARD} before I draft (card 1)")
    assert not any("/7" in heading(m) for m in bot_messages(fake, thread)), "nothing drafted yet"
    shown = body_text(card)
    assert "*Value per year:* $180 a year" in shown and "_stated: “" in shown
    assert "*Leads to:* Basic level · recommended package in kind only, no money" in shown

    form = await open_form(url, fake, card)
    fields = {b["block_id"]: b["element"] for b in form["blocks"]}
    assert fields["value_per_year"]["type"] == "number_input"
    assert fields["value_per_year"]["initial_value"] == "180"
    assert fields["segment"]["initial_option"]["value"] == "b2c"
    assert fields["severity"]["initial_option"]["value"] == "minor"
    assert fields["currency"]["initial_option"]["value"] == "USD"
    assert fields["tenure_years"]["initial_value"] == "0.67"
    assert fields["customer_name"]["initial_value"] == "Priya Shah"

    submitted = form_values(
        value_per_year={"type": "number_input", "value": "400000"},
        severity={"type": "static_select", "selected_option": {"value": "major"}},
        segment={"type": "static_select", "selected_option": {"value": "b2c"}},
        signals_0={"type": "checkboxes", "selected_options": [{"value": "churn"}]},
    )
    assert (await post_async(url, slack.view_submission(form, values=submitted)))[0] == 200
    again = await wait_for_heading(fake, thread, f"{CARD} before I draft (card 2)")
    text = body_text(again)
    assert "Corrected: value per year, severity, churn on." in text, "unchanged fields stay"
    assert "Triage now premium" in text and "(was basic, in kind only, no money)" in text
    assert "*Leads to:* Premium level" in text
    assert "*Value per year:* $400,000 a year · _corrected, by the agent" in text
    case = f"slack:{CHANNEL}:{thread}"
    assert (await served.coach.queue.get(case)).investment_level == "premium", "queue re-priced"

    await press(url, card, "coach_card_confirm")
    await wait_for_ephemeral(fake, "older version")
    await asyncio.sleep(0.3)
    assert not any("/7" in heading(m) for m in bot_messages(fake, thread)), "a stale click"

    await press(url, again, "coach_card_confirm")
    section = await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v1")
    assert float(section["ts"]) > float(again["ts"])
    plan = await served.coach.service.preview(case)
    assert plan.decision.investment_level == "premium" and plan.decision.recommended.total > 0


async def test_a_thread_reply_corrects_the_card_and_bad_lines_get_help(bot, fake):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    card = await wait_for_heading(fake, thread, f"{CARD} before I draft (card 1)")

    typo = slack.message("set vlaue 24000/yr", channel=CHANNEL, thread_ts=thread)
    assert (await post_async(url, typo))[0] == 200
    await wait_for_ephemeral(fake, "I can't set 'vlaue 24000/yr'. Looks right? Type ok")

    reply = slack.message(
        "set value €2,500/month; set tier Gold", channel=CHANNEL, thread_ts=thread
    )
    assert (await post_async(url, reply))[0] == 200
    again = await wait_for_heading(fake, thread, f"{CARD} before I draft (card 2)")
    text = body_text(again)
    assert "€30,000 a year" in text and "*Their tier:* Gold" in text
    assert "Top-status customer" in text, "€30,000 a year makes a consumer top-status"
    assert "$" not in text.split("Triage now")[1].split("(was")[0]

    await press(url, card, "coach_card_correct", user=STRANGER)
    await wait_for_ephemeral(fake, "case owner", user=STRANGER)
    await press(url, card, "coach_card_correct")
    await wait_for_ephemeral(fake, "older version")
    assert not [v for v in fake.views if v["callback_id"] == "coach_facts"], (
        "no form on a stale card"
    )

    ok = slack.message("looks right", channel=CHANNEL, thread_ts=thread)
    assert (await post_async(url, ok))[0] == 200
    await wait_for_heading(fake, thread, "1/7 · Issue Analysis · v1")


async def test_a_form_value_out_of_range_is_refused_in_the_form(bot, fake):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    card = await wait_for_heading(fake, thread, CARD)
    form = await open_form(url, fake, card)
    bad = form_values(tenure_years={"type": "number_input", "value": "900"})
    status, body = await post_async(url, slack.view_submission(form, values=bad))
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors" and "tenure_years" in answer["errors"]
    await asyncio.sleep(0.3)
    now = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert now.prompt.version == 1, "nothing changed"
