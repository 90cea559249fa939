from graph.extraction import apply_defaults, extract
from graph.models import CaseFacts
from tests.cases import B2B_OUTAGE, B2C_MINOR, INJECTION, LEGAL_THREAT


def test_b2b_outage_facts_are_read_with_provenance():
    f = extract(B2B_OUTAGE, CaseFacts())
    assert f.customer_name.value == "Northwind Logistics"
    assert f.annual_value.value == 50_000 and f.annual_value.provenance == "stated"
    assert f.impact_amount.value == 15_000
    assert f.impact_hours.value == 4
    assert f.tenure_years.value == 3
    assert f.renewal_months.value == 3
    assert f.issue_kind.value == "outage" and f.issue_kind.provenance == "inferred"
    assert f.signal("churn") and f.signal("repeat")
    assert "unacceptable" in f.customer_asks.value
    assert f.missing() == ["tried"]


def test_monthly_spend_becomes_annual_value():
    f = extract(B2C_MINOR, CaseFacts())
    assert f.annual_value.value == 180
    assert f.segment.value == "b2c"
    assert f.tried is not None


def test_a_demanded_sum_is_a_demand_not_a_value():
    f = extract(INJECTION, CaseFacts())
    assert f.demanded_amount.value == 1_000_000
    assert f.annual_value.value == 24_000
    assert f.impact_amount is None


def test_legal_signal_and_anger():
    f = extract(LEGAL_THREAT, CaseFacts())
    assert f.signal("legal")
    assert f.emotional_state.value.startswith("angry")


def test_answers_fill_the_field_they_answer():
    f = extract("Outage yesterday for 3 hours.", CaseFacts())
    assert f.missing() == ["value", "tried"]
    f = extract("they pay about 2k a month, customer for 4 years", f, "value")
    assert f.annual_value.value == 24_000 and f.tenure_years.value == 4
    f = extract("nothing yet", f, "tried")
    assert f.tried.value == "Nothing yet"
    assert f.missing() == []


def test_unknown_value_is_accepted_as_unknown():
    f = extract("Outage for 3 hours.", CaseFacts())
    f = extract("honestly I don't know", f, "value")
    assert f.value_unknown and f.annual_value is None and f.has("value")


def test_defaults_are_marked_default():
    f = apply_defaults(CaseFacts())
    assert f.emotional_state.provenance == "default"
    assert f.authority.value == "moderate"
    assert "24-48" in f.time_sensitivity.value
