"""What a command can fail with that the person can act on, and how each is reported.

Why in one place: `bot.cli` turns each of these into one line and an exit code
(2: fix the input or settings; 3: storage is unreachable, try again), so no
command prints a traceback for something a person caused.
"""

from __future__ import annotations

from bot.case_file import CaseFileError
from bot.roster import RosterError
from bot.storage.coordination import LockNotAcquired
from bot.storage.embedded_redis import EmbeddedRedisError
from bot.stores import RedisUnavailable
from graph.catalog import CatalogError
from graph.llm_models import ModelProblem
from graph.policy import PolicyError


class UsageError(Exception):
    """A problem the person can fix; printed as one line."""


USER_ERRORS: tuple[type[Exception], ...] = (
    UsageError,
    CaseFileError,
    PolicyError,
    RosterError,
    ModelProblem,
    CatalogError,
)
"""Exit 2: a bad file, setting or argument."""

STORAGE_ERRORS: tuple[type[Exception], ...] = (
    RedisUnavailable,
    EmbeddedRedisError,
    LockNotAcquired,
)
"""Exit 3: Redis did not answer or a thread is busy; nothing was lost."""
