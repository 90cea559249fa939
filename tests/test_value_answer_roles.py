"""Which sum is the customer's worth, and which is the overcharge. Our own sentences."""

from __future__ import annotations

from graph.understanding.money import classify


def test_in_the_value_answer_a_sum_with_its_own_period_is_the_value() -> None:
    # the credit line is what they hold with us, not what they are worth
    found = classify(
        "Geschäftskonto und Kreditlinie, Erträge ca. 4.800 € p.a.", answering_value=True
    )
    assert [(c.role, c.basis) for c in found] == [("customer_value", "annual")]
    found = classify("Geschäftskonto und Kreditlinie über 4.800 €", answering_value=True)
    assert [c.role for c in found] == ["other"]


def test_an_overcharge_named_as_the_gap_is_a_fee_in_error_not_a_value() -> None:
    for text in (
        "cobramos 300 alunos em vez de 30 na fatura, diferença de R$ 12.150",
        "we billed 300 seats instead of 30 on the invoice, a difference of $12,150",
        "facturamos 300 plazas en vez de 30, una diferencia de 12.150 €",
    ):
        assert [c.role for c in classify(text)] == ["fee_in_error"], text


def test_a_share_of_a_larger_spend_is_what_comes_to_us() -> None:
    for text in (
        "Reisebudget rund 3 Mio. € p.a., davon ca. 250 Tsd. € p.a. über unseren Rahmenvertrag.",
        "Travel budget about $5M a year, of which roughly $400k a year goes through us.",
        "Presupuesto de 2 millones de euros al año, de los cuales 150.000 € al año son con nosotros.",
    ):
        found = classify(text, answering_value=True)
        values = [c.mention.value for c in found if c.role == "customer_value"]
        assert len(values) == 1 and values[0] < 500_000, (text, found)
