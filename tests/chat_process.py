"""`coach chat` as a real subprocess, driven one line at a time as a person would.

Why not `subprocess.run` with all the input up front: the restart tests must
kill the process at a chosen point (waiting for input, or mid-turn) and start
it again, so they need to see each turn's output before sending the next line.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.cases import B2B_OUTAGE
from tests.forked_coach import ForkedCoach, ForkServer

COMPLAINT = B2B_OUTAGE.replace("\n", ". ", 1).replace("\n", " ")
"""The worked case on one line, since chat reads one reply per line. The first break
becomes ". " so "Customer: Northwind Logistics" still reads as the customer's name."""

# The last line each kind of turn prints (stdout and stderr are merged).
TURN_END = re.compile(
    r"^(approve \(a\) · regenerate"  # a section under review
    r"|\(why: "  # a question
    r"|Looks right\? Type ok"  # the facts card
    r"|\d+ words\. approve \(a\) to finalise"  # final review
    r"|The approver types:"  # compensation approval
    r"|\d+ words · plan check"  # the final plan
    r"|Nothing was lost\. Type 'retry'"  # an unfinished step
    r"|coach: "  # a storage problem, on stderr
    r"|This plan is final"
    r"|Saved\. Resume with)",
    re.M,
)


def chat_env(data_dir: Path, redis_url: str | None, **extra: str) -> dict[str, str]:
    """Offline drafter, a short lock ttl (a killed turn frees its thread in 2 s)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC", "SLACK"))}
    env.pop("REDIS_URL", None)
    env |= {
        "COACH_DATA_DIR": str(data_dir),
        "COACH_DRAFTER": "playbook",
        "COACH_LOCK_TTL_SECONDS": "2",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


class ChatProcess:
    """One `coach chat --thread ID` process with its output collected as it comes."""

    def __init__(
        self, thread: str, env: dict[str, str], cwd: Path, forks: ForkServer | None = None
    ) -> None:
        """`forks`: forked from the tests' fork server (tests/forked_coach.py) instead of
        started with `python -m bot`, for tests that start it more than once."""
        argv = ["chat", "--thread", thread]
        self.proc: subprocess.Popen[str] | ForkedCoach
        if forks is not None:
            self.proc = forks.start(argv, env, cwd, stdin=True)
        else:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", *argv], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                encoding="utf-8", cwd=cwd, env=env, bufsize=1,
            )  # fmt: skip
        self.output = ""
        self.seen = 0
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.output += line
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def expect(self, pattern: str | re.Pattern[str], timeout: float = 60.0) -> str:
        """Wait for `pattern` in output not yet consumed; return that output up to the
        end of the matching line, and consume it."""
        regex = re.compile(pattern, re.M) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                match = regex.search(self.output, self.seen)
                if match:
                    end = self.output.find("\n", match.end())
                    end = len(self.output) if end < 0 else end + 1
                    chunk, self.seen = self.output[self.seen : end], end
                    return chunk
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    raise AssertionError(
                        f"no {regex.pattern!r} in output; unread part:\n{self.output[self.seen :]}"
                    )
                self._changed.wait(min(remaining, 0.1))

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def turn(self, line: str, timeout: float = 60.0) -> str:
        """Send a line and return everything the turn printed."""
        self.send(line)
        return self.expect(TURN_END, timeout)

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self._reader.join(10)

    def close(self) -> int:
        """End input like a script does; the process saves nothing extra and exits 0."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        code = self.proc.wait(30)
        self._reader.join(10)
        return code

    def __enter__(self) -> ChatProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.kill9()


def reply_for(chunk: str) -> str | None:
    """What to type next to move a conversation toward its plan; None once it is final."""
    if "Type 'retry'" in chunk:
        return "retry"
    if "(why: " in chunk:
        return "Nothing yet beyond logging the ticket."
    if "The approver types:" in chunk:
        return "approve Sam Lee: renewal at risk"
    if "words · plan check" in chunk or "This plan is final" in chunk:
        return None
    return "approve"


def finish(chat: ChatProcess, chunk: str, on_turn: Callable[[str], None] | None = None) -> str:
    """Drive from the last output to the final plan; returns the plan's output."""
    for _ in range(40):
        line = reply_for(chunk)
        if line is None:
            return chunk
        chunk = chat.turn(line)
        if on_turn is not None:
            on_turn(chunk)
    raise AssertionError(f"no plan after 40 turns; last output:\n{chunk}")
