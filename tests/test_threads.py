"""`coach threads` and what happens to a finished conversation."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from bot.commands.drafting import approve_shown, drive
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from bot.storage.checkpointer import RedisCheckpointSaver
from graph.models import ApprovalVerdict, Reply, ReviewSection
from tests.cases import B2B_OUTAGE, B2C_MINOR
from tests.walk import confirm_card

APPROVER = ApprovalVerdict(approved=True, by_id="sam", by_name="Sam Lee")


def settings(tmp_path: Path, redis_url: str, **extra: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        REDIS_URL=redis_url,
        COACH_DATA_DIR=str(tmp_path / "data"),
        COACH_DRAFTER="playbook",
        **extra,
    )


async def finished(runtime: Runtime, thread: str, complaint: str = B2B_OUTAGE) -> None:
    start = await runtime.service.start(thread, complaint)
    done = await drive(
        runtime.service, start, lambda _: Reply(text="Nothing yet."), approve_shown,
        approve=lambda _: APPROVER,
    )  # fmt: skip
    assert done.plan is not None and done.prompt is None


async def waiting_on_review(runtime: Runtime, thread: str) -> None:
    result = await runtime.service.start(thread, B2C_MINOR)
    result = await confirm_card(runtime.service, result)
    assert isinstance(result.prompt, ReviewSection)


def test_threads_lists_each_conversation_newest_first_with_where_it_waits(
    tmp_path, clean_redis_url, coach
):
    async def two_conversations() -> None:
        async with open_runtime(settings(tmp_path, clean_redis_url)) as runtime:
            await finished(runtime, "done-1")
            await waiting_on_review(runtime, "open-2")

    asyncio.run(two_conversations())
    listed = coach(["threads", "--json"])
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [row["thread_id"] for row in rows] == ["open-2", "done-1"]
    assert rows[0]["status"] == "drafting" and rows[0]["step"].startswith("review 1/7")
    assert rows[0]["title"] == "Priya Shah"
    assert rows[1]["status"] == "done" and rows[1]["step"] == "plan final"
    assert rows[1]["updated_at"] <= rows[0]["updated_at"]

    table = coach(["threads"])
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["THREAD", "UPDATED", "STATUS", "WAITING", "FOR", "TITLE"]
    assert lines[1].startswith("open-2") and "Priya Shah" in lines[1]
    assert lines[2].startswith("done-1") and "plan final" in lines[2]


def test_threads_on_an_empty_store_says_how_to_start(coach):
    proc = coach(["threads"])
    assert proc.returncode == 0 and "coach chat" in proc.stdout


async def test_the_old_setting_name_still_sets_the_case_retention(
    tmp_path, redis_url, redis_client
):
    async with open_runtime(settings(tmp_path, redis_url, COACH_FINISHED_TTL_DAYS="2")) as runtime:
        await waiting_on_review(runtime, "still-open")
        await finished(runtime, "expiring")
    keys = RedisCheckpointSaver(redis_client).keys
    assert 0 < await redis_client.ttl(keys.namespaces("expiring")) <= 2 * 86_400
    assert await redis_client.ttl(keys.ids("expiring", "")) > 86_400
    assert await redis_client.ttl(keys.namespaces("still-open")) == -1
