"""The live coach reads the customer's move on the labelled corpus, in five languages:
floors just under today's figures (bench/live_moves.py prints them)."""

from __future__ import annotations

from bench.live_moves import accuracy, rows


def test_the_corpus_covers_every_move_in_five_languages_with_a_blind_split():
    corpus = rows()
    assert len(corpus) >= 150
    assert {r["language"] for r in corpus} == {"en", "es", "pt", "fr", "de"}
    assert {r["split"] for r in corpus} == {"dev", "blind"}
    assert len({r["move"] for r in corpus}) == 13


def test_moves_are_read_above_the_floor_on_both_splits():
    assert accuracy("dev")[0] >= 0.97
    assert accuracy("blind")[0] >= 0.95
