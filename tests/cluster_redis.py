"""A one-node Redis Cluster: every slot on one server, so a plain client reaches them all.

Why: a cluster refuses any MULTI, WATCH, Lua script or RENAME whose keys fall in
different slots (CROSSSLOT), even when one node holds both slots. Running the
storage code against it proves its transactions are slot-safe, which is what a
clustered or managed Redis needs, without a six-node setup.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import redis

from bot.storage.embedded_redis import redis_server_executable

CLUSTER_BUS_OFFSET = 10_000


def _free_port_with_free_bus() -> int:
    """A port whose cluster bus port (port + 10000) is free as well."""
    for _ in range(50):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port + CLUSTER_BUS_OFFSET > 65_535:
            continue
        with socket.socket() as bus:
            try:
                bus.bind(("127.0.0.1", port + CLUSTER_BUS_OFFSET))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair for a cluster node")


def _start_node(workdir: Path, sock: Path) -> subprocess.Popen[bytes]:
    """The node, listening on its socket. Tried again on another port if it dies first:
    between our check and its bind, another test's connection can take the port."""
    for _ in range(3):
        proc = subprocess.Popen(
            [
                redis_server_executable(), "--port", str(_free_port_with_free_bus()),
                "--bind", "127.0.0.1", "--unixsocket", str(sock), "--dir", str(workdir),
                "--cluster-enabled", "yes", "--cluster-config-file", str(workdir / "nodes.conf"),
                "--save", "", "--appendonly", "no",
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while not sock.exists() and proc.poll() is None:
            assert time.monotonic() < deadline, "cluster node never listened"
            time.sleep(0.02)
        if proc.poll() is None:
            return proc
    raise AssertionError("cluster node died at start three times")


def one_node_cluster(workdir: Path) -> Iterator[str]:
    """Start the node, give it all 16384 slots, yield its unix-socket URL, stop it."""
    sock = workdir / "cluster.sock"
    proc = _start_node(workdir, sock)
    try:
        deadline = time.monotonic() + 20
        with redis.Redis(unix_socket_path=str(sock)) as client:
            client.execute_command("CLUSTER", "ADDSLOTS", *range(16_384))
            while b"cluster_state:ok" not in client.execute_command("CLUSTER", "INFO"):
                assert time.monotonic() < deadline, "cluster never became ok"
                time.sleep(0.05)
        yield f"unix://{sock}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
