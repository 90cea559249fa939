"""How the terminal lays out lists and times, shared by the listing commands."""

from __future__ import annotations

from datetime import datetime

from bot.settings import Settings
from graph.locales import format_moment


def when(epoch: float | None, settings: Settings) -> str:
    """A time in a listing as the agent reads one: in their language (COACH_AGENT_LANGUAGE)
    and their clock (COACH_TIMEZONE), not the server's; `--json` keeps the raw epoch."""
    if not epoch:
        return "-"
    return format_moment(datetime.fromtimestamp(epoch, settings.zone), settings.agent_language)


def print_table(table: list[tuple[str, ...]]) -> None:
    """Aligned columns; the last one runs free, since titles vary in length."""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
