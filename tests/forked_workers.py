"""xdist's test workers forked from one process that has already imported the libraries.

Why: every worker used to import the same libraries before its first test (the Anthropic
SDK's types, LangGraph, Bolt, the case reading's tables): about 5.5 s of CPU each, three
times over on two cores, before any test ran. The controller now starts one fork server
(tests/forked_coach.py, `--test-workers`) that imports them once, and xdist starts each
worker through this file as its "python": a stand-in that hands its stdin, stdout and
stderr to the server, which forks the worker onto them and runs xdist's bootstrap as
`python -c` would. The stand-in passes signals on and exits with the worker's status, so
xdist sees the process it started. The same server forks the `coach` processes of the
process tests (the `forks` fixture), so no worker starts a server of its own.

If the server cannot be reached, the stand-in runs the worker itself, as before.

While the server imports, the second core would be idle: for the whole suite the
controller starts reading the labelled corpus there (tests/corpus_readings.py), which the
corpus tests would otherwise read once their first test runs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

    from tests.forked_coach import ForkServer

SOCKET_ENV = "COACH_TEST_FORKS"
"""Where the controller's fork server listens; set for the stand-ins and the workers."""
READINGS_ENV = "COACH_TEST_READINGS"
"""The folder the corpus is being read into ahead of the workers, when it is."""
_WAIT_FOR_SERVER = 60.0
"""Seconds a stand-in waits for the server's imports before running the worker itself."""


def _connect(path: str) -> socket.socket | None:
    deadline = time.monotonic() + _WAIT_FOR_SERVER
    while True:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            conn.connect(path)
            return conn
        except (FileNotFoundError, ConnectionRefusedError):
            conn.close()
            if time.monotonic() > deadline or not os.path.isdir(os.path.dirname(path)):
                return None  # the controller makes the folder before it starts the server
            time.sleep(0.02)


def stand_in(argv: list[str]) -> None:
    """Runs `python argv` (xdist's `-u -c BOOTSTRAP`) in a worker forked from the server."""
    path = os.environ.get(SOCKET_ENV)
    conn = _connect(path) if path and argv[-2:-1] == ["-c"] else None
    if conn is None:
        os.environ.pop(SOCKET_ENV, None)
        os.execv(sys.executable, [sys.executable, *argv])
    job = {"argv": [], "env": dict(os.environ), "cwd": os.getcwd(), "code": argv[-1]}
    passed_on = {signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT}
    # The worker can write before its pid reaches us: a signal sent in that gap is held
    # until the handlers are in place, not taken by the stand-in's default action.
    signal.pthread_sigmask(signal.SIG_BLOCK, passed_on)
    socket.send_fds(conn, [json.dumps(job).encode()], [0, 1, 2])
    pid = int(conn.recv(64))
    for sig in passed_on:
        signal.signal(sig, lambda number, _: os.kill(pid, number))
    signal.pthread_sigmask(signal.SIG_UNBLOCK, passed_on)
    status = conn.recv(64)
    code = int(status) if status else 1
    sys.exit(128 - code if code < 0 else code)


class WorkerForks:
    """The controller's side: the server, and the stand-in in place of each worker's python."""

    def __init__(self, config: pytest.Config) -> None:
        from tests.forked_coach import ForkServer

        self._folder = Path(tempfile.mkdtemp(prefix="coach-forks-"))  # a socket's path is short
        path = str(self._folder / "workers.sock")
        self.server: ForkServer = ForkServer.launch(path, test_workers=True, wait=False)
        os.environ[SOCKET_ENV] = path
        python = f"{sys.executable} {Path(__file__).resolve()}"
        config.option.tx = [f"popen//python={python}" for _ in config.option.tx]
        self._reader: subprocess.Popen[bytes] | None = None
        if config.args_source is config.ArgsSource.TESTPATHS:  # the whole suite
            readings = self._folder / "readings"
            readings.mkdir()  # before any worker can look for it
            self._reader = subprocess.Popen(
                [sys.executable, "-m", "tests.corpus_readings", str(readings)],
                cwd=Path(__file__).resolve().parents[1], stdin=subprocess.DEVNULL,
            )  # fmt: skip
            os.environ[READINGS_ENV] = str(readings)

    @staticmethod
    def wanted(config: pytest.Config) -> bool:
        """Only for plain local workers, and only in the controller."""
        specs = getattr(config.option, "tx", None) or []
        return not hasattr(config, "workerinput") and set(specs) == {"popen"}

    def close(self) -> None:
        os.environ.pop(SOCKET_ENV, None)
        os.environ.pop(READINGS_ENV, None)
        if self._reader is not None:
            self._reader.kill()
            self._reader.wait(10)
        self.server.close()
        shutil.rmtree(self._folder, ignore_errors=True)


if __name__ == "__main__":
    stand_in(sys.argv[1:])
