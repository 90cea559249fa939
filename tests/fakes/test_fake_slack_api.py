"""The fakes must agree with the real SDKs, or tests built on them prove nothing.

Every test here talks to the fake through slack_sdk's own clients (sync and async) and
checks signatures with slack_sdk's own verifier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook import WebhookClient

from tests.fakes.fake_slack_api import (
    AGENT_USER_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    TEAM_ID,
    FakeSlackApi,
    check_view,
    next_ts,
)
from tests.fakes.slack_requests import SlackRequestFactory

CHANNEL = "C0ESCALATE"


@pytest.fixture
def fake() -> Iterator[FakeSlackApi]:
    # A fresh fake per test: failure injection and recorded calls must not leak.
    with FakeSlackApi() as fake:
        fake.invite_bot(CHANNEL)
        yield fake


@pytest.fixture
def client(fake: FakeSlackApi) -> WebClient:
    return WebClient(token=BOT_TOKEN, base_url=fake.api_url)


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def test_auth(fake: FakeSlackApi, client: WebClient) -> None:
    identity = client.auth_test()
    assert (identity["user_id"], identity["team_id"]) == (BOT_USER_ID, TEAM_ID)
    assert identity["bot_id"]
    assert "chat:write" in identity.headers["x-oauth-scopes"]
    with pytest.raises(SlackApiError) as missing:
        WebClient(base_url=fake.api_url).auth_test()
    assert missing.value.response["error"] == "not_authed"
    with pytest.raises(SlackApiError) as wrong:
        WebClient(token="xoxb-nope", base_url=fake.api_url).auth_test()
    assert wrong.value.response["error"] == "invalid_auth"
    with pytest.raises(SlackApiError) as unknown:
        client.api_call("chat.frobnicate")
    assert unknown.value.response["error"] == "unknown_method"


def test_post_update_replies_round_trip(fake: FakeSlackApi, client: WebClient) -> None:
    root = fake.seed_message(CHANNEL, "Customer is furious about the outage")
    first = client.chat_postMessage(
        channel=CHANNEL, thread_ts=root["ts"], text="Drafting…", blocks=[section("*Draft*")]
    )
    second = client.chat_postMessage(channel=CHANNEL, thread_ts=root["ts"], text="Section 2")
    assert float(first["ts"]) < float(second["ts"])
    assert first["message"]["blocks"] == [section("*Draft*")]

    client.chat_update(channel=CHANNEL, ts=first["ts"], text="Approved", blocks=[section("ok")])
    replies = client.conversations_replies(channel=CHANNEL, ts=root["ts"])["messages"]
    assert [m["text"] for m in replies] == [root["text"], "Approved", "Section 2"]
    assert replies[0]["reply_count"] == 2
    assert replies[1]["edited"]["user"] == BOT_USER_ID

    call = fake.calls_to("chat.update")[0]
    assert call.params["blocks"] == [section("ok")]  # JSON body parsed back to a list
    assert call.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert fake.messages_in(CHANNEL, root["ts"], bot_only=True)[0]["text"] == "Approved"
    history = client.conversations_history(channel=CHANNEL)["messages"]
    assert [m["ts"] for m in history] == [root["ts"]]


def test_form_encoded_blocks_and_other_methods(fake: FakeSlackApi, client: WebClient) -> None:
    # chat.delete / reactions.add go out form-encoded; blocks as a JSON string too.
    posted = client.api_call(
        "chat.postMessage",
        params={"channel": CHANNEL, "text": "x", "blocks": json.dumps([section("form")])},
    )
    assert fake.calls_to("chat.postMessage")[0].params["blocks"] == [section("form")]
    client.reactions_add(channel=CHANNEL, timestamp=posted["ts"], name="eyes")
    assert fake.message(CHANNEL, posted["ts"])["reactions"][0]["name"] == "eyes"
    eph = client.chat_postEphemeral(channel=CHANNEL, user=AGENT_USER_ID, text="only you")
    assert eph["message_ts"] and fake.ephemerals[0]["text"] == "only you"
    assert client.users_info(user=AGENT_USER_ID)["user"]["profile"]["email"]
    client.chat_delete(channel=CHANNEL, ts=posted["ts"])
    assert fake.messages_in(CHANNEL) == []

    client.assistant_threads_setStatus(
        channel_id="D01", thread_ts="1.2", status="is drafting…", loading_messages=["Reading"]
    )
    client.assistant_threads_setTitle(channel_id="D01", thread_ts="1.2", title="Acme outage")
    thread = fake.assistant_thread("D01", "1.2")
    assert thread["status_history"] == ["is drafting…"]
    assert thread["title"] == "Acme outage"


def test_a_channel_the_bot_has_not_joined_refuses_posts_and_reads(fake, client):
    # Slack answers not_in_channel to a bot that was never invited; DMs are always open.
    for call in (
        lambda: client.chat_postMessage(channel="C0ELSEWHERE", text="hi"),
        lambda: client.conversations_replies(channel="C0ELSEWHERE", ts="1.2"),
        lambda: client.reactions_add(channel="C0ELSEWHERE", timestamp="1.2", name="eyes"),
    ):
        with pytest.raises(SlackApiError) as err:
            call()
        assert err.value.response["error"] == "not_in_channel"
    assert client.chat_postMessage(channel="D0SOMEONE1", text="hi")["ok"]
    fake.invite_bot("C0ELSEWHERE")
    assert client.chat_postMessage(channel="C0ELSEWHERE", text="hi")["ok"]


def test_suggested_prompts_follow_the_agent_view_rules(fake, client):
    # agent_view: prompts go on the Messages tab without thread_ts; with it, Slack
    # answers ok and silently shows nothing.
    prompts = [{"title": "Start", "message": "Coach me"}]
    assert client.assistant_threads_setSuggestedPrompts(
        channel_id="D01", thread_ts="1.2", prompts=prompts
    )["ok"]
    assert fake.suggested_prompts("D01") == {} and len(fake.ignored_prompt_calls) == 1
    client.assistant_threads_setSuggestedPrompts(channel_id="D01", prompts=prompts, title="Try")
    assert fake.suggested_prompts("D01") == {"prompts": prompts, "title": "Try"}


@pytest.mark.parametrize(
    "blocks",
    [
        [section("x")] * 51,
        [section("x" * 3001)],
        [{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}],
        [{"type": "markdown", "text": "m" * 6001}, {"type": "markdown", "text": "m" * 6000}],
        [{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}],
        [
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": "approve",
                        "text": {"type": "plain_text", "text": "Approve"},
                        "value": "v" * 2001,
                    }
                ],
            }
        ],
        [{"type": "sections", "text": {"type": "mrkdwn", "text": "typo"}}],
    ],
    ids=[
        "51-blocks",
        "section-3001",
        "header-151",
        "markdown-12001",
        "11-fields",
        "value-2001",
        "bad-type",
    ],
)
def test_block_kit_limits(fake: FakeSlackApi, client: WebClient, blocks: list) -> None:
    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel=CHANNEL, text="fallback", blocks=blocks)
    assert err.value.response["error"] == "invalid_blocks"
    assert err.value.response["response_metadata"]["messages"][0].startswith("[ERROR]")
    assert fake.messages_in(CHANNEL) == []


def test_limits_at_the_edge_are_accepted(client: WebClient) -> None:
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "h" * 150}},
        section("x" * 3000),
        {"type": "markdown", "text": "m" * 12000},
        *[{"type": "divider"}] * 47,
    ]
    assert client.chat_postMessage(channel=CHANNEL, text="t", blocks=blocks)["ok"]
    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel=CHANNEL, text="t" * 40001)
    assert err.value.response["error"] == "msg_too_long"


def test_views(fake: FakeSlackApi, client: WebClient) -> None:
    modal = {
        "type": "modal",
        "callback_id": "intake",
        "title": {"type": "plain_text", "text": "Escalation intake"},
        "submit": {"type": "plain_text", "text": "Start"},
        "private_metadata": "{}",
        "blocks": [
            {
                "type": "input",
                "block_id": "case",
                "label": {"type": "plain_text", "text": "Case"},
                "element": {"type": "plain_text_input", "action_id": "text", "multiline": True},
            }
        ],
    }
    opened = client.views_open(trigger_id="1.2.abc", view=modal)["view"]
    assert opened["id"].startswith("V") and opened["callback_id"] == "intake"
    updated = client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal)["view"]
    assert updated["id"] == opened["id"]
    for bad in (
        {"title": {"type": "plain_text", "text": "t" * 25}},
        {"private_metadata": "m" * 3001},
    ):
        with pytest.raises(SlackApiError) as err:
            client.views_open(trigger_id="1.2.abc", view={**modal, **bad})
        assert err.value.response["error"] == "invalid_arguments"
    home = {"type": "home", "blocks": [section("Open escalations")] * 100}
    client.views_publish(user_id=AGENT_USER_ID, view=home)
    assert fake.views_published[0]["user_id"] == AGENT_USER_ID
    assert len(fake.home_view(AGENT_USER_ID)["blocks"]) == 100
    with pytest.raises(SlackApiError):
        client.views_publish(user_id=AGENT_USER_ID, view={**home, "blocks": home["blocks"] * 2})


def test_rate_limit_is_retried_by_the_sdk(fake: FakeSlackApi) -> None:
    client = WebClient(
        token=BOT_TOKEN,
        base_url=fake.api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)],
    )
    fake.rate_limit_next("chat.postMessage", retry_after=0)
    assert client.chat_postMessage(channel=CHANNEL, text="eventually")["ok"]
    calls = fake.calls_to("chat.postMessage")
    assert [c.status for c in calls] == [429, 200]
    assert len(fake.messages_in(CHANNEL)) == 1


def test_rate_limit_without_handler_and_fail_next(fake: FakeSlackApi, client: WebClient) -> None:
    fake.rate_limit_next("chat.postMessage", retry_after=3)
    with pytest.raises(SlackApiError) as limited:
        client.chat_postMessage(channel=CHANNEL, text="x")
    assert limited.value.response.status_code == 429
    assert limited.value.response.headers["Retry-After"] == "3"
    fake.fail_next("chat.update", error="internal_error")
    with pytest.raises(SlackApiError) as failed:
        client.chat_update(channel=CHANNEL, ts="1.1", text="x")
    assert failed.value.response["error"] == "internal_error"


def test_files_upload_v2_round_trip(fake: FakeSlackApi, client: WebClient) -> None:
    plan = "# Recovery plan\n\n- Call the customer within **2 hours**\n"
    root = fake.seed_message(CHANNEL, "@coach help")
    result = client.files_upload_v2(
        channel=CHANNEL,
        thread_ts=root["ts"],
        filename="plan.md",
        title="Escalation plan",
        content=plan,
        initial_comment="Final plan attached",
    )
    assert result["file"]["title"] == "Escalation plan"
    (uploaded,) = fake.files
    assert (uploaded.text, uploaded.filename) == (plan, "plan.md")
    assert (uploaded.channel_id, uploaded.thread_ts) == (CHANNEL, root["ts"])
    assert uploaded.initial_comment == "Final plan attached"
    share = fake.messages_in(CHANNEL, root["ts"], bot_only=True)[0]
    assert share["files"][0]["id"] == uploaded.id
    assert share["text"] == "Final plan attached"


def test_chat_stream_accumulates_and_can_be_unavailable(
    fake: FakeSlackApi, client: WebClient
) -> None:
    thread_ts = next_ts()
    stream = client.chat_stream(
        channel=CHANNEL,
        thread_ts=thread_ts,
        recipient_team_id=TEAM_ID,
        recipient_user_id=AGENT_USER_ID,
        buffer_size=10,
    )
    for piece in ["## Summary\n", "The customer ", "lost a day ", "of sales."]:
        stream.append(markdown_text=piece)
    stream.stop(blocks=[section("Was this helpful?")])
    (message,) = fake.messages_in(CHANNEL, thread_ts)
    assert message["text"] == "## Summary\nThe customer lost a day of sales."
    assert message["blocks"] == [section("Was this helpful?")]
    assert fake.calls_to("chat.appendStream")
    with pytest.raises(SlackApiError) as done:
        client.chat_appendStream(channel=CHANNEL, ts=message["ts"], markdown_text="late")
    assert done.value.response["error"] == "message_not_in_streaming_state"

    fake.set_unavailable("chat.startStream")
    fallback = client.chat_stream(
        channel=CHANNEL, thread_ts=thread_ts, recipient_team_id=TEAM_ID, recipient_user_id="U1"
    )
    with pytest.raises(SlackApiError) as err:
        fallback.append(markdown_text="x" * 300)
    assert err.value.response["error"] == "unknown_method"


async def test_async_client(fake: FakeSlackApi) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url)
    root = fake.seed_message(CHANNEL, "help")
    posted = await client.chat_postMessage(channel=CHANNEL, thread_ts=root["ts"], text="hi")
    await client.chat_update(channel=CHANNEL, ts=posted["ts"], text="hi again")
    replies = await client.conversations_replies(channel=CHANNEL, ts=root["ts"], limit=1)
    assert replies["has_more"] and replies["messages"][0]["ts"] == root["ts"]
    assert (await client.users_info(user=AGENT_USER_ID))["user"]["id"] == AGENT_USER_ID
    upload = await client.files_upload_v2(channel=CHANNEL, filename="p.md", content="# Plan")
    assert upload["file"]["name"] == "p.md" and fake.files[0].text == "# Plan"
    with pytest.raises(SlackApiError) as err:
        await client.chat_postMessage(channel=CHANNEL, text="t", blocks=[section("x")] * 51)
    assert err.value.response["error"] == "invalid_blocks"
    msgs = await fake.wait_for_async(lambda: fake.messages_in(CHANNEL, root["ts"], bot_only=True))
    assert msgs[0]["text"] == "hi again"


def test_wait_for_times_out_with_context(fake: FakeSlackApi, client: WebClient) -> None:
    client.auth_test()
    with pytest.raises(AssertionError, match=re.escape("auth.test=ok")):
        fake.wait_for(lambda: fake.calls_to("chat.postMessage"), timeout=0.1)


def test_signed_requests_verify_with_the_sdk() -> None:
    factory = SlackRequestFactory("s3cret-signing")
    verifier = SignatureVerifier("s3cret-signing")
    requests = [
        factory.app_mention("help", channel=CHANNEL),
        factory.message("make it shorter", channel=CHANNEL, thread_ts="1.2"),
        factory.direct_message("hi", channel="D01"),
        factory.app_home_opened(),
        factory.app_home_opened(tab="messages"),
        factory.block_action("approve", channel=CHANNEL, value="v1"),
        factory.view_submission({"callback_id": "intake"}, values={"case": {"text": "..."}}),
        factory.slash_command("/escalate", "acme outage", channel=CHANNEL),
        factory.message_shortcut("coach", channel=CHANNEL, message={"ts": "1.2", "text": "x"}),
    ]
    for request in requests:
        assert verifier.is_valid_request(request.body, request.headers)
        assert not verifier.is_valid_request(request.body, request.with_bad_signature().headers)
        assert not verifier.is_valid_request(request.body, request.with_stale_timestamp().headers)

    mention = requests[0]
    assert mention.event["text"] == f"<@{BOT_USER_ID}> help"
    retry = factory.event_callback(mention.event, event_id="Ev1", retry_num=1)
    assert retry.headers["X-Slack-Retry-Num"] == "1"
    assert verifier.is_valid_request(retry.body, retry.headers)


def test_block_action_reads_the_clicked_button(fake: FakeSlackApi, client: WebClient) -> None:
    button = {
        "type": "button",
        "action_id": "approve",
        "text": {"type": "plain_text", "text": "Approve"},
        "value": '{"section": "apology", "version": 2}',
    }
    posted = client.chat_postMessage(
        channel=CHANNEL,
        text="Apology",
        blocks=[section("draft"), {"type": "actions", "block_id": "review", "elements": [button]}],
    )
    request = SlackRequestFactory("s").block_action(
        "approve", channel=CHANNEL, message=posted["message"]
    )
    (action,) = request.payload["actions"]
    assert (action["block_id"], action["value"]) == ("review", button["value"])
    assert request.payload["container"]["message_ts"] == posted["ts"]
    assert request.body.startswith(b"payload=")


def test_response_url_applies_like_slack(fake: FakeSlackApi, client: WebClient) -> None:
    posted = client.chat_postMessage(channel=CHANNEL, text="Draft v1")
    hook = WebhookClient(fake.response_url(CHANNEL, message_ts=posted["ts"]))
    assert hook.send(text="Draft v2", replace_original=True).status_code == 200
    assert hook.send(text="Only you can see this").status_code == 200
    assert fake.message(CHANNEL, posted["ts"])["text"] == "Draft v2"
    assert fake.ephemerals[-1]["text"] == "Only you can see this"
    assert hook.send(text="x", blocks=[section("x" * 3001)]).status_code == 400


def test_a_checkbox_group_holds_at_most_ten_options() -> None:
    def form(count: int) -> dict[str, Any]:
        options = [
            {"text": {"type": "plain_text", "text": f"signal {n}"}, "value": str(n)}
            for n in range(count)
        ]
        element = {"type": "checkboxes", "action_id": "value", "options": options}
        block = {"type": "input", "block_id": "signals", "element": element,
                 "label": {"type": "plain_text", "text": "Signals"}}  # fmt: skip
        return {"type": "modal", "title": {"type": "plain_text", "text": "Facts"},
                "submit": {"type": "plain_text", "text": "Save"}, "blocks": [block]}  # fmt: skip

    assert check_view(form(10)) == []
    assert check_view(form(11)) == [
        "no more than 10 items allowed [json-pointer:/view/blocks/0/element/options]"
    ]
