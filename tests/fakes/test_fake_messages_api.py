"""The fake Messages API must satisfy the real SDK, or tests built on it prove nothing.

Every test here drives the genuine `anthropic` client (parsing, streaming accumulator,
retry loop, error mapping, timeouts) against the fake over real HTTP.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx2
import pytest
from anthropic.types import Message, TextBlock, ToolUseBlock

from graph.drafting.claude import shared_tls_context
from tests.fakes.fake_messages_api import (
    DEFAULT_TEXT,
    Failure,
    FakeMessagesApi,
    Reply,
    minimal_input_for_schema,
)

MODEL = "claude-fake-1"
USER: list[Any] = [{"role": "user", "content": "My order never arrived."}]
SYSTEM = "You coach support agents."
TICKET_TOOL: dict[str, Any] = {
    "name": "classify_ticket",
    "description": "Classify an escalated complaint.",
    "input_schema": {
        "type": "object",
        "properties": {
            "severity": {"type": "string", "enum": ["low", "high"]},
            "summary": {"type": "string"},
            "refund_cents": {"type": "integer"},
            "score": {"type": "number"},
            "legal_threat": {"type": "boolean"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "customer": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "vip": {"type": "boolean"}},
                "required": ["name"],
            },
            "optional_note": {"type": "string"},
        },
        "required": [
            "severity",
            "summary",
            "refund_cents",
            "score",
            "legal_threat",
            "tags",
            "customer",
        ],
    },
}
FORCE_TICKET_TOOL: dict[str, Any] = {"type": "tool", "name": "classify_ticket"}


@pytest.fixture
def fake() -> Iterator[FakeMessagesApi]:
    with FakeMessagesApi() as server:
        yield server


def make_client(fake: FakeMessagesApi, **kwargs: Any) -> anthropic.Anthropic:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("http_client", anthropic.DefaultHttpxClient(verify=shared_tls_context()))
    return anthropic.Anthropic(base_url=fake.base_url, api_key="test", **kwargs)


def create(client: anthropic.Anthropic, **kwargs: Any) -> Message:
    params: dict[str, Any] = {"model": MODEL, "max_tokens": 256, "messages": USER, **kwargs}
    return client.messages.create(**params)


def test_non_streaming_text_and_recorded_request(fake: FakeMessagesApi) -> None:
    fake.enqueue_text("Apologise, then offer a replacement.")
    client = make_client(fake)

    message = create(client, system=SYSTEM)

    assert message.type == "message"
    assert message.role == "assistant"
    assert message.id.startswith("msg_")
    assert message.model == MODEL
    assert message.stop_reason == "end_turn"
    assert isinstance(message.content[0], TextBlock)
    assert message.content[0].text == "Apologise, then offer a replacement."
    assert message.usage.input_tokens > 0
    assert message.usage.output_tokens > 0

    [recorded] = fake.requests
    assert recorded["path"] == "/v1/messages"
    assert recorded["json"]["system"] == SYSTEM
    assert recorded["json"]["messages"] == USER
    assert recorded["json"]["model"] == MODEL
    assert recorded["json"]["max_tokens"] == 256
    # Credentials are reduced to presence flags so they can't leak into assertion output.
    assert recorded["headers"]["x-api-key"] is False
    assert recorded["headers"]["authorization"] is True
    assert "Bearer" not in json.dumps(recorded)
    assert fake.pending_replies == 0


def test_streaming_text_via_messages_stream(fake: FakeMessagesApi) -> None:
    text = "Thank the customer, restate the problem, then propose a fix."
    fake.enqueue_text(text)
    client = make_client(fake)

    with client.messages.stream(
        model=MODEL, max_tokens=256, messages=USER, system=SYSTEM
    ) as stream:
        chunks = list(stream.text_stream)
        final = stream.get_final_message()

    assert len(chunks) > 1, "text should arrive incrementally, not as one delta"
    assert "".join(chunks) == text
    assert isinstance(final.content[0], TextBlock)
    assert final.content[0].text == text
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens > 1
    assert fake.last_request["json"]["stream"] is True


def test_queue_order_then_responder_then_default(fake: FakeMessagesApi) -> None:
    fake.enqueue_text("first")
    fake.enqueue(Reply.text("second"))
    client = make_client(fake)

    texts = [create(client).content[0] for _ in range(2)]
    assert [t.text for t in texts if isinstance(t, TextBlock)] == ["first", "second"]

    default = create(client).content[0]
    assert isinstance(default, TextBlock)
    assert default.text == DEFAULT_TEXT

    fake.responder = lambda req: Reply.text(f"{len(req['messages'])} message(s)")
    answered = create(client).content[0]
    assert isinstance(answered, TextBlock)
    assert answered.text == "1 message(s)"


def test_max_tokens_stop_reason(fake: FakeMessagesApi) -> None:
    fake.enqueue_text("Truncated mid", stop_reason="max_tokens")
    message = create(make_client(fake))
    assert message.stop_reason == "max_tokens"


def test_forced_tool_use_default_builds_minimal_input(fake: FakeMessagesApi) -> None:
    client = make_client(fake)

    message = create(client, tools=[TICKET_TOOL], tool_choice=FORCE_TICKET_TOOL)

    assert message.stop_reason == "tool_use"
    [block] = message.content
    assert isinstance(block, ToolUseBlock)
    assert block.name == "classify_ticket"
    assert block.id.startswith("toolu_")
    assert block.input == {
        "severity": "low",
        "summary": "",
        "refund_cents": 0,
        "score": 0,
        "legal_threat": False,
        "tags": [],
        "customer": {"name": ""},
    }
    assert fake.last_request["json"]["tools"] == [TICKET_TOOL]
    assert fake.last_request["json"]["tool_choice"] == FORCE_TICKET_TOOL


def test_scripted_tool_use_non_streaming(fake: FakeMessagesApi) -> None:
    reply = fake.enqueue_tool_use("classify_ticket", {"severity": "high", "summary": "late"})
    message = create(make_client(fake), tools=[TICKET_TOOL], tool_choice=FORCE_TICKET_TOOL)

    [block] = message.content
    assert isinstance(block, ToolUseBlock)
    assert block.input == {"severity": "high", "summary": "late"}
    assert block.id == reply.content[0].to_api()["id"]


def test_tool_use_streams_input_json(fake: FakeMessagesApi) -> None:
    tool_input = {
        "severity": "high",
        "summary": "Parcel lost twice; customer threatens chargeback.",
        "tags": ["shipping", "chargeback"],
        "customer": {"name": "Ada", "vip": True},
    }
    fake.enqueue_tool_use("classify_ticket", tool_input, preamble="Classifying.")
    client = make_client(fake)

    with client.messages.stream(
        model=MODEL,
        max_tokens=256,
        messages=USER,
        tools=[TICKET_TOOL],
        tool_choice=FORCE_TICKET_TOOL,
    ) as stream:
        json_fragments = [e.partial_json for e in stream if e.type == "input_json"]
        final = stream.get_final_message()

    assert len([f for f in json_fragments if f]) > 1
    assert json.loads("".join(json_fragments)) == tool_input
    assert final.stop_reason == "tool_use"
    text, tool = final.content
    assert isinstance(text, TextBlock)
    assert text.text == "Classifying."
    assert isinstance(tool, ToolUseBlock)
    assert tool.name == "classify_ticket"
    assert tool.input == tool_input


def test_rate_limit_with_retry_after_then_sdk_retry_succeeds(fake: FakeMessagesApi) -> None:
    fake.fail_next(429, retry_after=0.01)
    fake.enqueue_text("after the retry")
    client = make_client(fake, max_retries=2)

    started = time.monotonic()
    message = create(client)

    assert isinstance(message.content[0], TextBlock)
    assert message.content[0].text == "after the retry"
    assert time.monotonic() - started < 0.4, "retry-after should replace the SDK backoff"
    first, second = fake.requests
    assert first["headers"]["x-stainless-retry-count"] == "0"
    assert second["headers"]["x-stainless-retry-count"] == "1"


def test_rate_limit_error_shape_without_retries(fake: FakeMessagesApi) -> None:
    fake.fail_next(429, retry_after=7)
    with pytest.raises(anthropic.RateLimitError) as caught:
        create(make_client(fake))
    assert caught.value.response.headers["retry-after"] == "7"
    assert caught.value.body == {
        "type": "error",
        "error": {"type": "rate_limit_error", "message": caught.value.api_message},
        "request_id": caught.value.request_id,
    }


def test_overloaded_529_surfaces_without_retries(fake: FakeMessagesApi) -> None:
    fake.fail_next(529)
    fake.enqueue_text("never served")

    with pytest.raises(anthropic.InternalServerError) as caught:
        create(make_client(fake, max_retries=0))

    assert isinstance(caught.value, anthropic.APIStatusError)
    assert caught.value.status_code == 529
    assert caught.value.type == "overloaded_error"
    assert len(fake.requests) == 1
    assert fake.pending_replies == 1, "an injected failure must not eat a scripted reply"


def test_fail_next_count_and_500(fake: FakeMessagesApi) -> None:
    fake.fail_next(500, count=2, retry_after=0.01)
    fake.enqueue_text("third time lucky")

    with pytest.raises(anthropic.InternalServerError) as caught:
        create(make_client(fake, max_retries=1))
    assert caught.value.type == "api_error"
    assert len(fake.requests) == 2

    message = create(make_client(fake))
    assert isinstance(message.content[0], TextBlock)


def test_scripted_failure_in_queue(fake: FakeMessagesApi) -> None:
    fake.enqueue(Failure(529, should_retry=False), Reply.text("next"))
    client = make_client(fake, max_retries=2)
    with pytest.raises(anthropic.OverloadedError):
        create(client)
    assert len(fake.requests) == 1, "x-should-retry: false must stop the SDK retrying"
    assert isinstance(create(client).content[0], TextBlock)


def test_timeout_on_delayed_response(fake: FakeMessagesApi) -> None:
    fake.delay_next(2.0)
    client = make_client(fake, timeout=0.5, max_retries=0)

    started = time.monotonic()
    with pytest.raises(anthropic.APITimeoutError):
        create(client)
    assert time.monotonic() - started < 1.5


def test_missing_max_tokens_is_400(fake: FakeMessagesApi) -> None:
    client = make_client(fake)
    # `messages.create` refuses to send without max_tokens, so go through the raw post.
    with pytest.raises(anthropic.BadRequestError) as caught:
        client.post("/v1/messages", body={"model": MODEL, "messages": USER}, cast_to=Message)
    assert caught.value.type == "invalid_request_error"
    assert "max_tokens" in (caught.value.api_message or "")


def test_empty_messages_is_400(fake: FakeMessagesApi) -> None:
    with pytest.raises(anthropic.BadRequestError):
        create(make_client(fake), messages=[])


def test_more_than_four_cache_breakpoints_is_400_as_on_the_real_api(fake: FakeMessagesApi) -> None:
    block = {"type": "text", "text": "rules", "cache_control": {"type": "ephemeral"}}
    client = make_client(fake)
    create(client, system=[block] * 4)  # four are allowed
    with pytest.raises(anthropic.BadRequestError) as caught:
        create(client, system=[block] * 5)
    assert "maximum of 4 blocks with cache_control" in str(caught.value)


def test_missing_credentials_is_401(fake: FakeMessagesApi) -> None:
    body = json.dumps({"model": MODEL, "max_tokens": 5, "messages": USER}).encode()
    request = urllib.request.Request(
        f"{fake.base_url}/v1/messages", data=body, headers={"content-type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        # No proxy: an HTTP(S)_PROXY in the environment must not swallow a loopback call.
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request, timeout=5)
    assert caught.value.code == 401
    assert json.loads(caught.value.read())["error"]["type"] == "authentication_error"
    assert fake.last_request["headers"]["x-api-key"] is False


def test_mid_stream_error_event(fake: FakeMessagesApi) -> None:
    fake.enqueue_text("This reply will be cut off part way through.")
    fake.fail_mid_stream(after_events=5)
    client = make_client(fake)

    received: list[str] = []
    with (
        pytest.raises(anthropic.APIStatusError) as caught,
        client.messages.stream(model=MODEL, max_tokens=256, messages=USER) as stream,
    ):
        received.extend(stream.text_stream)
    assert received, "some text should arrive before the failure"
    assert caught.value.type == "overloaded_error"


def test_mid_stream_disconnect(fake: FakeMessagesApi) -> None:
    fake.enqueue_text("This reply will be cut off part way through.")
    fake.fail_mid_stream(after_events=5, disconnect=True)
    client = make_client(fake)

    with (
        pytest.raises((httpx2.TransportError, anthropic.APIConnectionError)),
        client.messages.stream(model=MODEL, max_tokens=256, messages=USER) as stream,
    ):
        list(stream.text_stream)


def test_responder_exception_is_reported(fake: FakeMessagesApi) -> None:
    def broken(_: dict[str, Any]) -> Reply:
        raise KeyError("oops")

    fake.responder = broken
    with pytest.raises(anthropic.InternalServerError):
        create(make_client(fake, max_retries=2))
    assert len(fake.requests) == 1
    assert isinstance(fake.responder_errors[0], KeyError)


def test_unknown_path_is_404(fake: FakeMessagesApi) -> None:
    with pytest.raises(anthropic.NotFoundError):
        make_client(fake).models.list()


async def test_async_client_streaming_and_create(fake: FakeMessagesApi) -> None:
    fake.responder = lambda req: Reply.text(f"echo model {req['model']}")
    client = anthropic.AsyncAnthropic(base_url=fake.base_url, api_key="test", max_retries=0)

    async with client.messages.stream(model=MODEL, max_tokens=64, messages=USER) as stream:
        chunks = [chunk async for chunk in stream.text_stream]
        final = await stream.get_final_message()
    assert "".join(chunks) == f"echo model {MODEL}"
    assert final.stop_reason == "end_turn"

    fake.fail_next(429, retry_after=0.01)
    message = await client.with_options(max_retries=1).messages.create(
        model=MODEL, max_tokens=64, messages=USER
    )
    assert message.stop_reason == "end_turn"
    assert len(fake.requests) == 3
    await client.close()


def test_restart_is_clean() -> None:
    server = FakeMessagesApi().start()
    url = server.base_url
    server.stop()
    server.stop()  # idempotent
    with pytest.raises(anthropic.APIConnectionError):
        create(anthropic.Anthropic(base_url=url, api_key="test", max_retries=0, timeout=2))


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, ""),
        ({"type": ["null", "integer"]}, 0),
        ({"anyOf": [{"type": "null"}, {"type": "boolean"}]}, False),
        ({"const": "fixed"}, "fixed"),
        ({"type": "array", "minItems": 2, "items": {"type": "number"}}, [0, 0]),
        ({"properties": {"a": {"type": "string"}}, "required": ["a"]}, {"a": ""}),
        ({}, None),
    ],
)
def test_minimal_input_for_schema(schema: dict[str, Any], expected: Any) -> None:
    assert minimal_input_for_schema(schema) == expected


# --------------------------------------------------- today's models (December 2026)

SONNET = "claude-sonnet-5-5"
HAIKU = "claude-haiku-5-5"


def test_a_retired_model_is_404_not_found(fake: FakeMessagesApi) -> None:
    with pytest.raises(anthropic.NotFoundError) as caught:
        create(make_client(fake), model="claude-sonnet-4-5")
    assert caught.value.status_code == 404
    assert "retired" in (caught.value.message or "")


@pytest.mark.parametrize(
    ("model", "params", "needle"),
    [
        (SONNET, {"tools": [TICKET_TOOL], "tool_choice": FORCE_TICKET_TOOL}, "tool_choice"),
        (SONNET, {"tools": [TICKET_TOOL], "tool_choice": {"type": "any"}}, "tool_choice"),
        # SDK 2.x no longer has sampling arguments; older code sends them as extra body.
        (SONNET, {"extra_body": {"temperature": 0.2}}, "temperature"),
        (HAIKU, {"extra_body": {"top_k": 5}}, "top_k"),
        (SONNET, {"thinking": {"type": "enabled", "budget_tokens": 2048}}, "thinking"),
        (SONNET, {"thinking": {"type": "disabled"}}, "between_tools"),
        (
            SONNET,
            {"messages": [*USER, {"role": "assistant", "content": "Dear"}]},
            "prefill",
        ),
    ],
)
def test_five_x_models_reject_old_parameters_with_400(
    fake: FakeMessagesApi, model: str, params: dict[str, Any], needle: str
) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        create(make_client(fake), model=model, **params)
    assert needle in (caught.value.message or "")


def test_what_five_x_models_still_accept(fake: FakeMessagesApi) -> None:
    client = make_client(fake)
    create(client, model=SONNET, tools=[TICKET_TOOL], tool_choice={"type": "auto"})
    create(client, model=SONNET, thinking={"type": "between_tools"})
    create(client, model=HAIKU, tools=[TICKET_TOOL], tool_choice=FORCE_TICKET_TOOL)
    create(client, model=HAIKU, thinking={"type": "disabled"})
    assert len(fake.requests) == 4


def test_thinking_comes_first_and_counts_against_max_tokens(fake: FakeMessagesApi) -> None:
    client = make_client(fake)
    fake.enqueue_text("A short answer.")
    message = create(client, model=SONNET, max_tokens=2000)
    assert [b.type for b in message.content] == ["thinking", "text"]
    assert message.stop_reason == "end_turn"

    fake.enqueue_text("word " * 400)
    with client.messages.stream(
        model=SONNET, max_tokens=700, messages=USER, output_config={"effort": "high"}
    ) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert [b.type for b in final.content] == ["thinking", "text"]
    assert final.stop_reason == "max_tokens", "600 thinking + 500 text > 700"
    assert len(streamed) < len("word " * 400)


def test_structured_outputs_through_the_sdk_parse_helper(fake: FakeMessagesApi) -> None:
    from pydantic import BaseModel

    class Ticket(BaseModel):
        severity: str
        refund: float | None = None

    fake.enqueue(Reply.json({"severity": "high", "refund": None}))
    message = make_client(fake).messages.parse(
        model=SONNET, max_tokens=2000, messages=USER, output_format=Ticket
    )
    assert message.parsed_output == Ticket(severity="high")
    sent = fake.last_request["json"]["output_config"]["format"]
    assert sent["type"] == "json_schema" and "severity" in json.dumps(sent["schema"])


def test_prompt_cache_writes_then_reads_above_the_minimum(fake: FakeMessagesApi) -> None:
    client = make_client(fake)
    stable = {"type": "text", "text": "policy " * 600, "cache_control": {"type": "ephemeral"}}

    def ask(question: str, prefix: dict[str, Any]) -> Any:
        content = [prefix, {"type": "text", "text": question}]
        return create(client, model=SONNET, messages=[{"role": "user", "content": content}])

    first, second = ask("one?", stable).usage, ask("two?", stable).usage
    assert first.cache_creation_input_tokens > 512 and first.cache_read_input_tokens == 0
    assert second.cache_read_input_tokens == first.cache_creation_input_tokens
    assert second.cache_creation_input_tokens == 0 and second.input_tokens < 50

    small = {**stable, "text": "policy " * 20}
    below = ask("three?", small).usage
    assert below.cache_creation_input_tokens == 0 and below.cache_read_input_tokens == 0


@pytest.mark.parametrize(
    "reason",
    [
        "end_turn",
        "max_tokens",
        "stop_sequence",
        "tool_use",
        "pause_turn",
        "refusal",
        "model_context_window_exceeded",
    ],
)
def test_every_stop_reason_reaches_the_sdk(fake: FakeMessagesApi, reason: str) -> None:
    fake.enqueue_text("partial", stop_reason=reason)  # type: ignore[arg-type]
    with make_client(fake).messages.stream(model=SONNET, max_tokens=2000, messages=USER) as s:
        assert s.get_final_message().stop_reason == reason
