"""Settings that would silently stall a workflow are said out loud, in the thread and by
`coach doctor`, instead of refusing everyone."""

from __future__ import annotations

from bot.doctor import doctor
from bot.settings import Settings
from tests.cases import B2B_OUTAGE
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CHANNEL,
    DIRECTOR,
    approve_to_plan_review,
    confirm_card,
    mention,
    press,
    slack,
    wait_for_ephemeral,
    wait_for_heading,
)


async def test_without_approvers_the_thread_says_why_nobody_can_approve(serve_bot, fake):
    url, _ = await serve_bot(COACH_APPROVERS="")
    thread = await mention(url, B2B_OUTAGE)
    await wait_for_heading(fake, thread, "Say this now")
    reply = slack.message("Nothing yet.", channel=CHANNEL, thread_ts=thread)
    assert (await post_async(url, reply))[0] == 200
    await confirm_card(url, fake, thread)
    final = await approve_to_plan_review(url, fake, thread)
    await press(url, final, "coach_finalize")
    approval = await wait_for_heading(fake, thread, "Approval needed")
    note = await fake.wait_for_async(
        lambda: next(
            (
                m
                for m in fake.messages_in(CHANNEL, thread)
                if "No approver is configured" in m["text"]
            ),
            None,
        )
    )
    assert "COACH_APPROVERS" in note["text"]
    await press(url, approval, "coach_grant", user=DIRECTOR)
    await wait_for_ephemeral(fake, "No approver is configured", user=DIRECTOR)


async def test_doctor_warns_about_missing_approvers_and_leads_without_failing():
    lines: list[str] = []
    settings = Settings(  # type: ignore[call-arg]
        SLACK_BOT_TOKEN="xoxb-1234567890-abcdef",
        SLACK_SIGNING_SECRET="0123456789abcdef0123456789abcdef",
        COACH_APPROVERS="",
        COACH_LEADS="",
        REDIS_URL=None,
    )
    assert await doctor(settings, lines.append) == 0
    warnings = [line for line in lines if line.startswith("warn")]
    assert any("COACH_APPROVERS is empty" in w and "$250" in w for w in warnings)
    assert any("COACH_LEADS is empty" in w for w in warnings)
