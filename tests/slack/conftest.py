"""The bot's real HTTP server in-process, the fake Slack Web API and the session's Redis.

`bot` serves with the offline playbook drafter; `serve_bot(drafter)` starts one with
any drafter (slow, failing) for tests that need one. After every test, no call the
bot made may have been rejected for breaking Block Kit or message limits.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from bot.slack.server import Bot, serve_http
from graph.drafting.base import Drafter
from tests.fakes.fake_slack_api import BOT_TOKEN, FakeSlackApi
from tests.slack.helpers import CHANNEL, DIRECTOR, LEAD, SECRET, STRANGER

SLACK_REJECTIONS = {"invalid_blocks", "invalid_blocks_format", "invalid_arguments", "msg_too_long"}

ServeBot = Callable[..., Awaitable[tuple[str, Bot]]]


@pytest.fixture
def fake() -> Iterator[FakeSlackApi]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        os.environ.pop(var, None)
    with FakeSlackApi() as server:
        server.add_user(DIRECTOR, "sam.lee", real_name="Sam Lee")
        server.add_user(STRANGER, "someone.else")
        server.add_user(LEAD, "lee.lead", real_name="Lee Lead")
        server.invite_bot(CHANNEL)
        yield server
        rejected = [
            (c.method, c.response.get("errors") or c.response.get("error"))
            for c in server.calls
            if c.response.get("error") in SLACK_REJECTIONS
        ]
        assert not rejected, f"Slack would have rejected: {rejected}"


def bot_settings(fake: FakeSlackApi, redis_url: str, data_dir: Path, **extra: str) -> Settings:
    values = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url,
        "REDIS_URL": redis_url,
        "COACH_DRAFTER": "playbook",
        "COACH_APPROVERS": DIRECTOR,
        "COACH_LEADS": LEAD,
        "COACH_DATA_DIR": str(data_dir),
        **extra,
    }
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
async def serve_bot(
    fake: FakeSlackApi, clean_redis_url: str, tmp_path: Path
) -> AsyncIterator[ServeBot]:
    async with AsyncExitStack() as stack:

        async def start(drafter: Drafter | None = None, **extra: Any) -> tuple[str, Bot]:
            settings = bot_settings(fake, clean_redis_url, tmp_path, **extra)
            return await stack.enter_async_context(
                serve_http(settings, "127.0.0.1", 0, drafter=drafter)
            )

        yield start


@pytest.fixture
async def bot(serve_bot: ServeBot) -> tuple[str, Bot]:
    return await serve_bot()
