"""How often the live coach reads the customer's move right, per split of
tests/corpus/live_moves.jsonl (five languages, every move, and lines that are no move).

The `dev` split is what the patterns were written against; `blind` was written at the same
time and is only measured, never tuned on. Prints accuracy per split and per language,
and each miss of the dev split (the blind one's misses are counted, not shown, so they
cannot be tuned on by reading them).

    .venv/bin/python bench/live_moves.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.live.moves import recognise

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "live_moves.jsonl"


def rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def accuracy(split: str) -> tuple[float, dict[str, float], list[tuple[str, str, str]]]:
    """Overall accuracy on `split`, by language, and the misses (text, wanted, read)."""
    hits: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for row in rows():
        if row["split"] != split:
            continue
        read = recognise(row["text"]).value
        hits[row["language"]].append(read == row["move"])
        if read != row["move"]:
            misses.append((row["text"], row["move"], read))
    every = [h for rows_ in hits.values() for h in rows_]
    return (sum(every) / len(every), {k: sum(v) / len(v) for k, v in hits.items()}, misses)


def main() -> None:
    for split in ("dev", "blind"):
        total, by_language, misses = accuracy(split)
        langs = "  ".join(f"{k} {v:.0%}" for k, v in sorted(by_language.items()))
        print(f"{split:6} {total:.1%}  ({langs})  misses {len(misses)}")
        if split == "dev":
            for text, wanted, read in misses:
                print(f"    {wanted:>14} read as {read:<14} {text}")


if __name__ == "__main__":
    main()
