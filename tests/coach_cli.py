"""`coach` as a person or a script runs it: in this process by default, as a real one where
a process matters.

Why in-process: a `coach` subprocess spends a second or more importing before it does
anything, and most CLI tests run it many times. `coach` in-process gets what a
subprocess would: the same argv, an environment built the same way (no Slack or
Anthropic settings from the caller, the offline drafter, a data folder under the
test's tmp_path, and the session Redis through the REDIS_URL that tests/conftest.py
sets), the test's folder as working directory, stdin from a string that is not a
terminal, and its exit code, stdout and stderr back. Nothing leaks into the next call:
the environment, folder and stdin are restored after each one.

Real processes stay where they are the point: a kill -9 and resume
(tests/test_resume.py, tests/chat_process.py), two workers on one Redis, `coach slack
--http` serving requests, one end-to-end `coach demo` and one `coach chat` over a pipe.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.cli import main
from tests.logging_state import logging_kept

COACH = [sys.executable, "-m", "bot"]


def coach_env(tmp_path: Path, **env: str) -> dict[str, str]:
    """The environment a `coach` run gets: this one without Slack or Anthropic settings."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC", "SLACK"))}
    return environ | {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_DRAFTER": "playbook", **env}


def coach_process(
    args: list[str], tmp_path: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """`coach ARGS` as a real process in `tmp_path`."""
    return subprocess.run(
        [*COACH, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=coach_env(tmp_path, **env),
        timeout=120,
    )


@dataclass(frozen=True)
class Ran:
    """What a finished `coach` run left: the fields of a CompletedProcess tests read."""

    returncode: int
    stdout: str
    stderr: str


class Coach:
    """Runs `coach ARGS` in this process, as `coach_process` would run it."""

    def __init__(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        self.tmp_path = tmp_path
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(self, args: list[str], stdin: str = "", **env: str) -> Ran:
        self.capsys.readouterr()  # whatever the test printed before is not this run's output
        environ = coach_env(self.tmp_path, **env)
        # Without it the run would start an embedded server that outlives the test.
        assert environ.get("REDIS_URL"), "in-process coach runs use the session Redis"
        with self.monkeypatch.context() as patch:
            for name in set(os.environ) - set(environ):
                patch.delenv(name)
            for name, value in environ.items():
                patch.setenv(name, value)
            patch.chdir(self.tmp_path)
            patch.setattr(sys, "stdin", io.StringIO(stdin))
            with pytest.raises(SystemExit) as exited, logging_kept():
                main(list(args))
        out = self.capsys.readouterr()
        return Ran(int(exited.value.code or 0), out.out, out.err)


@pytest.fixture
def coach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Coach:
    """`coach(args, stdin="", **env)`: one in-process `coach` run in this test's tmp_path."""
    return Coach(tmp_path, monkeypatch, capsys)
