"""The Bolt app: one client, one dedupe middleware, and the listener modules. Nothing else."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings
from bot.slack import listeners
from bot.slack.coach import STORAGE_ERRORS, SlackCoach
from bot.slack.screen import Where
from bot.storage.coordination import EventDeduper

log = logging.getLogger(__name__)


def make_client(settings: Settings) -> AsyncWebClient:
    """Honours Slack's 429 Retry-After, and SLACK_API_URL as Slack's own samples do."""
    assert settings.slack_bot_token is not None
    kwargs: dict[str, Any] = {"token": settings.slack_bot_token.get_secret_value()}
    if settings.slack_api_url:
        kwargs["base_url"] = settings.slack_api_url
    client = AsyncWebClient(**kwargs)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
    return client


def where_of(body: dict[str, Any]) -> Where | None:
    """The thread and person a failed message or button press came from, if it has one."""
    event = body.get("event") or {}
    if event.get("channel") and event.get("user"):
        thread_ts = event.get("thread_ts") or event.get("ts")
        return Where(event["channel"], thread_ts, event["user"], body.get("team_id"))
    message = body.get("message") or {}
    channel, user = (body.get("channel") or {}).get("id"), (body.get("user") or {}).get("id")
    thread_ts = message.get("thread_ts") or message.get("ts")
    if channel and user and thread_ts:
        return Where(channel, thread_ts, user, (body.get("team") or {}).get("id"))
    return None


def build_app(settings: Settings, coach: SlackCoach, deduper: EventDeduper) -> AsyncApp:
    assert settings.slack_signing_secret is not None
    app = AsyncApp(
        client=coach.client,
        signing_secret=settings.slack_signing_secret.get_secret_value(),
    )

    async def once_per_event(body: dict[str, Any], next: Callable[[], Awaitable[None]]) -> Any:
        """Slack retries an event it thinks we missed; across workers, run it only once.

        Bots' messages (ours included: every post we make comes back as an event) are
        dropped here too, so no listener can be talked into a loop by another bot.
        """
        event = body.get("event") or {}
        if event.get("bot_id") or event.get("subtype") == "bot_message":
            return BoltResponse(status=200, body="")
        event_id = body.get("event_id")
        if event_id and not await deduper.first_time(event_id):
            return BoltResponse(status=200, body="")
        return await next()

    async def on_error(
        error: Exception, body: dict[str, Any], response: BoltResponse | None
    ) -> BoltResponse | None:
        """A storage outage is expected: the agent is told, and Slack gets a 200 so it does
        not retry into the same outage. Anything else is a bug and keeps its traceback."""
        if isinstance(error, STORAGE_ERRORS):
            await coach.desk.storage_down(where_of(body), error)
            return BoltResponse(status=200, body="") if response is not None else None
        log.error("request failed", exc_info=error)
        return None

    app.middleware(once_per_event)
    app.error(on_error)
    listeners.register(app, coach)
    return app
