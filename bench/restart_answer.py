"""How long a thread that was mid-case waits for its first answer after a kill -9.

The bot runs as the real `coach slack --http` process against the fake Web API and a
Redis of its own. A case is driven to its facts card; the press on "Looks right" is
killed the moment drafting starts (the thread's lock held, the step unfinished). The
clock starts when `coach slack --http` is started again and stops at the bot's first
post in that thread (the same press, sent again as soon as the process listens). The
baseline is the same press answered by an idle bot that was never killed, measured in
the same run, because these machines are shared and noisy.

Run: `.venv/bin/python bench/restart_answer.py [--rounds 3]`. Goal: under 3 s.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.storage.embedded_redis import EmbeddedRedis  # noqa: E402
from tests.cases import B2C_MINOR  # noqa: E402
from tests.fakes.fake_slack_api import FakeSlackApi  # noqa: E402
from tests.fakes.slack_requests import SlackRequestFactory, post_async  # noqa: E402
from tests.slack.bot_process import BotProcess  # noqa: E402

SECRET = "bench-signing-secret"
CHANNEL = "C0BENCH001"
CARD = "Check the facts"


def _posts(fake: FakeSlackApi, thread: str) -> list[dict]:
    return fake.messages_in(CHANNEL, thread, bot_only=True)


def _card(fake: FakeSlackApi, thread: str) -> dict | None:
    return next((m for m in _posts(fake, thread) if CARD in str(m.get("blocks"))), None)


async def _case_at_card(bot: BotProcess, fake: FakeSlackApi, slack: SlackRequestFactory):
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    thread = request.event["ts"]
    fake.seed_from_event(request.event)
    assert (await post_async(bot.url, request))[0] == 200
    card = await fake.wait_for_async(lambda: _card(fake, thread), timeout=30)
    return thread, card


async def _answer(bot: BotProcess, fake: FakeSlackApi, slack, thread: str, card: dict) -> float:
    """Seconds from sending the press to the bot's first post in the thread after it."""
    before = len(_posts(fake, thread))
    press = slack.block_action("coach_card_confirm", channel=CHANNEL, message=card)
    started = time.perf_counter()
    assert (await post_async(bot.url, press))[0] == 200
    await fake.wait_for_async(lambda: len(_posts(fake, thread)) > before, timeout=120)
    return time.perf_counter() - started


async def _round(bot: BotProcess, fake: FakeSlackApi, slack) -> tuple[float, float, float]:
    thread, card = await _case_at_card(bot, fake, slack)
    idle = await _answer(bot, fake, slack, thread, card)
    thread, card = await _case_at_card(bot, fake, slack)
    fake.on_call("chat.startStream", bot.kill)
    press = slack.block_action("coach_card_confirm", channel=CHANNEL, message=card)
    assert (await post_async(bot.url, press))[0] == 200
    await fake.wait_for_async(lambda: not bot.alive, timeout=30)
    fake.disarm()
    before = len(_posts(fake, thread))
    started = time.perf_counter()
    assert bot.start()
    listening = time.perf_counter() - started
    await post_async(bot.url, slack.block_action("coach_card_confirm", channel=CHANNEL,
                                                 message=card))  # fmt: skip
    await fake.wait_for_async(lambda: len(_posts(fake, thread)) > before, timeout=120)
    return idle, listening, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    slack = SlackRequestFactory(SECRET)
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeSlackApi() as fake,
        EmbeddedRedis(Path(tmp) / "redis", shutdown_on_exit=True) as redis,
    ):
        fake.invite_bot(CHANNEL)
        bot = BotProcess(fake, redis.url, Path(tmp), SECRET, {"LOG_LEVEL": "WARNING"})
        assert bot.start()
        try:
            rounds = [asyncio.run(_round(bot, fake, slack)) for _ in range(args.rounds)]
        finally:
            bot.stop()
    idle = statistics.median(r[0] for r in rounds)
    listening = statistics.median(r[1] for r in rounds)
    restart = statistics.median(r[2] for r in rounds)
    print(f"first answer in a mid-case thread, median of {args.rounds} kill -9 rounds")
    print(f"  idle bot, same press        {idle:6.2f} s")
    print(f"  restart to listening        {listening:6.2f} s")
    print(f"  restart to first answer     {restart:6.2f} s   (x{restart / idle:.1f} idle)")
    print(f"  rounds: {', '.join(f'{r[2]:.2f}' for r in rounds)} s; goal: under 3 s")


if __name__ == "__main__":
    main()
