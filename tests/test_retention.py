"""Data retention on the real Redis: what `coach purge` and the daily pass remove and keep.

Three cases share the store: an old finished one (past retention), a recent finished
one and an open one. Ageing a case rewrites the three times retention reads (the
log's finalisation, the case record's last change, the checkpoint index's last
write), which is what the passing of time would do to them.
"""

from __future__ import annotations

import asyncio
import json
import time
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest
from redis.asyncio import Redis

from bot.cases import CaseStore
from bot.escalation_queue import EscalationQueue
from bot.followups import FollowUpScheduler
from bot.promises import PromiseLedger
from bot.resolution_log import ANONYMISED, ResolutionLog
from bot.retention import DAY, Retention, RetentionWindows
from bot.runtime import open_runtime
from bot.storage.checkpointer import RedisCheckpointSaver
from bot.stores import open_stores
from graph.history import PastCase, customer_key
from graph.models import CaseFacts
from graph.policy import decide, default_policy
from tests.cases import B2B_OUTAGE, STRATEGIC_AT_RISK
from tests.test_threads import finished, settings, waiting_on_review

T = TypeVar("T")
OLD, RECENT, OPEN = "old-1", "recent-2", "open-3"
OLD_CUSTOMER_TEXT = ["Northwind", "busiest trading window", "operations director"]
"""The old case's customer name and phrases only its complaint contains."""


def on_redis(url: str, job: Callable[[Redis], Awaitable[T]]) -> T:
    """`job` on a client of its own, for the synchronous tests that also run `coach`."""

    async def run() -> T:
        client = Redis.from_url(url)
        try:
            return await job(client)
        finally:
            await client.aclose()

    return asyncio.run(run())


def holding(url: str, thread: str) -> dict[str, bool]:
    return on_redis(url, lambda client: stores_holding(client, thread))


async def _every_byte(client: Redis) -> bytes:
    """Every key name and value in Redis, checkpoint values decompressed, as one lower-case
    blob."""
    chunks: list[bytes] = []
    async for key in client.scan_iter(count=500):
        chunks.append(key)
        kind = (await client.type(key)).decode()
        if kind == "string":
            values = [await client.get(key) or b""]
        elif kind == "hash":
            values = [b for pair in (await client.hgetall(key)).items() for b in pair]
        elif kind == "set":
            values = list(await client.smembers(key))
        elif kind == "zset":
            values = list(await client.zrange(key, 0, -1))
        else:
            values = [await client.dump(key) or b""]
        for value in values:
            chunks.append(value)
            # A checkpoint record is `header\n` + the packed value; a blob is the value.
            for packed in (value, value.partition(b"\n")[2]):
                type_, _, data = packed.partition(b"|")
                if type_.startswith(b"z."):
                    chunks.append(zlib.decompress(data))
    return b"\n".join(chunks).lower()  # an index key holds a name in lower case


async def _snapshot(client: Redis) -> dict[bytes, object]:
    """Every key with its type, value and expiry deadline, to compare before and after."""
    state: dict[bytes, object] = {}
    async for key in client.scan_iter(count=500):
        state[key] = (await client.dump(key), await client.ttl(key) > 0)
    return state


async def _age(client: Redis, thread: str, days: float) -> None:
    past = time.time() - days * DAY
    log = ResolutionLog(client)
    entry = await log.get(thread)
    assert entry is not None
    await client.set(
        f"{log.prefix}case:{thread}",
        entry.model_copy(update={"finalized_at": past}).model_dump_json(),
    )
    await client.hset(f"{CaseStore(client).prefix}{thread}", "updated_at", str(past))
    saver = RedisCheckpointSaver(client)
    await client.zadd(saver.keys.threads(), {thread: int(past * 1000)})


_BUILT: list[tuple[bytes, bytes, int]] = []
"""The three cases as Redis holds them once built: (key, DUMP, PTTL) of every key."""


async def three_cases(tmp_path: Path, redis_url: str, client: Redis) -> None:
    """The three cases on the emptied Redis. Why built once per process: running two
    conversations to their plans is most of each test's time, and every test starts from
    the same bytes. The first call builds them through the real runtime; later calls put
    the same keys back with RESTORE (their expiries included), as a restarted Redis would
    load them."""
    assert not await client.dbsize(), "the cases go into an empty Redis"
    if _BUILT:
        for key, dumped, pttl in _BUILT:
            await client.restore(key, max(pttl, 0), dumped)
        return
    async with open_runtime(settings(tmp_path, redis_url)) as runtime:
        await finished(runtime, OLD)
        await finished(runtime, RECENT, STRATEGIC_AT_RISK)
        await waiting_on_review(runtime, OPEN)  # Priya Shah
    await _age(client, OLD, 400)
    await _age(client, RECENT, 3)
    async for key in client.scan_iter(count=500):
        _BUILT.append((key, await client.dump(key), await client.pttl(key)))


async def stores_holding(client: Redis, thread: str) -> dict[str, bool]:
    """Which per-case stores still hold the thread, read through each store."""
    return {
        "conversation": await RedisCheckpointSaver(client).aupdated_at(thread) is not None,
        "case record": await CaseStore(client).get(thread) is not None,
        "queue entry": await EscalationQueue(client).get(thread) is not None,
        "follow-ups": bool(await FollowUpScheduler(client).for_thread(thread)),
        "promises": bool(await PromiseLedger(client).for_thread(thread)),
    }


def test_purge_removes_an_old_finished_case_everywhere_and_keeps_the_rest(
    tmp_path, clean_redis_url, coach
):
    on_redis(clean_redis_url, lambda r: three_cases(tmp_path, clean_redis_url, r))
    before = on_redis(clean_redis_url, _every_byte)
    for text in [*OLD_CUSTOMER_TEXT, "Priya Shah", "Helios Health"]:
        assert text.lower().encode() in before, f"{text} should be stored before the purge"
    assert all((holding(clean_redis_url, OLD)).values())
    recent_before = holding(clean_redis_url, RECENT)
    open_before = holding(clean_redis_url, OPEN)

    purged = coach(["purge"], REDIS_URL=clean_redis_url)

    assert purged.returncode == 0, purged.stderr
    lines = purged.stdout.splitlines()
    assert lines[0].startswith(
        f"{OLD}  last active 400 days ago: removed conversation, case record"
    )
    assert "follow-up" in lines[0] and "log entry anonymised" in lines[0]
    assert lines[-1].startswith("Purged 1 finished case: 1 removed from the stores, 1 log entry")
    assert len(lines) == 2, "one line per case and a total; the recent and open cases stay"
    assert not any((holding(clean_redis_url, OLD)).values())
    after = on_redis(clean_redis_url, _every_byte)
    for text in OLD_CUSTOMER_TEXT:
        assert text.lower().encode() not in after, f"{text} is still in Redis"
    assert b"priya shah" in after and b"helios health" in after
    assert holding(clean_redis_url, RECENT) == recent_before
    assert holding(clean_redis_url, OPEN) == open_before

    old = on_redis(clean_redis_url, lambda r: ResolutionLog(r).get(OLD))
    recent = on_redis(clean_redis_url, lambda r: ResolutionLog(r).get(RECENT))
    assert old is not None and old.anonymised_at is not None
    assert (old.customer, old.title, old.owner, old.plan_markdown) == (
        ANONYMISED,
        ANONYMISED,
        None,
        "",
    )
    assert old.compensation_total > 0 and old.severity and old.investment_level
    assert "customer_name" not in old.facts and "customer_asks" not in old.facts
    assert all(not a["evidence"] for a in old.facts.get("amounts", []))  # type: ignore[union-attr]
    assert recent is not None and recent.anonymised_at is None
    assert recent.customer == "Helios Health"

    again = coach(["purge"], REDIS_URL=clean_redis_url)
    assert again.stdout.splitlines() == ["Purged 0 finished cases: 0 removed from the stores, "
                                         "0 log entries anonymised."]  # fmt: skip


def test_dry_run_lists_what_would_go_and_changes_nothing(tmp_path, clean_redis_url, coach):
    on_redis(clean_redis_url, lambda r: three_cases(tmp_path, clean_redis_url, r))
    before = on_redis(clean_redis_url, _snapshot)

    dry = coach(["purge", "--dry-run"], REDIS_URL=clean_redis_url)

    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0].startswith(f"{OLD}  last active 400 days ago: would remove")
    assert "log entry would be anonymised" in dry.stdout
    assert dry.stdout.splitlines()[-1].startswith("Would purge 1 finished case")
    assert on_redis(clean_redis_url, _snapshot) == before


def test_older_than_and_thread_pick_cases_but_never_an_open_one(tmp_path, clean_redis_url, coach):
    on_redis(clean_redis_url, lambda r: three_cases(tmp_path, clean_redis_url, r))

    open_case = coach(["purge", "--thread", OPEN, "--older-than", "0"], REDIS_URL=clean_redis_url)
    assert open_case.returncode == 0
    assert "open cases are never purged" in open_case.stdout
    assert (holding(clean_redis_url, OPEN))["case record"]

    recent = coach(["purge", "--thread", RECENT, "--older-than", "1"], REDIS_URL=clean_redis_url)
    assert recent.stdout.splitlines()[0].startswith(f"{RECENT}  last active 3 days ago: removed")
    assert not any((holding(clean_redis_url, RECENT)).values())
    assert any((holding(clean_redis_url, OLD)).values()), "--thread names one case"
    assert (holding(clean_redis_url, OPEN))["conversation"]

    bad = coach(["purge", "--older-than", "-1"], REDIS_URL=clean_redis_url)
    assert bad.returncode == 2 and "0 or more" in bad.stderr


async def _precedents(client: Redis) -> tuple[dict[str, PastCase], list[PastCase]]:
    """Cases like the old one (as triage asks: its kind and tier), and its customer's."""
    log = ResolutionLog(client)
    entry = await log.get(OLD)
    assert entry is not None
    facts = CaseFacts.model_validate(entry.facts)
    similar = await log.similar(facts, decide(facts, default_policy()))
    return {c.case_id: c for c in similar}, await log.prior_cases(
        customer_key("Northwind Logistics")
    )


def test_precedent_still_reads_anonymised_entries_but_not_who_they_were(
    tmp_path, clean_redis_url, coach
):
    on_redis(clean_redis_url, lambda r: three_cases(tmp_path, clean_redis_url, r))
    similar_before, priors_before = on_redis(clean_redis_url, _precedents)
    assert OLD in similar_before and [p.case_id for p in priors_before] == [OLD]

    assert coach(["purge"], REDIS_URL=clean_redis_url).returncode == 0

    similar, priors = on_redis(clean_redis_url, _precedents)
    assert [*similar] == [*similar_before], "precedent keeps every case of the kind and tier"
    assert similar[OLD].customer == ANONYMISED
    assert similar[OLD].model_dump(exclude={"customer"}) == similar_before[OLD].model_dump(
        exclude={"customer"}
    )
    assert priors == [], "nobody can find the anonymised case by the customer's name"

    async def new_case_like_it() -> list[str]:
        async with open_runtime(settings(tmp_path, clean_redis_url)) as runtime:
            await finished(runtime, "new-4", B2B_OUTAGE.replace("Northwind", "Contoso"))
            plan = await runtime.service.preview("new-4")
        assert plan is not None
        return plan.decision.precedents

    precedents = asyncio.run(new_case_like_it())
    assert any(p.startswith(f"{ANONYMISED}: ") for p in precedents), precedents
    assert not any("Northwind" in p for p in precedents)


async def test_the_daily_pass_runs_once_a_day_across_workers(
    tmp_path, clean_redis_url, redis_client
):
    await three_cases(tmp_path, clean_redis_url, redis_client)
    windows = RetentionWindows.from_settings(settings(tmp_path, clean_redis_url))
    assert windows.case_days == 180 and windows.log_identity_days == 365
    async with (
        open_stores(settings(tmp_path, clean_redis_url)) as one,
        open_stores(settings(tmp_path, clean_redis_url)) as two,
    ):
        first = Retention(one.tracker, RedisCheckpointSaver(one.redis))
        second = Retention(two.tracker, RedisCheckpointSaver(two.redis))
        assert await first.apply_daily(windows) == 1
        await _age(redis_client, RECENT, 400)
        assert await second.apply_daily(windows) == 0, "the day is claimed by the first worker"
        assert await first.apply_daily(windows) == 0
        assert (await stores_holding(redis_client, RECENT))["case record"]
        lease = first.daily.key("daily")
        assert 0 < await redis_client.ttl(lease) <= DAY
        await redis_client.delete(lease)  # a day later
        assert await second.apply_daily(windows) == 1
    assert not any((await stores_holding(redis_client, RECENT)).values())


async def test_a_log_entry_past_its_window_is_anonymised_while_the_case_stays(
    tmp_path, clean_redis_url, redis_client
):
    """The two windows are separate: names can go from the log before the conversation."""
    await three_cases(tmp_path, clean_redis_url, redis_client)
    async with open_stores(settings(tmp_path, clean_redis_url)) as stores:
        retention = Retention(stores.tracker, RedisCheckpointSaver(stores.redis))
        done = await retention.apply(RetentionWindows(case_days=None, log_identity_days=2))
    assert sorted(d.thread for d in done) == [OLD, RECENT]
    assert all(d.log_anonymised and not d.removed() for d in done)
    assert all((await stores_holding(redis_client, RECENT)).values())
    exported = [
        json.loads(line)
        for line in (await ResolutionLog(redis_client).export("jsonl")).splitlines()
    ]
    assert {e["customer"] for e in exported} == {ANONYMISED}


@pytest.mark.parametrize(
    ("extra", "expiry"), [({}, 180 * DAY), ({"COACH_CASE_RETENTION_DAYS": "0"}, None)]
)
async def test_a_finished_conversation_expires_after_the_case_retention(
    tmp_path, clean_redis_url, redis_client, extra, expiry
):
    async with open_runtime(settings(tmp_path, clean_redis_url, **extra)) as runtime:
        await finished(runtime, "done")
        await waiting_on_review(runtime, "not-done")
    keys = RedisCheckpointSaver(redis_client).keys
    ttl = await redis_client.ttl(keys.namespaces("done"))
    if expiry is None:
        assert ttl == -1
    else:
        assert expiry - 60 < ttl <= expiry
    assert await redis_client.ttl(keys.namespaces("not-done")) == -1
