"""kill -9 at every step of a click, and every Web API call failing in turn: the thread
always ends with the case where it is, every step shown exactly once.

The kill battery runs `coach slack --http` as the real process and kills it at an exact
step: the fake Web API runs the kill when the bot's Nth call to a method arrives, either
before that call takes effect or after it did but before the bot hears back (the post is
in the thread, the record of it is not). After each kill the process is started again on
the same Redis and must answer the next press or message in the thread. One case walks
through all the kill points, so each restart is paid once.

The fault battery fails each Web API call the bot makes once, in-process (no kill is
needed), and checks the same outcome.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from tests.cases import B2C_MINOR
from tests.fakes.fake_slack_api import FakeSlackApi
from tests.fakes.slack_requests import post_async
from tests.forked_coach import ForkServer
from tests.slack.bot_process import BotProcess
from tests.slack.helpers import (
    CARD,
    CHANNEL,
    SECRET,
    actions,
    bot_messages,
    heading,
    press,
    slack,
    wait_for_heading,
    wait_until_quiet,
)

AFTER_PLAN = "coach_outcome"
HOLDING = "Say this now"
PLAN = "Resolution plan"


def count(fake: FakeSlackApi, thread: str, text: str) -> int:
    return sum(text in heading(m) for m in bot_messages(fake, thread))


def answers(fake: FakeSlackApi, thread: str) -> int:
    """Everything the bot has said in the thread, ephemerals included."""
    said = [e for e in fake.ephemerals if e.get("thread_ts") == thread]
    return len(bot_messages(fake, thread)) + len(said)


def assert_shown_once(
    fake: FakeSlackApi, thread: str, *, plan: bool, stray_drafts: int = 0
) -> None:
    """`stray_drafts`: live drafts allowed to stay (see the kill battery's call)."""
    for text in (HOLDING, CARD, *(f"{i}/7" for i in range(1, 8)), "Final review"):
        assert count(fake, thread, text) == 1, (text, count(fake, thread, text))
    leftovers = fake.streamed_in(CHANNEL, thread) + [
        m for m in bot_messages(fake, thread) if m.get("text", "").startswith("Drafting ")
    ]
    assert len(leftovers) <= stray_drafts, (
        f"live drafts left: {[m['text'][:60] for m in leftovers]}"
    )
    if plan:
        assert count(fake, thread, PLAN) == 1
        files = [f for f in fake.files if f.thread_ts == thread and f.completed]
        assert len(files) == 1, files
        assert sum(AFTER_PLAN in actions(m) for m in bot_messages(fake, thread)) == 1


async def reply(url: str, thread: str, text: str) -> None:
    status, _ = await post_async(url, slack.message(text, channel=CHANNEL, thread_ts=thread))
    assert status == 200


async def answered(fake: FakeSlackApi, thread: str, before: int) -> None:
    await fake.wait_for_async(lambda: answers(fake, thread) > before, timeout=20)


class Battery:
    def __init__(self, bot: BotProcess, fake: FakeSlackApi) -> None:
        self.bot, self.fake = bot, fake

    async def kill_during(
        self,
        click: Callable[[], Awaitable[None]],
        method: str,
        nth: int = 1,
        *,
        after: bool = False,
        at_restart: tuple[tuple[str, bool], ...] = (),
    ) -> None:
        """Arm the kill on the bot's `nth` call to `method`, click, and restart once dead.

        `at_restart` (method, after) kills each following restart in its own start-up
        catch-up, before the restart that is left to run."""
        self.fake.on_call(method, self.bot.kill, nth, after=after)
        await click()
        await self.fake.wait_for_async(lambda: not self.bot.alive, timeout=20)
        for method, after in at_restart:
            self.fake.on_call(method, self.bot.kill, after=after)
            if self.bot.start():
                await self.fake.wait_for_async(lambda: not self.bot.alive, timeout=20)
        self.fake.disarm()
        assert self.bot.start()


def test_kill_9_at_every_step_of_a_click_leaves_the_case_shown_once(
    tmp_path: Path, fake: FakeSlackApi, clean_redis_url: str, forks: ForkServer
):
    bot = BotProcess(fake, clean_redis_url, tmp_path, SECRET, forks=forks)
    assert bot.start()
    try:
        asyncio.run(_walk_the_case_through_kills(Battery(bot, fake), fake))
    finally:
        bot.stop()


async def _walk_the_case_through_kills(run: Battery, fake: FakeSlackApi) -> None:
    bot = run.bot
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    thread = request.event["ts"]
    fake.seed_from_event(request.event)

    async def mention() -> None:
        assert (await post_async(bot.url, request))[0] == 200

    # 1. The mention, before the holding script is posted: the case must not go dead.
    await run.kill_during(mention, "chat.postMessage")
    before = answers(fake, thread)
    await reply(bot.url, thread, "hello?")
    await answered(fake, thread, before)
    card = await wait_for_heading(fake, thread, CARD)

    async def again(message: dict, action: str, expect: str) -> dict:
        """The same press after the restart: answered, and the thread reaches `expect`."""
        before = answers(fake, thread)
        await press(bot.url, message, action)
        await answered(fake, thread, before)
        return await wait_for_heading(fake, thread, expect)

    def pressing(message: dict, action: str) -> Callable[[], Awaitable[None]]:
        return lambda: press(bot.url, message, action)

    # 2-8. Each press but one killed at another step of drafting, posting and recording.
    steps = [
        (card, "coach_card_confirm", "1/7", "chat.startStream", 1, False),
        (None, "coach_approve", "2/7", "chat.startStream", 1, True),
        (None, "coach_approve", "3/7", "chat.stopStream", 1, False),
        (None, "coach_approve", "4/7", "chat.postMessage", 1, True),
        (None, "coach_approve", "5/7", "assistant.threads.setStatus", 1, False),
        (None, "coach_approve", "6/7", None, 0, False),  # no kill: a restart costs ~2 s
        (None, "coach_approve", "7/7", "chat.postMessage", 1, False),
        (None, "coach_approve", "Final review", "chat.postMessage", 1, True),
    ]
    shown = card
    for message, action, expect, method, nth, after in steps:
        target = message or shown
        if method is None:
            await press(bot.url, target, action)
            shown = await wait_for_heading(fake, thread, expect)
            continue
        await run.kill_during(pressing(target, action), method, nth, after=after)
        shown = await again(target, action, expect)

    # 9-12. Approve and post, killed before the summary; then the restarts' own
    # catch-ups killed at the file upload's steps and at the after-plan buttons.
    at_restart = (
        ("files.getUploadURLExternal", False),
        ("files.completeUploadExternal", True),
        ("chat.postMessage", True),
    )
    await run.kill_during(
        pressing(shown, "coach_finalize"), "chat.postMessage", at_restart=at_restart
    )
    await fake.wait_for_async(
        lambda: any(AFTER_PLAN in actions(m) for m in bot_messages(fake, thread)), timeout=20
    )
    before = answers(fake, thread)
    await reply(bot.url, thread, "is it posted?")
    await answered(fake, thread, before)
    await wait_until_quiet(fake, quiet=0.5)
    # One stray draft: the kill right after chat.startStream took effect, before the bot
    # heard its ts, leaves a stream nothing names (Slack's streams carry no metadata to
    # find it by). Every other kill's draft is removed by the next turn or the catch-up.
    assert_shown_once(fake, thread, plan=True, stray_drafts=1)


def latest_retry(fake: FakeSlackApi, thread: str) -> dict | None:
    return next(
        (m for m in reversed(bot_messages(fake, thread)) if "coach_retry" in actions(m)), None
    )


async def test_every_web_api_call_failing_in_turn_leaves_the_case_shown_once(bot, fake):
    """Each call the bot makes fails once, on another click of one case; the agent recovers
    with what the thread offers (the same press again, or Retry) and the case ends with
    every step shown once and its plan, file and after-plan buttons posted."""
    url, _ = bot
    request = slack.app_mention(B2C_MINOR, channel=CHANNEL)
    thread = request.event["ts"]
    fake.seed_from_event(request.event)

    def after_plan() -> bool:
        return any(AFTER_PLAN in actions(m) for m in bot_messages(fake, thread))

    async def click(message: dict | None, action: str, expect: str, *faults: str) -> dict:
        """Fail each of `faults` once during the click, then recover until `expect` shows
        (for the plan: until its after-plan buttons do, the last of its posts)."""
        await wait_until_quiet(fake, quiet=0.2)
        failed_before = len([c for c in fake.calls if not c.response.get("ok")])
        for method in faults:
            fake.fail_next(method)
        if message is None:
            assert (await post_async(url, request))[0] == 200
        else:
            await press(url, message, action)

        def failed() -> bool:
            return len([c for c in fake.calls if not c.response.get("ok")]) > failed_before

        if faults != ("chat.update",):  # only called when a draft outlasts a second
            # Waited for, not read after a quiet spell: a loaded machine drafts slowly.
            await fake.wait_for_async(failed, timeout=20)
        await wait_until_quiet(fake, quiet=0.3)
        assert failed() or faults == ("chat.update",), f"{faults} were never called"
        for _ in range(3):
            if count(fake, thread, expect) and (expect != PLAN or after_plan()):
                break
            before = answers(fake, thread)
            retry = latest_retry(fake, thread)
            if retry is not None:
                await press(url, retry, "coach_retry")
            elif message is not None:
                await press(url, message, action)  # the same press again
            await answered(fake, thread, before)
            await wait_until_quiet(fake, quiet=0.3)
        return await wait_for_heading(fake, thread, expect)

    card = await click(None, "", CARD, "chat.postMessage")
    shown = await click(card, "coach_card_confirm", "1/7", "chat.startStream")
    for index, faults in enumerate(
        [
            ("chat.stopStream",),
            ("chat.postMessage",),
            ("chat.delete",),
            ("assistant.threads.setStatus",),
            ("chat.update",),
            ("chat.postMessage", "chat.postMessage"),  # the step's post and the notice
        ],
        start=2,
    ):
        if faults == ("chat.update",):
            fake.set_unavailable("chat.startStream")  # streaming off: one updated message
        shown = await click(shown, "coach_approve", f"{index}/7", *faults)
        fake.set_available("chat.startStream")
    final = await click(shown, "coach_approve", "Final review", "chat.postMessage")
    fake.fail_next("files.completeUploadExternal")  # on the Retry of the upload above
    await click(final, "coach_finalize", PLAN, "files.getUploadURLExternal")
    await fake.wait_for_async(after_plan, timeout=20)
    await wait_until_quiet(fake, quiet=0.3)
    assert_shown_once(fake, thread, plan=True)

    fake.fail_next("views.publish")
    home = slack.app_home_opened(tab="home")
    assert (await post_async(url, home))[0] == 200
    await fake.wait_for_async(lambda: fake.calls_to("views.publish", ok=False))
    assert (await post_async(url, slack.app_home_opened(tab="home")))[0] == 200
    await fake.wait_for_async(lambda: fake.calls_to("views.publish", ok=True))
