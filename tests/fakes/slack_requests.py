"""Signed HTTP requests shaped like the ones Slack sends to an app's Request URL.

Tests drive the Bolt app through its real HTTP entry point, so request verification,
payload parsing, ack timing and retry handling run as in production. Payloads follow
Slack's documented shapes closely enough for Bolt's matchers (event type, action_id,
callback_id, command) and for the bot's own parsing; ids default to the workspace the
fake Web API pretends to be (tests/fakes/fake_slack_api.py), so both sides agree.

    slack = SlackRequestFactory(signing_secret="s3cret")
    status, body = post(app_url, slack.app_mention("help", channel="C1"))
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import itertools
import json
import secrets
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp

from tests.fakes.fake_slack_api import (
    AGENT_NAME,
    AGENT_USER_ID,
    APP_ID,
    BOT_USER_ID,
    TEAM_DOMAIN,
    TEAM_ID,
    next_ts,
)

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
_counter = itertools.count(1)


def sign(body: bytes, signing_secret: str, timestamp: int | None = None) -> dict[str, str]:
    """X-Slack-Signature / X-Slack-Request-Timestamp headers for `body` (Slack's v0 scheme)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + ts.encode() + b":" + body
    digest = hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


@dataclass(frozen=True)
class SlackRequest:
    """A ready-to-send request; `payload` is the decoded content for test assertions."""

    body: bytes
    content_type: str
    payload: dict[str, Any]
    signing_secret: str
    timestamp: int
    extra_headers: tuple[tuple[str, str], ...] = ()
    forged: bool = False

    @property
    def headers(self) -> dict[str, str]:
        secret = f"forged-{self.signing_secret}" if self.forged else self.signing_secret
        return {
            "Content-Type": self.content_type,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
            **sign(self.body, secret, self.timestamp),
            **dict(self.extra_headers),
        }

    @property
    def event(self) -> dict[str, Any]:
        """The inner event of an events_api request (handy for `fake.seed_from_event`)."""
        return self.payload["event"]

    def with_bad_signature(self) -> SlackRequest:
        """Same body signed with the wrong secret: Bolt must answer 401."""
        return dataclasses.replace(self, forged=True)

    def with_stale_timestamp(self, age_seconds: int = 600) -> SlackRequest:
        """Correctly signed but older than Slack's 5-minute replay window."""
        return dataclasses.replace(self, timestamp=int(time.time()) - age_seconds)

    def with_headers(self, **headers: str) -> SlackRequest:
        """Same request with headers overridden (a malformed timestamp, say)."""
        extra = (*self.extra_headers, *headers.items())
        return dataclasses.replace(self, extra_headers=extra)

    def as_retry(self, num: int = 1, reason: str = "http_timeout") -> SlackRequest:
        """The redelivery Slack sends when the first one wasn't acked in time (same event_id)."""
        extra = (("X-Slack-Retry-Num", str(num)), ("X-Slack-Retry-Reason", reason))
        return dataclasses.replace(self, timestamp=int(time.time()), extra_headers=extra)


def _trigger_id() -> str:
    return f"{int(time.time())}.{secrets.randbelow(10**10)}.{secrets.token_hex(16)}"


def _rich_text(text: str) -> list[dict[str, Any]]:
    return [
        {
            "type": "rich_text",
            "block_id": secrets.token_hex(2),
            "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
            ],
        }
    ]


def _find_element(blocks: list[dict[str, Any]], action_id: str) -> tuple[str | None, dict]:
    """The block_id and element a user clicks, so tests say only which button."""
    for block in blocks:
        candidates = list(block.get("elements") or [])
        if "accessory" in block:
            candidates.append(block["accessory"])
        if "element" in block:
            candidates.append(block["element"])
        for element in candidates:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                return block.get("block_id"), element
    return None, {}


class SlackRequestFactory:
    """Builds signed requests for one app in one workspace."""

    def __init__(
        self,
        signing_secret: str,
        *,
        team_id: str = TEAM_ID,
        app_id: str = APP_ID,
        bot_user_id: str = BOT_USER_ID,
        user_id: str = AGENT_USER_ID,
        user_name: str = AGENT_NAME,
        response_url: str | None = None,
    ) -> None:
        self.signing_secret = signing_secret
        self.team_id = team_id
        self.app_id = app_id
        self.bot_user_id = bot_user_id
        self.user_id = user_id
        self.user_name = user_name
        self.response_url = response_url

    # ------------------------------------------------------------------ encoding

    def _json(self, payload: dict[str, Any]) -> SlackRequest:
        body = json.dumps(payload).encode()
        return SlackRequest(body, JSON, payload, self.signing_secret, int(time.time()))

    def _form(self, fields: dict[str, str], payload: dict[str, Any]) -> SlackRequest:
        body = urlencode(fields).encode()
        return SlackRequest(body, FORM, payload, self.signing_secret, int(time.time()))

    def _interaction(self, payload: dict[str, Any]) -> SlackRequest:
        return self._form({"payload": json.dumps(payload)}, payload)

    def _user(self, user: str | None) -> dict[str, str]:
        uid = user or self.user_id
        return {
            "id": uid,
            "username": self.user_name,
            "name": self.user_name,
            "team_id": self.team_id,
        }

    def _hook(self, response_url: str | None) -> str:
        """Pass `fake.response_url(...)` to observe `respond()`; the default goes nowhere."""
        fallback = f"https://hooks.slack.com/actions/{self.team_id}/{next(_counter)}/x"
        return response_url or self.response_url or fallback

    # ------------------------------------------------------------------ events

    def event_callback(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
    ) -> SlackRequest:
        """Wrap any event in the events_api envelope (with authorizations, as Slack does)."""
        payload = {
            "token": "verification-token-unused",
            "team_id": self.team_id,
            "context_team_id": self.team_id,
            "api_app_id": self.app_id,
            "event": {"event_ts": event.get("ts") or next_ts(), **event},
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_counter):08d}{secrets.token_hex(2).upper()}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": f"4-{secrets.token_urlsafe(24)}",
        }
        request = self._json(payload)
        return request.as_retry(retry_num, retry_reason) if retry_num else request

    def _message_event(
        self,
        kind: str,
        text: str,
        channel: str,
        user: str | None,
        ts: str | None,
        thread_ts: str | None,
        channel_type: str | None,
    ) -> dict[str, Any]:
        event: dict[str, Any] = {
            "type": kind,
            "user": user or self.user_id,
            "text": text,
            "ts": ts or next_ts(),
            "team": self.team_id,
            "channel": channel,
            "client_msg_id": secrets.token_hex(16),
            "blocks": _rich_text(text),
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
        if channel_type:
            event["channel_type"] = channel_type
        return event

    def app_mention(
        self,
        text: str,
        *,
        channel: str,
        user: str | None = None,
        ts: str | None = None,
        thread_ts: str | None = None,
        event_id: str | None = None,
    ) -> SlackRequest:
        """An @mention; the bot's `<@U…>` is prefixed unless the text already has it."""
        mention = f"<@{self.bot_user_id}>"
        text = text if mention in text else f"{mention} {text}"
        event = self._message_event("app_mention", text, channel, user, ts, thread_ts, None)
        return self.event_callback(event, event_id=event_id)

    def message(
        self,
        text: str,
        *,
        channel: str,
        user: str | None = None,
        ts: str | None = None,
        thread_ts: str | None = None,
        channel_type: str = "channel",
        event_id: str | None = None,
    ) -> SlackRequest:
        """A `message` event: a thread reply when `thread_ts` is given."""
        event = self._message_event("message", text, channel, user, ts, thread_ts, channel_type)
        return self.event_callback(event, event_id=event_id)

    def direct_message(
        self,
        text: str,
        *,
        channel: str,
        user: str | None = None,
        ts: str | None = None,
        thread_ts: str | None = None,
        event_id: str | None = None,
    ) -> SlackRequest:
        """message.im: a DM or a message in the app's assistant thread."""
        return self.message(
            text,
            channel=channel,
            user=user,
            ts=ts,
            thread_ts=thread_ts,
            channel_type="im",
            event_id=event_id,
        )

    def app_home_opened(
        self,
        *,
        user: str | None = None,
        channel: str = "D0HOMEDM01",
        tab: str = "home",
        event_id: str | None = None,
    ) -> SlackRequest:
        event = {"type": "app_home_opened", "user": user or self.user_id, "channel": channel}
        event["tab"] = tab
        return self.event_callback(event, event_id=event_id)

    # ------------------------------------------------------------ interactions

    def block_action(
        self,
        action_id: str,
        *,
        channel: str | None = None,
        message: dict[str, Any] | None = None,
        view: dict[str, Any] | None = None,
        value: str | None = None,
        block_id: str | None = None,
        user: str | None = None,
        response_url: str | None = None,
    ) -> SlackRequest:
        """A click on `action_id` in `message` (a dict from the fake) or in a modal `view`.

        The element's block_id, value and label are taken from the message or view, so a
        test only names the button; `value`/`block_id` override them (e.g. a stale one).
        """
        surface = message if message is not None else view
        found_block, element = _find_element((surface or {}).get("blocks") or [], action_id)
        action: dict[str, Any] = {
            "action_id": action_id,
            "block_id": block_id or found_block or secrets.token_hex(2),
            "type": element.get("type", "button"),
            "action_ts": next_ts(),
        }
        if "text" in element:
            action["text"] = element["text"]
        chosen = value if value is not None else element.get("value")
        if chosen is not None:
            action["value"] = chosen
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": self._user(user),
            "api_app_id": self.app_id,
            "token": "verification-token-unused",
            "trigger_id": _trigger_id(),
            "team": {"id": self.team_id, "domain": TEAM_DOMAIN},
            "enterprise": None,
            "is_enterprise_install": False,
            "state": {"values": {}},
            "actions": [action],
        }
        if view is not None:
            payload["container"] = {"type": "view", "view_id": view.get("id")}
            payload["view"] = view
        else:
            msg = message or {"type": "message", "ts": next_ts(), "text": "", "blocks": []}
            if channel is None:
                raise ValueError("a message click needs the channel it happened in")
            container: dict[str, Any] = {
                "type": "message",
                "message_ts": msg["ts"],
                "channel_id": channel,
                "is_ephemeral": False,
            }
            if msg.get("thread_ts"):
                container["thread_ts"] = msg["thread_ts"]
            payload["container"] = container
            payload["channel"] = {"id": channel, "name": "escalations"}
            payload["message"] = msg
            payload["response_url"] = self._hook(response_url)
        return self._interaction(payload)

    def view_submission(
        self,
        view: dict[str, Any],
        *,
        values: dict[str, dict[str, Any]] | None = None,
        user: str | None = None,
    ) -> SlackRequest:
        """Submit a modal. `values` maps block_id -> action_id -> str or a full state value.

        A plain string stands for a plain_text_input, the common case for intake forms.
        """
        state = {
            block_id: {
                action_id: (
                    {"type": "plain_text_input", "value": v}
                    if isinstance(v, str) or v is None
                    else v
                )
                for action_id, v in actions.items()
            }
            for block_id, actions in (values or {}).items()
        }
        submitted = {
            "id": f"V{next(_counter):09d}",
            "team_id": self.team_id,
            "type": "modal",
            "private_metadata": "",
            "callback_id": "",
            "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
            "app_id": self.app_id,
            **view,
            "state": {"values": state},
        }
        payload = {
            "type": "view_submission",
            "team": {"id": self.team_id, "domain": TEAM_DOMAIN},
            "user": self._user(user),
            "api_app_id": self.app_id,
            "token": "verification-token-unused",
            "trigger_id": _trigger_id(),
            "view": submitted,
            "response_urls": [],
            "is_enterprise_install": False,
            "enterprise": None,
        }
        return self._interaction(payload)

    def slash_command(
        self,
        command: str,
        text: str = "",
        *,
        channel: str,
        channel_name: str = "escalations",
        user: str | None = None,
        response_url: str | None = None,
    ) -> SlackRequest:
        """A slash command: form fields, not a JSON payload."""
        fields = {
            "token": "verification-token-unused",
            "team_id": self.team_id,
            "team_domain": TEAM_DOMAIN,
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user or self.user_id,
            "user_name": self.user_name,
            "command": command,
            "text": text,
            "api_app_id": self.app_id,
            "is_enterprise_install": "false",
            "response_url": self._hook(response_url),
            "trigger_id": _trigger_id(),
        }
        return self._form(fields, dict(fields))

    def message_shortcut(
        self,
        callback_id: str,
        *,
        channel: str,
        message: dict[str, Any],
        user: str | None = None,
        response_url: str | None = None,
    ) -> SlackRequest:
        """The "⋯ > shortcut" menu on `message` (e.g. a customer's message seeded in the fake)."""
        payload = {
            "type": "message_action",
            "token": "verification-token-unused",
            "action_ts": next_ts(),
            "team": {"id": self.team_id, "domain": TEAM_DOMAIN},
            "user": self._user(user),
            "channel": {"id": channel, "name": "escalations"},
            "is_enterprise_install": False,
            "enterprise": None,
            "callback_id": callback_id,
            "trigger_id": _trigger_id(),
            "response_url": self._hook(response_url),
            "message_ts": message["ts"],
            "message": message,
            "api_app_id": self.app_id,
        }
        return self._interaction(payload)


# ---------------------------------------------------------------------- sending


def post(url: str, request: SlackRequest, timeout: float = 10.0) -> tuple[int, str]:
    """POST like Slack's delivery does; returns (status, body) even for 4xx/5xx."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    req = urllib.request.Request(url, data=request.body, headers=request.headers, method="POST")
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


async def post_async(
    url: str,
    request: SlackRequest,
    session: aiohttp.ClientSession | None = None,
    timeout: float = 10.0,
) -> tuple[int, str]:
    """`post` for tests running on the event loop that also hosts an AsyncApp."""
    owned = session is None
    session = session or aiohttp.ClientSession()
    try:
        async with session.post(
            url,
            data=request.body,
            headers=request.headers,
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as resp:
            return resp.status, await resp.text()
    finally:
        if owned:
            await session.close()
