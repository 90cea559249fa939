"""`coach slack` as an operator starts it: a missing setting is one line, not a traceback."""

from __future__ import annotations

import pytest

from tests.test_cli import run


@pytest.mark.parametrize(
    ("args", "env", "missing"),
    [
        (["slack"], {}, "SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN"),
        (["slack", "--http", "--port", "3999"], {"SLACK_BOT_TOKEN": "xoxb-1"},
         "SLACK_SIGNING_SECRET;"),
        (["slack"], {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
         "SLACK_APP_TOKEN (or run `coach slack --http --port N`)"),
    ],
)  # fmt: skip
def test_missing_slack_settings_are_named_in_one_line(tmp_path, args, env, missing):
    proc = run(args, tmp_path, **env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("coach: set ") and missing in lines[0]
