"""The stand-in xdist starts as each worker's python (tests/forked_workers.py): a worker
forked from the server gets the stand-in's stdin, stdout, exit status and signals, as a
process of its own would; with no server it runs the worker itself."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forked_coach import ForkServer
from tests.forked_workers import SOCKET_ENV

STAND_IN = str(Path(__file__).with_name("forked_workers.py"))
CODE = (
    "import os, sys; line = sys.stdin.readline().strip(); "
    "print(line.upper(), 'bot.terminal' in sys.modules, os.getcwd(), os.environ['MARK'], "
    "flush=True); sys.exit(3)"
)


@pytest.fixture
def server(forks: ForkServer) -> Iterator[str]:
    """The session's server: the one this worker was forked from, or this worker's own."""
    yield forks.path


def _stand_in(socket_path: str, cwd: Path, code: str = CODE) -> subprocess.Popen[str]:
    env = {**os.environ, SOCKET_ENV: socket_path, "MARK": "from-the-stand-in"}
    return subprocess.Popen(
        [sys.executable, STAND_IN, "-u", "-c", code], cwd=cwd, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip


def test_a_forked_worker_has_the_stand_ins_stdio_folder_environment_and_status(
    server: str, tmp_path: Path
) -> None:
    proc = _stand_in(server, tmp_path)
    out, _ = proc.communicate("hello\n", timeout=30)
    assert out.split() == ["HELLO", "True", str(tmp_path), "from-the-stand-in"]
    assert proc.returncode == 3


def test_without_a_server_the_stand_in_runs_the_worker_itself(tmp_path: Path) -> None:
    proc = _stand_in(str(tmp_path / "gone" / "workers.sock"), tmp_path)
    out, _ = proc.communicate("hello\n", timeout=30)
    assert out.split() == ["HELLO", "False", str(tmp_path), "from-the-stand-in"]
    assert proc.returncode == 3


def test_a_signal_to_the_stand_in_reaches_the_forked_worker(server: str, tmp_path: Path) -> None:
    proc = _stand_in(
        server, tmp_path, "import os, time; print(os.getpid(), flush=True); time.sleep(60)"
    )
    assert proc.stdout is not None
    worker = int(proc.stdout.readline())
    assert worker != proc.pid
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 128 + signal.SIGTERM
    deadline = time.monotonic() + 5
    while Path(f"/proc/{worker}").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not Path(f"/proc/{worker}").exists(), "the forked worker outlived its stand-in"


def test_a_signal_sent_before_the_worker_pid_arrives_still_reaches_the_worker(
    tmp_path: Path,
) -> None:
    """A worker can write before the server has told the stand-in its pid; a signal in
    that gap must wait for the pid, not kill the stand-in and orphan the worker."""
    path = str(tmp_path / "slow.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(1)
    signalled = threading.Event()
    worker: list[subprocess.Popen[bytes]] = []

    def slow_server() -> None:
        conn, _ = listener.accept()
        with conn:
            _, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
            os.write(fds[1], b"started\n")  # the worker's first words, before its pid
            for fd in fds:
                os.close(fd)
            signalled.wait(10)
            time.sleep(0.2)  # the signal has reached the stand-in by now
            worker.append(subprocess.Popen(["sleep", "60"]))
            conn.send(str(worker[0].pid).encode())
            conn.send(str(worker[0].wait(10)).encode())

    thread = threading.Thread(target=slow_server, daemon=True)
    thread.start()
    proc = _stand_in(path, tmp_path, "pass")
    assert proc.stdout is not None
    assert proc.stdout.readline() == "started\n"
    proc.send_signal(signal.SIGTERM)
    signalled.set()
    assert proc.wait(10) == 128 + signal.SIGTERM
    thread.join(10)
    assert worker, "the server never started the worker"
    worker[0].kill()  # a no-op when the signal reached it; no orphan when it did not
    assert worker[0].wait(10) == -signal.SIGTERM
