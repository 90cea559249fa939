"""Every test runs with REDIS_URL pointing at the session's test Redis.

Why: a `coach` subprocess with no REDIS_URL starts an embedded server in its data
folder and, by design, leaves it running for the next process. Tests that start
the CLI would leave one daemon behind per test; sharing the fixture server (shut
down at the end of the session) leaves none. Tests that exercise the embedded
default set up and stop their own server explicitly.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.coach_cli import coach  # noqa: F401
from tests.forked_coach import ForkServer
from tests.forked_workers import READINGS_ENV, SOCKET_ENV, WorkerForks
from tests.redis_fixture import (  # noqa: F401
    clean_redis_url,
    redis_client,
    redis_flusher,
    redis_url,
)

if TYPE_CHECKING:
    from tests.corpus_readings import CorpusReadings
    from tests.fakes.fake_messages_api import FakeMessagesApi

# The corpus, the Claude fakes and the SDK behind them are imported by the fixtures that
# use them: xdist's controller loads this file too, and starts no worker until it has.


@pytest.fixture(autouse=True)
def _subprocesses_share_test_redis(
    monkeypatch: pytest.MonkeyPatch,
    clean_redis_url: str,  # noqa: F811
) -> None:
    monkeypatch.setenv("REDIS_URL", clean_redis_url)


@pytest.fixture
async def fake() -> AsyncIterator[FakeMessagesApi]:
    """A fake Messages API like today's, reached directly (no proxy in the way)."""
    from tests.fakes.coach_model import close_drafters
    from tests.fakes.fake_messages_api import FakeMessagesApi

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        os.environ.pop(var, None)
    with FakeMessagesApi() as server:
        yield server
        await close_drafters()


@pytest.fixture(scope="session")
def corpus_readings(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> CorpusReadings:
    """The corpus read once for the whole session: xdist workers share the session folder."""
    from tests.corpus_readings import shared_readings

    if ahead := os.environ.get(READINGS_ENV):  # being read since before the workers started
        return shared_readings(Path(ahead))
    base = tmp_path_factory.getbasetemp()
    return shared_readings(base if worker_id == "master" else base.parent)


@pytest.fixture(scope="session")
def forks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    """Forks `coach` processes for the tests that start and kill many (see forked_coach.py):
    from the server this worker was forked from, or else from one of its own."""
    if joined := os.environ.get(SOCKET_ENV):
        yield ForkServer.joined(joined)
        return
    server = ForkServer.launch(str(tmp_path_factory.mktemp("forks") / "fork.sock"))
    yield server
    server.close()


_WORKER_FORKS = pytest.StashKey[WorkerForks]()


def pytest_configure(config: pytest.Config) -> None:
    if WorkerForks.wanted(config):
        config.stash[_WORKER_FORKS] = WorkerForks(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    if (worker_forks := config.stash.get(_WORKER_FORKS, None)) is not None:
        worker_forks.close()
