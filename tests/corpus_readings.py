"""Every labelled corpus case read once per test session, shared by all xdist workers.

Why: reading a case (extraction plus policy) is the slow part of the corpus tests, and three
files need the readings of every case. Each xdist worker used to read the whole corpus
again, some files more than once. Readings are pure functions of the case text and the
corpus date, so the first worker that needs them reads them all into a file in the
session's temporary folder while holding a lock; every other worker waits for the lock and
loads what the first one wrote. The folder is new each session, so a reading never
outlives the code that made it.

Each call hands back a fresh unpickled copy: nothing a drafter does to its facts or
decision can leak into another test.
"""

from __future__ import annotations

import fcntl
import pickle
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from understanding import CORPUS_TODAY, Case, load_cases, understand

from graph.models import CaseFacts, PolicyDecision

_FILE = "corpus_readings.pickle"


class CorpusReadings:
    """The session's readings by case id; called like `understand`, so `evaluate` takes it."""

    def __init__(self, blobs: dict[str, bytes]) -> None:
        self._blobs = blobs

    def __call__(self, case: Case, today: date = CORPUS_TODAY) -> tuple[CaseFacts, PolicyDecision]:
        if today != CORPUS_TODAY:
            raise ValueError(f"the session's readings are for {CORPUS_TODAY}, not {today}")
        return pickle.loads(self._blobs[case.id])


def shared_readings(folder: Path) -> CorpusReadings:
    """Load the session's readings from `folder`, reading the corpus first if no one has."""
    path = folder / _FILE
    with (folder / f"{_FILE}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not path.exists():
            blobs = {case.id: pickle.dumps(understand(case)) for case in load_cases("all")}
            partial = path.with_suffix(".partial")
            partial.write_bytes(pickle.dumps(blobs))
            partial.rename(path)
        return CorpusReadings(pickle.loads(path.read_bytes()))
