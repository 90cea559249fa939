"""Typed replies in a Slack case thread mean what they mean in the terminal.

`approve`, `back to <section>`, `regenerate` and `edit` are read by the same parser as
`coach chat`; anything else is an instruction to revise. Real Bolt over signed HTTP.
"""

from __future__ import annotations

from typing import Any

from tests.cases import B2C_MINOR
from tests.fakes.fake_slack_api import FakeSlackApi
from tests.fakes.slack_requests import post_async
from tests.slack.helpers import (
    CHANNEL,
    bot_messages,
    first_section,
    heading,
    mention,
    slack,
    wait_for_ephemeral,
)


async def say(url: str, thread: str, text: str) -> None:
    status, _ = await post_async(url, slack.message(text, channel=CHANNEL, thread_ts=thread))
    assert status == 200


async def next_heading(fake: FakeSlackApi, thread: str, after: dict[str, Any]) -> str:
    """The heading of the first section message posted after `after`."""

    def find() -> str | None:
        later = [
            m
            for m in bot_messages(fake, thread)
            if float(m["ts"]) > float(after["ts"]) and "/7 · " in heading(m)
        ]
        return heading(later[0]) if later else None

    return await fake.wait_for_async(find, timeout=30)


def newest_section(fake: FakeSlackApi, thread: str) -> dict[str, Any]:
    return next(m for m in reversed(bot_messages(fake, thread)) if "/7 · " in heading(m))


async def test_approve_back_shorter_regenerate_and_edit_typed_in_the_thread(bot, fake):
    url, served = bot
    thread = await mention(url, B2C_MINOR)
    section = await first_section(url, fake, thread)
    assert heading(section).startswith("1/7 · Issue Analysis · v1")

    await say(url, thread, "approve")
    assert (await next_heading(fake, thread, section)).startswith("2/7 · Customer Value"), (
        "approve moves on, it is not an instruction to revise"
    )
    now = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert now.prompt.key == "value" and now.prompt.version == 1

    section = newest_section(fake, thread)
    await say(url, thread, "back to analysis")
    assert (await next_heading(fake, thread, section)).startswith("1/7 · Issue Analysis · v1")

    section = newest_section(fake, thread)
    await say(url, thread, "shorter")
    assert (await next_heading(fake, thread, section)).startswith("1/7 · Issue Analysis · v2")

    section = newest_section(fake, thread)
    await say(url, thread, "LGTM")
    assert (await next_heading(fake, thread, section)).startswith(
        "2/7 · Customer Value Assessment · v1"
    )

    section = newest_section(fake, thread)
    await say(url, thread, "regenerate")
    assert (await next_heading(fake, thread, section)).startswith(
        "2/7 · Customer Value Assessment · v2"
    )

    await say(url, thread, "edit")
    await wait_for_ephemeral(fake, "reply `edit` with the new text")
    section = newest_section(fake, thread)
    mine = "A two-year customer on the family plan; losing her costs far more than a credit."
    await say(url, thread, f"edit\n{mine}")
    assert (await next_heading(fake, thread, section)).startswith(
        "2/7 · Customer Value Assessment · v3"
    )
    now = await served.coach.service.current(f"slack:{CHANNEL}:{thread}")
    assert now.prompt.text == mine
