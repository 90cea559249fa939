"""The Bolt app: its client, one middleware that drops bots' messages, and the listener
modules. Nothing else."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings
from bot.slack import listeners
from bot.slack.handoff import Handoff


def make_client(settings: Settings) -> AsyncWebClient:
    """Honours Slack's 429 Retry-After, and SLACK_API_URL as Slack's own samples do."""
    assert settings.slack_bot_token is not None
    kwargs: dict[str, Any] = {"token": settings.slack_bot_token.get_secret_value()}
    if settings.slack_api_url:
        kwargs["base_url"] = settings.slack_api_url
    client = AsyncWebClient(**kwargs)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
    return client


def build_app(settings: Settings, handoff: Handoff) -> AsyncApp:
    """Built on the front desk's loop (front_desk.py), with a client of its own: the app only
    verifies, acks and hands the work off, so nothing here waits on storage or drafting."""
    assert settings.slack_signing_secret is not None
    app = AsyncApp(
        # Named here: unnamed, Bolt names the app after its caller's file with
        # `inspect.stack()`, which looks up every frame's source; a frame with no file
        # (xdist's exec'd bootstrap in the test workers) costs about 5 ms of module scanning.
        name="escalation-coach",
        client=make_client(settings),
        signing_secret=settings.slack_signing_secret.get_secret_value(),
    )

    async def not_from_bots(body: dict[str, Any], next: Callable[[], Awaitable[None]]) -> Any:
        """Bots' messages (ours included: every post we make comes back as an event) are
        dropped before any listener, so none can be talked into a loop by another bot."""
        event = body.get("event") or {}
        if event.get("bot_id") or event.get("subtype") == "bot_message":
            return BoltResponse(status=200, body="")
        return await next()

    app.middleware(not_from_bots)
    listeners.register(app, handoff)
    return app
