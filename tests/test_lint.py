import pytest

from graph.checks import foreign_currency_marks
from graph.extraction import apply_defaults, extract
from graph.lint import amounts, lint_plan, lint_section
from graph.models import SECTION_ORDER, CaseFacts, Fact, SectionKey
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We refund $9,000 today.", [9000.0]),
        ("A credit of USD 9,000.", [9000.0]),
        ("9,000 EUR back to you.", [9000.0]),
        ("We will pay nine thousand dollars.", [9000.0]),
        ("Twelve hundred euros off.", [1200.0]),
        ("A refund of 900 this week.", [900.0]),
        ("900 in credit on the next invoice.", [900.0]),
        ("$4.5k refund", [4500.0]),
        ("A 20% discount for 3 months of credit.", []),
    ],
)
def test_money_is_found_in_every_form(text, expected):
    assert amounts(text) == expected


def test_the_customers_own_value_is_never_an_offer():
    facts = apply_defaults(extract(B2B_OUTAGE, CaseFacts()))
    decision = decide(facts, default_policy())
    annual = facts.annual_value.value
    text = f"We offer a credit of {annual:,.0f} dollars."
    rules = {f.rule for f in lint_section(SectionKey.REMEDIES, text, decision, facts)}
    assert "money-outside-envelope" in rules
    value_text = f"They spend ${annual:,.0f} a year with us."
    assert not lint_section(SectionKey.VALUE, value_text, decision, facts)


def _consumer(currency: str):
    facts = apply_defaults(
        CaseFacts(
            complaint=Fact(value="The app lost my saved playlists."),
            segment=Fact(value="b2c"),
            currency=Fact(value=currency),
            annual_value=Fact(value=120.0),
        )
    )
    return facts, decide(facts, default_policy())


def test_a_consumer_plan_that_talks_to_a_business_is_caught():
    facts, decision = _consumer("USD")
    for text in ["I know your team relied on it.", "Their own customers felt it.",
                 "Sorry to your staff for the disruption."]:  # fmt: skip
        found = {f.rule for f in lint_section(SectionKey.RESPONSE, text, decision, facts)}
        assert "consumer-voice" in found, text
    fine = "I know you relied on it, and our team is on it now."
    assert not lint_section(SectionKey.RESPONSE, fine, decision, facts)
    assert rules(SectionKey.RESPONSE, "I know your team relied on it.") == set(), "business"


def test_amounts_in_another_currency_than_the_customers_are_caught():
    facts, decision = _consumer("EUR")
    text = "Their plan costs $10 a month, or £10."
    found = lint_section(SectionKey.ANALYSIS, text, decision, facts)
    assert [f.rule for f in found] == ["foreign-currency"] * 2
    assert not lint_section(SectionKey.ANALYSIS, "Their plan costs €10 a month.", decision, facts)
    facts, decision = _consumer("BRL")
    assert not lint_section(SectionKey.ANALYSIS, "It costs R$10 a month.", decision, facts)
    assert foreign_currency_marks("A $10 credit, ARR 95, KPI 5.", "BRL") == ["$"]
    assert foreign_currency_marks("Costs 10 $ or 12\u00a0£ or $ 9.", "BRL") == ["$", "£", "$"]


def test_a_symbol_that_names_no_sum_is_the_customers_words_not_an_amount():
    # A real-estate client writes "não quer $$" and a diner "€€€ for this?": quoted in
    # the analysis they are no amount, so they are not another currency's numbers.
    facts, decision = _consumer("BRL")
    quoted = "What they are asking for: “não quer $$, só o documento.”"
    assert not lint_section(SectionKey.ANALYSIS, quoted, decision, facts)
    assert foreign_currency_marks("€€€ for this? And $ signs everywhere.", "BRL") == []
    assert amounts("CHF\u00a01,200 and R$7,500 and ARR 95") == [1200, 7500]


def test_the_customers_own_words_and_sums_are_described_not_offered():
    # Quoting what the customer said ("guarantee", "$1,176") in the analysis is a
    # description; the same words in our own sentence, or the sum in an offer, are not.
    complaint = "She wants her $1,176 back and a guarantee it won't happen again."
    facts = apply_defaults(extract(complaint, CaseFacts()))
    decision = decide(facts, default_policy())
    quoted = f"What they are asking for: “{complaint}”"
    assert not lint_section(SectionKey.ANALYSIS, quoted, decision, facts)
    ours = "We guarantee a fix by Friday."
    assert "over-promise" in {
        f.rule for f in lint_section(SectionKey.ANALYSIS, ours, decision, facts)
    }
    offer = "We will refund $1,176 today."
    found = {f.rule for f in lint_section(SectionKey.REMEDIES, offer, decision, facts)}
    assert "money-outside-envelope" in found
