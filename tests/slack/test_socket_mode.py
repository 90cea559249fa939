"""Socket Mode, the manifest's default install: the same case, acked over the socket.

The bot connects with the app-level token to the fake's Socket Mode endpoint (a bot
token there is refused, as by Slack), and every mention, press and form reaches it as an
envelope it must ack within three seconds; replies still go through the Web API.
"""

from __future__ import annotations

from pathlib import Path

from bot.slack.server import serve_socket
from tests.cases import B2C_MINOR
from tests.fakes.fake_slack_api import BOT_TOKEN, FakeSlackApi
from tests.fakes.socket_mode import APP_TOKEN
from tests.slack.conftest import bot_settings
from tests.slack.helpers import (
    CHANNEL,
    approve_to_plan,
    bot_messages,
    confirm_card,
    heading,
    mention,
    send,
    slack,
    wait_for_heading,
)


async def test_a_case_runs_to_its_plan_over_socket_mode(
    fake: FakeSlackApi, clean_redis_url: str, tmp_path: Path
):
    settings = bot_settings(fake, clean_redis_url, tmp_path, SLACK_APP_TOKEN=APP_TOKEN)
    async with serve_socket(settings):
        link = fake.socket
        thread = await mention(link, B2C_MINOR)
        await wait_for_heading(fake, thread, "Say this now")
        await confirm_card(link, fake, thread)
        plan = await approve_to_plan(link, fake, thread)
        assert "Resolution plan" in heading(plan)
        await send(link, slack.slash_command("/escalate", "Acme", channel=CHANNEL))
        await fake.wait_for_async(lambda: fake.calls_to("views.open", ok=True))
    assert link.hellos == 1, "one connection for the whole case"
    assert sum("Say this now" in heading(m) for m in bot_messages(fake, thread)) == 1


async def test_a_refresh_requested_by_slack_reconnects_and_the_case_goes_on(
    fake: FakeSlackApi, clean_redis_url: str, tmp_path: Path
):
    settings = bot_settings(fake, clean_redis_url, tmp_path, SLACK_APP_TOKEN=APP_TOKEN)
    async with serve_socket(settings):
        link = fake.socket
        thread = await mention(link, B2C_MINOR)
        await wait_for_heading(fake, thread, "Say this now")
        await link.refresh()
        await link.connected()
        assert link.hellos == 2, "a new connection after Slack's disconnect"
        await confirm_card(link, fake, thread)
        plan = await approve_to_plan(link, fake, thread)
        assert "Resolution plan" in heading(plan)
    opened = fake.calls_to("apps.connections.open", ok=True)
    assert len(opened) == 2, "one URL for the first connection, one for the refresh"


def test_the_socket_url_needs_the_app_level_token(fake: FakeSlackApi):
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    client = WebClient(base_url=fake.api_url)
    for token, error in ((BOT_TOKEN, "not_allowed_token_type"), ("xapp-forged", "invalid_auth")):
        try:
            client.apps_connections_open(app_token=token)
        except SlackApiError as exc:
            assert exc.response["error"] == error
        else:
            raise AssertionError(f"{token[:5]}… opened a socket")
    assert client.apps_connections_open(app_token=APP_TOKEN)["url"].startswith("ws://")
    try:
        WebClient(token=APP_TOKEN, base_url=fake.api_url).chat_postMessage(
            channel=CHANNEL, text="x"
        )
    except SlackApiError as exc:
        assert exc.response["error"] == "not_allowed_token_type"
    else:
        raise AssertionError("an app-level token posted a message")
