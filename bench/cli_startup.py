"""How long `coach` takes to start, as a multiple of a bare `python -c pass`.

Why a ratio: the machine is shared, so absolute times drift with whatever else
runs; the interpreter's own start-up, timed in the same rounds, drifts with it.
Each round runs every command once in a rotated order (interleaved), so a busy
moment lands on all of them alike; medians are reported.

The commands that need no case work (`--help`, `queue`, `followups`, `log export`,
`update`, `doctor`) should stay close to the interpreter; `plan` builds the graph
and is shown for contrast. Each run uses a throwaway data folder and, unless
REDIS_URL is set, starts (once, before timing) the embedded Redis it then reuses.

Run: `.venv/bin/python bench/cli_startup.py --rounds 9`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = "python -c pass"
COMMANDS: dict[str, list[str]] = {
    BASELINE: ["-c", "pass"],
    "coach --help": ["-m", "bot", "--help"],
    "coach queue": ["-m", "bot", "queue"],
    "coach followups": ["-m", "bot", "followups"],
    "coach log export": ["-m", "bot", "log", "export"],
    "coach update x": ["-m", "bot", "update", "x"],
    "coach doctor": ["-m", "bot", "doctor"],
    "coach plan (graph)": ["-m", "bot", "plan", "case.txt", "--json"],
}
CASE = "Customer: Priya Shah\nMy order arrived two days late and nobody told me why.\n"


def environment(data: Path) -> dict[str, str]:
    """Offline, with no Slack or Anthropic settings from the caller's shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC", "SLACK"))}
    return env | {"COACH_DATA_DIR": str(data / "data"), "COACH_DRAFTER": "playbook"}


def time_once(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, check=False, timeout=120
    )
    return time.perf_counter() - start


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--rounds", type=int, default=7, help="timed runs of each command")
    rounds = cli.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        (cwd / "case.txt").write_text(CASE, encoding="utf-8")
        env = environment(cwd)
        for args in COMMANDS.values():  # warm-up: caches, bytecode, the embedded server
            time_once(args, cwd, env)
        samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
        names = list(COMMANDS)
        for round_ in range(rounds):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                samples[name].append(time_once(COMMANDS[name], cwd, env))
        if not os.environ.get("REDIS_URL"):
            subprocess.run(
                [sys.executable, "-c", "import asyncio, sys; from pathlib import Path; "
                 "from bot.storage.embedded_redis import shutdown_embedded; "
                 "asyncio.run(shutdown_embedded(Path(sys.argv[1])))", str(cwd / "data")],
                env=env, check=False, timeout=60,
            )  # fmt: skip
    base = statistics.median(samples[BASELINE])
    print(f"{rounds} interleaved rounds; median seconds, and as a multiple of `{BASELINE}`")
    for name, times in samples.items():
        median = statistics.median(times)
        print(f"  {name:<20} {median:7.3f} s   x{median / base:5.1f}")


if __name__ == "__main__":
    main()
