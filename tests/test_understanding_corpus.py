"""The labelled corpus through the real extraction and policy, held at floors.

Floors sit a little below what dev + dev2 + holdout (175 cases) reach today (see
bench/understanding.py for the figures), so a change that reads fewer cases right fails
here. Routes are held too: every legal, regulator, privacy, safety and out-of-scope case
must reach its owner. Severity is held as the policy file calibrates it, and so is the
investment level it leads to.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from understanding import evaluate, load_cases

from graph.models import Fact

FLOORS = {
    "value_known": 0.99,
    "value": 0.98,
    "currency": 0.99,
    "tenure": 0.99,
    "segment": 0.99,
    "industry": 0.89,
    "tier": 0.99,
    "language": 0.98,
    "kind": 0.96,
    "signals": 0.95,
    "routes": 0.98,
    "severity": 0.84,
    "renewal": 0.97,
    "customer_name": 0.98,
    "investment_level": 0.89,
    "amounts": 0.74,
}


DEV6_FLOORS = {
    "value_known": 0.97,
    "value": 0.87,
    "currency": 0.97,
    "tenure": 0.95,
    "segment": 0.95,
    "industry": 0.85,
    "tier": 0.92,
    "language": 0.97,
    "kind": 0.95,
    "signals": 0.87,
    "routes": 0.90,
    "severity": 0.72,
    "renewal": 0.97,
    "customer_name": 0.85,
    "investment_level": 0.82,
    "amounts": 0.72,
}
"""dev6 (the blind split once called fresh, trained on since this round), one case under
what it measures now that it is trained on; these floors rise as it is."""

DEV3_FLOORS = {
    "value_known": 0.97,
    "value": 0.97,
    "currency": 0.97,
    "tenure": 0.97,
    "segment": 0.97,
    "industry": 0.87,
    "tier": 0.97,
    "language": 0.97,
    "kind": 0.97,
    "signals": 0.85,
    "routes": 0.95,
    "severity": 0.90,
    "renewal": 0.95,
    "customer_name": 0.97,
    "investment_level": 0.90,
    "amounts": 0.92,
}
"""dev3 (40 cases in the formats agents paste, written to train rules that generalise),
one case under its figures: it is read while the rules are built, so unlike fresh3 it
may be tuned against, and these floors rise as it is."""

DEV4_FLOORS = {
    "value_known": 0.97,
    "value": 0.95,
    "currency": 0.95,
    "tenure": 0.90,
    "segment": 0.87,
    "industry": 0.70,
    "tier": 0.95,
    "language": 0.97,
    "kind": 0.97,
    "signals": 0.95,
    "routes": 0.97,
    "severity": 0.85,
    "renewal": 0.97,
    "customer_name": 0.77,
    "investment_level": 0.90,
    "amounts": 0.80,
}
"""dev4 (40 cases written before the reading was opened, aimed at signals, severity and
issue kinds), one case under its figures; a training split like dev3."""


DEV7_FLOORS = {
    "value_known": 0.97,
    "value": 0.95,
    "currency": 0.93,
    "tenure": 0.97,
    "segment": 0.95,
    "industry": 0.85,
    "tier": 0.91,
    "language": 0.97,
    "kind": 0.95,
    "signals": 0.89,
    "routes": 0.97,
    "severity": 0.85,
    "renewal": 0.97,
    "customer_name": 0.87,
    "investment_level": 0.93,
    "amounts": 0.79,
}
"""dev7 (48 cases, the blind split once called fresh2, trained on since this round), one
case under what it measures now that it is trained on."""


FRESH3_FLOORS = {
    "value_known": 0.93,
    "value": 0.88,
    "currency": 0.98,
    "tenure": 0.93,
    "segment": 0.86,
    "industry": 0.75,
    "tier": 0.98,
    "language": 0.98,
    "kind": 0.43,
    "signals": 0.36,
    "routes": 0.71,
    "severity": 0.66,
    "renewal": 0.93,
    "customer_name": 0.66,
}
"""fresh3 (60 cases written blind at the start of a round, before its rules), one case
under what it measured after that round's rules: only ever measured, never read or tuned
against. Tenure is the one field that fell (98.3% to 95.0%, two cases) when the round's
tenure and renewal rules for other writers' cases were merged; its floor follows the
fall rather than hide it, and the cause is not looked for in this split."""


DEV5_FLOORS = {
    "value_known": 0.97,
    "value": 0.97,
    "currency": 0.97,
    "tenure": 0.97,
    "segment": 0.97,
    "industry": 0.90,
    "tier": 0.97,
    "language": 0.97,
    "kind": 0.92,
    "signals": 0.85,
    "routes": 0.90,
    "severity": 0.67,
    "renewal": 0.97,
    "customer_name": 0.97,
    "investment_level": 0.80,
    "amounts": 0.80,
}
"""dev5 (40 cases, all twelve industries, money in every written form with decoy sums),
one case under its figures: written before its author read the reading and trained on
since, like dev3 (four kind labels were corrected to LABELS.md); signals, severity and level
were raised to one case or more under what the signal rules of issue 9 reach."""


FRESH4_FLOORS = {
    "value_known": 0.90,
    "value": 0.85,
    "currency": 0.95,
    "tenure": 0.96,
    "segment": 0.88,
    "industry": 0.70,
    "tier": 0.75,
    "language": 0.98,
    "kind": 0.50,
    "signals": 0.38,
    "routes": 0.78,
    "severity": 0.75,
    "renewal": 0.95,
    "customer_name": 0.63,
}
"""fresh4 (60 cases written blind while round 3's rules were being written, by someone who
saw none of them), one case under what it measures with them merged: only ever measured."""


DEV8_FLOORS = {
    "value_known": 0.97,
    "value": 0.91,
    "currency": 0.97,
    "tenure": 0.89,
    "segment": 0.95,
    "industry": 0.72,
    "tier": 0.89,
    "language": 0.97,
    "kind": 0.79,
    "signals": 0.89,
    "routes": 0.95,
    "severity": 0.89,
    "renewal": 0.95,
    "customer_name": 0.66,
    "investment_level": 0.85,
    "amounts": 0.70,
}
"""dev8 (48 cases, ids "fresh5-…", written blind on 2 December and only measured until 7
December, at value 85%, tenure 83%, signals 54%, severity 67%), one case under what it
measures now that it trains the reading, like dev6 and dev7."""


DEV9_FLOORS = {
    "value_known": 0.98,
    "value": 0.89,
    "currency": 0.98,
    "tenure": 0.89,
    "segment": 0.91,
    "industry": 0.58,
    "tier": 0.95,
    "language": 0.98,
    "kind": 0.68,
    "signals": 0.68,
    "routes": 0.83,
    "severity": 0.76,
    "renewal": 0.95,
    "customer_name": 0.68,
    "investment_level": 0.80,
}
"""dev9 (60 cases, ids "fresh6-…", written blind on 7 December by someone who saw neither the
code nor the other splits; a second labeller agreed on 57 of 60 signal sets). Measured blind
before and after that day's rules (signals 30.0% both times, severity 60.0%, tenure 85.0% ->
88.3%, kind 55.0% -> 58.3%), then trained on; one case under what it measures now."""


DEV10_FLOORS = {
    "value_known": 0.95,
    "value": 0.90,
    "currency": 0.96,
    "tenure": 0.93,
    "segment": 0.98,
    "industry": 0.65,
    "tier": 0.93,
    "language": 0.98,
    "kind": 0.55,
    "signals": 0.56,
    "routes": 0.90,
    "severity": 0.76,
    "renewal": 0.95,
    "customer_name": 0.65,
    "investment_level": 0.83,
}
"""dev10 (60 cases, ids "fresh7-…", written blind on 7 December, while dev9's rules were being
written, by someone who saw none of them; a second labeller agreed on 56 of 60 signal sets),
measured only until the next stop made it a training split. Blind it read value 81.7%, tenure
90.0%, kind 53.3%, signals 28.3%, routes 83.3%, severity 63.3%; trained on, 91.7%, 95.0%,
56.7%, 58.3%, 91.7% and 78.3%. One case under what it measures now."""


FRESH8_FLOORS = {
    "value_known": 0.93,
    "value": 0.80,
    "currency": 0.85,
    "tenure": 0.86,
    "segment": 0.83,
    "industry": 0.51,
    "tier": 0.90,
    "language": 0.98,
    "kind": 0.56,
    "signals": 0.25,
    "routes": 0.73,
    "severity": 0.66,
    "renewal": 0.93,
    "customer_name": 0.48,
    "investment_level": 0.68,
}
"""fresh8 (60 cases written blind on 7 December, a stop later, by three people who saw neither
the code nor the other splits, four industries each; a second labeller agreed on every
segment, industry, currency, value, tenure, kind and route, and on 46 of 60 signal sets, the
disagreements mostly over what counts as financial harm). Only ever measured: at the stop's
start it read value 73.3%, currency 88.3%, tenure 76.7%, signals 25.0%, severity 63.3%; at
its end 81.7%, 86.7%, 88.3%, 26.7% and 68.3%. One case under what it measures."""


SPLIT_FLOORS: dict[str, tuple[dict[str, float], int]] = {
    "dev3": (DEV3_FLOORS, 40),
    "dev4": (DEV4_FLOORS, 40),
    "dev5": (DEV5_FLOORS, 40),
    "dev6": (DEV6_FLOORS, 40),
    "dev7": (DEV7_FLOORS, 48),
    "fresh3": (FRESH3_FLOORS, 60),
    "fresh4": (FRESH4_FLOORS, 60),
    "dev8": (DEV8_FLOORS, 48),
    "dev9": (DEV9_FLOORS, 60),
    "dev10": (DEV10_FLOORS, 60),
    "fresh8": (FRESH8_FLOORS, 60),
}
"""Each split held at its own floors, with the number of cases it must have."""


@pytest.fixture(scope="module")
def report(corpus_readings):
    cases = load_cases("dev") + load_cases("dev2") + load_cases("holdout")
    assert len(cases) >= 170, "the labelled corpus is missing from tests/corpus"
    return evaluate(cases, read=corpus_readings)


@pytest.fixture(scope="module")
def split_reports(corpus_readings):
    """Each split's report, evaluated the first time a test asks for it."""
    reports = {}

    def of(split):
        if split not in reports:
            cases = load_cases(split)
            assert len(cases) >= SPLIT_FLOORS[split][1], f"the {split} split is missing"
            reports[split] = evaluate(cases, read=corpus_readings)
        return reports[split]

    return of


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_holds_its_floor(report, field):
    assert report.accuracy[field] >= FLOORS[field], (
        f"{field} fell to {report.accuracy[field]:.1%} (floor {FLOORS[field]:.0%}); "
        "run bench/understanding.py --misses to see which cases"
    )


@pytest.mark.parametrize(
    ("split", "field"),
    [(split, field) for split, (floors, _) in SPLIT_FLOORS.items() for field in sorted(floors)],
)
def test_each_split_holds_its_floor(split_reports, split, field):
    got, floor = split_reports(split).accuracy[field], SPLIT_FLOORS[split][0][field]
    assert got >= floor, f"{split} {field} fell to {got:.1%} (floor {floor:.0%})"


def test_every_signal_that_fires_is_mostly_right(report):
    low = {s: p for s, p in report.signal_precision.items() if p is not None and p < 0.6}
    assert not low, f"signals with precision under 60%: {low}"


def test_signal_pairs_count_each_reading_where_the_exact_set_counts_each_case(corpus_readings):
    """Two cases of two signals each, one read with a signal missed: one case of two is
    right as a set, three (case, signal) pairs of four are."""
    cases = [c for c in load_cases("dev") if len(c.expect.signals) == 2][:2]
    assert len(cases) == 2

    def read_one_short(case, today):
        facts, decision = corpus_readings(case, today)
        facts = facts.model_copy(deep=True)
        facts.signals = {}
        keep = sorted(case.expect.signals)[0] if case is cases[0] else None
        for name in case.expect.signals:
            if case is cases[1] or name == keep:
                facts.set_signal(name, Fact(value=True, provenance="inferred"))
        return facts, decision

    report = evaluate(cases, read=read_one_short)
    assert report.accuracy["signals"] == 0.5
    precision, recall, f1 = report.signal_micro
    assert (precision, recall) == (1.0, 0.75)
    assert round(f1, 4) == round(2 * 0.75 / 1.75, 4)
