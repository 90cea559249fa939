"""Nothing is lost when `coach chat` or Redis goes away: a real process, a real server.

The process is killed with SIGKILL (no cleanup runs) while waiting for input and
in the middle of a turn; Redis is shut down between turns. Each time the
conversation picks up where the checkpoints say and runs to the final plan.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from redis.asyncio import Redis

from bot.runtime import open_runtime
from bot.settings import Settings
from bot.storage.checkpointer import RedisCheckpointSaver
from bot.storage.embedded_redis import EmbeddedRedis, shutdown_embedded
from graph.models import SECTION_ORDER, SECTION_TITLES
from tests.chat_process import COMPLAINT, TURN_END, ChatProcess, chat_env, finish
from tests.redis_fixture import EXTERNAL_URL_ENV

ANSWER = "We restarted the failed node and posted on the status page."
PLAN_TITLE = "Resolution strategy: Northwind Logistics"


def header(index: int, version: int) -> str:
    """The title the terminal puts on section `index` (0-based) at `version`."""
    title = SECTION_TITLES[SECTION_ORDER[index]]
    return f"{index + 1}/{len(SECTION_ORDER)} {title} · v{version}"


def settings(tmp_path: Path, redis_url: str | None) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        REDIS_URL=redis_url,
        COACH_DATA_DIR=str(tmp_path / "data"),
        COACH_DRAFTER="playbook",
    )


async def state_of(tmp_path: Path, redis_url: str, thread: str) -> dict[str, Any]:
    """The thread's values as a fresh process would load them."""
    async with open_runtime(settings(tmp_path, redis_url)) as runtime:
        config = {"configurable": {"thread_id": thread}}
        return (await runtime.service.graph.aget_state(config)).values


def approved(values: dict[str, Any]) -> dict[str, int]:
    """Approved section -> its approved version number."""
    return {
        key: draft["versions"][-1]["number"]
        for key, draft in (values.get("sections") or {}).items()
        if draft["approved"]
    }


def open_conversation(chat: ChatProcess) -> None:
    """Complaint, the one missing answer, the facts card confirmed, a revision, two
    approvals: section 3 waits."""
    chat.expect("New escalation")
    out = chat.turn(COMPLAINT)
    assert "Say this now" in out and "(why: " in out
    assert "Check the facts (card 1)" in chat.turn(ANSWER)
    assert header(0, 1) in chat.turn("ok")
    assert header(0, 2) in chat.turn("shorter")
    assert header(1, 1) in chat.turn("approve")
    assert header(2, 1) in chat.turn("approve")


def assert_opened_state_intact(values: dict[str, Any]) -> None:
    assert values["holding_script"]
    assert "restarted the failed node" in values["facts"]["tried"]["value"]
    analysis = values["sections"][SECTION_ORDER[0].value]
    assert [v["source"] for v in analysis["versions"]] == ["drafted", "revised"]
    assert analysis["versions"][1]["instruction"] == "shorter"
    assert approved(values) == {SECTION_ORDER[0].value: 2, SECTION_ORDER[1].value: 1}


async def test_kill_9_while_waiting_for_input_then_resume_to_the_plan(tmp_path, redis_url, forks):
    env = chat_env(tmp_path / "data", redis_url)
    with ChatProcess("k9-wait", env, tmp_path, forks) as chat:
        open_conversation(chat)
        chat.kill9()
    before = await state_of(tmp_path, redis_url, "k9-wait")
    assert_opened_state_intact(before)

    with ChatProcess("k9-wait", env, tmp_path, forks) as chat:
        resumed = chat.expect(TURN_END)
        assert "Resuming thread k9-wait." in resumed
        assert "Say this now" in resumed, "the holding script is shown again on resume"
        assert header(2, 1) in resumed, "it waits on the same section, same version"
        plan_output = finish(chat, resumed)
        assert PLAN_TITLE in plan_output
        assert chat.close() == 0
        assert "Traceback" not in chat.output

    after = await state_of(tmp_path, redis_url, "k9-wait")
    assert after["status"] == "done" and after["plan"]
    assert after["holding_script"] == before["holding_script"]
    analysis = after["sections"][SECTION_ORDER[0].value]
    assert analysis["versions"] == before["sections"][SECTION_ORDER[0].value]["versions"]
    assert set(approved(after)) == {key.value for key in SECTION_ORDER}


async def _wait_for_new_checkpoint(client: Redis, key: str, count: int) -> None:
    for _ in range(2000):
        if await client.zcard(key) > count:
            return
        await asyncio.sleep(0.001)
    raise AssertionError("the turn wrote no checkpoint")


@pytest.mark.parametrize("when", ["right after sending", "after 30 ms", "on the first write"])
async def test_kill_9_mid_turn_loses_no_approved_section(
    tmp_path, redis_url, redis_client, when, forks
):
    env = chat_env(tmp_path / "data", redis_url)
    thread = "k9-turn"
    ids_key = RedisCheckpointSaver(redis_client).keys.ids(thread, "")
    with ChatProcess(thread, env, tmp_path, forks) as chat:
        open_conversation(chat)
        before = await state_of(tmp_path, redis_url, thread)
        checkpoints = await redis_client.zcard(ids_key)
        chat.send("approve")
        if when == "after 30 ms":
            await asyncio.sleep(0.03)
        elif when == "on the first write":
            await _wait_for_new_checkpoint(redis_client, ids_key, checkpoints)
        chat.kill9()

    with ChatProcess(thread, env, tmp_path, forks) as chat:
        resumed = chat.expect(TURN_END)
        assert "Resuming thread k9-turn." in resumed
        now = await state_of(tmp_path, redis_url, thread)
        if when == "on the first write":
            # The kill lands after the turn's first checkpoint; on a fast run the whole turn
            # may have been saved by then. Either way the resume must say where it stands.
            finished_turn = "approve (a) · regenerate" in resumed
            assert finished_turn or "Type 'retry'" in resumed, resumed
        for key, version in approved(before).items():
            assert approved(now).get(key) == version, f"{key} lost its approval"
        assert now["holding_script"] == before["holding_script"]
        assert PLAN_TITLE in finish(chat, resumed)
        assert chat.close() == 0
        assert "Traceback" not in chat.output

    after = await state_of(tmp_path, redis_url, thread)
    assert set(approved(after)) == {key.value for key in SECTION_ORDER}
    assert after["sections"][SECTION_ORDER[0].value]["versions"][1]["instruction"] == "shorter"


def fixture_server(redis_url: str) -> EmbeddedRedis:
    """The session's embedded server, so a test can stop and restart it."""
    if os.environ.get(EXTERNAL_URL_ENV) or not redis_url.startswith("unix://"):
        pytest.skip("needs the embedded test server (it is stopped and restarted)")
    return EmbeddedRedis(Path(urlsplit(redis_url).path).parent)


async def test_redis_restarted_between_turns_gives_one_clear_line_then_continues(
    tmp_path, redis_url, forks
):
    server = fixture_server(redis_url)
    env = chat_env(tmp_path / "data", redis_url)
    try:
        with ChatProcess("restart", env, tmp_path, forks) as chat:
            open_conversation(chat)
            server.stop_sync()
            out = chat.turn("approve")
            assert f"coach: cannot reach Redis at {redis_url}; nothing was lost, try again" in out
            assert chat.proc.poll() is None, "chat stays open while Redis is away"
            server.start_sync()
            out = chat.turn("approve")
            assert header(3, 1) in out, "the retyped approval ran once, on section 3"
            assert PLAN_TITLE in finish(chat, out)
            assert chat.close() == 0
            assert "Traceback" not in chat.output
    finally:
        server.start_sync()
    after = await state_of(tmp_path, redis_url, "restart")
    assert after["sections"][SECTION_ORDER[0].value]["versions"][1]["instruction"] == "shorter"
    assert after["status"] == "done"


async def test_the_embedded_server_dies_and_chat_brings_it_back(tmp_path, forks):
    """No REDIS_URL: the chat's own embedded server is shut down under it."""
    data = tmp_path / "data"
    env = chat_env(data, None)
    try:
        with ChatProcess("embedded", env, tmp_path, forks) as chat:
            open_conversation(chat)
            assert await shutdown_embedded(data)
            out = chat.turn("approve")
            assert "coach: cannot reach Redis at unix://" in out
            out = chat.turn("approve")
            assert header(3, 1) in out
            assert chat.close() == 0
        with ChatProcess("embedded", env, tmp_path, forks) as chat:
            resumed = chat.expect(TURN_END)
            assert header(3, 1) in resumed
            assert PLAN_TITLE in finish(chat, resumed)
            assert chat.close() == 0
    finally:
        await shutdown_embedded(data)


@pytest.mark.parametrize("command", [["chat", "--thread", "x"], ["threads"]])
def test_an_unreachable_redis_url_is_one_line_without_the_password(coach, tmp_path, command):
    proc = coach(command, stdin="hello\n", REDIS_URL="redis://coach:hunter2@127.0.0.1:1/0")
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "coach: cannot reach Redis at redis://coach:***@127.0.0.1:1/0; nothing was lost, try again"
    ]
    assert "hunter2" not in proc.stdout + proc.stderr
    assert not (tmp_path / "data").exists(), "no embedded server was started instead"
