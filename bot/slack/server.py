"""Runs the Slack bot: HTTP (events, interactions, commands at /slack/events) or Socket Mode.

Both modes share the Redis runtime, so several workers can serve one
workspace: the per-thread lock serialises turns and event dedupe stops
Slack's retries from running twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiohttp import web

from bot.doctor import workflow_warnings
from bot.live_coach import live_drafter_for
from bot.retention import Retention, RetentionWindows
from bot.runtime import close_drafter, make_drafter, open_runtime
from bot.settings import Settings
from bot.slack.app import build_app, make_client
from bot.slack.coach import STORAGE_ERRORS, SlackCoach
from bot.slack.front_desk import front_desk
from bot.slack.handoff import Handoff
from bot.slack.home_refresh import HomeRefresher
from bot.storage.checkpointer import RedisCheckpointSaver
from bot.storage.coordination import EventDeduper
from graph.drafting.base import Drafter

log = logging.getLogger(__name__)


ACK_SWITCH_INTERVAL = 0.0002
"""Seconds a thread may hold the GIL while another waits (Python's default is 5 ms).

The offline drafter composes on worker threads (graph/drafting/playbook.py), but they
still hold the GIL; the event loop thread, which answers Slack, gets its turn only
when a switch interval runs out. An ack needs a few such turns, so a shorter interval
keeps it quick while drafting runs; the extra switching costs the drafting very little."""


class SlackConfigError(ValueError):
    """A missing Slack setting; the message names it."""


@dataclass
class Bot:
    """The work side of the bot; Slack's side (the Bolt app) runs on the front desk."""

    coach: SlackCoach
    handoff: Handoff


def check(settings: Settings, socket_mode: bool) -> None:
    """Name every missing setting at once, before anything starts."""
    missing = [name for name, value in (
        ("SLACK_BOT_TOKEN", settings.slack_bot_token),
        ("SLACK_SIGNING_SECRET", settings.slack_signing_secret),
        ("SLACK_APP_TOKEN", settings.slack_app_token if socket_mode else "-"),
    ) if not value]  # fmt: skip
    if missing:
        hint = " (or run `coach slack --http --port N`)" if missing == ["SLACK_APP_TOKEN"] else ""
        raise SlackConfigError(f"set {', '.join(missing)}{hint}; see .env.example")


@asynccontextmanager
async def running_bot(settings: Settings, drafter: Drafter | None = None) -> AsyncIterator[Bot]:
    made = drafter is None  # a drafter the bot made is the bot's to close
    drafter = drafter or make_drafter(settings)
    try:
        async with open_runtime(settings, drafter=drafter) as runtime:
            assert runtime.redis is not None and runtime.tracker is not None
            coach = SlackCoach(
                make_client(settings),
                runtime.service,
                runtime.tracker,
                settings.lead_ids,
                settings.approver_ids,
                runtime.reconnect,
                runtime.policy,
            )
            # Claude's fast model, or the playbook
            coach.live.live.drafter = live_drafter_for(drafter)
            handoff = Handoff(coach, EventDeduper(runtime.redis), asyncio.get_running_loop())
            homes = HomeRefresher(
                runtime.redis,
                runtime.tracker.queue,
                coach.admin.publish_home,
                settings.lead_ids,
                settings.home_refresh_seconds,
            )
            # Claimed for a day in Redis: whichever worker's loop comes first runs the pass.
            retention = Retention(runtime.tracker, RedisCheckpointSaver(runtime.redis))
            windows = RetentionWindows.from_settings(settings)
            loops = [
                asyncio.create_task(
                    _every(settings.reminder_interval_seconds, "sending reminders",
                           lambda: coach.send_reminders(time.time()))
                ),
                asyncio.create_task(
                    _every(settings.home_refresh_seconds, "refreshing App Home", homes.refresh_due)
                ),
                asyncio.create_task(_once("catching up threads", coach.work.catch_up_all)),
                asyncio.create_task(
                    _every(settings.reminder_interval_seconds, "applying data retention",
                           lambda: retention.apply_daily(windows))
                ),
            ]  # fmt: skip
            try:
                yield Bot(coach, handoff)
            finally:
                await handoff.drain(settings.shutdown_grace_seconds)
                for loop in loops:
                    loop.cancel()
                for loop in loops:
                    with contextlib.suppress(asyncio.CancelledError):
                        await loop
    finally:
        if made:
            await close_drafter(drafter)


async def _every(interval: float, what: str, job: Callable[[], Awaitable[int]]) -> None:
    """Every worker runs these; claims in Redis make each reminder and refresh happen once.

    The loop checks for a pending cancel itself: a library under the job can swallow
    the CancelledError of a shutdown that lands mid-call (or report it as a
    connection error), and the bot's exit would then wait on this loop forever.
    """
    task = asyncio.current_task()
    while not (task and task.cancelling()):
        await asyncio.sleep(interval)
        try:
            await job()
        except STORAGE_ERRORS as exc:  # an expected outage: one line, no traceback
            if not (task and task.cancelling()):
                log.warning("%s: storage unreachable (%s); will try again", what, exc)
        except Exception:  # a background job failing must never stop the bot
            if not (task and task.cancelling()):
                log.exception("%s failed; will try again", what)


async def _once(what: str, job: Callable[[], Awaitable[int]]) -> None:
    """A start-up job in the background, so the bot answers Slack while it runs."""
    try:
        await job()
    except Exception:  # like a background loop: a failed catch-up must not stop the bot
        log.exception("%s failed", what)


@web.middleware
async def _refuse_malformed_signatures(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Bolt verifies the signature, but a timestamp that is not a plain number makes it
    raise (HTTP 500, which Slack retries); such a request is unauthenticated: 401."""
    stamp = request.headers.get("X-Slack-Request-Timestamp", "")
    if request.method == "POST" and not (stamp.isascii() and stamp.isdigit()):
        return web.Response(status=401, text="invalid request")
    return await handler(request)


@asynccontextmanager
async def _http_site(
    settings: Settings, handoff: Handoff, host: str, port: int
) -> AsyncIterator[int]:
    """The Bolt app behind an aiohttp server, on the front desk's loop; yields the bound port."""
    web_app = build_app(settings, handoff).web_app(path="/slack/events")
    web_app.middlewares.append(_refuse_malformed_signatures)
    runner = web.AppRunner(web_app)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


@asynccontextmanager
async def _socket(settings: Settings, handoff: Handoff) -> AsyncIterator[None]:
    """The Bolt app over Socket Mode, connected from the front desk's loop."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    assert settings.slack_app_token is not None
    token = settings.slack_app_token.get_secret_value()
    handler = AsyncSocketModeHandler(build_app(settings, handoff), token)
    await handler.connect_async()
    try:
        yield
    finally:
        await handler.close_async()


@asynccontextmanager
async def serve_http(
    settings: Settings, host: str, port: int, drafter: Drafter | None = None
) -> AsyncIterator[tuple[str, Bot]]:
    """The bot on an aiohttp server (port 0: any free one); yields its /slack/events URL."""
    async with (
        running_bot(settings, drafter) as bot,
        front_desk(lambda: _http_site(settings, bot.handoff, host, port)) as bound,
    ):
        yield f"http://{host}:{bound}/slack/events", bot


@asynccontextmanager
async def serve_socket(settings: Settings, drafter: Drafter | None = None) -> AsyncIterator[Bot]:
    """The bot over Socket Mode (the manifest's default: no public URL), connected."""
    async with (
        running_bot(settings, drafter) as bot,
        front_desk(lambda: _socket(settings, bot.handoff)),
    ):
        yield bot


async def run(settings: Settings, http: bool, port: int) -> None:
    check(settings, socket_mode=not http)
    sys.setswitchinterval(ACK_SWITCH_INTERVAL)  # this process serves Slack: see the constant
    for warning in workflow_warnings(settings):
        log.warning("%s (see `coach doctor`)", warning)
    if http:
        async with serve_http(settings, "0.0.0.0", port) as (url, _):
            print(f"Escalation Coach listening on {url}")
            await _until_terminated()
    else:
        async with serve_socket(settings):
            print("Escalation Coach connected over Socket Mode")
            await _until_terminated()
    print("Escalation Coach stopped")


async def _until_terminated() -> None:
    """Until SIGTERM, which process managers (systemd, Docker, Kubernetes) send to stop a
    service: the bot then stops its loops and the work in hand (which resumes from its last
    checkpoint on the next start) and closes its connections, as it does on Ctrl-C. Ctrl-C
    stays asyncio.run's (KeyboardInterrupt, status 130), which a shell's background job
    never gets: it starts with SIGINT ignored."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await stop.wait()
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
