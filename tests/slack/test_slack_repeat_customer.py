"""Principle 6 in Slack: a second failure for the same customer is flagged and stepped up.

The first case is finished in one thread; the same customer's next complaint, in a
new thread, reads the resolution log during triage.
"""

from __future__ import annotations

from tests.cases import B2C_MINOR
from tests.slack.helpers import (
    CARD,
    CHANNEL,
    approve_to_plan,
    body_text,
    first_section,
    mention,
    wait_for_heading,
)


async def test_the_same_customer_twice_is_flagged_and_gets_more(bot, fake):
    url, served = bot
    first = await mention(url, B2C_MINOR)
    section = await first_section(url, fake, first)
    assert "Repeat customer" not in body_text(section)
    await approve_to_plan(url, fake, first)

    again = await mention(url, B2C_MINOR)
    card = await wait_for_heading(fake, again, CARD)
    assert "Repeat customer: 1 earlier escalation" in body_text(card), "shown before drafting"
    assert "Standard level" in body_text(card)
    before = await served.coach.queue.get(f"slack:{CHANNEL}:{first}")
    after = await served.coach.queue.get(f"slack:{CHANNEL}:{again}")
    assert (before.investment_level, after.investment_level) == ("basic", "standard")
    assert after.priority_score > before.priority_score
