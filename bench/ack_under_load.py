"""How fast `coach slack --http` acks while it is busy coaching many threads.

Slack retries any request not acked within 3 seconds, and an agent whose click is not
acked sees a spinner, so the ack must not wait behind drafting. The bot runs as the
real process an operator starts, against the fake Slack Web API on this machine; this
process sends signed @mentions and times each HTTP answer (the ack):

  idle    one mention at a time, each waited for: the baseline
  burst   N mentions at the same instant, each opening its own case thread: the last of
          them also waits for the N-1 acks before it, so this is the worst case
  during  mentions arriving one by one (every 50 ms) while those N threads draft: how
          long an agent's click waits when the bot is busy, the everyday case

Under load it also times each mention to the bot's first chat.postMessage in its thread
(as the fake Web API recorded it), so fast acks cannot be bought by starving the work.
Figures are medians and 99th percentiles, and load as a ratio to idle measured in the
same run, because these machines are shared and noisy.

Run: `.venv/bin/python bench/ack_under_load.py [--threads 50] [--idle 20]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.storage.embedded_redis import EmbeddedRedis  # noqa: E402
from tests.cases import B2B_OUTAGE  # noqa: E402
from tests.fakes.fake_slack_api import FakeSlackApi  # noqa: E402
from tests.fakes.slack_requests import SlackRequestFactory  # noqa: E402
from tests.slack.bot_process import BotProcess  # noqa: E402

SECRET = "bench-signing-secret"
CHANNEL = "C0BENCH001"
POSTS = {"chat.postMessage", "chat.startStream"}


@dataclass
class Sent:
    """One mention: when it left (wall clock, as the fake stamps calls), its ts, its ack."""

    at: float
    ts: str
    ack: float


async def _mention(session: aiohttp.ClientSession, url: str, factory: SlackRequestFactory) -> Sent:
    request = factory.app_mention(B2B_OUTAGE, channel=CHANNEL)
    at, started = time.time(), time.perf_counter()
    async with session.post(url, data=request.body, headers=request.headers) as resp:
        await resp.read()
        assert resp.status == 200, resp.status
    return Sent(at, request.payload["event"]["ts"], time.perf_counter() - started)


async def _first_replies(
    fake: FakeSlackApi, sent: list[Sent], timeout: float
) -> tuple[list[float], int]:
    """Seconds from each mention to the bot's first post in its thread (a message or the
    start of a stream), and how many threads had none within `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        first: dict[str, float] = {}
        for call in fake.calls:
            thread = call.params.get("thread_ts")
            if call.method in POSTS and call.ok and thread is not None and thread not in first:
                first[thread] = call.timestamp
        if all(s.ts in first for s in sent) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.1)
    return [first[s.ts] - s.at for s in sent if s.ts in first], sum(s.ts not in first for s in sent)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Measured:
    """Seconds: acks idle, in the burst and during its drafting; mention to first reply."""

    idle: list[float]
    burst: list[float]
    during: list[float]
    replies: list[float]
    silent: int


async def _during(
    session: aiohttp.ClientSession, url: str, factory: SlackRequestFactory, count: int
) -> list[Sent]:
    await asyncio.sleep(0.1)  # the burst has landed and its turns are drafting
    sent = []
    for _ in range(count):
        sent.append(await _mention(session, url, factory))
        await asyncio.sleep(0.05)
    return sent


async def _measure(url: str, fake: FakeSlackApi, threads: int, idle: int) -> Measured:
    """Acks idle, in a burst and during the burst's drafting; mention to first reply in
    the burst, and how many of its threads got no reply at all."""
    factory = SlackRequestFactory(SECRET)
    async with aiohttp.ClientSession() as session:
        await _mention(session, url, factory)  # the first request pays Bolt's auth.test
        quiet = []
        for _ in range(idle):
            quiet.append((await _mention(session, url, factory)).ack)
            await asyncio.sleep(0.3)  # let that turn finish: the bot is idle again
        during = asyncio.create_task(_during(session, url, factory, idle))
        busy = await asyncio.gather(*(_mention(session, url, factory) for _ in range(threads)))
        probes = await during
    replies, silent = await _first_replies(fake, list(busy), timeout=120)
    return Measured(quiet, [s.ack for s in busy], [s.ack for s in probes], replies, silent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=50)
    parser.add_argument("--idle", type=int, default=20)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeSlackApi() as fake,
        EmbeddedRedis(Path(tmp) / "redis", shutdown_on_exit=True) as redis,
    ):
        fake.invite_bot(CHANNEL)
        bot = BotProcess(fake, redis.url, Path(tmp), SECRET, {"LOG_LEVEL": "WARNING"})
        assert bot.start()
        try:
            got = asyncio.run(_measure(bot.url, fake, args.threads, args.idle))
        finally:
            bot.stop()
    _report(args, got)


def _report(args: argparse.Namespace, got: Measured) -> None:
    idle_p50, idle_p99 = statistics.median(got.idle), _p(got.idle, 0.99)
    print(f"ack of coach slack --http: {args.idle} idle mentions, {args.threads} at once, and")
    print(f"{args.idle} arriving one by one while those {args.threads} threads draft")
    print(f"  idle    p50 {idle_p50 * 1000:7.1f} ms   p99 {idle_p99 * 1000:7.1f} ms")
    for name, acks in (("burst", got.burst), ("during", got.during)):
        p50, p99 = statistics.median(acks), _p(acks, 0.99)
        print(f"  {name:<7} p50 {p50 * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms"
              f"   (x{p50 / idle_p50:.1f} / x{p99 / idle_p99:.1f} idle)")  # fmt: skip
    print("  goal: p99 < 100 ms and at most 3x idle")
    print(f"  mention to first reply in its thread, {args.threads} at once")
    if got.replies:
        reply_p50, reply_p99 = statistics.median(got.replies), _p(got.replies, 0.99)
        print(f"          p50 {reply_p50 * 1000:7.1f} ms   p99 {reply_p99 * 1000:7.1f} ms")
    if got.silent:
        print(f"          {got.silent} of {args.threads} threads got no reply within 120 s")


if __name__ == "__main__":
    main()
