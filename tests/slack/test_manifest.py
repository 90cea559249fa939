"""manifest.json read against what Slack's manifest schema accepts, and against the code.

The checks follow Slack's published manifest schema (slackapi/manifest-schema, v1):
allowed keys, required fields, lengths and patterns. On top of that, every scope
must be one Slack knows and one the code actually uses, and every event, command
and shortcut must have a listener: an app admin pastes this file once, so a scope
too many is a needless permission and one too few a feature that silently fails.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.fake_slack_api import BOT_SCOPES

ROOT = Path(__file__).resolve().parents[2]
MANIFEST: dict[str, Any] = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
SLACK_CODE = "\n".join(p.read_text() for p in sorted((ROOT / "bot" / "slack").rglob("*.py")))
URL = re.compile(r"^https?://")

KNOWN_BOT_SCOPES = {
    "app_mentions:read", "assistant:write", "bookmarks:read", "bookmarks:write",
    "calls:read", "calls:write", "canvases:read", "canvases:write", "channels:history",
    "channels:join", "channels:manage", "channels:read", "channels:write.invites",
    "channels:write.topic", "chat:write", "chat:write.customize", "chat:write.public",
    "commands", "dnd:read", "emoji:read", "files:read", "files:write", "groups:history",
    "groups:read", "groups:write", "groups:write.invites", "groups:write.topic",
    "im:history", "im:read", "im:write", "incoming-webhook", "links:read", "links:write",
    "metadata.message:read", "mpim:history", "mpim:read", "mpim:write", "pins:read",
    "pins:write", "reactions:read", "reactions:write", "reminders:read", "reminders:write",
    "team:read", "usergroups:read", "usergroups:write", "users.profile:read", "users:read",
    "users:read.email", "users:write",
}  # fmt: skip
KNOWN_BOT_EVENTS = {
    "app_home_opened", "app_mention", "app_uninstalled", "assistant_thread_context_changed",
    "assistant_thread_started", "channel_archive", "channel_created", "channel_deleted",
    "channel_rename", "file_shared", "member_joined_channel", "member_left_channel",
    "message.app_home", "message.channels", "message.groups", "message.im", "message.mpim",
    "reaction_added", "reaction_removed", "team_join", "tokens_revoked", "user_change",
}  # fmt: skip

# Why each scope is asked for: the call or listener in bot/slack that needs it.
SCOPE_USES = {
    "app_mentions:read": 'app.event("app_mention")',
    "assistant:write": "assistant_threads_setStatus",
    "channels:history": "conversations_replies",
    "chat:write": "chat_postMessage",
    "commands": 'app.command("/escalate")',
    "files:write": "files_upload_v2",
    "groups:history": 'app.event("message")',
    "im:history": 'app.event("message")',
    "im:write": "conversations_open",
    "reactions:write": "reactions_add",
    "users:read": "users_info",
}
# The scope Slack requires before it delivers each event, and the listener for it.
EVENTS = {
    "app_home_opened": (None, 'app.event("app_home_opened")'),
    "app_mention": ("app_mentions:read", 'app.event("app_mention")'),
    "message.channels": ("channels:history", 'app.event("message")'),
    "message.groups": ("groups:history", 'app.event("message")'),
    "message.im": ("im:history", 'app.event("message")'),
}

TOP_LEVEL = {"$schema", "_metadata", "display_information", "features", "oauth_config",
             "settings"}  # fmt: skip
FEATURES = {"app_home", "bot_user", "agent_view", "slash_commands", "shortcuts"}
SETTINGS = {"event_subscriptions", "interactivity", "org_deploy_enabled",
            "socket_mode_enabled", "token_rotation_enabled"}  # fmt: skip


def length(value: Any, low: int, high: int) -> bool:
    return isinstance(value, str) and low <= len(value) <= high


def test_only_keys_the_schema_allows_and_the_required_ones():
    assert set(MANIFEST) <= TOP_LEVEL and "display_information" in MANIFEST
    assert MANIFEST["_metadata"]["major_version"] == 1
    assert set(MANIFEST["features"]) <= FEATURES
    assert set(MANIFEST["settings"]) <= SETTINGS
    assert set(MANIFEST["oauth_config"]) == {"scopes"}
    assert set(MANIFEST["oauth_config"]["scopes"]) == {"bot"}, "no user scopes"


def test_display_information_fits_slacks_limits():
    info = MANIFEST["display_information"]
    assert set(info) <= {"name", "description", "background_color", "long_description"}
    assert length(info["name"], 1, 35)
    assert length(info["description"], 1, 140)
    assert length(info["long_description"], 175, 4000)
    assert re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", info["background_color"])


def test_bot_user_app_home_and_agent_view():
    features = MANIFEST["features"]
    assert length(features["bot_user"]["display_name"], 1, 80)
    assert set(features["bot_user"]) <= {"display_name", "always_online"}
    home = features["app_home"]
    assert home == {"home_tab_enabled": True, "messages_tab_enabled": True,
                    "messages_tab_read_only_enabled": False}  # fmt: skip
    # New apps can only use the agent messaging experience (Slack changelog, July 2026):
    # `agent_view`, whose description field is `agent_description`.
    agent = features["agent_view"]
    assert set(agent) <= {"agent_description", "suggested_prompts"}
    assert length(agent["agent_description"], 1, 4000)
    assert all(set(p) == {"title", "message"} for p in agent.get("suggested_prompts", []))


def test_the_escalate_command_is_declared_and_handled():
    (command,) = MANIFEST["features"]["slash_commands"]
    assert set(command) <= {"command", "url", "description", "usage_hint", "should_escape"}
    assert command["command"] == "/escalate" and length(command["command"], 2, 32)
    assert length(command["description"], 1, 2000)
    assert length(command["usage_hint"], 1, 1000)
    assert isinstance(command["should_escape"], bool)
    assert URL.match(command["url"]) and len(command["url"]) <= 3000
    assert f'app.command("{command["command"]}")' in SLACK_CODE


def test_the_message_shortcut_is_declared_and_handled():
    (shortcut,) = MANIFEST["features"]["shortcuts"]
    assert set(shortcut) == {"name", "type", "callback_id", "description"}
    assert shortcut["name"] == "Coach this escalation" and length(shortcut["name"], 1, 24)
    assert shortcut["type"] == "message"
    assert shortcut["callback_id"] == "coach_escalation"
    assert length(shortcut["description"], 1, 150)
    assert f'app.shortcut("{shortcut["callback_id"]}")' in SLACK_CODE


def test_scopes_are_real_exact_and_each_one_is_used():
    scopes = MANIFEST["oauth_config"]["scopes"]["bot"]
    assert len(scopes) == len(set(scopes)) and all(length(s, 1, 50) for s in scopes)
    assert set(scopes) <= KNOWN_BOT_SCOPES, set(scopes) - KNOWN_BOT_SCOPES
    assert set(scopes) == set(SCOPE_USES), "every scope has a reason below, and no more"
    for scope, use in SCOPE_USES.items():
        assert use in SLACK_CODE, f"{scope} is asked for, but nothing does {use}"
    assert set(scopes) == set(BOT_SCOPES.split(",")), "the fake answers with these scopes"


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_each_event_is_known_permitted_and_listened_to(event):
    events = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
    scope, listener = EVENTS[event]
    assert event in events and event in KNOWN_BOT_EVENTS
    assert scope is None or scope in MANIFEST["oauth_config"]["scopes"]["bot"]
    assert listener in SLACK_CODE


def test_no_event_without_a_reason():
    events = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
    assert len(events) == len(set(events)) and set(events) == set(EVENTS)


def test_both_modes_socket_on_and_request_urls_ready_for_http():
    settings = MANIFEST["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    urls = {
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
        MANIFEST["features"]["slash_commands"][0]["url"],
    }
    assert len(urls) == 1, "events, interactions and commands share one endpoint"
    (url,) = urls
    assert URL.match(url) and url.endswith("/slack/events") and len(url) <= 3500
    assert '"/slack/events"' in SLACK_CODE, "the path the HTTP server serves"
    assert isinstance(settings["token_rotation_enabled"], bool)
    assert isinstance(settings["org_deploy_enabled"], bool)
