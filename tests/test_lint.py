from graph.extraction import apply_defaults, extract
from graph.lint import lint_plan, lint_section
from graph.models import SECTION_ORDER, CaseFacts, SectionKey
from graph.policy import decide, default_policy
from tests.cases import B2B_OUTAGE

FACTS = apply_defaults(extract(B2B_OUTAGE, CaseFacts()))
DECISION = decide(FACTS, default_policy())


def rules(key: SectionKey, text: str) -> set[str]:
    return {f.rule for f in lint_section(key, text, DECISION, FACTS)}


def test_hedged_apologies_are_caught():
    for text in [
        "We're sorry if you were upset.",
        "Sorry, but the system was busy.",
        "We apologise for any inconvenience.",
        "Mistakes were made.",
        "Our policy does not allow refunds.",
    ]:
        assert "hedged-apology" in rules(SectionKey.RESPONSE, text), text


def test_an_unqualified_apology_passes():
    text = "I'm sorry. Four hours down in your busiest window cost your team real money."
    assert rules(SectionKey.RESPONSE, text) == set()


def test_over_promises_are_caught_but_their_negation_is_not():
    assert "over-promise" in rules(SectionKey.TRUST, "We guarantee uptime.")
    assert "over-promise" in rules(SectionKey.TRUST, "This will never happen again.")
    assert "over-promise" in rules(SectionKey.TRUST, "We are 100% committed.")
    assert rules(SectionKey.TRUST, "We will not promise it can never happen again.") == set()


def test_money_above_the_envelope_is_an_error_and_above_authority_needs_approval():
    assert "money-outside-envelope" in rules(SectionKey.REMEDIES, "Refund $1,000,000 today.")
    assert rules(SectionKey.REMEDIES, "A $5,000 goodwill credit.") == {"needs-approval"}
    assert rules(SectionKey.REMEDIES, "A $135 service credit.") == set()
    assert rules(SectionKey.ANALYSIS, "They lost $15,000.") == set()
    assert rules(SectionKey.ANALYSIS, "We will pay $1,000,000.") == {"money-outside-envelope"}
    assert rules(SectionKey.REMEDIES, "Cover their $15,000 loss.") == {"money-outside-envelope"}
    assert rules(SectionKey.VALUE, "The $50,000 contract.") == set()


def test_plan_checks_order_and_length():
    short = {key: "Fine words here." for key in SECTION_ORDER}
    report = lint_plan(short, DECISION, FACTS)
    assert not report.passed and any(f.rule == "length" for f in report.findings)
    missing = dict(list(short.items())[:-1])
    assert any(f.rule == "missing-section" for f in lint_plan(missing, DECISION, FACTS).findings)
    good = {key: "word " * 110 for key in SECTION_ORDER}
    assert lint_plan(good, DECISION, FACTS).passed
    assert lint_plan({k: "word " * 160 for k in SECTION_ORDER}, DECISION, FACTS).word_count == 1120
