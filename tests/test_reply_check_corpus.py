"""The reply check on every case of the labelled corpus (145, five languages, a dozen
industries): the coach's own scripts pass it, and the same scripts with a hedged apology,
a guarantee and a sum beyond what the agent may offer are flagged and mended."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from understanding import load_cases

from graph.drafting.base import DraftContext
from graph.drafting.playbook import PlaybookDrafter
from graph.models import SECTION_ORDER, SectionKey
from graph.money import format_money
from graph.reply_check import check_reply
from graph.state import Owner

CASES = load_cases("all")
OWNER = Owner(name="Dana")


def _script(case, read):
    """Drafted on the test's own thread (`compose_draft`, what `draft` runs on the drafting
    pool): 551 cases handed to a thread and back cost seconds the check never needed."""
    facts, decision = read(case)
    ctx = DraftContext(facts=facts, decision=decision, owner_name=OWNER.name)
    drafter = PlaybookDrafter()
    for key in SECTION_ORDER[: SECTION_ORDER.index(SectionKey.RESPONSE) + 1]:
        ctx.approved[key] = drafter.compose_draft(key, ctx, variant=0)
    response = ctx.approved[SectionKey.RESPONSE]
    return facts, decision, " ".join(re.findall(r"^\s*>\s?(.*)$", response, re.M)) or response


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_coachs_own_script_passes_and_the_same_script_with_faults_is_mended(
    case, corpus_readings
):
    facts, decision, script = _script(case, corpus_readings)
    clean = check_reply(script, facts, decision, OWNER, language="en")
    assert [f.kind for f in clean.flags if f.kind != "placeholder"] == [], clean.flags

    over = decision.envelope_max + 1000
    expected = "outside-envelope"
    if decision.approver and decision.envelope_max > decision.authority_cap + 10:
        over, expected = (
            round((decision.authority_cap + decision.envelope_max) / 2),
            "over-authority",
        )
    faulty = (
        f"I'm sorry if you were upset by this. {script} I guarantee it won't happen again. "
        f"To make it right I can offer you a {format_money(over, decision.currency)} credit today."
    )
    result = check_reply(faulty, facts, decision, OWNER, language="en")
    kinds = {f.kind for f in result.flags}
    assert {"hedged-apology", "over-promise", expected} <= kinds, (faulty, result.flags)
    again = check_reply(result.corrected, facts, decision, OWNER, language="en")
    assert [f.kind for f in again.flags if f.kind != "placeholder"] == [], result.corrected
    assert script[:60] in result.corrected, "the agent's own script is kept"
