"""`coach slack` as an operator starts it: a missing setting is one line, not a traceback."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import time

import pytest

from tests.cases import B2C_MINOR
from tests.coach_cli import COACH
from tests.fakes.fake_slack_api import BOT_TOKEN, FakeSlackApi, dm_channel
from tests.fakes.slack_requests import SlackRequest, post, post_async
from tests.slack.bot_process import listening_port
from tests.slack.helpers import (
    CHANNEL,
    SECRET,
    approve_to_plan,
    bot_messages,
    confirm_card,
    heading,
    slack,
    wait_for_heading,
)


@pytest.mark.parametrize(
    ("args", "env", "missing"),
    [
        (["slack"], {}, "SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN"),
        (["slack", "--http", "--port", "3999"], {"SLACK_BOT_TOKEN": "xoxb-1"},
         "SLACK_SIGNING_SECRET;"),
        (["slack"], {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
         "SLACK_APP_TOKEN (or run `coach slack --http --port N`)"),
    ],
)  # fmt: skip
def test_missing_slack_settings_are_named_in_one_line(coach, args, env, missing):
    proc = coach(args, **env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("coach: set ") and missing in lines[0]


def test_coach_slack_http_as_a_process_coaches_a_case_to_its_plan_and_a_shortcut_to_a_dm(
    tmp_path, fake: FakeSlackApi, clean_redis_url: str
):
    """The real entry point, as an operator runs it: a process serving /slack/events."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC", "SLACK"))}
    env |= {
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url, "REDIS_URL": clean_redis_url,
        "COACH_DRAFTER": "playbook", "COACH_DATA_DIR": str(tmp_path / "data"),
        "PYTHONUNBUFFERED": "1",
    }  # fmt: skip
    proc = subprocess.Popen(
        [*COACH, "slack", "--http", "--port", "0"],  # any free port: the banner says which
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        seen: list[str] = []  # Bolt may log a line before the banner
        while (port := listening_port("".join(seen[-1:]))) is None:
            seen.append(proc.stdout.readline())
            assert seen[-1] and len(seen) < 10, seen
        url = f"http://127.0.0.1:{port}/slack/events"

        challenge = json.dumps({"type": "url_verification", "challenge": "c4ll3ng3"}).encode()
        verify = SlackRequest(challenge, "application/json", {}, SECRET, int(time.time()))
        status, body = post(url, verify)
        assert status == 200 and json.loads(body)["challenge"] == "c4ll3ng3", "URL verifies"

        mention = slack.app_mention(B2C_MINOR, channel=CHANNEL)
        assert post(url, mention.with_bad_signature())[0] == 401
        assert post(url, mention)[0] == 200
        thread = mention.event["ts"]
        fake.wait_for(
            lambda: any(heading(m) == "Say this now" for m in bot_messages(fake, thread)),
            timeout=30,
        )
        asyncio.run(_to_the_posted_plan(url, fake, thread))
        asyncio.run(_shortcut_where_the_bot_is_not_a_member(url, fake))
    finally:  # as a process manager stops it
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0, out
    assert out.rstrip().endswith("Escalation Coach stopped"), out


async def _to_the_posted_plan(url: str, fake: FakeSlackApi, thread: str) -> None:
    """The case from the mention to its plan in the thread, every press a signed request."""
    await confirm_card(url, fake, thread)
    plan = await approve_to_plan(url, fake, thread)
    assert "Resolution plan" in heading(plan)
    upload = await fake.wait_for_async(lambda: fake.files[-1] if fake.files else None)
    assert upload.thread_ts == thread


async def _shortcut_where_the_bot_is_not_a_member(url: str, fake: FakeSlackApi) -> None:
    """ "Coach this escalation" on a message in a channel the bot never joined: the case
    moves to a DM with the agent, says why, and is coached there."""
    customer = fake.seed_message("C0NOTJOINED", B2C_MINOR, user="U0CUSTOMER")
    shortcut = slack.message_shortcut("coach_escalation", channel="C0NOTJOINED", message=customer)
    assert (await post_async(url, shortcut))[0] == 200
    modal = await fake.wait_for_async(lambda: fake.views[-1] if fake.views else None)
    values = {
        "complaint": {"value": B2C_MINOR},
        "value": {"value": "$15/month, subscriber for 8 months"},
        "tried": {"value": "Asked her to log out and back in."},
        "customer": {"value": "Priya Shah"},
    }
    assert (await post_async(url, slack.view_submission(modal, values=values)))[0] == 200
    dm = dm_channel(slack.user_id)
    parent = await fake.wait_for_async(
        lambda: next(iter(fake.messages_in(dm, bot_only=True)), None), timeout=30
    )
    assert "not in <#C0NOTJOINED>" in parent["text"]
    await wait_for_heading(fake, parent["ts"], "Say this now", channel=dm)
