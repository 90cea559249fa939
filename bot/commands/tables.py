"""How the terminal lays out lists and times, shared by the listing commands."""

from __future__ import annotations

import time


def when(epoch: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch)) if epoch else "-"


def print_table(table: list[tuple[str, ...]]) -> None:
    """Aligned columns; the last one runs free, since titles vary in length."""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
