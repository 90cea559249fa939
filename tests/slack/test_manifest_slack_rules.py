"""manifest.json: the stricter checks that tests/slack/test_manifest.py leaves out.

test_manifest.py holds the main check (allowed keys, lengths from
slackapi/manifest-schema v1, the exact scope set with the code that uses each scope,
one listener for each event). This file adds what that one does not check:
what Slack itself enforces beyond the JSON schema (HTTPS request URLs, lower-case
command names, the characters of the bot's name), and that each entry point has
the scope Slack requires for it. Nothing here is checked twice.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from bot.slack.listeners.events import SUGGESTED_PROMPTS

ROOT = Path(__file__).resolve().parents[2]
MANIFEST: dict[str, Any] = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
SCOPES = set(MANIFEST["oauth_config"]["scopes"]["bot"])
FEATURES = MANIFEST["features"]
SETTINGS = MANIFEST["settings"]

EVENT_SCOPE = {
    "app_home_opened": None,
    "app_mention": "app_mentions:read",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
    "message.mpim": "mpim:history",
}


def test_request_urls_are_https_and_point_at_the_bolt_endpoint():
    # The schema allows http://, but Slack only calls request URLs over HTTPS.
    urls = [
        SETTINGS["event_subscriptions"]["request_url"],
        SETTINGS["interactivity"]["request_url"],
        *(c["url"] for c in FEATURES["slash_commands"]),
    ]
    assert len(urls) == 3
    for url in urls:
        assert re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(:\d+)?/slack/events", url), url


def test_bot_name_uses_characters_slack_accepts():
    # The manifest reference allows a-z, 0-9, -, _ and . for the bot's name; Slack's
    # own templates use capitals and spaces ("Bolt Python AI Agent") and Slack
    # derives the username from them, so: letters, digits, spaces and -_. only, and
    # the lower-case, hyphenated form must meet the documented set.
    name = FEATURES["bot_user"]["display_name"]
    assert 1 <= len(name) <= 80 and name == name.strip()
    assert re.fullmatch(r"[A-Za-z0-9 ._-]+", name)
    assert re.fullmatch(r"[a-z0-9._-]+", name.lower().replace(" ", "-"))
    assert isinstance(FEATURES["bot_user"]["always_online"], bool)


def test_slash_command_is_lower_case_and_granted():
    for command in FEATURES["slash_commands"]:
        # Slack lower-cases command names and forbids spaces; schema: 2-32 chars, "/" first.
        assert re.fullmatch(r"/[a-z0-9_-]{1,31}", command["command"])
        assert 1 <= len(command["description"]) <= 2000
    assert "commands" in SCOPES


def test_message_shortcut_fits_and_is_granted():
    (shortcut,) = FEATURES["shortcuts"]
    assert shortcut["type"] == "message"
    assert 1 <= len(shortcut["name"]) <= 24
    assert 1 <= len(shortcut["callback_id"]) <= 255
    assert re.fullmatch(r"[a-z0-9_]+", shortcut["callback_id"])
    assert "commands" in SCOPES, "shortcuts need the commands scope"
    assert SETTINGS["interactivity"]["is_enabled"] is True, "shortcuts arrive as interactions"


def test_every_event_has_the_scope_slack_requires():
    events = SETTINGS["event_subscriptions"]["bot_events"]
    assert set(events) <= set(EVENT_SCOPE), set(events) - set(EVENT_SCOPE)
    for event in events:
        scope = EVENT_SCOPE[event]
        assert scope is None or scope in SCOPES, f"{event} needs {scope}"


def test_agent_view_not_the_legacy_assistant_view():
    # Slack's migration guide: agent_view replaces assistant_view, app_home_opened with
    # tab "messages" replaces assistant_thread_started (which agent_view apps never get),
    # and the two views do not go together.
    assert "agent_view" in FEATURES and "assistant_view" not in FEATURES
    events = SETTINGS["event_subscriptions"]["bot_events"]
    assert "app_home_opened" in events
    assert not {"assistant_thread_started", "assistant_thread_context_changed"} & set(events)


def test_agent_view_goes_with_assistant_write_and_the_codes_prompts():
    agent = FEATURES["agent_view"]
    assert "assistant:write" in SCOPES, "status, titles and prompts need assistant:write"
    assert 1 <= len(agent["agent_description"]) <= 4000
    # The same starters the bot sets when the Messages tab opens, so they show even
    # before the bot answers.
    assert agent["suggested_prompts"] == SUGGESTED_PROMPTS
    assert 1 <= len(SUGGESTED_PROMPTS) <= 4, "Slack shows at most four prompts"
    for prompt in SUGGESTED_PROMPTS:
        assert set(prompt) == {"title", "message"} and prompt["title"] and prompt["message"]


def test_messages_tab_is_open_for_dms():
    home = FEATURES["app_home"]
    assert home["messages_tab_enabled"] is True
    assert home["messages_tab_read_only_enabled"] is False
    assert "message.im" in SETTINGS["event_subscriptions"]["bot_events"]
