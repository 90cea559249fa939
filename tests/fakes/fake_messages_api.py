"""A local fake of the Anthropic Messages API, served over real HTTP.

The bot reaches Claude through the official `anthropic` SDK. Pointing a real `Anthropic` /
`AsyncAnthropic` client at this server (``base_url=fake.base_url``) exercises what a mock
would paper over: the SDK's request encoding, its SSE parser and stream accumulator, its
error-class mapping, its retry loop (including `retry-after`), and its timeouts. Replies
are scripted per test, so graph and prompt logic can be driven deterministically without
network access or token spend.

Typical use::

    with FakeMessagesApi() as fake:
        fake.enqueue_text("Sorry to hear that.")
        fake.fail_next(429, retry_after=0.01)  # the SDK retries, then gets the text
        client = Anthropic(base_url=fake.base_url, api_key="test", max_retries=2)
        client.messages.create(model="m", max_tokens=64, messages=[...])
        assert fake.requests[-1]["json"]["system"] == "..."

Precedence for each valid `POST /v1/messages`: a pending `delay_next` sleeps first, then
auth (401) and validation (400) run, then a pending `fail_next` failure wins, then the
reply queue, then `responder`, then the built-in default.

Models behave like today's API (December 2026): `ApiModel` rows say which ids are
retired (404 `not_found_error`) and which parameters a current model rejects with a 400
(forced `tool_choice`, sampling parameters, thinking budgets, `thinking: disabled`,
assistant prefill, structured outputs where unsupported). Models that think by default
answer with a thinking block before the text, and thinking tokens count against
`max_tokens`. Usage carries prompt-cache accounting: a `cache_control` breakpoint whose
prefix reaches the model's minimum cacheable length is written on first sight and read
afterwards, with lookback over earlier block boundaries as the real API does. An id not
in the table is served permissively, like a local Anthropic-compatible server.

Note: SDK 2.x sends the API key as ``Authorization: Bearer <key>`` rather than
``x-api-key``, so either header satisfies the auth check here.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import secrets
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

from aiohttp import web

from tests.fakes.threaded_server import ThreadedServer

__all__ = [
    "DEFAULT_TEXT",
    "TODAY",
    "ApiModel",
    "ContentBlock",
    "Failure",
    "FakeMessagesApi",
    "RecordedRequest",
    "Reply",
    "Responder",
    "StreamFault",
    "TextContent",
    "ThinkingContent",
    "ToolUseContent",
    "default_reply",
    "minimal_input_for_schema",
    "validate_request",
]

StopReason = Literal[
    "end_turn",
    "tool_use",
    "max_tokens",
    "stop_sequence",
    "pause_turn",
    "refusal",
    "model_context_window_exceeded",
]
ErrorType = Literal[
    "invalid_request_error",
    "authentication_error",
    "billing_error",
    "permission_error",
    "not_found_error",
    "request_too_large",
    "rate_limit_error",
    "timeout_error",
    "api_error",
    "overloaded_error",
]

# Deliberately bland: a default reply must never echo request content back, or a test
# could "pass" by finding its own prompt text in the output.
DEFAULT_TEXT = "This is a canned reply from the fake Messages API."

# How the real API labels each status; tests usually only pass the status code.
_ERROR_TYPE_BY_STATUS: dict[int, ErrorType] = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}
_DEFAULT_MESSAGES: dict[ErrorType, str] = {
    "rate_limit_error": "Number of request tokens has exceeded your per-minute rate limit.",
    "overloaded_error": "Overloaded",
    "api_error": "Internal server error",
    "authentication_error": "invalid x-api-key",
    "timeout_error": "Request timeout",
}
# aiohttp has no reason phrase for Anthropic's non-standard 529.
_REASONS: dict[int, str] = {529: "Overloaded"}

_JSON_CHUNK_CHARS = 16
_WORDS = re.compile(r"\S+\s*|\s+")
_CHARS_PER_TOKEN = 4
_CACHE_LOOKBACK_BLOCKS = 20


@dataclass(frozen=True, slots=True)
class ApiModel:
    """How the real API treats one model id: what it rejects and how it thinks.

    Written from the provider's documentation, independently of the product's own
    model table, so a mistake there shows up as a failing request here.
    """

    retired: bool = False
    rejects_forced_tool_choice: bool = False
    rejects_sampling: bool = False
    rejects_thinking_budget: bool = False
    rejects_thinking_disabled: bool = False
    rejects_prefill: bool = False
    thinks_by_default: bool = False
    structured_outputs: bool = True
    min_cacheable_tokens: int = 1024
    context_window: int = 200_000


_FIVE_X = {
    "rejects_sampling": True,
    "rejects_thinking_budget": True,
    "rejects_prefill": True,
    "thinks_by_default": True,
    "min_cacheable_tokens": 512,
    "context_window": 1_000_000,
}
TODAY: dict[str, ApiModel] = {
    "claude-sonnet-5-5": ApiModel(
        rejects_forced_tool_choice=True, rejects_thinking_disabled=True, **_FIVE_X
    ),
    "claude-haiku-5-5": ApiModel(**_FIVE_X),
    "claude-sonnet-4-5": ApiModel(retired=True),
    "claude-sonnet-4-5-20250929": ApiModel(retired=True),
    "claude-sonnet-4-20250514": ApiModel(retired=True),
    "claude-opus-4-20250514": ApiModel(retired=True),
}
"""Sonnet 5.5 and Haiku 5.5 as documented; Sonnet 4.5 retired on 2026-11-30."""

# Tokens a 5.x model spends thinking at each effort (an assumption of the fake: the
# real figure varies with the task); `high` is the API default.
THINKING_TOKENS: dict[str, int] = {
    "low": 60,
    "medium": 250,
    "high": 600,
    "xhigh": 1200,
    "max": 2400,
}


def _new_id(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(12)}"


def _tokens(value: Any) -> int:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return len(text) // _CHARS_PER_TOKEN


def _block_tokens(block: ContentBlock) -> int:
    if isinstance(block, TextContent):
        return _tokens(block.text)
    if isinstance(block, ThinkingContent):
        return block.tokens or _tokens(block.thinking)
    return _tokens(dict(block.input))


# ---------------------------------------------------------------------------- reply types


@dataclass(frozen=True, slots=True)
class TextContent:
    """A text block; streamed word by word so `text_stream` yields several chunks."""

    text: str

    def to_api(self) -> dict[str, Any]:
        return {"type": "text", "text": self.text}


@dataclass(frozen=True, slots=True)
class ToolUseContent:
    """A tool_use block; its input is streamed as `input_json_delta` fragments."""

    name: str
    input: Mapping[str, Any]
    id: str = field(default_factory=lambda: _new_id("toolu_"))

    def to_api(self) -> dict[str, Any]:
        return {"type": "tool_use", "id": self.id, "name": self.name, "input": dict(self.input)}


@dataclass(frozen=True, slots=True)
class ThinkingContent:
    """A thinking block. Its text is omitted by default on 5.x models, as on the real API."""

    thinking: str = ""
    tokens: int = 0
    signature: str = field(default_factory=lambda: _new_id("sig_"))

    def to_api(self) -> dict[str, Any]:
        return {"type": "thinking", "thinking": self.thinking, "signature": self.signature}


ContentBlock = TextContent | ToolUseContent | ThinkingContent


@dataclass(frozen=True, slots=True)
class Reply:
    """One assistant message as the fake will serve it, streamed or not.

    `stop_reason` defaults to what the real API would report for the content (tool_use
    when any tool block is present), so scripted replies stay realistic unless a test
    deliberately overrides it, e.g. to exercise `max_tokens` truncation handling.
    Token counts default to rough estimates; set them when a test checks accounting.
    """

    content: tuple[ContentBlock, ...]
    stop_reason: StopReason | None = None
    stop_sequence: str | None = None
    model: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None

    def __post_init__(self) -> None:
        # Accept any sequence from callers but keep the frozen instance truly immutable.
        object.__setattr__(self, "content", tuple(self.content))

    @classmethod
    def text(cls, text: str, *, stop_reason: StopReason = "end_turn") -> Reply:
        return cls(content=(TextContent(text),), stop_reason=stop_reason)

    @classmethod
    def json(cls, value: Any) -> Reply:
        """A structured-outputs answer: the JSON document as the text block."""
        return cls(content=(TextContent(json.dumps(value)),))

    @classmethod
    def tool_use(
        cls,
        name: str,
        input: Mapping[str, Any],
        *,
        preamble: str | None = None,
        tool_use_id: str | None = None,
    ) -> Reply:
        """A tool call, optionally preceded by the short text models often emit first."""
        block = (
            ToolUseContent(name, input)
            if tool_use_id is None
            else ToolUseContent(name, input, tool_use_id)
        )
        blocks: list[ContentBlock] = [TextContent(preamble)] if preamble else []
        blocks.append(block)
        return cls(content=tuple(blocks))

    @property
    def effective_stop_reason(self) -> StopReason:
        if self.stop_reason is not None:
            return self.stop_reason
        if any(isinstance(b, ToolUseContent) for b in self.content):
            return "tool_use"
        return "end_turn"

    def estimated_output_tokens(self) -> int:
        if self.output_tokens is not None:
            return self.output_tokens
        return max(1, sum(_block_tokens(b) for b in self.content))


@dataclass(frozen=True, slots=True)
class Failure:
    """An Anthropic-shaped error response.

    `retry_after` becomes the `retry-after` header, which the SDK obeys verbatim when it
    is positive; 0 or None leaves the SDK on its own backoff (about 0.5s), so fast tests
    should use a small positive value. `should_retry` sets `x-should-retry`, which
    overrides the SDK's status-based retry decision.
    """

    status: int
    error_type: ErrorType | None = None
    message: str | None = None
    retry_after: float | None = None
    should_retry: bool | None = None

    @property
    def effective_error_type(self) -> ErrorType:
        if self.error_type is not None:
            return self.error_type
        if self.status in _ERROR_TYPE_BY_STATUS:
            return _ERROR_TYPE_BY_STATUS[self.status]
        return "api_error" if self.status >= 500 else "invalid_request_error"


@dataclass(frozen=True, slots=True)
class StreamFault:
    """Break the next streaming response after `after_events` SSE events.

    With `disconnect=False` the fake sends an SSE `error` event, as the real API does
    when it overloads mid-generation (HTTP status already 200); with `disconnect=True`
    it drops the connection, as a network failure would.
    """

    after_events: int = 3
    error_type: ErrorType = "overloaded_error"
    message: str = "Overloaded"
    disconnect: bool = False


Responder = Callable[[dict[str, Any]], Reply | Failure]


class RecordedRequest(TypedDict):
    """One request as the fake received it; credentials are reduced to presence flags."""

    method: str
    path: str
    headers: dict[str, str | bool]
    json: Any


# ---------------------------------------------------------------------- default responder


def minimal_input_for_schema(schema: Mapping[str, Any]) -> Any:
    """The smallest value that satisfies `schema`'s required structure.

    Used for forced tool calls nobody scripted: code under test gets a structurally valid
    tool input (so parsing succeeds) with empty values that can't be mistaken for
    meaningful model output.
    """
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if options:
            non_null = [o for o in options if o.get("type") != "null"]
            return minimal_input_for_schema((non_null or options)[0])
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal_input_for_schema(part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null_kinds = [k for k in kind if k != "null"]
        kind = non_null_kinds[0] if non_null_kinds else "null"
    if kind is None and "properties" in schema:
        kind = "object"
    match kind:
        case "object":
            props: Mapping[str, Any] = schema.get("properties", {})
            return {
                name: minimal_input_for_schema(props.get(name, {}))
                for name in schema.get("required", [])
            }
        case "array":
            min_items = int(schema.get("minItems", 0))
            items = schema.get("items", {})
            return [minimal_input_for_schema(items) for _ in range(min_items)]
        case "string":
            return ""
        case "integer":
            return int(schema.get("minimum", 0))
        case "number":
            return schema.get("minimum", 0)
        case "boolean":
            return False
        case _:
            return None


def default_reply(request: Mapping[str, Any]) -> Reply:
    """What the fake says when a test scripted nothing.

    Honours a forcing `tool_choice` the way the real API must (a forced tool always gets
    called), so code paths that depend on a tool call don't crash on unscripted requests.
    """
    tools: list[dict[str, Any]] = request.get("tools") or []
    choice: Mapping[str, Any] = request.get("tool_choice") or {}
    chosen: dict[str, Any] | None = None
    if tools and choice.get("type") == "tool":
        chosen = next((t for t in tools if t.get("name") == choice.get("name")), None)
    elif tools and choice.get("type") == "any":
        chosen = tools[0]
    if chosen is not None:
        return Reply.tool_use(
            chosen["name"], minimal_input_for_schema(chosen.get("input_schema", {}))
        )
    output_format = (request.get("output_config") or {}).get("format") or {}
    if output_format.get("type") == "json_schema":
        return Reply.json(minimal_input_for_schema(output_format.get("schema", {})))
    return Reply.text(DEFAULT_TEXT)


def model_rules_failure(body: Mapping[str, Any], model: ApiModel | None) -> Failure | None:
    """The 404 or 400 the real API gives for a request this model does not accept."""
    if model is None:
        return None
    name = body["model"]
    if model.retired:
        return Failure(404, message=f"model: {name} has been retired")
    choice = body.get("tool_choice") or {}
    thinking = body.get("thinking") or {}
    problems = [
        (
            model.rejects_forced_tool_choice and choice.get("type") in ("tool", "any"),
            f"tool_choice: forced tool use is not supported with {name}; use auto",
        ),
        (
            model.rejects_sampling
            and (
                body.get("temperature", 1) != 1
                or body.get("top_p", 1) != 1
                or body.get("top_k") is not None
            ),
            f"temperature, top_p and top_k are not supported with {name}",
        ),
        (
            model.rejects_thinking_budget and thinking.get("type") == "enabled",
            f"thinking.type.enabled is not supported for {name}; use adaptive",
        ),
        (
            model.rejects_thinking_disabled and thinking.get("type") == "disabled",
            f"thinking.type.disabled is not supported for {name}; use between_tools",
        ),
        (
            model.rejects_prefill and body["messages"][-1].get("role") == "assistant",
            f"{name} does not support assistant message prefill; end with a user turn",
        ),
        (
            not model.structured_outputs and (body.get("output_config") or {}).get("format"),
            "output_config.format: structured outputs are not supported",
        ),
    ]
    for failed, message in problems:
        if failed:
            return Failure(400, message=message)
    if _estimate_input_tokens(body) > model.context_window:
        return Failure(400, message="prompt is too long")
    return None


def _thinks(body: Mapping[str, Any], model: ApiModel | None) -> bool:
    kind = (body.get("thinking") or {}).get("type")
    if model is None or kind in ("disabled", "between_tools"):
        return kind in ("adaptive", "enabled")
    return model.thinks_by_default or kind in ("adaptive", "enabled")


def _with_thinking(reply: Reply, body: Mapping[str, Any], model: ApiModel | None) -> Reply:
    """Thinking first, and the text cut where thinking plus text reach `max_tokens`."""
    content = list(reply.content)
    if _thinks(body, model) and not any(isinstance(b, ThinkingContent) for b in content):
        effort = (body.get("output_config") or {}).get("effort") or "high"
        content.insert(0, ThinkingContent(tokens=THINKING_TOKENS.get(effort, 600)))
    budget = int(body["max_tokens"])
    kept: list[ContentBlock] = []
    truncated = False
    for block in content:
        cost = _block_tokens(block)
        if cost <= budget:
            kept.append(block)
            budget -= cost
            continue
        truncated = True
        if isinstance(block, TextContent) and budget > 0:
            kept.append(TextContent(block.text[: budget * _CHARS_PER_TOKEN]))
        break
    if not truncated and len(kept) == len(reply.content):
        return reply
    return Reply(
        content=tuple(kept),
        stop_reason="max_tokens" if truncated else reply.stop_reason,
        stop_sequence=reply.stop_sequence,
        model=reply.model,
        input_tokens=reply.input_tokens,
        output_tokens=None if truncated else reply.output_tokens,
    )


def _prompt_blocks(body: Mapping[str, Any]) -> list[tuple[Any, bool]]:
    """The prompt in cache order (tools, system, messages), each block with its breakpoint."""
    blocks: list[tuple[Any, bool]] = [
        (tool, "cache_control" in tool) for tool in body.get("tools") or []
    ]
    system = body.get("system")
    if isinstance(system, str):
        blocks.append((system, False))
    elif isinstance(system, list):
        blocks.extend((block, "cache_control" in block) for block in system)
    for message in body["messages"]:
        content = message["content"]
        if isinstance(content, str):
            blocks.append(({"role": message["role"], "text": content}, False))
            continue
        for block in content:
            blocks.append(({"role": message["role"], **block}, "cache_control" in block))
    return blocks


class PromptCache:
    """Prefixes written at `cache_control` breakpoints, keyed by model and content."""

    def __init__(self) -> None:
        self._entries: set[str] = set()
        self._lock = threading.Lock()

    def account(self, body: Mapping[str, Any], min_tokens: int) -> tuple[int, int, int]:
        """(uncached input, cache write, cache read) tokens for one request."""
        blocks = _prompt_blocks(body)
        total = _estimate_input_tokens(body)
        breakpoints = [i for i, (_, marked) in enumerate(blocks) if marked]
        if not breakpoints:
            return total, 0, 0
        keys: list[str] = []
        sizes: list[int] = []
        running = 0
        for block, _ in blocks:
            running += _tokens(block)
            sizes.append(running)
            # The marker itself is not content: moving a breakpoint keeps earlier entries.
            content = (
                {k: v for k, v in block.items() if k != "cache_control"}
                if isinstance(block, dict)
                else block
            )
            digest = hashlib.sha256(json.dumps([body["model"], content], default=str).encode())
            keys.append(
                hashlib.sha256(
                    ((keys[-1] if keys else "") + digest.hexdigest()).encode()
                ).hexdigest()
            )
        last = breakpoints[-1]
        with self._lock:
            read_at = next(
                (
                    i
                    for i in range(last, max(-1, last - _CACHE_LOOKBACK_BLOCKS), -1)
                    if keys[i] in self._entries
                ),
                None,
            )
            read = sizes[read_at] if read_at is not None else 0
            written = 0
            for i in breakpoints:
                if sizes[i] >= min_tokens and keys[i] not in self._entries:
                    self._entries.add(keys[i])
                    written = sizes[i] - read
        written = max(written, 0)
        return max(total - read - written, 0), written, read

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


MAX_CACHE_BREAKPOINTS = 4
"""The Messages API takes at most four `cache_control` breakpoints in one request (tools,
system and messages together) and answers 400 beyond that."""


def validate_request(body: Any) -> str | None:
    """The checks the real API makes that the SDK does not make client-side first."""
    if not isinstance(body, dict):
        return "Request body must be a JSON object."
    for name in ("model", "max_tokens", "messages"):
        if name not in body:
            return f"{name}: Field required"
    if not isinstance(body["model"], str) or not body["model"]:
        return "model: Input should be a non-empty string"
    max_tokens = body["max_tokens"]
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        return "max_tokens: Input should be a positive integer"
    messages = body["messages"]
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            return f"messages.{i}.role: Input should be 'user' or 'assistant'"
        if "content" not in message:
            return f"messages.{i}.content: Field required"
    marked = sum(marked for _, marked in _prompt_blocks(body))
    if marked > MAX_CACHE_BREAKPOINTS:
        return (
            f"A maximum of {MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. "
            f"Found {marked}."
        )
    choice = body.get("tool_choice")
    if isinstance(choice, dict) and choice.get("type") == "tool":
        names = {t.get("name") for t in body.get("tools") or []}
        if choice.get("name") not in names:
            return f"tool_choice: Tool '{choice.get('name')}' not found in tools"
    return None


def _estimate_input_tokens(body: Mapping[str, Any]) -> int:
    text = json.dumps([body.get("system"), body.get("messages"), body.get("tools")], default=str)
    return max(1, len(text) // 4)


# --------------------------------------------------------------------------------- server


class FakeMessagesApi(ThreadedServer):
    """Messages API stand-in on 127.0.0.1:<random port>, served from a background thread.

    Its own thread and event loop let one instance serve the sync `Anthropic` client and
    an `AsyncAnthropic` client running on a test's loop without deadlocking either. One
    lock guards the queues and the request log, since handlers mutate them on the server
    thread while tests read and script them from theirs.
    """

    thread_name = "fake-messages-api"

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        stream_chunk_delay: float = 0.0,
        models: Mapping[str, ApiModel] = TODAY,
    ) -> None:
        super().__init__(host)
        self.models = dict(models)
        """The API's rules per model id; ids not listed are served permissively."""
        self.cache = PromptCache()
        self._lock = threading.RLock()
        self._replies: deque[Reply | Failure] = deque()
        self._failures: deque[Failure] = deque()
        self._delays: deque[float] = deque()
        self._stream_faults: deque[StreamFault] = deque()
        self._requests: list[RecordedRequest] = []
        self._usage: list[tuple[str, dict[str, Any]]] = []
        self.responder: Responder | None = None
        """Consulted when the reply queue is empty; called on the server thread."""
        self.stream_chunk_delay = stream_chunk_delay
        """Seconds between SSE events, for tests that watch output arrive incrementally."""
        self.responder_errors: list[BaseException] = []
        """Exceptions raised by `responder`; they are served as 500s, so check this list."""

    # ------------------------------------------------------------------ lifecycle

    def _application(self) -> tuple[web.Application, dict[str, Any]]:
        app = web.Application()
        app.router.add_post("/v1/messages", self._handle_messages)
        app.router.add_post("/v1/messages/count_tokens", self._handle_count_tokens)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown)
        # handler_cancellation: a delayed handler whose client already timed out is
        # cancelled instead of holding up shutdown until its sleep ends.
        return app, {"handler_cancellation": True, "shutdown_timeout": 0.5}

    @property
    def base_url(self) -> str:
        """Pass as `base_url` to `Anthropic` / `AsyncAnthropic`."""
        return self.origin

    # -------------------------------------------------------------- scripting

    def enqueue(self, *items: Reply | Failure) -> None:
        """Queue replies (or in-line failures) to be served in order, one per request."""
        with self._lock:
            self._replies.extend(items)

    def enqueue_text(self, text: str, *, stop_reason: StopReason = "end_turn") -> Reply:
        reply = Reply.text(text, stop_reason=stop_reason)
        self.enqueue(reply)
        return reply

    def enqueue_tool_use(
        self,
        name: str,
        input: Mapping[str, Any],
        *,
        preamble: str | None = None,
        tool_use_id: str | None = None,
    ) -> Reply:
        """Queue a tool call; the returned Reply carries the tool_use id to answer with."""
        reply = Reply.tool_use(name, input, preamble=preamble, tool_use_id=tool_use_id)
        self.enqueue(reply)
        return reply

    def fail_next(
        self,
        status: int,
        count: int = 1,
        *,
        retry_after: float | None = None,
        error_type: ErrorType | None = None,
        message: str | None = None,
        should_retry: bool | None = None,
    ) -> None:
        """Fail the next `count` valid requests without consuming queued replies.

        Kept separate from the reply queue so "fail, then the SDK's retry gets the
        scripted answer" needs no bookkeeping in the test.
        """
        failure = Failure(status, error_type, message, retry_after, should_retry)
        with self._lock:
            self._failures.extend([failure] * count)

    def delay_next(self, seconds: float, count: int = 1) -> None:
        """Hold the next `count` requests (any outcome) before answering, to trip timeouts."""
        with self._lock:
            self._delays.extend([seconds] * count)

    def fail_mid_stream(
        self,
        *,
        after_events: int = 3,
        error_type: ErrorType = "overloaded_error",
        message: str = "Overloaded",
        disconnect: bool = False,
    ) -> None:
        """Break the next streaming response part-way; non-streaming requests skip it."""
        with self._lock:
            self._stream_faults.append(StreamFault(after_events, error_type, message, disconnect))

    def reset(self) -> None:
        """Forget scripts, faults and recorded requests, for reuse across tests."""
        with self._lock:
            self._replies.clear()
            self._failures.clear()
            self._delays.clear()
            self._stream_faults.clear()
            self._requests.clear()
            self._usage.clear()
            self.responder_errors.clear()
        self.cache.clear()
        self.responder = None

    # ------------------------------------------------------------- inspection

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first (a snapshot copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self._requests:
                raise AssertionError("the fake Messages API has received no requests")
            return self._requests[-1]

    @property
    def usage(self) -> list[tuple[str, dict[str, Any]]]:
        """(model, usage) for every message served, oldest first: what a bill is made of."""
        with self._lock:
            return list(self._usage)

    @property
    def pending_replies(self) -> int:
        """Scripted replies not yet consumed; a test can assert it used them all."""
        with self._lock:
            return len(self._replies)

    # --------------------------------------------------------------- handlers

    def _record(self, request: web.Request, body: Any) -> None:
        headers: dict[str, str | bool] = {k.lower(): v for k, v in request.headers.items()}
        # Credentials never land in the log, so a failing assertion can't print a key.
        headers["x-api-key"] = bool(request.headers.get("x-api-key"))
        headers["authorization"] = bool(request.headers.get("authorization"))
        entry: RecordedRequest = {
            "method": request.method,
            "path": request.path,
            "headers": headers,
            "json": body,
        }
        with self._lock:
            self._requests.append(entry)

    @staticmethod
    def _authenticated(request: web.Request) -> bool:
        if request.headers.get("x-api-key"):
            return True
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and bool(token.strip())

    async def _read_json(self, request: web.Request) -> tuple[Any, bool]:
        raw = await request.read()
        try:
            return json.loads(raw), True
        except ValueError:
            return raw.decode("utf-8", "replace"), False

    async def _preamble(self, request: web.Request) -> tuple[Any, web.Response | None]:
        """Shared front half of every endpoint: record, delay, auth, body parsing."""
        body, parsed = await self._read_json(request)
        self._record(request, body)
        with self._lock:
            delay = self._delays.popleft() if self._delays else 0.0
        if delay > 0:
            await asyncio.sleep(delay)
        if not self._authenticated(request):
            return body, _error_response(Failure(401, message="x-api-key header is required"))
        if not parsed:
            return body, _error_response(Failure(400, message="Request body is not valid JSON."))
        return body, None

    async def _handle_messages(self, request: web.Request) -> web.StreamResponse:
        body, early = await self._preamble(request)
        if early is not None:
            return early
        problem = validate_request(body)
        if problem is not None:
            return _error_response(Failure(400, message=problem))
        model = self.models.get(body["model"])
        refused = model_rules_failure(body, model)
        if refused is not None:
            return _error_response(refused)
        with self._lock:
            injected = self._failures.popleft() if self._failures else None
        if injected is not None:
            return _error_response(injected)
        outcome = self._decide(body)
        if isinstance(outcome, Failure):
            return _error_response(outcome)
        reply = _with_thinking(outcome, body, model)
        usage = self.cache.account(body, model.min_cacheable_tokens if model else 1024)
        message = _message_json(reply, body, usage)
        with self._lock:
            self._usage.append((body["model"], message["usage"]))
        if body.get("stream") is True:
            with self._lock:
                fault = self._stream_faults.popleft() if self._stream_faults else None
            return await self._stream(request, message, fault)
        return web.json_response(message, headers={"request-id": _new_id("req_")})

    async def _handle_count_tokens(self, request: web.Request) -> web.StreamResponse:
        body, early = await self._preamble(request)
        if early is not None:
            return early
        if not isinstance(body, dict) or "model" not in body or not body.get("messages"):
            return _error_response(Failure(400, message="model and messages are required"))
        return web.json_response({"input_tokens": _estimate_input_tokens(body)})

    async def _handle_unknown(self, request: web.Request) -> web.StreamResponse:
        body, _ = await self._read_json(request)
        self._record(request, body)
        return _error_response(Failure(404, message=f"Not found: {request.method} {request.path}"))

    def _decide(self, body: dict[str, Any]) -> Reply | Failure:
        with self._lock:
            scripted = self._replies.popleft() if self._replies else None
        if scripted is not None:
            return scripted
        responder = self.responder
        if responder is None:
            return default_reply(body)
        try:
            return responder(body)
        except Exception as exc:  # a test bug; serve it loudly rather than hang the client
            with self._lock:
                self.responder_errors.append(exc)
            return Failure(
                500,
                message=f"fake responder raised {type(exc).__name__}: {exc}",
                should_retry=False,
            )

    async def _stream(
        self, request: web.Request, message: dict[str, Any], fault: StreamFault | None
    ) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "content-type": "text/event-stream; charset=utf-8",
                "cache-control": "no-cache",
                "request-id": _new_id("req_"),
            }
        )
        await response.prepare(request)
        for sent, (event, data) in enumerate(_sse_events(message)):
            if fault is not None and sent >= fault.after_events:
                if fault.disconnect:
                    # Abort the transport so the client sees a truncated chunked body.
                    if request.transport is not None:
                        request.transport.abort()
                    return response
                error = {
                    "type": "error",
                    "error": {"type": fault.error_type, "message": fault.message},
                }
                await response.write(_sse("error", error))
                break
            await response.write(_sse(event, data))
            if self.stream_chunk_delay > 0:
                await asyncio.sleep(self.stream_chunk_delay)
        await response.write_eof()
        return response


# ---------------------------------------------------------------------- wire formatting


def _message_json(
    reply: Reply, request: Mapping[str, Any], usage: tuple[int, int, int]
) -> dict[str, Any]:
    uncached, written, read = usage
    return {
        "id": _new_id("msg_"),
        "type": "message",
        "role": "assistant",
        "model": reply.model or request.get("model", "claude-fake"),
        "content": [block.to_api() for block in reply.content],
        "stop_reason": reply.effective_stop_reason,
        "stop_sequence": reply.stop_sequence,
        "usage": {
            "input_tokens": reply.input_tokens if reply.input_tokens is not None else uncached,
            "output_tokens": reply.estimated_output_tokens(),
            "cache_creation_input_tokens": written,
            "cache_read_input_tokens": read,
            "service_tier": "standard",
        },
    }


def _sse(event: str, data: Mapping[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _sse_events(message: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The event sequence the real API emits for `message`, in order."""
    usage = message["usage"]
    start = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {**usage, "output_tokens": 1},
    }
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": start}),
        ("ping", {"type": "ping"}),
    ]
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            skeleton: dict[str, Any] = {"type": "text", "text": ""}
            deltas = [
                {"type": "text_delta", "text": piece} for piece in _WORDS.findall(block["text"])
            ]
        elif block["type"] == "thinking":
            skeleton = {"type": "thinking", "thinking": "", "signature": ""}
            deltas = [
                {"type": "thinking_delta", "thinking": piece}
                for piece in _WORDS.findall(block["thinking"])
            ] + [{"type": "signature_delta", "signature": block["signature"]}]
        else:
            skeleton = {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}
            encoded = json.dumps(block["input"])
            deltas = [{"type": "input_json_delta", "partial_json": ""}] + [
                {"type": "input_json_delta", "partial_json": encoded[i : i + _JSON_CHUNK_CHARS]}
                for i in range(0, len(encoded), _JSON_CHUNK_CHARS)
            ]
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": skeleton},
            )
        )
        events.extend(
            ("content_block_delta", {"type": "content_block_delta", "index": index, "delta": d})
            for d in deltas
        )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": message["stop_reason"],
                    "stop_sequence": message["stop_sequence"],
                },
                "usage": {"output_tokens": usage["output_tokens"]},
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def _error_response(failure: Failure) -> web.Response:
    error_type = failure.effective_error_type
    request_id = _new_id("req_")
    body = {
        "type": "error",
        "error": {
            "type": error_type,
            "message": failure.message or _DEFAULT_MESSAGES.get(error_type, error_type),
        },
        "request_id": request_id,
    }
    headers = {"request-id": request_id}
    if failure.retry_after is not None:
        seconds = failure.retry_after
        headers["retry-after"] = str(int(seconds)) if float(seconds).is_integer() else str(seconds)
    if failure.should_retry is not None:
        headers["x-should-retry"] = "true" if failure.should_retry else "false"
    return web.json_response(
        body, status=failure.status, reason=_REASONS.get(failure.status), headers=headers
    )
