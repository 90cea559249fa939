"""Logging as a test found it, put back when the test is done.

Why: `coach` sets the root logger's level and handler (bot/log_setup.py), and an in-process
run or a test of that set-up would otherwise leave them to every later test in the worker:
a later test's background thread then logged "INFO aiohttp.access ..." into the runner's
own output, between two tests, where no capture was listening.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def logging_kept() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, logger in logging.Logger.manager.loggerDict.items():
            if isinstance(logger, logging.Logger):
                logger.setLevel(levels.get(name, logging.NOTSET))
