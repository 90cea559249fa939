"""Per-turn cost of each checkpointer on the real graph with the offline drafter.

Why this shape: a person waits on every turn, and the checkpointer is the part
of a turn that changes between deployments. So each sample is one whole service
call (approve the section under review, which drafts and shows the next one) on
a conversation already at review; the drafting work is identical for every
saver, so differences from the in-memory baseline are storage overhead.

Savers are measured in the same run and interleaved (each round rotates their
order), so machine noise lands on all of them alike:

  memory      InMemorySaver, the baseline (stores nothing durably)
  sqlite      AsyncSqliteSaver on a file (WAL, SQLite's default synchronous=FULL)
  redis       RedisCheckpointSaver on an embedded redis-server over a unix socket
  redis+lock  the same, plus the per-thread ThreadLock and the case owner read from
              the case record, i.e. a turn as `coach chat` and the Slack workers run it

Run: `make bench` or `.venv/bin/python bench/turn_overhead.py --n 30`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from bot.cases import CaseStore
from bot.conversation import ConversationService, LockFactory, OwnerBook
from bot.runtime import redis_thread_locks
from bot.storage.checkpointer import RedisCheckpointSaver
from bot.storage.embedded_redis import EmbeddedRedis, Fsync
from bot.stores import connect_redis
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.models import SECTION_ORDER, Decision, Reply, ReviewSection
from graph.policy import default_policy

BASELINE = "memory"
CASE = resources.files("bot").joinpath("demo_case.txt").read_text(encoding="utf-8")
"""The worked B2B outage: a premium case, so every section is drafted in full."""


@dataclass
class Contender:
    name: str
    service: ConversationService
    samples: list[float] = field(default_factory=list)


def service_on(
    saver: BaseCheckpointSaver, lock: LockFactory | None = None, owners: OwnerBook | None = None
) -> ConversationService:
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=saver)
    return ConversationService(graph, lock=lock, owners=owners)


@asynccontextmanager
async def contenders(workdir: Path, fsync: Fsync) -> AsyncIterator[list[Contender]]:
    """Every saver, on storage created for this run and removed after it."""
    async with AsyncExitStack() as stack:
        sqlite = await stack.enter_async_context(
            AsyncSqliteSaver.from_conn_string(str(workdir / "checkpoints.sqlite"))
        )
        server = EmbeddedRedis(workdir / "redis", appendfsync=fsync, shutdown_on_exit=True)
        await stack.enter_async_context(server)
        client = connect_redis(server.url)
        stack.push_async_callback(client.aclose)
        redis_saver = RedisCheckpointSaver(client)
        yield [
            Contender(BASELINE, service_on(InMemorySaver())),
            Contender("sqlite", service_on(sqlite)),
            Contender("redis", service_on(redis_saver)),
            Contender(
                "redis+lock",
                service_on(redis_saver, redis_thread_locks(client, 30, 120), CaseStore(client)),
            ),
        ]


async def to_review(service: ConversationService, thread: str) -> None:
    await service.start(thread, CASE)
    result = await service.reply(thread, Reply(text="Nothing yet."))
    assert isinstance(result.prompt, ReviewSection), result


async def approve(service: ConversationService, thread: str) -> float:
    """One timed turn, in milliseconds."""
    started = time.perf_counter()
    await service.decide(thread, Decision(action="approve"))
    return (time.perf_counter() - started) * 1000


async def measure(all_: list[Contender], n: int) -> None:
    for c in all_:  # warm-up: imports, prepared statements, Lua scripts, connections
        await to_review(c.service, "warmup")
        for _ in SECTION_ORDER:
            await approve(c.service, "warmup")
    for c in all_:
        for i in range(n):
            await to_review(c.service, f"conv-{i}")
    gc.collect()
    for _ in SECTION_ORDER:
        for i in range(n):
            shift = i % len(all_)
            for c in all_[shift:] + all_[:shift]:
                c.samples.append(await approve(c.service, f"conv-{i}"))


def percentile(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1]


def report(all_: list[Contender], args: argparse.Namespace) -> str:
    stats: dict[str, dict[str, float]] = {
        c.name: {
            "p50": percentile(c.samples, 50),
            "p99": percentile(c.samples, 99),
            "mean": statistics.fmean(c.samples),
        }
        for c in all_
    }
    base = stats[BASELINE]
    turns = len(all_[0].samples)
    lines = [
        f"Per-turn time, {turns} turns per saver ({args.n} conversations x "
        f"{len(SECTION_ORDER)} approvals), offline drafter, redis appendfsync={args.fsync}",
        "",
        f"{'saver':<11} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} "
        f"{'p50 +ms':>8} {'p50 x mem':>10} {'p99 x mem':>10}",
    ]
    for name, s in stats.items():
        lines.append(
            f"{name:<11} {s['p50']:8.2f} {s['p99']:8.2f} {s['mean']:8.2f} "
            f"{s['p50'] - base['p50']:8.2f} {s['p50'] / base['p50']:10.2f} "
            f"{s['p99'] / base['p99']:10.2f}"
        )
    lines.append("")
    for name in ("redis", "redis+lock"):
        r, q = stats[name], stats["sqlite"]
        lines.append(
            f"{name}/sqlite: p50 {r['p50'] / q['p50']:.2f}x, p99 {r['p99'] / q['p99']:.2f}x, "
            f"mean {r['mean'] / q['mean']:.2f}x"
        )
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        async with contenders(Path(tmp), args.fsync) as all_:
            await measure(all_, args.n)
    print(report(all_, args))


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=25, help="conversations per saver (25)")
    parser.add_argument(
        "--fsync",
        choices=[mode for mode in get_args(Fsync) if mode != "no"],
        default="everysec",
        help="the embedded Redis appendfsync (everysec, as shipped; always = like SQLite FULL)",
    )
    args: Any = parser.parse_args(argv)
    if args.n < 2:
        parser.error("--n must be at least 2")
    return args


if __name__ == "__main__":
    asyncio.run(main(parse()))
