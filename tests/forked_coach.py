"""`coach` processes forked from one that has already imported the bot.

Why: a `python -m bot` spends over two seconds importing LangGraph, Bolt, aiohttp and the
pydantic models before it does anything, and the restart tests start the bot a dozen
times a case (the kill battery alone restarts it eleven times). A fork server pays the
imports once per test worker; each start forks a child that runs `bot.cli.main` with its
own argv, environment, working folder and stdio. The child is a real OS process that a
real SIGKILL kills; what it skips is the import itself and, at exit, tearing down the heap
it inherited (see `finish`). The tests that run `python -m bot` (tests/coach_cli.py,
tests/slack/test_slack_cli.py) still pay both.

The same server also forks the test workers themselves (`--test-workers`, see
tests/forked_workers.py): a job with `code` runs it as `python -c` would.

Run as `python -m tests.forked_coach [--test-workers] SOCKET`: it prints "ready" once it
listens.
"""

from __future__ import annotations

import atexit
import builtins
import gc
import importlib
import json
import os
import random
import select
import selectors
import signal
import socket
import subprocess
import sys
import threading
import traceback
import types
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
_HEAVY = ("bot.slack.server", "bot.terminal")
"""What the commands import inside their functions, beside their own modules."""
_WORKER_LIBRARIES = (
    "anthropic", "langgraph.graph", "langgraph.types", "slack_bolt.async_app",
    "slack_sdk.web.async_client", "redis.asyncio", "graph.extraction", "graph.understanding",
)  # fmt: skip
"""What every test worker imports while it collects, beside the commands' modules: the
Anthropic SDK's types alone are 2.5 s of it. No test module and no pytest plugin, whose
asserts pytest rewrites as it imports them."""


@dataclass
class Job:
    argv: list[str]
    env: dict[str, str]
    cwd: str
    fds: list[int]
    code: str | None = None
    """Python source to run as `python -c` runs it (a test worker); None runs `coach argv`."""


def _preload(test_workers: bool) -> None:
    from bot.cli import COMMANDS

    commands = (f"bot.commands.{module}" for module in set(COMMANDS.values()))
    for name in (*(_WORKER_LIBRARIES if test_workers else ()), *_HEAVY, *commands):
        importlib.import_module(name)


def serve(path: str, *, test_workers: bool = False) -> Job:
    """Forks a child per request and reports its exit status on the request's socket.
    Returns only in a forked child, with the job it is to run."""
    _preload(test_workers)
    gc.freeze()  # a child's collection then walks only what the child made
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(16)
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    signal.set_wakeup_fd(wake_w)
    waiting: dict[int, socket.socket] = {}
    events = selectors.DefaultSelector()
    events.register(listener, selectors.EVENT_READ)
    events.register(wake_r, selectors.EVENT_READ)
    print("ready", flush=True)
    while True:
        for key, _ in events.select():
            if key.fileobj is listener:
                conn, _ = listener.accept()
                message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
                pid = os.fork()
                if pid == 0:
                    for open_socket in (listener, *waiting.values()):
                        open_socket.close()
                    signal.set_wakeup_fd(-1)
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    events.close()
                    for fd in (wake_r, wake_w):
                        os.close(fd)
                    return Job(fds=fds, **json.loads(message))
                for fd in fds:
                    os.close(fd)
                conn.send(str(pid).encode())
                waiting[pid] = conn
            else:
                os.read(wake_r, 4096)
            _reap(waiting)


def _reap(waiting: dict[int, socket.socket]) -> None:
    while waiting:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = waiting.pop(pid)
        conn.send(str(os.waitstatus_to_exitcode(status)).encode())
        conn.close()


def run(job: Job) -> int:
    """In the child: the job's stdio, folder and environment, as a fresh process has them."""
    for target, fd in zip((0, 1, 2), job.fds, strict=True):
        os.dup2(fd, target)
    for fd in set(job.fds):
        os.close(fd)
    os.chdir(job.cwd)
    os.environ.clear()
    os.environ.update(job.env)
    random.seed()
    unbuffered = bool(job.env.get("PYTHONUNBUFFERED"))
    encoding = job.env.get("PYTHONIOENCODING", "utf-8")
    sys.stdin.reconfigure(encoding=encoding)  # type: ignore[union-attr]
    for stream in (sys.stdout, sys.stderr):  # the same fds 1 and 2, now the job's
        assert stream.encoding == encoding, "the fork server writes UTF-8 only"
        stream.reconfigure(write_through=unbuffered, line_buffering=not unbuffered)  # type: ignore[union-attr]
    try:
        if job.code is not None:
            _run_code(job.code)
        else:
            sys.argv = ["coach", *job.argv]
            from bot.cli import main

            main(job.argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # as the interpreter would: the traceback, then status 1
        traceback.print_exc()
        return 1
    return 0


def _run_code(code: str) -> None:
    """`python -c code`: its own `__main__`, and the working folder first on the path."""
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    sys.argv = ["-c"]
    sys.path[0] = ""
    exec(compile(code, "<string>", "exec"), main.__dict__)


class ForkedCoach:
    """A forked `coach` with the part of Popen's interface the process tests use."""

    def __init__(
        self, server: str, argv: list[str], env: dict[str, str], cwd: Path, *, stdin: bool
    ) -> None:
        in_r, in_w = os.pipe() if stdin else (os.open(os.devnull, os.O_RDONLY), None)
        out_r, out_w = os.pipe()
        self._conn = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._conn.connect(server)
        spec = {"argv": argv, "env": env, "cwd": str(cwd)}
        socket.send_fds(self._conn, [json.dumps(spec).encode()], [in_r, out_w, out_w])
        os.close(in_r)
        os.close(out_w)
        self.pid = int(self._conn.recv(64))
        self.args = argv
        self.returncode: int | None = None
        self._lock = threading.Lock()
        self.stdin: IO[str] | None = None
        if in_w is not None:
            self.stdin = open(in_w, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        self.stdout: IO[str] = open(out_r, encoding="utf-8")  # noqa: SIM115

    def poll(self) -> int | None:
        return self._ended(0)

    def wait(self, timeout: float | None = None) -> int:
        code = self._ended(timeout)
        if code is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return code

    def _ended(self, timeout: float | None) -> int | None:
        """The exit code once the server reported it. Locked: a kill armed in the fake Web
        API's thread waits for the same process as the test's own thread."""
        with self._lock:
            if self.returncode is None and select.select([self._conn], [], [], timeout)[0]:
                self.returncode = int(self._conn.recv(64))
            return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class ForkServer:
    """A fork server; `start` forks a coach from it. Either this worker's own, or (`joined`)
    the one its test workers were forked from, which outlives it."""

    def __init__(self, path: str, proc: subprocess.Popen[str] | None) -> None:
        self.path = path
        self._proc = proc

    @classmethod
    def launch(cls, path: str, *, test_workers: bool = False, wait: bool = True) -> ForkServer:
        """`wait`: until it listens; else whoever connects first waits for it."""
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        mode = ["--test-workers"] if test_workers else []
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.forked_coach", *mode, path], cwd=ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        if wait:
            ready = proc.stdout.readline()
            assert ready.strip() == "ready", f"the fork server did not start: {ready!r}"
        return cls(path, proc)

    @classmethod
    def joined(cls, path: str) -> ForkServer:
        return cls(path, None)

    def start(self, argv: list[str], env: dict[str, str], cwd: Path, *, stdin: bool) -> ForkedCoach:
        return ForkedCoach(self.path, argv, env, cwd, stdin=stdin)

    def close(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(10)


def finish(code: int) -> None:
    """Ends the child as the interpreter's shutdown does (non-daemon threads joined, atexit
    run, garbage collected so unclosed resources still warn, output flushed), but for
    freeing the heap it inherited: that touched every page the server had and copied it,
    0.85 s of CPU per child, even for `coach --help` (10 ms of work)."""
    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    gc.collect()  # the server froze its own objects, so this walks only the child's
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


if __name__ == "__main__":
    finish(run(serve(sys.argv[-1], test_workers="--test-workers" in sys.argv)))
