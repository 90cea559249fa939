"""Wording rules the playbook applies to facts it did not write: a duration before a noun and
the company's own tier name."""

from graph.drafting.playbook import _attributive, _plan_name


def test_a_duration_before_a_noun_is_hyphenated_and_singular() -> None:
    assert _attributive("seven years") == "seven-year"
    assert _attributive("7 months") == "7-month"
    assert _attributive("1 year") == "1-year"


def test_a_tier_that_already_says_plan_is_not_doubled() -> None:
    assert _plan_name("Scale plan") == "Scale plan"
    assert _plan_name("Business Plan") == "Business Plan"
    assert _plan_name("Profi Tarif") == "Profi Tarif"
    assert _plan_name("Enterprise") == "Enterprise plan"
