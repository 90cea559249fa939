"""The embedded server as the bot uses it: real processes, real files, real signals."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis.exceptions
from langgraph.checkpoint.base import empty_checkpoint

from bot.storage.checkpointer import RedisCheckpointSaver
from bot.storage.embedded_redis import (
    AOF_NAME,
    EmbeddedRedis,
    resolve_redis,
    shutdown_embedded,
)

ROOT = Path(__file__).resolve().parents[2]


async def put_checkpoint(saver: RedisCheckpointSaver, thread_id: str, value: str) -> str:
    checkpoint = empty_checkpoint()
    checkpoint["channel_values"] = {"answer": value}
    checkpoint["channel_versions"] = {"answer": saver.get_next_version(None, None)}
    config = {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}
    stored = await saver.aput(
        config, checkpoint, {"source": "input", "step": -1}, checkpoint["channel_versions"]
    )
    return stored["configurable"]["checkpoint_id"]


async def read_value(saver: RedisCheckpointSaver, thread_id: str) -> str | None:
    tup = await saver.aget_tuple({"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}})
    return None if tup is None else tup.checkpoint["channel_values"]["answer"]


def wait_until_down(server: EmbeddedRedis, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while server.is_running():
        assert time.monotonic() < deadline, "server still answering"
        time.sleep(0.02)


def run_python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


START_AND_REPORT = """
import asyncio, json, sys
from bot.storage.embedded_redis import resolve_redis
url, server = asyncio.run(resolve_redis(None, sys.argv[1]))
print(json.dumps({"url": url, "pid": server.pid, "launched": server.launched}))
"""


async def test_checkpoint_survives_restart(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path, shutdown_on_exit=True)
    async with server, RedisCheckpointSaver.from_url(server.url) as saver:
        await put_checkpoint(saver, "t-persist", "kept across restarts")
    assert not server.is_running()
    assert (tmp_path / AOF_NAME).stat().st_size > 0

    async with server, RedisCheckpointSaver.from_url(server.url) as saver:
        assert await read_value(saver, "t-persist") == "kept across restarts"


async def test_kill_9_gives_connection_error_then_recovers(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path, appendfsync="always", shutdown_on_exit=True)
    async with server, RedisCheckpointSaver.from_url(server.url) as saver:
        await put_checkpoint(saver, "t-crash", "written before the crash")
        first_pid = server.pid
        assert first_pid is not None
        os.kill(first_pid, signal.SIGKILL)
        await asyncio.to_thread(wait_until_down, server)

        with pytest.raises(redis.exceptions.ConnectionError):
            await read_value(saver, "t-crash")

        # Leftover pid file and socket from the killed server must not block a restart.
        assert (tmp_path / "redis.sock").exists()
        await server.start()
        assert server.launched and server.pid != first_pid
        # The same client reconnects on its own; the append-only file kept the data.
        assert await read_value(saver, "t-crash") == "written before the crash"
        await put_checkpoint(saver, "t-crash", "written after the restart")
        assert await read_value(saver, "t-crash") == "written after the restart"


async def test_second_handle_reuses_running_server(tmp_path: Path) -> None:
    first = EmbeddedRedis(tmp_path, shutdown_on_exit=True)
    async with first:
        second = EmbeddedRedis(tmp_path)
        assert await second.start() == first.url
        assert first.launched and not second.launched
        assert second.pid == first.pid
    assert not second.is_running()


async def test_server_outlives_the_process_that_started_it(tmp_path: Path) -> None:
    try:
        proc = run_python(START_AND_REPORT, str(tmp_path))
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        started = json.loads(out)
        assert started["launched"]

        # The starter has exited; a later process (and this one) share its server.
        url, server = await resolve_redis(None, tmp_path)
        assert server is not None and not server.launched
        assert url == started["url"] and server.pid == started["pid"]
        client = redis.asyncio.Redis.from_url(url)
        assert await client.ping()
        await client.aclose()
    finally:
        assert await shutdown_embedded(tmp_path)
    assert not await shutdown_embedded(tmp_path)


async def test_concurrent_starters_share_one_server(tmp_path: Path) -> None:
    try:
        procs = [run_python(START_AND_REPORT, str(tmp_path)) for _ in range(4)]
        reports = []
        for proc in procs:
            out, err = await asyncio.to_thread(proc.communicate, timeout=60)
            assert proc.returncode == 0, err
            reports.append(json.loads(out))
        assert len({r["pid"] for r in reports}) == 1
        assert sum(r["launched"] for r in reports) == 1
    finally:
        await shutdown_embedded(tmp_path)


async def test_stale_pidfile_of_unrelated_process_is_ignored(tmp_path: Path) -> None:
    # After a reboot the recorded pid may belong to any process; it must not be
    # mistaken for a live server, and the dead server's socket file must not block.
    (tmp_path / "redis.pid").write_text(str(os.getpid()))
    (tmp_path / "redis.sock").write_text("")
    async with EmbeddedRedis(tmp_path, shutdown_on_exit=True) as server:
        assert server.launched and server.pid != os.getpid()
        assert server.is_running()


async def test_long_data_dir_falls_back_to_short_socket_path(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    async with EmbeddedRedis(deep, shutdown_on_exit=True) as server:
        assert len(str(server.socket_path)) <= 100
        assert server.is_running()
        assert server.url == (await EmbeddedRedis(deep).start())


async def test_explicit_url_is_used_as_is(tmp_path: Path) -> None:
    url, server = await resolve_redis("redis://example.invalid:6379/0", tmp_path)
    assert url == "redis://example.invalid:6379/0"
    assert server is None
    assert not (tmp_path / "redis").exists()
