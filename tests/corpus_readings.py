"""Every labelled corpus case read once per test session, shared by all xdist workers.

Why: reading a case (extraction plus policy) is the slow part of the corpus tests, and three
files need the readings of every case. Each xdist worker used to read the whole corpus
again, some files more than once. Readings are pure functions of the case text and the
corpus date, so they are read once into files in the session's temporary folder. The
corpus is cut into chunks, each behind a file lock: a worker that needs the readings reads
every chunk no one has taken, then waits for the chunks others are reading, so two workers
that need them at once share the work instead of one waiting for the other. The folder is
new each session, so a reading never outlives the code that made it. For the whole suite
under xdist, the controller starts `python -m tests.corpus_readings FOLDER` before the
workers (tests/forked_workers.py), so the reading starts on the core the workers' fork
server leaves idle while it imports.

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


CHUNKS = 8


def _chunk(folder: Path, index: int, cases: list[Case], wait: bool) -> Path | None:
    """The file of chunk `index`'s readings, read now if no one has; None if another worker
    is reading it and `wait` is False."""
    path = folder / f"{_FILE}.{index}"
    with (folder / f"{_FILE}.{index}.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return None
        if not path.exists():  # the lock is released when the file closes
            blobs = {case.id: pickle.dumps(understand(case)) for case in cases[index::CHUNKS]}
            partial = path.with_suffix(".partial")
            partial.write_bytes(pickle.dumps(blobs))
            partial.rename(path)
        return path


def _untaken(folder: Path, cases: list[Case]) -> tuple[list[Path], list[int]]:
    """Reads every chunk no one has taken: the files ready, and the chunks others hold."""
    ready: list[Path] = []
    held: list[int] = []
    for index in range(CHUNKS):
        path = _chunk(folder, index, cases, wait=False)
        if path is None:
            held.append(index)
        else:
            ready.append(path)
    return ready, held


def read_ahead(folder: Path) -> None:
    """Reads every chunk no one has taken yet, for the workers to find later."""
    _untaken(folder, load_cases("all"))


def shared_readings(folder: Path) -> CorpusReadings:
    """The session's readings from `folder`, reading the chunks no one has read yet."""
    cases = load_cases("all")
    ready, held = _untaken(folder, cases)
    ready += [path for index in held if (path := _chunk(folder, index, cases, wait=True))]
    blobs: dict[str, bytes] = {}
    for path in ready:
        blobs |= pickle.loads(path.read_bytes())
    return CorpusReadings(blobs)


if __name__ == "__main__":
    read_ahead(Path(sys.argv[1]))
