"""Who holds a lease, in a form another process can check: is that holder still alive?

A lock's expiry frees a thread whose worker died, but only after the lease runs out
(tens of seconds, so that a slow turn or a Redis hiccup never loses a live holder's
lock). After a kill -9 and a restart on the same machine that wait is all the agent
sees. So each lease names its holder by host, PID namespace, PID and the process's
start time: a process on the same host and in the same PID namespace can tell for
certain that the holder is gone (no such PID, or the PID now belongs to a newer
process) and take the lease over at once. Any doubt (another host, another namespace,
no /proc) counts as alive, and the lease expires as before.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

SEPARATOR = "/"


def _pid_namespace() -> str:
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return "?"


def _started(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (/proc/<pid>/stat field 22),
    None if there is no such process. Tells a PID apart from a later reuse of it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces.
    return stat.rsplit(")", 1)[1].split()[19]


_known: dict[int, str] = {}


def this_process() -> str:
    """This process as a lease names it. Looked up by PID, not fixed at import: a worker
    forked from a parent that had imported the bot (a pre-forking server) is another
    holder, and naming it after the parent would make its own dead lease look alive."""
    pid = os.getpid()
    if pid not in _known:
        host = socket.gethostname().replace(SEPARATOR, "_")
        _known[pid] = SEPARATOR.join((host, _pid_namespace(), str(pid), _started(pid) or "?"))
    return _known[pid]


def holder_is_gone(holder: str) -> bool:
    """True only when `holder` is certainly not running: same host and PID namespace as
    this process, and its PID is free or taken by a process started at another time."""
    parts = holder.rsplit(SEPARATOR, 3)
    if len(parts) != 4 or not Path("/proc/self/stat").exists():
        return False
    host, namespace, pid, started = parts
    mine = this_process().rsplit(SEPARATOR, 3)
    if (host, namespace) != (mine[0], mine[1]) or namespace == "?" or started == "?":
        return False
    return _started(int(pid)) != started
