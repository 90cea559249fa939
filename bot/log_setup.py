"""Logging for every front end: LOG_LEVEL applied, customer data kept out.

A log line is read by people who must not see a customer's card number, and a
traceback can carry a whole drafted section in an exception message. So one
filter on the handler (filters on loggers do not see records propagated from
other libraries' loggers) masks card numbers, IBANs, emails and phones and
truncates every message and traceback line, for every record, Bolt's and the
SDKs' included. Secrets are masked by value, so a token that slips into an
exception message never reaches the log either.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterable

from graph.excerpt import excerpt
from graph.pii import mask_text

MESSAGE_LIMIT = 300
"""Characters of one log message kept: enough for ids, outcomes and a short excerpt."""
TRACEBACK_LINE_LIMIT = 160
TRACEBACK_LINES = 40
_HANDLER_NAME = "escalation-coach"
_CHATTY = ("httpx", "httpx2", "httpcore", "anthropic._base_client")


class CustomerDataFilter(logging.Filter):
    """Masks and truncates each record in place; never drops one."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 8]

    def _clean(self, text: str, limit: int) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[secret]")
        return excerpt(mask_text(text), limit)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg, record.args = self._clean(message, MESSAGE_LIMIT), None
        if record.exc_info:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info))
            record.exc_info = None
        if record.exc_text:
            lines = record.exc_text.splitlines()[-TRACEBACK_LINES:]
            # Indentation kept: a traceback is read by its shape.
            record.exc_text = "\n".join(
                line[: len(line) - len(line.lstrip())] + self._clean(line, TRACEBACK_LINE_LIMIT)
                for line in lines
            )
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is at the time of the record, not at set-up: a
    test runner or an embedding program may have swapped it since."""

    @property  # type: ignore[override]
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Applies `level` to every logger (through the root) and installs the filter once."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    handler = next((h for h in root.handlers if h.get_name() == _HANDLER_NAME), None)
    if handler is None:
        handler = _StderrHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    handler.filters = [CustomerDataFilter(secrets)]
    # One line per HTTP request drowns the turn lines; they stay visible at DEBUG.
    chatty = logging.DEBUG if root.level <= logging.DEBUG else logging.WARNING
    for name in _CHATTY:
        logging.getLogger(name).setLevel(chatty)
