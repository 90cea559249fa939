"""A Spanish case in Slack, through real Bolt over signed HTTP and the fake Web API: the
holding script and the script are in Spanish, the facts card shows both languages and
local amounts, a revision typed in the thread ("más formal") gives a more formal Spanish
script, and the posted plan writes its money the Spanish way."""

from __future__ import annotations

import html

from graph.drafting.guard import voices
from tests.fakes.slack_requests import post_async
from tests.language_cases import LANGUAGE_CASES
from tests.slack.helpers import (
    CARD,
    CHANNEL,
    DIRECTOR,
    approve_to_plan_review,
    body_text,
    bot_messages,
    heading,
    mention,
    press,
    slack,
    wait_for_heading,
)
from tests.test_customer_languages import language_of

CASE = LANGUAGE_CASES["es"]


async def say(url: str, thread: str, text: str) -> None:
    status, _ = await post_async(url, slack.message(text, channel=CHANNEL, thread_ts=thread))
    assert status == 200


def script_of(message: dict) -> str:
    """The lines for the customer in a section message (its markdown blocks, escaped as
    every dynamic text is)."""
    markdown = "\n".join(b["text"] for b in message["blocks"] if b["type"] == "markdown")
    return voices(html.unescape(markdown))[0]


async def test_a_spanish_case_is_coached_in_spanish_and_revised_in_spanish(bot, fake):
    url, served = bot
    thread = await mention(url, CASE.complaint)
    holding = await wait_for_heading(fake, thread, "Say this now")
    spoken = "\n".join(b["text"]["text"] for b in holding["blocks"] if b["type"] == "section")
    assert language_of(spoken) == "es", spoken

    await fake.wait_for_async(
        lambda: next(
            (m for m in bot_messages(fake, thread) if "already been tried" in m["text"]), None
        )
    )
    await say(url, thread, CASE.tried)
    card = await wait_for_heading(fake, thread, CARD)
    shown = body_text(card)
    assert "*Customer's language:* Spanish (es)" in shown
    assert "*Your language:* Spanish (es)" in shown
    assert "*Greet them:* “señora Castaño”" in shown
    assert "2.300,00\xa0€ a year" in shown
    assert "Offline" not in shown

    await press(url, card, "coach_card_confirm")
    section = await wait_for_heading(fake, thread, "1/7")
    assert "the offline coach writes its coaching in English" in body_text(section), (
        "the agent wrote in Spanish: told once that offline coaching is English"
    )
    for index in (2, 3):
        await press(url, section, "coach_approve")
        section = await wait_for_heading(fake, thread, f"{index}/7")
    assert heading(section).startswith("3/7 · Immediate Response · v1")
    script = script_of(section)
    assert language_of(script) == "es" and script.startswith("Hola, señora Castaño.")

    await say(url, thread, "más formal")
    formal = await wait_for_heading(fake, thread, "3/7 · Immediate Response · v2")
    revised = script_of(formal)
    assert language_of(revised) == "es"
    assert revised.startswith("Buenos días, señora Castaño. Le habla")
    assert "Lamento profundamente lo ocurrido." in revised

    await say(url, thread, "for email")
    email = await wait_for_heading(fake, thread, "3/7 · Immediate Response · v3")
    written = script_of(email)
    assert "**Asunto:** Qué ha fallado" in written and "Un cordial saludo," in written
    assert language_of(written) == "es"

    final = await approve_to_plan_review(url, fake, thread, section=email)
    case = f"slack:{CHANNEL}:{thread}"
    # Whether the package needs a sign-off is the policy's call on this case's facts:
    # read it before the press, not after (the press is acked before it is handled).
    priced = (await served.coach.service.preview(case)).decision
    await press(url, final, "coach_finalize")
    if priced.recommended.total > priced.authority_cap and priced.approver:
        approval = await wait_for_heading(fake, thread, "Approval needed")
        assert "€" in body_text(approval) and "€2" not in body_text(approval)
        await press(url, approval, "coach_grant", user=DIRECTOR)
    summary = await wait_for_heading(fake, thread, "Resolution plan")
    decision = (await served.coach.service.current(case)).plan.decision
    package = decision.money(decision.recommended.total)
    assert f"*Package ({package}):*" in body_text(summary)
    assert "Buenos días, señora Castaño" in body_text(summary), "the Spanish script to copy"
    upload = await fake.wait_for_async(lambda: fake.files[-1] if fake.files else None)
    assert package in upload.text and "**Asunto:**" in upload.text, "the file agrees"


async def test_the_correct_form_sets_the_languages_and_the_greeting(bot, fake):
    url, served = bot
    french = LANGUAGE_CASES["fr"]
    thread = await mention(url, french.complaint)
    await fake.wait_for_async(
        lambda: next(
            (m for m in bot_messages(fake, thread) if "already been tried" in m["text"]), None
        )
    )
    await say(url, thread, french.tried)
    card = await wait_for_heading(fake, thread, f"{CARD} before I draft (card 1)")
    assert "*Customer's language:* French (fr)" in body_text(card)
    await press(url, card, "coach_card_correct")
    form = await fake.wait_for_async(
        lambda: next((v for v in fake.views if v["callback_id"] == "coach_facts"), None)
    )
    fields = {b["block_id"]: b["element"] for b in form["blocks"]}
    assert fields["language"]["initial_option"]["value"] == "fr"
    assert fields["agent_language"]["initial_option"]["value"] == "en"
    assert fields["address"]["initial_option"]["value"] == "female"

    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "de"}}},
        "address": {"value": {"type": "static_select", "selected_option": {"value": "name"}}},
    }
    assert (await post_async(url, slack.view_submission(form, values=values)))[0] == 200
    again = await wait_for_heading(fake, thread, f"{CARD} before I draft (card 2)")
    shown = body_text(again)
    assert "Corrected: customer's language, how to greet them" in shown
    assert "Triage now basic, 62,00\xa0€ (was standard, 157,00\xa0€)" in shown
    assert "*Customer's language:* German (de) · _corrected" in shown
    assert "*Greet them:* “Aurélie Fontaine”" in shown
    await press(url, again, "coach_card_confirm")
    section = await wait_for_heading(fake, thread, "1/7")
    for index in (2, 3):
        await press(url, section, "coach_approve")
        section = await wait_for_heading(fake, thread, f"{index}/7")
    assert script_of(section).startswith("Guten Tag, Aurélie Fontaine, hier spricht")
    case = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert case.prompt.key == "response"
