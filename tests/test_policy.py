import json
from pathlib import Path

import pytest

from graph.extraction import apply_defaults, extract
from graph.models import CaseFacts, Severity
from graph.policy import PolicyError, decide, default_policy, load_policy
from tests.cases import B2B_OUTAGE, B2C_MINOR, LEGAL_THREAT, STRATEGIC_AT_RISK


def decision_for(text: str):
    facts = apply_defaults(extract(text, CaseFacts()))
    return facts, decide(facts, default_policy())


def test_b2b_outage_is_premium_and_needs_a_director():
    _facts, d = decision_for(B2B_OUTAGE)
    assert d.value_tier == "key"
    assert d.severity == Severity.CRITICAL
    assert d.investment_level == "premium"
    assert d.churn_risk == "high"
    assert d.lifetime_value == 150_000
    assert d.respond_within_hours == 2
    assert d.approval_required and d.approver == "Director of Customer Success"
    amounts = [i.amount for i in d.recommended.items if i.amount]
    assert amounts == [135.0, 5000.0]
    assert d.alternative.total < d.recommended.total == d.envelope_max


def test_fifteen_dollar_customer_with_minor_issue_gets_basic_and_no_executive():
    facts, d = decision_for(B2C_MINOR)
    assert facts.annual_value.value == 180
    assert d.value_tier == "basic"
    assert d.severity in (Severity.MINOR, Severity.MODERATE)
    assert d.investment_level == "basic"
    assert "VP" not in d.responder and "Director" not in d.responder
    assert d.recommended.total <= 15
    assert not d.approval_required


def test_strategic_account_at_risk_gets_premium_with_vp_approval_inside_caps():
    _facts, d = decision_for(STRATEGIC_AT_RISK)
    assert d.value_tier == "strategic"
    assert d.investment_level == "premium"
    goodwill = next(i for i in d.recommended.items if i.label.startswith("Goodwill"))
    assert goodwill.amount == default_policy().investment_levels["premium"].goodwill_max
    assert d.approval_required


def test_legal_threat_is_routed_to_counsel():
    _, d = decision_for(LEGAL_THREAT)
    assert any(r.key == "legal" for r in d.routes)


def test_unknown_value_uses_the_policy_default_tier():
    facts = apply_defaults(CaseFacts(value_unknown=True))
    d = decide(facts, default_policy())
    assert d.value_tier == default_policy().unknown_value_tier
    assert d.lifetime_value is None


def test_priority_orders_high_value_risk_above_small_minor_issue():
    _, big = decision_for(STRATEGIC_AT_RISK)
    _, small = decision_for(B2C_MINOR)
    assert big.priority_score > small.priority_score


def test_policy_file_override_changes_the_numbers(tmp_path: Path):
    data = json.loads(default_policy().model_dump_json())
    data["investment_levels"]["premium"]["goodwill_max"] = 1000
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data))
    facts = apply_defaults(extract(B2B_OUTAGE, CaseFacts()))
    d = decide(facts, load_policy(path))
    assert max(i.amount for i in d.recommended.items) == 1000


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["investment_levels"].pop("basic"), "investment_levels"),
        (
            lambda d: d["value_tiers"][0].update(min_annual_value=-5),
            "value_tiers.0.min_annual_value",
        ),
        (
            lambda d: d["investment_levels"]["premium"].update(respond_within_hours="soon"),
            "investment_levels.premium.respond_within_hours",
        ),
    ],
)
def test_invalid_policy_names_the_bad_field(tmp_path: Path, mutate, field):
    data = json.loads(default_policy().model_dump_json())
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert field in str(err.value)


def test_policy_that_is_not_json_says_so(tmp_path: Path):
    path = tmp_path / "bad.json"
    path.write_text("{nope")
    with pytest.raises(PolicyError, match="not valid JSON"):
        load_policy(path)
