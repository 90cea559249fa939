"""What the Slack tests do again and again: read the thread the fake recorded, press buttons.

Everything goes to the bot the way Slack sends it, as signed requests to its HTTP
endpoint (an `Endpoint` that is a URL) or as envelopes down its Socket Mode connection
(the fake's `SocketModeLink`), and is read back from the fake Web API, the way a person
would see it in Slack.
"""

from __future__ import annotations

import json
import time
from typing import Any

from tests.fakes.fake_slack_api import FakeSlackApi
from tests.fakes.slack_requests import SlackRequest, SlackRequestFactory, post_async
from tests.fakes.socket_mode import SocketModeLink

SECRET = "test-signing-secret"
CHANNEL = "C0SUPPORT1"
DIRECTOR = "U0DIRECTOR"
STRANGER = "U0STRANGER"
LEAD = "U0TEAMLEAD"

slack = SlackRequestFactory(SECRET)

Endpoint = str | SocketModeLink
"""Where a request goes: the bot's /slack/events URL, or its Socket Mode connection."""


async def send(endpoint: Endpoint, request: SlackRequest) -> None:
    """Deliver `request` as Slack would; it must be acked within Slack's 3 seconds."""
    started = time.monotonic()
    if isinstance(endpoint, SocketModeLink):
        await endpoint.deliver(request)
    else:
        status, _ = await post_async(endpoint, request)
        assert status == 200
    assert time.monotonic() - started < 3, "acked within Slack's 3 s"


def bot_messages(fake: FakeSlackApi, thread_ts: str, channel: str = CHANNEL) -> list[dict]:
    return fake.messages_in(channel, thread_ts, bot_only=True)


def actions(message: dict[str, Any]) -> set[str]:
    return {
        element.get("action_id", "")
        for block in message.get("blocks") or []
        if block["type"] == "actions"
        for element in block["elements"]
    }


def heading(message: dict[str, Any]) -> str:
    return next(
        (b["text"]["text"] for b in message.get("blocks") or [] if b["type"] == "header"), ""
    )


def body_text(message: dict[str, Any]) -> str:
    """Everything a reader sees in a message's blocks, as one string to search."""
    return json.dumps(message.get("blocks") or [], ensure_ascii=False)


async def wait_for_heading(
    fake: FakeSlackApi, thread_ts: str, text: str, channel: str = CHANNEL, timeout: float = 30
) -> dict[str, Any]:
    """The newest bot message in the thread whose header contains `text`, once it exists."""

    def find() -> dict[str, Any] | None:
        messages = reversed(bot_messages(fake, thread_ts, channel))
        return next((m for m in messages if text in heading(m)), None)

    return await fake.wait_for_async(find, timeout=timeout)


async def wait_until_quiet(fake: FakeSlackApi, quiet: float = 0.5, timeout: float = 15) -> int:
    """The number of calls once none has arrived for `quiet` seconds: the turn is over."""
    seen = -1
    steady_since = 0.0

    def settled() -> bool:
        nonlocal seen, steady_since
        now = time.monotonic()
        if len(fake.calls) != seen:
            seen, steady_since = len(fake.calls), now
        return now - steady_since >= quiet

    await fake.wait_for_async(settled, timeout=timeout)
    return seen


async def wait_for_ephemeral(fake: FakeSlackApi, text: str, user: str | None = None) -> dict:
    def find() -> dict[str, Any] | None:
        return next(
            (
                e
                for e in fake.ephemerals
                if text in e.get("text", "") and (user is None or e.get("user") == user)
            ),
            None,
        )

    return await fake.wait_for_async(find, timeout=15)


async def press(
    url: Endpoint,
    message: dict[str, Any],
    action: str,
    user: str | None = None,
    channel: str = CHANNEL,
) -> None:
    """Click `action` on `message` as Slack would send it (a block_actions payload)."""
    await send(url, slack.block_action(action, channel=channel, message=message, user=user))


CARD = "Check the facts"
"""The heading of the facts card, posted before the first section is drafted."""


async def confirm_card(
    url: Endpoint,
    fake: FakeSlackApi,
    thread_ts: str,
    user: str | None = None,
    channel: str = CHANNEL,
) -> dict[str, Any]:
    """Press Looks right on the facts card the thread waits on; the card pressed."""
    card = await wait_for_heading(fake, thread_ts, CARD, channel=channel)
    await press(url, card, "coach_card_confirm", user=user, channel=channel)
    return card


async def first_section(
    url: Endpoint,
    fake: FakeSlackApi,
    thread_ts: str,
    user: str | None = None,
    channel: str = CHANNEL,
) -> dict[str, Any]:
    """Confirm the facts card; the first section it starts drafting."""
    await confirm_card(url, fake, thread_ts, user, channel)
    return await wait_for_heading(fake, thread_ts, "1/7", channel=channel)


async def approve_to_plan_review(
    url: Endpoint,
    fake: FakeSlackApi,
    thread_ts: str,
    user: str | None = None,
    section: dict[str, Any] | None = None,
) -> dict:
    """Approve every section from `section` (by default the first: drafting has begun, the
    card is confirmed) to the last; the final review it leads to."""
    section = section or await wait_for_heading(fake, thread_ts, "1/7")
    for index in range(int(heading(section).split("/")[0]) + 1, 8):
        await press(url, section, "coach_approve", user=user)
        section = await wait_for_heading(fake, thread_ts, f"{index}/7")
    await press(url, section, "coach_approve", user=user)
    return await wait_for_heading(fake, thread_ts, "Final review")


async def approve_to_plan(
    url: Endpoint, fake: FakeSlackApi, thread_ts: str, user: str | None = None
) -> dict:
    """Approve every section and the final review; the posted plan."""
    final = await approve_to_plan_review(url, fake, thread_ts, user)
    await press(url, final, "coach_finalize", user=user)
    return await wait_for_heading(fake, thread_ts, "Resolution plan")


async def mention(url: Endpoint, text: str, **kwargs: Any) -> str:
    """@mention the bot in CHANNEL; returns the thread the case lives in."""
    request = slack.app_mention(text, channel=CHANNEL, **kwargs)
    await send(url, request)
    return request.event.get("thread_ts") or request.event["ts"]


HOSTILE = "<!channel> <!here> <@U123> <#C123> <https://x.example|y> &amp;"
"""Untrusted text that would broadcast, mention, link a channel or disguise a link if it
reached Slack unescaped; `&amp;` shows whether an ampersand is escaped once."""
LIVE = ("<!channel", "<!here", "<@U123", "<#C123", "<https://x.example")
LITERAL_KEYS = {"initial_value", "value", "private_metadata", "content", "filename"}
"""Keys whose strings Slack never parses: what an input starts with, button values,
form metadata, a file's bytes and name."""


def live_tokens(payload: Any, where: str = "") -> list[str]:
    """Every string in a payload that would render HOSTILE's tokens live, with its path.

    Rich text `text` elements are literal by design (a mention or a link there is its own
    element type), so their strings are not markup; everything else Slack reads as mrkdwn
    or plain text, where only `&lt;` keeps a `<` inert.
    """
    found: list[str] = []
    if isinstance(payload, dict):
        literal = payload.get("type") == "text"
        for key, value in payload.items():
            if key in LITERAL_KEYS or (literal and key == "text"):
                continue
            found += live_tokens(value, f"{where}.{key}")
    elif isinstance(payload, list):
        for index, value in enumerate(payload):
            found += live_tokens(value, f"{where}[{index}]")
    elif isinstance(payload, str):
        if isinstance(decoded := _json_or_none(payload), dict | list):
            return live_tokens(decoded, where)
        found += [f"{where}: {token}" for token in LIVE if token in payload]
    return found


def _json_or_none(text: str) -> Any:
    if not text.startswith(("{", "[")):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
