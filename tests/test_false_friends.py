"""Only facts move money: a word that looks like a signal, and is not, changes nothing.

Issue 12, item 4. Each case in tests/corpus/false_friends.jsonl is a plain broadband
outage in one of five languages, plus one sentence that looks like a signal and is not
("it must never happen again" is no repeat, "my brother-in-law is a lawyer" no legal
threat, "we refunded the shipping" in what was tried no billing case, a refund asked for
in a quote no billing case either). Run through the real extraction and the real policy,
the sentence must leave the signal unset, and the issue kind, severity, investment level
and package total exactly as they were without it. Next to each false friend, a real
mention of the same signal shows the reading still hears the real thing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph.extraction import apply_defaults, extract
from graph.models import SIGNALS, CaseFacts, PolicyDecision
from graph.policy import decide, default_policy
from graph.understanding.language import LANGUAGES

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "corpus" / "false_friends.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
TODAY = date(2026, 12, 1)
NOTHING_TRIED = "Nothing yet."


def _run(complaint: str, tried: str) -> tuple[CaseFacts, PolicyDecision]:
    facts = extract(complaint, CaseFacts(), None, today=TODAY)
    facts = apply_defaults(extract(tried, facts, "tried", today=TODAY))
    return facts, decide(facts, default_policy())


def _outcome(facts: CaseFacts, decision: PolicyDecision) -> dict[str, object]:
    return {
        "kind": facts.issue_kind.value if facts.issue_kind else None,
        "severity": decision.severity.value,
        "level": decision.investment_level,
        "package": decision.recommended.total,
    }


def _with_friend(case: dict) -> tuple[CaseFacts, PolicyDecision]:
    if case["where"] == "tried":
        return _run(case["base"], case["friend"])
    return _run(f"{case['base']} {case['friend']}", NOTHING_TRIED)


def test_every_signal_has_false_friends_in_five_languages():
    covered = {(case["signal"], case["language"]) for case in CASES if case["signal"]}
    missing = {(s, lang) for s in SIGNALS for lang in LANGUAGES} - covered
    assert not missing, f"no false friend for {sorted(missing)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plain_case_carries_no_signal(language):
    base = next(case["base"] for case in CASES if case["language"] == language)
    facts, _ = _run(base, NOTHING_TRIED)
    assert facts.issue_kind is not None and facts.issue_kind.value == "outage"
    assert not [name for name in SIGNALS if facts.signal(name)]  # type: ignore[arg-type]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_a_false_friend_moves_nothing(case):
    facts, decision = _with_friend(case)
    if case["signal"]:
        fact = facts.signals.get(case["signal"])
        assert not facts.signal(case["signal"]), f"read as {case['signal']}: {fact.evidence!r}"
    assert _outcome(facts, decision) == _outcome(*_run(case["base"], NOTHING_TRIED))


REAL = [case for case in CASES if case["real"]]


@pytest.mark.parametrize("case", REAL, ids=[case["id"] for case in REAL])
def test_the_real_thing_beside_it_is_heard(case):
    facts, _ = _run(f"{case['base']} {case['real']}", NOTHING_TRIED)
    assert facts.signal(case["signal"]), case["real"]
