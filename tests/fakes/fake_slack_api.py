"""A local fake of the Slack Web API, served over real HTTP.

The bot talks to Slack through slack_sdk's `WebClient` / `AsyncWebClient`; pointing their
`base_url` here exercises the real request encoding (form vs JSON, Bearer auth, retries,
the three-step `files_upload_v2`, `chat_stream`) instead of a mock that agrees with
whatever the code happens to send. The fake keeps just enough workspace state (messages,
threads, views, files, assistant threads) to answer follow-up reads like Slack would, and
rejects payloads Slack would reject, so Block Kit limit bugs surface in tests rather than
in a customer's workspace.

Typical use::

    with FakeSlackApi() as slack:
        client = WebClient(token=BOT_TOKEN, base_url=slack.api_url)
        client.chat_postMessage(channel="C1", text="hi")
        assert slack.messages_in("C1")[0]["text"] == "hi"

Note: slack_sdk sends every request through `HTTPS_PROXY`/`HTTP_PROXY` when set and
ignores `NO_PROXY`, so tests must unset those variables to reach 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import itertools
import json
import mimetypes
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qsl

from aiohttp import web

from tests.fakes.socket_mode import APP_TOKEN, SocketModeLink
from tests.fakes.threaded_server import ThreadedServer

# A single coherent workspace, so ids in events (tests/fakes/slack_requests.py) and API
# responses line up the way they do for a real single-workspace install.
TEAM_ID = "T0FAKE0001"
TEAM_NAME = "Acme Support"
TEAM_DOMAIN = "acme-support"
APP_ID = "A0FAKE0001"
BOT_ID = "B0FAKE0001"
BOT_USER_ID = "U0FAKEBOT1"
BOT_NAME = "escalation-coach"
BOT_TOKEN = "xoxb-1000000001-2000000002-fakeBotTokenForTests"
AGENT_USER_ID = "U0AGENT001"
AGENT_NAME = "dana.agent"
BOT_SCOPES = (
    "app_mentions:read,assistant:write,channels:history,chat:write,commands,files:write,"
    "groups:history,im:history,im:write,reactions:write,users:read"
)

# Block Kit and message limits as Slack documents them.
MAX_MESSAGE_BLOCKS = 50
MAX_SURFACE_BLOCKS = 100  # modals and App Home
MAX_SECTION_TEXT = 3000
MAX_SECTION_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_MARKDOWN_TOTAL = 12000
MAX_BUTTON_VALUE = 2000
MAX_BUTTON_TEXT = 75
MAX_ID_LENGTH = 255
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_OPTIONS = 100
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_MESSAGE_TEXT = 40000
MAX_MODAL_TITLE = 24
MAX_PRIVATE_METADATA = 3000
MAX_LOADING_MESSAGES = 10
MAX_SUGGESTED_PROMPTS = 4
MEMBERS_ONLY = {
    "chat.postMessage": "channel",
    "chat.update": "channel",
    "chat.postEphemeral": "channel",
    "chat.startStream": "channel",
    "chat.appendStream": "channel",
    "chat.stopStream": "channel",
    "reactions.add": "channel",
    "conversations.replies": "channel",
    "conversations.history": "channel",
    "assistant.threads.setStatus": "channel_id",
    "files.completeUploadExternal": "channel_id",
}
"""Methods a bot may call on a public or private channel only once it is a member: Slack
answers `not_in_channel` otherwise. DMs (ids starting with D) are always reachable."""

KNOWN_BLOCK_TYPES = frozenset(
    {
        "actions",
        "context",
        "context_actions",
        "divider",
        "file",
        "header",
        "image",
        "input",
        "markdown",
        "rich_text",
        "section",
        "table",
        "video",
    }
)
# Parameters that form-encoded callers send as JSON strings.
_JSON_PARAMS = (
    "blocks",
    "attachments",
    "metadata",
    "view",
    "prompts",
    "files",
    "chunks",
    "loading_messages",
)

_ts_lock = threading.Lock()
_last_ts = 0.0

T = TypeVar("T")


def next_ts() -> str:
    """Return a Slack-style ts ("1733333333.123456") that never repeats in this process.

    Events built by slack_requests and messages posted to the fake share this clock, so
    sorting a thread by ts gives the order things actually happened in.
    """
    global _last_ts
    with _ts_lock:
        _last_ts = max(round(time.time(), 6), round(_last_ts + 0.000001, 6))
        return f"{_last_ts:.6f}"


def dm_channel(user_id: str) -> str:
    """The id of the bot's DM with `user_id` (what conversations.open returns for them)."""
    return "D" + user_id.removeprefix("U")


def _truthy(value: Any) -> bool:
    """Slack accepts booleans as JSON true, "true" or "1" depending on the encoding."""
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


@dataclass(frozen=True)
class ApiCall:
    """One request as the fake saw it, including rejected and rate-limited ones."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    timestamp: float
    status: int
    response: dict[str, Any]

    @property
    def ok(self) -> bool:
        return bool(self.response.get("ok"))


@dataclass
class UploadedFile:
    """A file that went through getUploadURLExternal -> upload -> completeUploadExternal."""

    id: str
    filename: str
    length: int
    title: str | None = None
    content: bytes = b""
    uploaded: bool = False
    completed: bool = False
    channel_id: str | None = None
    thread_ts: str | None = None
    initial_comment: str | None = None
    alt_txt: str | None = None
    snippet_type: str | None = None

    @property
    def text(self) -> str:
        """Decoded content: plans are shipped as Markdown, so tests mostly read text."""
        return self.content.decode("utf-8")


@dataclass
class _Fault:
    kind: Literal["ratelimit", "error"]
    error: str = "ratelimited"
    retry_after: int = 1
    status: int = 200


@dataclass
class _Stream:
    channel: str
    ts: str
    active: bool = True
    chunks: list[dict[str, Any]] = field(default_factory=list)


class ApiError(Exception):
    """Raised inside a handler to answer `{"ok": false, "error": ...}` plus extras."""

    def __init__(self, error: str, status: int = 200, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.status = status
        self.extra = extra


def _invalid(error: str, problems: list[str]) -> ApiError:
    """Shape a validation failure the way Slack reports it (`errors` + metadata messages)."""
    return ApiError(
        error,
        errors=problems,
        response_metadata={"messages": [f"[ERROR] {p}" for p in problems]},
    )


class BlockKitChecker:
    """Collects Block Kit violations with Slack's json-pointer style locations.

    Only limits that bite real apps are checked; the goal is that anything the fake
    accepts, Slack would too, for the block types the bot uses.
    """

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.markdown_chars = 0

    def _fail(self, pointer: str, message: str) -> None:
        self.problems.append(f"{message} [json-pointer:{pointer}]")

    def _length(self, value: Any, pointer: str, limit: int, *, min_len: int = 0) -> None:
        if not isinstance(value, str):
            self._fail(pointer, "must provide a string")
        elif len(value) > limit:
            self._fail(pointer, f"must be less than {limit + 1} characters")
        elif len(value) < min_len:
            self._fail(pointer, f"must be more than {min_len - 1} characters")

    def text_object(self, obj: Any, pointer: str, limit: int, *, plain_only: bool = False) -> None:
        if not isinstance(obj, dict):
            self._fail(pointer, "must provide an object")
            return
        allowed = ("plain_text",) if plain_only else ("plain_text", "mrkdwn")
        if obj.get("type") not in allowed:
            self._fail(f"{pointer}/type", f"must be one of: {', '.join(allowed)}")
        self._length(obj.get("text"), f"{pointer}/text", limit, min_len=1)

    def element(self, el: Any, pointer: str) -> None:
        if not isinstance(el, dict) or not isinstance(el.get("type"), str):
            self._fail(pointer, "must provide an object with a type")
            return
        if "action_id" in el:
            self._length(el["action_id"], f"{pointer}/action_id", MAX_ID_LENGTH)
        kind = el["type"]
        if kind == "button":
            self.text_object(el.get("text"), f"{pointer}/text", MAX_BUTTON_TEXT, plain_only=True)
            if "value" in el:
                self._length(el["value"], f"{pointer}/value", MAX_BUTTON_VALUE)
            if "url" in el:
                self._length(el["url"], f"{pointer}/url", 3000)
            if el.get("style") not in (None, "primary", "danger"):
                self._fail(f"{pointer}/style", "must be one of: primary, danger")
        options = el.get("options")
        if isinstance(options, list):
            limit = {"overflow": 5, "checkboxes": 10, "radio_buttons": 10}.get(kind, MAX_OPTIONS)
            if len(options) > limit:
                self._fail(f"{pointer}/options", f"no more than {limit} items allowed")
            for i, option in enumerate(options):
                at = f"{pointer}/options/{i}"
                if not isinstance(option, dict):
                    self._fail(at, "must provide an object")
                    continue
                self.text_object(option.get("text"), f"{at}/text", MAX_OPTION_TEXT)
                self._length(option.get("value"), f"{at}/value", MAX_OPTION_VALUE)

    def block(self, block: Any, pointer: str) -> None:
        if not isinstance(block, dict):
            self._fail(pointer, "must provide an object")
            return
        kind = block.get("type")
        if kind not in KNOWN_BLOCK_TYPES:
            self._fail(f"{pointer}/type", f"unsupported block type {kind!r}")
            return
        if "block_id" in block:
            self._length(block["block_id"], f"{pointer}/block_id", MAX_ID_LENGTH)
        if kind == "section":
            if "text" not in block and "fields" not in block:
                self._fail(pointer, "must provide either text or fields")
            if "text" in block:
                self.text_object(block["text"], f"{pointer}/text", MAX_SECTION_TEXT)
            fields = block.get("fields")
            if fields is not None:
                if not isinstance(fields, list) or len(fields) > MAX_SECTION_FIELDS:
                    self._fail(
                        f"{pointer}/fields", f"no more than {MAX_SECTION_FIELDS} items allowed"
                    )
                else:
                    for i, f in enumerate(fields):
                        self.text_object(f, f"{pointer}/fields/{i}", MAX_FIELD_TEXT)
            if "accessory" in block:
                self.element(block["accessory"], f"{pointer}/accessory")
        elif kind == "header":
            self.text_object(block.get("text"), f"{pointer}/text", MAX_HEADER_TEXT, plain_only=True)
        elif kind == "markdown":
            text = block.get("text")
            self._length(text, f"{pointer}/text", MAX_MARKDOWN_TOTAL, min_len=1)
            if isinstance(text, str):
                self.markdown_chars += len(text)
        elif kind in ("context", "actions"):
            limit = MAX_CONTEXT_ELEMENTS if kind == "context" else MAX_ACTIONS_ELEMENTS
            elements = block.get("elements")
            if not isinstance(elements, list) or not elements:
                self._fail(f"{pointer}/elements", "must provide a non-empty array")
            elif len(elements) > limit:
                self._fail(f"{pointer}/elements", f"no more than {limit} items allowed")
            else:
                for i, el in enumerate(elements):
                    at = f"{pointer}/elements/{i}"
                    if kind == "context" and isinstance(el, dict) and el.get("type") != "image":
                        self.text_object(el, at, MAX_SECTION_TEXT)
                    elif kind == "actions":
                        self.element(el, at)
        elif kind == "input":
            self.text_object(block.get("label"), f"{pointer}/label", 2000, plain_only=True)
            self.element(block.get("element"), f"{pointer}/element")
        elif kind == "image":
            self._length(block.get("alt_text"), f"{pointer}/alt_text", 2000, min_len=1)

    def blocks(self, blocks: Any, pointer: str, max_blocks: int) -> None:
        if not isinstance(blocks, list):
            self._fail(pointer, "must provide an array")
            return
        if len(blocks) > max_blocks:
            self._fail(pointer, f"no more than {max_blocks} items allowed")
        for i, block in enumerate(blocks):
            self.block(block, f"{pointer}/{i}")
        if self.markdown_chars > MAX_MARKDOWN_TOTAL:
            self._fail(
                pointer,
                f"markdown blocks must total less than {MAX_MARKDOWN_TOTAL + 1} characters"
                f" (got {self.markdown_chars})",
            )


def check_message_blocks(blocks: Any) -> list[str]:
    """Problems Slack would report for a message's blocks (empty when acceptable)."""
    checker = BlockKitChecker()
    checker.blocks(blocks, "/blocks", MAX_MESSAGE_BLOCKS)
    return checker.problems


def check_view(view: Any) -> list[str]:
    """Problems Slack would report for a modal or Home tab view."""
    checker = BlockKitChecker()
    if not isinstance(view, dict):
        return ["must provide an object [json-pointer:/view]"]
    kind = view.get("type")
    if kind not in ("modal", "home"):
        checker._fail("/view/type", "must be one of: modal, home")
    if kind == "modal":
        checker.text_object(view.get("title"), "/view/title", MAX_MODAL_TITLE, plain_only=True)
        for key in ("submit", "close"):
            if key in view:
                checker.text_object(view[key], f"/view/{key}", MAX_MODAL_TITLE, plain_only=True)
        blocks = view.get("blocks") or []
        has_input = any(isinstance(b, dict) and b.get("type") == "input" for b in blocks)
        if has_input and "submit" not in view:
            checker._fail("/view/submit", "must provide submit when using input blocks")
    if "private_metadata" in view:
        checker._length(view["private_metadata"], "/view/private_metadata", MAX_PRIVATE_METADATA)
    for key in ("callback_id", "external_id"):
        if key in view:
            checker._length(view[key], f"/view/{key}", MAX_ID_LENGTH)
    checker.blocks(view.get("blocks", []), "/view/blocks", MAX_SURFACE_BLOCKS)
    return checker.problems


def _rich_text(text: str) -> list[dict[str, Any]]:
    """Slack stores text-only messages with a generated rich_text block; mimic that."""
    if not text:
        return []
    return [
        {
            "type": "rich_text",
            "block_id": secrets.token_hex(3),
            "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
            ],
        }
    ]


@dataclass
class _Tripwire:
    action: Callable[[], None]
    nth: int
    after: bool


class FakeSlackApi(ThreadedServer):
    """Slack Web API stand-in on 127.0.0.1:<random port>, served from a background thread.

    Running in its own thread and event loop lets the same instance serve synchronous
    `WebClient` calls and `AsyncWebClient` calls from a test's loop without deadlocking.
    State is guarded by one lock because handlers mutate it on the server thread while
    tests read it from theirs.
    """

    thread_name = "fake-slack-api"

    def __init__(self, *, tokens: Iterable[str] = (BOT_TOKEN,), host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self._tokens = set(tokens)
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._calls: list[ApiCall] = []
        self._faults: dict[str, deque[_Fault]] = {}
        self._unavailable: dict[str, str] = {}
        self._tripwires: dict[str, _Tripwire] = {}
        self._channels: dict[str, dict[str, dict[str, Any]]] = {}
        self._streams: dict[tuple[str, str], _Stream] = {}
        self._files: dict[str, UploadedFile] = {}
        self._views: dict[str, dict[str, Any]] = {}
        self._home_view_ids: dict[str, str] = {}
        self._published: list[dict[str, Any]] = []
        self._ephemerals: list[dict[str, Any]] = []
        self._assistant: dict[tuple[str, str], dict[str, Any]] = {}
        self._channel_prompts: dict[str, dict[str, Any]] = {}
        self._bot_channels: set[str] = set()
        self._ignored_prompts: list[dict[str, Any]] = []
        self._response_urls: dict[str, dict[str, Any]] = {}
        self._responses: list[dict[str, Any]] = []
        self._users: dict[str, dict[str, Any]] = {}
        self.socket = SocketModeLink()
        self.add_user(BOT_USER_ID, BOT_NAME, real_name="Escalation Coach", is_bot=True)
        self.add_user(AGENT_USER_ID, AGENT_NAME, real_name="Dana Agent")
        self._handlers: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "auth.test": self._auth_test,
            "apps.connections.open": lambda _: self.socket.open_connection(self.origin),
            "chat.postMessage": self._chat_post_message,
            "chat.update": self._chat_update,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.delete": self._chat_delete,
            "chat.startStream": self._chat_start_stream,
            "chat.appendStream": self._chat_append_stream,
            "chat.stopStream": self._chat_stop_stream,
            "conversations.replies": self._conversations_replies,
            "conversations.history": self._conversations_history,
            "conversations.open": self._conversations_open,
            "users.info": self._users_info,
            "views.open": self._views_open,
            "views.push": self._views_push,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "assistant.threads.setStatus": self._assistant_set_status,
            "assistant.threads.setSuggestedPrompts": self._assistant_set_prompts,
            "assistant.threads.setTitle": self._assistant_set_title,
            "files.getUploadURLExternal": self._files_get_upload_url,
            "files.completeUploadExternal": self._files_complete_upload,
            "reactions.add": self._reactions_add,
        }

    # ------------------------------------------------------------------ lifecycle

    def _application(self) -> tuple[web.Application, dict[str, Any]]:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_get("/link/", self.socket.handle)
        app.router.add_post("/upload/v1/{file_id}", self._handle_upload)
        app.router.add_get("/files-pri/{file_id}/{name}", self._handle_download)
        app.router.add_post("/hooks/{hook_id}", self._handle_response_url)
        return app, {"shutdown_timeout": 2.0}

    @property
    def api_url(self) -> str:
        """Pass as `base_url` to WebClient / AsyncWebClient / Bolt's client."""
        return f"{self.origin}/api/"

    # ------------------------------------------------------------- configuration

    def add_token(self, token: str) -> None:
        """Accept another token (e.g. a second workspace's bot token)."""
        with self._lock:
            self._tokens.add(token)

    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        real_name: str | None = None,
        email: str | None = None,
        tz: str = "America/New_York",
        is_bot: bool = False,
        is_admin: bool = False,
    ) -> dict[str, Any]:
        """Make users.info know a person; unknown ids answer user_not_found like Slack."""
        real = real_name or name
        user = {
            "id": user_id,
            "team_id": TEAM_ID,
            "name": name,
            "deleted": False,
            "real_name": real,
            "tz": tz,
            "tz_label": "Eastern Standard Time",
            "tz_offset": -18000,
            "is_admin": is_admin,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": int(time.time()),
            "profile": {
                "real_name": real,
                "display_name": name,
                "real_name_normalized": real,
                "display_name_normalized": name,
                "email": email or f"{name}@acme.example",
                "image_48": f"https://avatars.example/{user_id}_48.png",
                "team": TEAM_ID,
                **({"bot_id": BOT_ID} if is_bot else {}),
            },
        }
        with self._lock:
            self._users[user_id] = user
        return copy.deepcopy(user)

    def seed_message(
        self,
        channel: str,
        text: str,
        *,
        user: str = AGENT_USER_ID,
        ts: str | None = None,
        thread_ts: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """Put a human's message in the workspace, as if typed before the bot looked.

        Slack has the user's message before it sends the event, so tests that drive a
        mention or thread reply should seed it for conversations.replies to find.
        """
        message: dict[str, Any] = {
            "type": "message",
            "user": user,
            "text": text,
            "ts": ts or next_ts(),
            "team": TEAM_ID,
            "client_msg_id": secrets.token_hex(16),
            "blocks": _rich_text(text),
            **extra,
        }
        if thread_ts and thread_ts != message["ts"]:
            message["thread_ts"] = thread_ts
        with self._lock:
            self._channels.setdefault(channel, {})[message["ts"]] = message
        return copy.deepcopy(message)

    def seed_from_event(self, event: dict[str, Any]) -> dict[str, Any]:
        """Store the message carried by a message/app_mention event (see slack_requests)."""
        fields = {
            k: v for k, v in event.items() if k not in ("channel", "text", "user", "ts", "type")
        }
        for key in ("event_ts", "channel_type"):
            fields.pop(key, None)
        return self.seed_message(
            event["channel"],
            event.get("text", ""),
            user=event.get("user", AGENT_USER_ID),
            ts=event.get("ts"),
            **fields,
        )

    def response_url(self, channel: str, *, message_ts: str | None = None) -> str:
        """A response_url for interaction/command payloads whose posts land in this fake."""
        hook_id = secrets.token_hex(8)
        with self._lock:
            self._response_urls[hook_id] = {"channel": channel, "message_ts": message_ts}
        return f"{self.origin}/hooks/{hook_id}"

    # ---------------------------------------------------------- failure injection

    def rate_limit_next(self, method: str, count: int = 1, retry_after: int = 1) -> None:
        """Answer the next `count` calls to `method` with HTTP 429 and Retry-After."""
        with self._lock:
            queue = self._faults.setdefault(method, deque())
            queue.extend(_Fault("ratelimit", retry_after=retry_after) for _ in range(count))

    def fail_next(
        self, method: str, error: str = "internal_error", count: int = 1, status: int = 200
    ) -> None:
        """Answer the next `count` calls with ok:false (a 5xx `status` tests server retries)."""
        with self._lock:
            queue = self._faults.setdefault(method, deque())
            queue.extend(_Fault("error", error=error, status=status) for _ in range(count))

    def on_call(
        self, method: str, action: Callable[[], None], nth: int = 1, *, after: bool = False
    ) -> None:
        """Run `action` on the `nth` call to `method` from now: before the call takes effect,
        or `after` it took effect but before its answer leaves. The kill battery kills
        the bot here, so a kill lands at an exact step of a click, not at a guessed time."""
        with self._lock:
            self._tripwires[method] = _Tripwire(action, nth, after)

    def disarm(self) -> None:
        with self._lock:
            self._tripwires.clear()

    def set_unavailable(self, method: str, error: str = "unknown_method") -> None:
        """Make `method` fail every time, e.g. chat.startStream on a workspace without it."""
        with self._lock:
            self._unavailable[method] = error

    def set_available(self, method: str) -> None:
        with self._lock:
            self._unavailable.pop(method, None)

    # ---------------------------------------------------------------- inspection

    @property
    def calls(self) -> list[ApiCall]:
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str, *, ok: bool | None = None) -> list[ApiCall]:
        """Calls to one method, optionally only successful (`ok=True`) or failed ones."""
        return [c for c in self.calls if c.method == method and (ok is None or c.ok == ok)]

    def messages_in(
        self, channel: str, thread_ts: str | None = None, *, bot_only: bool = False
    ) -> list[dict[str, Any]]:
        """Current messages (after updates, streams, deletes), oldest first.

        Without `thread_ts`: everything in the channel, thread replies included. With it:
        the thread as conversations.replies shows it, root first when known.
        """
        with self._lock:
            msgs = list(self._channels.get(channel, {}).values())
            if thread_ts is not None:
                msgs = [m for m in msgs if thread_ts in (m["ts"], m.get("thread_ts"))]
            if bot_only:
                msgs = [m for m in msgs if m.get("bot_id") == BOT_ID]
            return [self._render(channel, m) for m in sorted(msgs, key=lambda m: float(m["ts"]))]

    def message(self, channel: str, ts: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._channels.get(channel, {}).get(ts)
            return self._render(channel, found) if found else None

    @property
    def files(self) -> list[UploadedFile]:
        """Files whose upload was completed (shared or not), in upload order."""
        with self._lock:
            return [copy.copy(f) for f in self._files.values() if f.completed]

    @property
    def views_published(self) -> list[dict[str, Any]]:
        """Every views.publish accepted, in order: {"user_id", "view"}."""
        with self._lock:
            return copy.deepcopy(self._published)

    def home_view(self, user_id: str) -> dict[str, Any] | None:
        """The Home tab a user would currently see."""
        with self._lock:
            view_id = self._home_view_ids.get(user_id)
            return copy.deepcopy(self._views[view_id]) if view_id else None

    @property
    def views(self) -> list[dict[str, Any]]:
        """Modals opened, pushed or updated (current state), in creation order."""
        with self._lock:
            return [copy.deepcopy(v) for v in self._views.values() if v["type"] == "modal"]

    @property
    def ephemerals(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._ephemerals)

    @property
    def responses(self) -> list[dict[str, Any]]:
        """Bodies posted to response_urls handed out by `response_url()`."""
        with self._lock:
            return copy.deepcopy(self._responses)

    def suggested_prompts(self, channel_id: str) -> dict[str, Any]:
        """Prompts shown at the top of the app's Messages tab (agent_view), or {}."""
        with self._lock:
            return copy.deepcopy(self._channel_prompts.get(channel_id, {}))

    @property
    def ignored_prompt_calls(self) -> list[dict[str, Any]]:
        """setSuggestedPrompts calls that Slack silently drops under agent_view."""
        with self._lock:
            return copy.deepcopy(self._ignored_prompts)

    def assistant_thread(self, channel_id: str, thread_ts: str) -> dict[str, Any]:
        """Status/title/prompts set on an assistant thread, plus `status_history`."""
        with self._lock:
            return copy.deepcopy(self._assistant.get((channel_id, thread_ts), {}))

    def wait_for(
        self, predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.02
    ) -> T:
        """Poll until `predicate()` is truthy and return its value.

        Bolt acks first and works afterwards, so a test's assertion has to wait for the
        bot's API calls rather than expect them when the HTTP response arrives.
        """
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(f"condition not met in {timeout}s; {self._summary()}")
            time.sleep(interval)

    async def wait_for_async(
        self, predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.02
    ) -> T:
        """`wait_for` that yields to the test's event loop (where an AsyncApp runs)."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(f"condition not met in {timeout}s; {self._summary()}")
            await asyncio.sleep(interval)

    def _summary(self) -> str:
        recent = [
            f"{c.method}={'ok' if c.ok else c.response.get('error')}" for c in self.calls[-15:]
        ]
        return "recent calls: " + (", ".join(recent) or "none")

    # ------------------------------------------------------------------ HTTP layer

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        ctype = request.content_type
        if ctype.startswith("multipart/"):
            form = await request.post()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
            return params
        raw = await request.read()
        if not raw:
            return params
        if ctype == "application/json" or ctype.endswith("+json"):
            try:
                body = json.loads(raw)
            except ValueError:
                raise ApiError("invalid_json") from None
            if not isinstance(body, dict):
                raise ApiError("invalid_json")
            params.update(body)
        else:
            params.update(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        return params

    @staticmethod
    def _decode_json_params(params: dict[str, Any]) -> None:
        for key in _JSON_PARAMS:
            value = params.get(key)
            if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    error = "invalid_blocks_format" if key == "blocks" else "invalid_arguments"
                    raise ApiError(error) from None

    def _json(
        self, body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
    ) -> web.Response:
        base = {
            "x-slack-req-id": secrets.token_hex(16),
            "x-oauth-scopes": BOT_SCOPES,
            "x-accepted-oauth-scopes": "",
        }
        return web.json_response(body, status=status, headers={**base, **(headers or {})})

    async def _handle_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        headers = dict(request.headers)
        params: dict[str, Any] = {}
        status, extra_headers = 200, {}
        try:
            params = await self._read_params(request)
            self._decode_json_params(params)
            body, status, extra_headers = self._dispatch(method, params, headers)
        except ApiError as err:
            body = {"ok": False, "error": err.error, **err.extra}
            status = err.status
        except Exception as exc:  # a bug in the fake, not a Slack error: make it loud
            body = {"ok": False, "error": "fake_internal_error", "detail": repr(exc)}
            status = 500
        with self._lock:
            self._calls.append(
                ApiCall(method, params, headers, time.time(), status, copy.deepcopy(body))
            )
        return self._json(body, status, extra_headers)

    def _dispatch(
        self, method: str, params: dict[str, Any], headers: dict[str, str]
    ) -> tuple[dict[str, Any], int, dict[str, str]]:
        auth = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
        token = auth[7:].strip() if auth.startswith("Bearer ") else params.pop("token", None)
        params.pop("token", None)
        if not token:
            raise ApiError("not_authed")
        with self._lock:
            if (method == "apps.connections.open") != (token == APP_TOKEN):
                # Socket Mode URLs need the app-level token, and it is good for nothing else
                if token in self._tokens or token == APP_TOKEN:
                    raise ApiError("not_allowed_token_type")
                raise ApiError("invalid_auth")
            if token not in self._tokens and token != APP_TOKEN:
                raise ApiError("invalid_auth")
            wire = self._tripwires.get(method)
            if wire is not None:
                wire.nth -= 1
                if wire.nth == 0:
                    del self._tripwires[method]
                    if not wire.after:
                        wire.action()
                        raise ApiError("fake_tripwire")
                    result = self._dispatch_armed(method, params)
                    wire.action()
                    return result
            if method in self._unavailable:
                raise ApiError(self._unavailable[method], req_method=method)
            queue = self._faults.get(method)
            fault = queue.popleft() if queue else None
            if fault and fault.kind == "ratelimit":
                return (
                    {"ok": False, "error": "ratelimited"},
                    429,
                    {"Retry-After": str(fault.retry_after)},
                )
            if fault:
                raise ApiError(fault.error, status=fault.status)
            return self._dispatch_armed(method, params)

    def _dispatch_armed(
        self, method: str, params: dict[str, Any]
    ) -> tuple[dict[str, Any], int, dict[str, str]]:
        handler = self._handlers.get(method)
        if handler is None:
            raise ApiError("unknown_method", req_method=method)
        self._check_membership(method, params)
        return {"ok": True, **handler(params)}, 200, {}

    def _check_membership(self, method: str, params: dict[str, Any]) -> None:
        field_name = MEMBERS_ONLY.get(method)
        channel = params.get(field_name) if field_name else None
        members_only = isinstance(channel, str) and channel[:1] in ("C", "G")
        if members_only and channel not in self._bot_channels:
            raise ApiError("not_in_channel", req_method=method)

    def streamed_in(self, channel: str, thread_ts: str) -> list[dict[str, Any]]:
        """Messages in the thread that began as a stream and are still there, stopped or not."""
        with self._lock:
            found = [self._channels.get(c, {}).get(ts) for (c, ts) in self._streams if c == channel]
            return [copy.deepcopy(m) for m in found if m and m.get("thread_ts") == thread_ts]

    def invite_bot(self, *channels: str) -> None:
        """`/invite @bot`: from now on the bot may post and read in these channels."""
        with self._lock:
            self._bot_channels.update(channels)

    async def _handle_upload(self, request: web.Request) -> web.Response:
        data = await request.read()
        with self._lock:
            upload = self._files.get(request.match_info["file_id"])
            if upload is None:
                return web.Response(status=404, text="file_not_found")
            upload.content, upload.uploaded = data, True
        return web.Response(text=f"OK - {len(data)}")

    async def _handle_download(self, request: web.Request) -> web.Response:
        with self._lock:
            upload = self._files.get(request.match_info["file_id"])
            if upload is None or not upload.completed:
                return web.Response(status=404, text="file_not_found")
            content_type = mimetypes.guess_type(upload.filename)[0] or "application/octet-stream"
            return web.Response(body=upload.content, content_type=content_type)

    async def _handle_response_url(self, request: web.Request) -> web.Response:
        """Apply a response_url post: ephemeral by default, or in_channel/replace/delete."""
        try:
            body = await request.json()
        except ValueError:
            return web.json_response({"ok": False, "error": "invalid_payload"}, status=400)
        with self._lock:
            hook = self._response_urls.get(request.match_info["hook_id"])
            if hook is None:
                return web.json_response({"ok": False, "error": "expired_url"}, status=404)
            if "blocks" in body and (problems := check_message_blocks(body["blocks"])):
                return web.json_response(
                    {"ok": False, "error": "invalid_blocks", "errors": problems}, status=400
                )
            self._responses.append({**body, "channel": hook["channel"]})
            channel, target = hook["channel"], hook["message_ts"]
            text, blocks = body.get("text", ""), body.get("blocks")
            if _truthy(body.get("delete_original")) and target:
                self._channels.get(channel, {}).pop(target, None)
            elif _truthy(body.get("replace_original")) and target:
                message = self._channels.get(channel, {}).get(target)
                if message is not None:
                    message["text"] = text
                    message["blocks"] = blocks if blocks is not None else _rich_text(text)
            elif body.get("response_type") == "in_channel":
                self._store_bot_message(channel, text, blocks, body.get("thread_ts"))
            else:
                self._ephemerals.append(
                    {"channel": channel, "text": text, "blocks": blocks, "via": "response_url"}
                )
        return web.json_response({"ok": True})

    # ----------------------------------------------------------- message helpers

    def _render(self, channel: str, message: dict[str, Any]) -> dict[str, Any]:
        """A message as Slack serves it: thread roots carry reply counts computed live."""
        out = copy.deepcopy(message)
        replies = [
            m
            for m in self._channels.get(channel, {}).values()
            if m.get("thread_ts") == message["ts"] and m["ts"] != message["ts"]
        ]
        if replies:
            out["thread_ts"] = message["ts"]
            out["reply_count"] = len(replies)
            users = sorted({m.get("user", "") for m in replies})
            out["reply_users"] = users
            out["reply_users_count"] = len(users)
            out["latest_reply"] = max(m["ts"] for m in replies)
        return out

    @staticmethod
    def _require(params: dict[str, Any], *names: str) -> None:
        for name in names:
            if params.get(name) in (None, ""):
                raise _invalid("invalid_arguments", [f"missing required field: {name}"])

    @staticmethod
    def _check_content(params: dict[str, Any], *, need_content: bool = True) -> None:
        text = params.get("text") or ""
        if not isinstance(text, str):
            text = str(text)
        if len(text) > MAX_MESSAGE_TEXT:
            raise ApiError("msg_too_long")
        if params.get("blocks") is not None:
            problems = check_message_blocks(params["blocks"])
            if problems:
                raise _invalid("invalid_blocks", problems)
        if need_content and not (text or params.get("blocks") or params.get("attachments")):
            raise ApiError("no_text")

    def _find(self, channel: str, ts: str) -> dict[str, Any]:
        message = self._channels.get(channel, {}).get(ts)
        if message is None:
            raise ApiError("message_not_found")
        return message

    def _store_bot_message(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None,
        thread_ts: str | None,
        **extra: Any,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "text": text,
            "ts": next_ts(),
            "blocks": blocks if blocks is not None else _rich_text(text),
            "bot_profile": {
                "id": BOT_ID,
                "app_id": APP_ID,
                "name": BOT_NAME,
                "team_id": TEAM_ID,
                "deleted": False,
            },
            **{k: v for k, v in extra.items() if v is not None},
        }
        if thread_ts:
            message["thread_ts"] = thread_ts
            parent = self._channels.get(channel, {}).get(thread_ts)
            if parent is not None:
                message["parent_user_id"] = parent.get("user")
        self._channels.setdefault(channel, {})[message["ts"]] = message
        return message

    # ----------------------------------------------------------------- handlers

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": TEAM_NAME,
            "user": BOT_NAME,
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel")
        self._check_content(params)
        channel = params["channel"]
        message = self._store_bot_message(
            channel,
            params.get("text") or "",
            params.get("blocks"),
            params.get("thread_ts") or None,
            attachments=params.get("attachments"),
            metadata=params.get("metadata"),
        )
        return {"channel": channel, "ts": message["ts"], "message": self._render(channel, message)}

    def _chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel", "ts")
        self._check_content(params, need_content=False)
        channel, ts = params["channel"], params["ts"]
        message = self._find(channel, ts)
        if message.get("bot_id") != BOT_ID:
            raise ApiError("cant_update_message")
        if "text" in params:
            message["text"] = params["text"] or ""
        if "blocks" in params:
            message["blocks"] = params["blocks"] or []
        elif "text" in params:
            message["blocks"] = _rich_text(message["text"])
        for key in ("attachments", "metadata"):
            if key in params:
                message[key] = params[key]
        message["edited"] = {"user": BOT_USER_ID, "ts": next_ts()}
        return {
            "channel": channel,
            "ts": ts,
            "text": message["text"],
            "message": self._render(channel, message),
        }

    def _chat_post_ephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel", "user")
        self._check_content(params)
        ts = next_ts()
        self._ephemerals.append(
            {
                "channel": params["channel"],
                "user": params["user"],
                "text": params.get("text") or "",
                "blocks": params.get("blocks"),
                "thread_ts": params.get("thread_ts"),
                "ts": ts,
            }
        )
        return {"message_ts": ts}

    def _chat_delete(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel", "ts")
        message = self._find(params["channel"], params["ts"])
        if message.get("bot_id") != BOT_ID:
            raise ApiError("cant_delete_message")
        del self._channels[params["channel"]][params["ts"]]
        return {"channel": params["channel"], "ts": params["ts"]}

    def _stream_text(self, params: dict[str, Any], stream: _Stream) -> str:
        """Text contributed by one stream call: markdown_text plus markdown_text chunks."""
        pieces = [params.get("markdown_text") or ""]
        for chunk in params.get("chunks") or []:
            if not isinstance(chunk, dict):
                raise _invalid("invalid_arguments", ["chunks must be objects"])
            stream.chunks.append(chunk)
            if chunk.get("type") == "markdown_text":
                pieces.append(chunk.get("text") or "")
        text = "".join(pieces)
        if len(text) > MAX_MARKDOWN_TOTAL:
            raise ApiError("msg_too_long")
        return text

    def _chat_start_stream(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel")
        channel = params["channel"]
        if not channel.startswith("D"):
            # Slack needs a recipient to stream into a shared channel.
            self._require(params, "recipient_team_id", "recipient_user_id")
        stream = _Stream(channel=channel, ts="")
        text = self._stream_text(params, stream)
        message = self._store_bot_message(channel, text, [], params.get("thread_ts") or None)
        stream.ts = message["ts"]
        self._streams[(channel, stream.ts)] = stream
        return {"channel": channel, "ts": stream.ts}

    def _active_stream(self, params: dict[str, Any]) -> tuple[_Stream, dict[str, Any]]:
        self._require(params, "channel", "ts")
        message = self._find(params["channel"], params["ts"])
        stream = self._streams.get((params["channel"], params["ts"]))
        if stream is None or not stream.active:
            raise ApiError("message_not_in_streaming_state")
        return stream, message

    def _chat_append_stream(self, params: dict[str, Any]) -> dict[str, Any]:
        stream, message = self._active_stream(params)
        message["text"] += self._stream_text(params, stream)
        return {"channel": stream.channel, "ts": stream.ts}

    def _chat_stop_stream(self, params: dict[str, Any]) -> dict[str, Any]:
        stream, message = self._active_stream(params)
        if params.get("blocks") is not None:
            problems = check_message_blocks(params["blocks"])
            if problems:
                raise _invalid("invalid_blocks", problems)
        message["text"] += self._stream_text(params, stream)
        if len(message["text"]) > MAX_MESSAGE_TEXT:
            raise ApiError("msg_too_long")
        message["blocks"] = params.get("blocks") or []
        if params.get("metadata"):
            message["metadata"] = params["metadata"]
        stream.active = False
        return {
            "channel": stream.channel,
            "ts": stream.ts,
            "message": self._render(stream.channel, message),
        }

    def _page(
        self, items: list[dict[str, Any]], params: dict[str, Any], default_limit: int
    ) -> dict[str, Any]:
        start = 0
        if params.get("cursor"):
            try:
                start = int(base64.b64decode(params["cursor"]).decode().split(":", 1)[1])
            except (ValueError, IndexError):
                raise ApiError("invalid_cursor") from None
        limit = int(params.get("limit") or default_limit)
        page = items[start : start + limit]
        more = start + limit < len(items)
        cursor = base64.b64encode(f"next_ts:{start + limit}".encode()).decode() if more else ""
        return {
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": cursor},
        }

    def _visible(self, channel: str, message: dict[str, Any], params: dict[str, Any]) -> dict:
        out = self._render(channel, message)
        if not _truthy(params.get("include_all_metadata")):
            out.pop("metadata", None)
        return out

    def _in_window(self, ts: str, params: dict[str, Any]) -> bool:
        inclusive = _truthy(params.get("inclusive"))
        value = float(ts)
        if params.get("oldest"):
            oldest = float(params["oldest"])
            if value < oldest or (value == oldest and not inclusive):
                return False
        if params.get("latest"):
            latest = float(params["latest"])
            if value > latest or (value == latest and not inclusive):
                return False
        return True

    def _conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel", "ts")
        channel, root_ts = params["channel"], params["ts"]
        msgs = self._channels.get(channel, {})
        root = msgs.get(root_ts)
        replies = sorted(
            (m for m in msgs.values() if m.get("thread_ts") == root_ts and m["ts"] != root_ts),
            key=lambda m: float(m["ts"]),
        )
        if root is None and not replies:
            raise ApiError("thread_not_found")
        # Like Slack, the parent always comes first; oldest/latest only filter replies.
        items = [root] if root is not None else []
        items += [m for m in replies if self._in_window(m["ts"], params)]
        return self._page([self._visible(channel, m, params) for m in items], params, 1000)

    def _conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel")
        channel = params["channel"]
        top = [
            m
            for m in self._channels.get(channel, {}).values()
            if m.get("thread_ts") in (None, m["ts"]) and self._in_window(m["ts"], params)
        ]
        top.sort(key=lambda m: float(m["ts"]), reverse=True)
        return self._page([self._visible(channel, m, params) for m in top], params, 100)

    def _conversations_open(self, params: dict[str, Any]) -> dict[str, Any]:
        """The bot's DM with one user; the same id every time, as Slack answers."""
        self._require(params, "users")
        users = params["users"].split(",")
        if len(users) != 1 or users[0] not in self._users:
            raise ApiError("user_not_found")
        channel = dm_channel(users[0])
        return {"channel": {"id": channel, "is_im": True, "user": users[0]}}

    def _users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "user")
        user = self._users.get(params["user"])
        if user is None:
            raise ApiError("user_not_found")
        return {"user": copy.deepcopy(user)}

    def _new_view(
        self,
        view: Any,
        kind: str,
        *,
        view_id: str | None = None,
        root: str | None = None,
    ) -> dict[str, Any]:
        problems = check_view(view)
        if not problems and view.get("type") != kind:
            problems = [f"must be one of: {kind} [json-pointer:/view/type]"]
        if problems:
            raise _invalid("invalid_arguments", problems)
        view_id = view_id or f"V{next(self._ids):09d}"
        stored = {
            "id": view_id,
            "team_id": TEAM_ID,
            "type": view["type"],
            "title": view.get("title"),
            "submit": view.get("submit"),
            "close": view.get("close"),
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "external_id": view.get("external_id", ""),
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "previous_view_id": None,
            "root_view_id": root or view_id,
            "app_id": APP_ID,
            "app_installed_team_id": TEAM_ID,
            "bot_id": BOT_ID,
        }
        self._views[view_id] = stored
        return stored

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "trigger_id", "view")
        return {"view": copy.deepcopy(self._new_view(params["view"], "modal"))}

    def _views_push(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._views_open(params)

    def _views_update(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "view")
        current = self._views.get(params.get("view_id") or "")
        if current is None and params.get("external_id"):
            current = next(
                (v for v in self._views.values() if v["external_id"] == params["external_id"]),
                None,
            )
        if current is None:
            raise ApiError("not_found")
        if params.get("hash") and params["hash"] != current["hash"]:
            raise ApiError("hash_conflict")
        return {
            "view": copy.deepcopy(
                self._new_view(
                    params["view"], "modal", view_id=current["id"], root=current["root_view_id"]
                )
            )
        }

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "user_id", "view")
        user_id = params["user_id"]
        current_id = self._home_view_ids.get(user_id)
        if current_id and params.get("hash") and params["hash"] != self._views[current_id]["hash"]:
            raise ApiError("hash_conflict")
        stored = self._new_view(params["view"], "home", view_id=current_id)
        self._home_view_ids[user_id] = stored["id"]
        self._published.append({"user_id": user_id, "view": copy.deepcopy(stored)})
        return {"view": copy.deepcopy(stored)}

    def _thread_state(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel_id", "thread_ts")
        key = (params["channel_id"], params["thread_ts"])
        return self._assistant.setdefault(key, {"status_history": []})

    def _assistant_set_status(self, params: dict[str, Any]) -> dict[str, Any]:
        if "status" not in params:
            raise _invalid("invalid_arguments", ["missing required field: status"])
        loading = params.get("loading_messages") or []
        if not isinstance(loading, list) or len(loading) > MAX_LOADING_MESSAGES:
            raise _invalid("invalid_arguments", ["loading_messages: no more than 10 items"])
        state = self._thread_state(params)
        state["status"] = params["status"]
        state["loading_messages"] = loading
        state["status_history"].append(params["status"])
        return {}

    def _assistant_set_prompts(self, params: dict[str, Any]) -> dict[str, Any]:
        prompts = params.get("prompts")
        valid = isinstance(prompts, list) and all(
            isinstance(p, dict) and p.get("title") and p.get("message") for p in prompts
        )
        if not valid or len(prompts) > MAX_SUGGESTED_PROMPTS:
            raise _invalid(
                "invalid_arguments", ["prompts: 1-4 objects with title and message required"]
            )
        self._require(params, "channel_id")
        if params.get("thread_ts"):
            # Slack's docs: under agent_view a call with thread_ts "will cause the call to
            # silently fail". It answers ok and shows nothing; we record it as ignored.
            self._ignored_prompts.append(copy.deepcopy(params))
            return {}
        self._channel_prompts[params["channel_id"]] = {
            "prompts": prompts,
            "title": params.get("title"),
        }
        return {}

    def _assistant_set_title(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "title")
        self._thread_state(params)["title"] = params["title"]
        return {}

    def _files_get_upload_url(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "filename", "length")
        try:
            length = int(params["length"])
        except (TypeError, ValueError):
            raise _invalid("invalid_arguments", ["length must be an integer"]) from None
        file_id = f"F{next(self._ids):09d}"
        self._files[file_id] = UploadedFile(
            id=file_id,
            filename=params["filename"],
            length=length,
            alt_txt=params.get("alt_txt"),
            snippet_type=params.get("snippet_type"),
        )
        return {"upload_url": f"{self.origin}/upload/v1/{file_id}", "file_id": file_id}

    def _file_object(self, upload: UploadedFile) -> dict[str, Any]:
        ext = upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else ""
        filetype = {"md": "markdown", "txt": "text"}.get(ext, ext or "binary")
        now = int(time.time())
        return {
            "id": upload.id,
            "created": now,
            "timestamp": now,
            "name": upload.filename,
            "title": upload.title,
            "mimetype": mimetypes.guess_type(upload.filename)[0] or "text/plain",
            "filetype": filetype,
            "user": BOT_USER_ID,
            "user_team": TEAM_ID,
            "size": len(upload.content),
            "mode": "hosted",
            "is_external": False,
            "url_private": f"{self.origin}/files-pri/{upload.id}/{upload.filename}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{BOT_USER_ID}/{upload.id}",
            "channels": [upload.channel_id] if upload.channel_id else [],
        }

    def _files_complete_upload(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "files")
        entries = params["files"]
        if not isinstance(entries, list) or not entries:
            raise _invalid("invalid_arguments", ["files must be a non-empty array"])
        channel = params.get("channel_id") or (params.get("channels") or "").split(",")[0] or None
        thread_ts = params.get("thread_ts") or None
        uploads: list[UploadedFile] = []
        for entry in entries:
            upload = self._files.get(entry.get("id", "")) if isinstance(entry, dict) else None
            if upload is None or not upload.uploaded:
                raise ApiError("file_not_found")
            uploads.append(upload)
        for upload, entry in zip(uploads, entries, strict=True):
            upload.title = entry.get("title") or upload.filename
            upload.channel_id, upload.thread_ts = channel, thread_ts
            upload.initial_comment = params.get("initial_comment")
            upload.completed = True
        objects = [self._file_object(u) for u in uploads]
        if channel:
            self._store_bot_message(
                channel,
                params.get("initial_comment") or "",
                None,
                thread_ts,
                files=objects,
                upload=True,
                display_as_bot=False,
            )
        return {"files": objects}

    def _reactions_add(self, params: dict[str, Any]) -> dict[str, Any]:
        self._require(params, "channel", "timestamp", "name")
        message = self._find(params["channel"], params["timestamp"])
        reactions = message.setdefault("reactions", [])
        for reaction in reactions:
            if reaction["name"] == params["name"]:
                if BOT_USER_ID in reaction["users"]:
                    raise ApiError("already_reacted")
                reaction["users"].append(BOT_USER_ID)
                reaction["count"] += 1
                return {}
        reactions.append({"name": params["name"], "users": [BOT_USER_ID], "count": 1})
        return {}
