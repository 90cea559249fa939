"""Redis memory per finished case, with every checkpoint kept and with the final state only.

Why this shape: what grows without bound is finished cases (one per escalation,
kept for precedent and audit), not open ones. So each run scripts whole
conversations to the final plan through the real service (`open_runtime`, the
offline playbook drafter, the thread lock, the case tracker) on an embedded
redis-server, then sums Redis's own `MEMORY USAGE` over every key in the
database and divides by the number of cases. Everything a case leaves behind is
counted: checkpoints, the case record, its queue entry, resolution-log entry and
indexes, follow-ups.

Each conversation answers the questions, revises one section once, approves the
rest and has the package approved: an ordinary premium case (the worked B2B
outage), which drafts every section in full.

Two runs, same script, fresh database each:

  full    COACH_FINISHED_HISTORY=full: every intermediate checkpoint is kept
  final   COACH_FINISHED_HISTORY=final (the default): a finished case keeps its
          final checkpoint, which carries the decision, approvals and every
          section version

Run: `.venv/bin/python bench/storage_per_case.py --cases 5`.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from redis.asyncio import Redis

from bot.commands.drafting import drive
from bot.runtime import open_runtime
from bot.settings import Settings
from bot.storage.embedded_redis import EmbeddedRedis
from graph.models import (
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    Decision,
    FinalReview,
    Reply,
    ReviewSection,
)
from graph.state import Owner

CASE = resources.files("bot").joinpath("demo_case.txt").read_text(encoding="utf-8")
OWNER = Owner(name="Dana Reyes", contact="dana@example.com", user_id="U0OWNER001")
APPROVER = ApprovalVerdict(approved=True, by_id="U0DIRECTOR", by_name="Sam Lee")
MODES = ("full", "final")


@dataclass(frozen=True)
class Footprint:
    mode: str
    cases: int
    bytes_total: int
    keys: int

    @property
    def bytes_per_case(self) -> float:
        return self.bytes_total / self.cases

    @property
    def keys_per_case(self) -> float:
        return self.keys / self.cases


class Script:
    """The person's side of one conversation: answer, revise the first section once, approve."""

    def __init__(self) -> None:
        self.revised = False

    @staticmethod
    def answer(prompt: AskMissing) -> Reply:
        return Reply(text="Nothing else to add yet.")

    def review(self, prompt: ReviewSection | FinalReview) -> Decision:
        if isinstance(prompt, ReviewSection) and not self.revised:
            self.revised = True
            return Decision(action="revise", instruction="Shorter, and lead with the fix.")
        version = prompt.version if isinstance(prompt, ReviewSection) else None
        return Decision(action="approve", version=version)

    @staticmethod
    def approve(prompt: ApproveRemedy) -> ApprovalVerdict:
        return APPROVER


async def memory_usage(client: Redis) -> tuple[int, int]:
    """(sum of MEMORY USAGE over every key, number of keys) in the current database."""
    total = keys = 0
    async for key in client.scan_iter(count=500):
        # SAMPLES 0: measure every element of a hash or sorted set, not an estimate.
        total += int(await client.memory_usage(key, samples=0) or 0)
        keys += 1
    return total, keys


async def run_mode(url: str, data_dir: Path, mode: str, cases: int) -> Footprint:
    client = Redis.from_url(url)
    try:
        await client.flushdb()
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            REDIS_URL=url,
            COACH_DATA_DIR=str(data_dir),
            COACH_DRAFTER="playbook",
            COACH_FINISHED_HISTORY=mode,
        )
        async with open_runtime(settings) as runtime:
            service = runtime.service
            for n in range(cases):
                script = Script()
                start = await service.start(f"bench-{mode}-{n}", CASE, OWNER)
                done = await drive(
                    service, start, script.answer, script.review, approve=script.approve
                )
                if done.plan is None or done.prompt is not None:
                    raise RuntimeError(f"case {n} did not reach the final plan: {done.step}")
        total, keys = await memory_usage(client)
        return Footprint(mode, cases, total, keys)
    finally:
        await client.aclose()


async def main(cases: int) -> list[Footprint]:
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        work = Path(tmp)
        async with EmbeddedRedis(work / "redis", shutdown_on_exit=True) as server:
            return [await run_mode(server.url, work / "data", mode, cases) for mode in MODES]


def report(footprints: list[Footprint]) -> str:
    lines = [f"{'history':<8} {'cases':>5} {'bytes/case':>11} {'keys/case':>10}"]
    for f in footprints:
        lines.append(
            f"{f.mode:<8} {f.cases:>5} {f.bytes_per_case:>11,.0f} {f.keys_per_case:>10.1f}"
        )
    by_mode = {f.mode: f for f in footprints}
    ratio = by_mode["final"].bytes_per_case / by_mode["full"].bytes_per_case
    lines.append(f"final/full bytes per finished case: {ratio:.3f} ({1 / ratio:.1f}x smaller)")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5, help="finished cases per run")
    print(report(asyncio.run(main(parser.parse_args().cases))))
