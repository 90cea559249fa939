"""The thread always shows where the case is: a post that failed, a restart, a storage outage.

Faults come from the fake Web API (a failed call) and from stopping the bot's embedded
Redis; everything is driven by signed requests and read back from the fake, as the agent
would see the thread.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.slack.coach import STORAGE_DOWN
from bot.slack.server import _every
from bot.storage.embedded_redis import REDIS_SUBDIR, EmbeddedRedis, shutdown_embedded
from tests.cases import B2C_MINOR
from tests.fakes.fake_slack_api import FakeSlackApi
from tests.fakes.slack_requests import post_async
from tests.slack.conftest import ServeBot
from tests.slack.helpers import (
    CHANNEL,
    actions,
    approve_to_plan_review,
    bot_messages,
    first_section,
    heading,
    mention,
    press,
    slack,
    wait_for_ephemeral,
    wait_for_heading,
    wait_until_quiet,
)

AFTER_PLAN = "coach_outcome"
"""A button only the after-plan controls carry."""


def headings(fake: FakeSlackApi, thread: str, text: str) -> list[str]:
    return [h for m in bot_messages(fake, thread) if text in (h := heading(m))]


async def reply(url: str, thread: str, text: str) -> None:
    status, _ = await post_async(url, slack.message(text, channel=CHANNEL, thread_ts=thread))
    assert status == 200


def failure_notice(fake: FakeSlackApi, thread: str) -> dict | None:
    return next(
        (m for m in reversed(bot_messages(fake, thread)) if "coach_retry" in actions(m)), None
    )


async def test_a_section_whose_post_failed_is_reposted_once_on_the_next_press(bot, fake):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    section = await first_section(url, fake, thread)
    await wait_until_quiet(fake, quiet=0.3)
    fake.fail_next("chat.postMessage")  # the review of section 2
    await press(url, section, "coach_approve")
    await fake.wait_for_async(lambda: failure_notice(fake, thread))
    assert not headings(fake, thread, "2/7"), "the state moved on, the thread did not"
    await press(url, section, "coach_approve")  # a stale button: the thread catches up
    await wait_for_heading(fake, thread, "2/7")
    await press(url, section, "coach_approve")  # now the screen is current: only a note
    await wait_for_ephemeral(fake, "older version")
    await wait_until_quiet(fake, quiet=0.3)
    assert len(headings(fake, thread, "2/7")) == 1


@pytest.mark.parametrize(
    ("method", "recover"),
    [("chat.postMessage", "retry"), ("files.getUploadURLExternal", "message")],
    ids=["plan-post-then-retry", "file-upload-then-message"],
)
async def test_a_final_plan_whose_post_failed_reaches_the_thread_once(
    bot, fake: FakeSlackApi, method: str, recover: str
):
    url, _ = bot
    thread = await mention(url, B2C_MINOR)
    await first_section(url, fake, thread)
    final = await approve_to_plan_review(url, fake, thread)
    await wait_until_quiet(fake, quiet=0.3)
    fake.fail_next(method)
    await press(url, final, "coach_finalize")
    notice = await fake.wait_for_async(lambda: failure_notice(fake, thread))
    assert not fake.files
    if recover == "retry":
        await press(url, notice, "coach_retry")  # "already went through" before
    else:
        await reply(url, thread, "is it posted?")  # "this plan is final" before
        await wait_for_ephemeral(fake, "fallen behind")
    await fake.wait_for_async(
        lambda: any(AFTER_PLAN in actions(m) for m in bot_messages(fake, thread))
    )
    await press(url, final, "coach_finalize")  # the screen is current now: nothing again
    await wait_for_ephemeral(fake, "older version")
    await wait_until_quiet(fake, quiet=0.3)
    assert len(headings(fake, thread, "Resolution plan")) == 1
    assert len(fake.files) == 1
    assert sum(AFTER_PLAN in actions(m) for m in bot_messages(fake, thread)) == 1
    for index in range(1, 8):
        assert len(headings(fake, thread, f"{index}/7")) == 1, index
    assert len(headings(fake, thread, "Say this now")) == 1


async def test_a_restarted_bot_reposts_what_the_thread_never_got(serve_bot: ServeBot, fake):
    url, _ = await serve_bot()
    thread = await mention(url, B2C_MINOR)
    section = await first_section(url, fake, thread)
    await wait_until_quiet(fake, quiet=0.3)
    # Section 2's review and the failure notice both fail: as if the bot died in between.
    fake.fail_next("chat.postMessage", count=2)
    await press(url, section, "coach_approve")
    await fake.wait_for_async(lambda: len(fake.calls_to("chat.postMessage", ok=False)) == 2)
    await wait_until_quiet(fake, quiet=0.3)
    assert not headings(fake, thread, "2/7")
    restarted, _ = await serve_bot()  # a new process on the same Redis catches up at start
    await wait_for_heading(fake, thread, "2/7 · Customer Value Assessment · v1")
    await reply(restarted, thread, "shorter")  # and the case goes on from there
    await wait_for_heading(fake, thread, "2/7 · Customer Value Assessment · v2")
    await wait_until_quiet(fake, quiet=0.3)
    assert len(headings(fake, thread, "2/7 · Customer Value Assessment · v1")) == 1
    assert len(headings(fake, thread, "Say this now")) == 1


async def test_a_storage_outage_gets_a_clear_answer_and_nothing_is_lost(
    serve_bot: ServeBot, fake, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    url, _ = await serve_bot(REDIS_URL=None)  # the bot's own embedded server
    server = EmbeddedRedis(tmp_path / REDIS_SUBDIR)
    try:
        thread = await mention(url, B2C_MINOR)
        section = await first_section(url, fake, thread)
        await wait_until_quiet(fake, quiet=0.3)
        caplog.clear()
        await shutdown_embedded(tmp_path)
        await press(url, section, "coach_approve")  # HTTP 200, asserted by press
        await wait_for_ephemeral(fake, STORAGE_DOWN)
        await fake.wait_for_async(server.is_running, timeout=15)
        await press(url, section, "coach_approve")
        await wait_for_heading(fake, thread, "2/7")

        await shutdown_embedded(tmp_path)
        await reply(url, thread, "shorter")  # HTTP 200, so Slack does not retry it
        await fake.wait_for_async(
            lambda: sum(STORAGE_DOWN in e["text"] for e in fake.ephemerals) == 2
        )
        await fake.wait_for_async(server.is_running, timeout=15)
    finally:
        await shutdown_embedded(tmp_path)
    assert not [r for r in caplog.records if r.exc_info], "no traceback for an expected outage"
    warned = [r for r in caplog.records if "storage unreachable" in r.getMessage()]
    assert len(warned) == 2 and all(r.levelno == logging.WARNING for r in warned)
    assert len(headings(fake, thread, "2/7")) == 1


async def test_a_background_loop_meets_a_storage_outage_with_one_line_no_traceback(caplog):
    async def reminders() -> int:
        raise RedisConnectionError("Connection refused")

    caplog.set_level(logging.WARNING, logger="bot.slack.server")
    loop = asyncio.create_task(_every(0.01, "sending reminders", reminders))
    await asyncio.sleep(0.1)
    loop.cancel()
    await asyncio.gather(loop, return_exceptions=True)
    records = [r for r in caplog.records if r.name == "bot.slack.server"]
    assert records and all(r.exc_info is None for r in records), "no traceback"
    assert all("storage unreachable" in r.getMessage() for r in records)
