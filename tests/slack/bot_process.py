"""`coach slack --http` as a real process against the fake Web API, for what only a real
process can show: a kill -9 and the restart after it.

Shared by the kill battery (tests/slack/test_slack_kill_battery.py), the two-worker test
and the benches (bench/restart_answer.py, bench/ack_under_load.py), so all of them start
the bot exactly as an operator would.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.fakes.fake_slack_api import BOT_TOKEN, FakeSlackApi
from tests.forked_coach import ForkedCoach, ForkServer

ROOT = Path(__file__).resolve().parents[2]


_BANNER = re.compile(r"listening on http://[^\s/]+:(\d+)/slack/events")


def listening_port(line: str) -> int | None:
    """The port in `coach slack --http`'s banner line, None for any other line."""
    found = _BANNER.search(line)
    return int(found.group(1)) if found else None


@dataclass
class BotProcess:
    """One `coach slack --http` process; `start` again after `kill` is the restart."""

    fake: FakeSlackApi
    redis_url: str
    workdir: Path
    secret: str
    extra_env: dict[str, str] = field(default_factory=dict)
    forks: ForkServer | None = None
    """Forked from a server that has imported the bot (tests); None: `python -m bot`, as an
    operator starts it (the bench, which times the restart)."""
    port: int = 0
    """Where the running process listens, read from its banner. Each start binds any free
    port: the same port again after a kill -9 could meanwhile be another test's
    connection's local port, and the restart failed with "address already in use"."""
    proc: subprocess.Popen[str] | ForkedCoach | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def start(self) -> bool:
        """Start; True once the process says it listens (its banner line), False if it
        died first (a kill armed for its start-up catch-up)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC", "SLACK"))}
        env |= {
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": self.secret,
            "SLACK_API_URL": self.fake.api_url, "REDIS_URL": self.redis_url,
            "COACH_DRAFTER": "playbook", "COACH_DATA_DIR": str(self.workdir / "data"),
            "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT), **self.extra_env,
        }  # fmt: skip
        argv = ["slack", "--http", "--port", "0"]
        if self.forks is not None:
            self.proc = self.forks.start(argv, env, self.workdir, stdin=False)
        else:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", *argv], cwd=self.workdir, env=env,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )  # fmt: skip
        assert self.proc.stdout is not None
        seen: list[str] = []
        while (port := listening_port("".join(seen[-1:]))) is None:
            seen.append(self.proc.stdout.readline())
            if not seen[-1] and self.proc.wait(timeout=10) == -signal.SIGKILL:
                return False
            if not seen[-1] or len(seen) >= 40:
                self.kill()
                raise AssertionError("".join(seen) + self.proc.stdout.read())
        self.port = port
        return True

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """kill -9: no clean-up of any kind runs in the bot."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def output(self) -> str:
        """What the process printed (read after it ended)."""
        if self.proc is None or self.proc.stdout is None:
            return ""
        return self.proc.stdout.read()
