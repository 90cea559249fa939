"""Two `coach slack --http` processes on one Redis: each due reminder is posted once.

Real processes (forked from the tests' fork server), because the claim has to hold
between processes, not between tasks of one event loop. Both run their reminder loop every fraction of a second
and the due work is written while both are polling, so they race for every item.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from redis.asyncio import Redis

from bot.cases import CaseRecord, CaseStore
from bot.conversation import ConversationService
from bot.escalation_queue import HOUR, EscalationQueue
from bot.followups import DAY, FollowUpScheduler
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.policy import default_policy
from tests.cases import B2B_OUTAGE
from tests.fakes.fake_slack_api import FakeSlackApi
from tests.forked_coach import ForkServer
from tests.principles.test_resolution_log import finish
from tests.slack.bot_process import BotProcess
from tests.slack.helpers import CHANNEL, SECRET, bot_messages

THREADS = 4
OWNER = "U0OWNER001"
REMINDER = re.compile(r"the update you promised the customer is overdue")
FOLLOW_UP = re.compile(r"day-(\d+) follow-up")


@pytest.fixture
def two_workers(
    tmp_path: Path, fake: FakeSlackApi, clean_redis_url: str, forks: ForkServer
) -> Iterator[None]:
    fast = {"COACH_REMINDER_INTERVAL_SECONDS": "0.05"}
    workers = []
    for name in ("w1", "w2"):
        (tmp_path / name).mkdir()
        workers.append(BotProcess(fake, clean_redis_url, tmp_path / name, SECRET, fast, forks))
    try:
        for worker in workers:
            assert worker.start()
        yield
    finally:
        for worker in workers:
            worker.stop()
        for worker in workers:
            output = worker.output()
            assert "Traceback" not in output, output


async def seed_due_work(redis_url: str, fake: FakeSlackApi) -> tuple[dict[str, str], list[int]]:
    """Cases whose promised update is overdue and whose follow-ups are all due."""
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(InMemorySaver())
    plan = (await finish(ConversationService(graph), "model", B2B_OUTAGE)).plan
    assert plan is not None
    past = time.time() - 100 * DAY
    client = Redis.from_url(redis_url)
    threads = {}
    try:
        cases, queue = CaseStore(client), EscalationQueue(client)
        followups = FollowUpScheduler(client)
        for n in range(THREADS):
            thread = f"case-{n}"
            root = fake.seed_message(CHANNEL, f"escalation {n}")["ts"]
            record = CaseRecord(thread=thread, owner_id=OWNER, channel=CHANNEL, thread_ts=root)
            await cases.open(record)
            threads[thread] = root
        for thread in threads:
            await queue.track(thread, plan.title, plan.decision, "plan ready", OWNER, now=past)
            await followups.schedule(thread, plan, OWNER, now=past)
        assert plan.decision.next_update_hours * HOUR < 100 * DAY
    finally:
        await client.aclose()
    return threads, plan.decision.follow_up_days


def posts(fake: FakeSlackApi, root: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for message in bot_messages(fake, root):
        text = message.get("text", "")
        if REMINDER.search(text):
            counts["reminder"] += 1
        elif day := FOLLOW_UP.search(text):
            counts[f"day {day.group(1)}"] += 1
    return counts


async def test_two_workers_post_each_reminder_and_follow_up_exactly_once(
    two_workers: None, fake: FakeSlackApi, clean_redis_url: str
):
    threads, days = await seed_due_work(clean_redis_url, fake)
    assert len(days) >= 2
    expected = Counter({"reminder": 1, **{f"day {d}": 1 for d in days}})

    def all_posted() -> bool:
        return all(sum(posts(fake, root).values()) >= len(expected) for root in threads.values())

    await fake.wait_for_async(all_posted, timeout=30)
    await asyncio.sleep(1.0)  # twenty more loops on each worker: nothing may be posted again
    for root in threads.values():
        assert posts(fake, root) == expected
    client = Redis.from_url(clean_redis_url)
    try:
        assert await FollowUpScheduler(client).upcoming() == [], "every follow-up was settled"
        entries = [await EscalationQueue(client).get(t) for t in threads]
        assert all(e is not None and e.reminded_for == e.next_update_due for e in entries)
        assert all(e is not None and e.missed_updates == 1 for e in entries)
    finally:
        await client.aclose()
