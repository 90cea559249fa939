"""Amount roles read from who did what with a sum: a third party charging the customer,
our side giving money back in the tried answer, a unit price beside the total it adds up
to, a bill for what was never ordered, a sum named by the word right after it; and the
period and dates around value, tenure and renewal. Each rule with its false friends."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from graph.understanding import dates
from graph.understanding.money import classify, sum_of_parts, without_unit_prices

TODAY = date(2026, 12, 1)


def roles(text: str, answering_value: bool = False) -> list[tuple[float, str]]:
    return [(c.mention.value, c.role) for c in classify(text, answering_value=answering_value)]


@pytest.mark.parametrize(
    "text",
    [
        "Her account went overdrawn and the bank charged her a £45 unpaid item fee.",
        "Die Bank hat ihm 31,20 € Rücklastschriftgebühren berechnet.",
        "Su casero le cobró 60 € de recargo por pagar tarde.",
        "Leur expert-comptable leur a facturé 900 € pour refaire les écritures.",
        "The care home charged a £75 late payment fee.",
    ],
)
def test_a_fee_a_third_party_charged_is_out_of_pocket(text: str) -> None:
    assert roles(text)[0][1] == "out_of_pocket"


@pytest.mark.parametrize(
    "text",
    [
        "You charged us a £45 late fee by mistake.",
        "Sie haben uns 31,20 € Gebühren doppelt abgebucht.",
    ],
)
def test_a_fee_we_charged_stays_in_error(text: str) -> None:
    assert roles(text)[0][1] == "fee_in_error"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We refunded the $25 delivery fee yesterday.", "already_offered"),
        ("Ya le devolvimos los gastos de envío (12 €).", "already_offered"),
        ("Wir haben die 9,90 € Versandkosten erstattet.", "already_offered"),
        ("I quoted $640 for the repair, they pushed back.", "other"),
    ],
)
def test_what_we_gave_back_in_the_tried_answer_is_already_offered(text: str, role: str) -> None:
    facts = extract("Their order arrived broken.", CaseFacts(), None, today=TODAY)
    facts = extract(text, facts, "tried", today=TODAY)
    assert [a.role for a in facts.amounts if a.value not in (0,)][-1] == role


def test_a_unit_price_beside_its_total_is_not_added() -> None:
    each = [(75.0, "hit with the $75 change fee each"), (2775.0, "USD 2,775 in total")]
    assert without_unit_prices(each) == [2775.0]
    monthly = [(89.9, "a tarifa de R$ 89,90 todo mês"), (539.4, "R$ 539,40 cobrados")]
    assert without_unit_prices(monthly) == [539.4]
    counted = [(30.0, "four fees of £30, £120 in total"), (120.0, "of £30, £120 in total")]
    assert without_unit_prices(counted) == [120.0]
    # two different fees, one a multiple of the other, are both owed
    two = [(120.0, "die Jahresgebühr von 120 € doppelt"), (8.0, "eine Gebühr von 8 €")]
    assert without_unit_prices(two) == [120.0, 8.0]
    assert sum_of_parts([40.0, 120.0, 160.0]) == 160.0  # parts and their total


def test_a_total_of_errors_is_in_error_not_a_value() -> None:
    text = "Sie verrechnen uns 10 Lizenzen zu viel à CHF 50 pro Monat – insgesamt CHF 5'500."
    assert (5500.0, "fee_in_error") in roles(text)
    assert roles("Sie haben bei uns insgesamt CHF 5'500 ausgegeben.")[0][1] == "customer_value"


def test_a_bill_for_what_was_never_ordered_is_in_error() -> None:
    text = "A fatura veio com 640,00 € de serviços que ele nunca pediu."
    assert roles(text)[0][1] == "fee_in_error"
    assert roles("A fatura mensal é de 64,00 €.")[0][1] == "customer_value"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ihr Konto ist im Dispo (12,80 € Zinsen bisher)", "out_of_pocket"),
        ("elle parle d'un contrat d'environ 25 k€ perdu", "customer_loss"),
        ("they figure ~$12k in missed service bookings", "customer_loss"),
        ("Calculan unos 80 mil pesos en pedidos perdidos.", "customer_loss"),
        ("I have paid $2,100 out of our savings so far.", "out_of_pocket"),
        ("He tenido que comprar otro billete, 640 €.", "out_of_pocket"),
    ],
)
def test_loss_and_cost_families(text: str, role: str) -> None:
    assert roles(text)[0][1] == role


def test_savings_with_us_are_still_their_value() -> None:
    assert roles("She holds about $90k in savings with us.")[0][1] == "customer_value"


@pytest.mark.parametrize(
    "text",
    [
        "Exijo la compensación de 400 € que marca la ley.",
        "Queremos el reembolso completo de los 2.100 €.",
        "She wants us to pay $3,900, what it was appraised at.",
        "Je demande le remboursement de 450 €.",
    ],
)
def test_demands_in_five_languages(text: str) -> None:
    assert roles(text)[0][1] == "demand"


def test_fees_a_year_in_the_value_answer_are_the_value() -> None:
    assert roles("Tuition and fees are about $9,800 a year.", answering_value=True) == [
        (9800.0, "customer_value")
    ]
    assert roles("They charged $98 in fees a year too many.")[0][1] != "customer_value"


def test_spend_over_the_last_twelve_months_is_yearly() -> None:
    found = classify("spent ~$3,100 last 12 mo per store history")
    assert (found[0].role, found[0].basis) == ("customer_value", "annual")


def test_incidents_in_the_last_twelve_months_are_no_spend() -> None:
    found = classify("Three outages in the past 12 months cost us $5,000 in lost sales.")
    assert found[0].role == "customer_loss"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Cliente desde: fev/2020", 6.0),
        ("Kunde seit 03/2019", 7.0),
        ("enrolled here since fall 2023", 3.0),
        ("~900 €/mes con nosotros, 4 años ya", 4.0),
    ],
)
def test_tenure_written_with_month_numbers_seasons_and_already(text: str, years: float) -> None:
    found = dates.tenure_years(text, TODAY)
    assert found is not None and found.value == years


@pytest.mark.parametrize(
    "text", ["el equipo tiene 3 años ya y falla", "das Gerät ist 3 Jahre schon alt"]
)
def test_the_age_of_a_thing_is_no_tenure(text: str) -> None:
    assert dates.tenure_years(text, TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Clienta: Rosa Gil, señora de 84 años",
        "Cliente: Joaquim Sá, de 81 anos",
        "clienta de 79 años, muy mayor",
        "Customer: Ann Lee, aged 80",
    ],
)
def test_a_customers_age_is_no_tenure(text: str) -> None:
    assert dates.tenure_years(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "years"), [("cliente de 10 anos, fiel", 10.0), ("Kundin seit 12 Jahren", 12.0)]
)
def test_a_customer_of_many_years_is_tenure(text: str, years: float) -> None:
    found = dates.tenure_years(text, TODAY)
    assert found is not None and found.value == years


def test_since_a_month_alone_is_not_a_year() -> None:
    found = dates.tenure_years("customer since mar", TODAY)
    assert found is None or found.value < 1


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("renewal is end of Feb", 2.0),
        ("renews Apr 2027", 4.0),
        ("Renewal: 15 May 2027", 5.0),
        ("Unser Vertrag läuft am 30. April aus", 4.0),
        ("Contract ends 30 June.", 6.0),
        ("Der Vertrag verlängert sich am 1. Jänner", 1.0),
        ("contrat de 3 ans jusqu'en juin 2028", 18.0),
        ("the MSA is supposed to be signed in February", 2.0),
    ],
)
def test_renewal_phrasings(text: str, months: float) -> None:
    found = dates.renewal_months(text, TODAY)
    assert found is not None and found.value == months


@pytest.mark.parametrize("text", ["renewed in June", "the contract was signed last year"])
def test_a_renewal_already_past_is_none(text: str) -> None:
    assert dates.renewal_months(text, TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Contract: 3-year deal, $1.1M total",
        "They are on a 4-year licence, CHF 1.35M in total.",
        "Contrat : 3 ans, 1,35 M CHF au total, jusqu'en juin 2028",
        "Vertrag: 5 Jahre, 2,4 Mio. € insgesamt",
        "Contrato: 3 años, 1,2 millones de euros en total",
        "contrato de 2 anos, R$ 900 mil no total",
    ],
)
def test_a_contracts_total_beside_its_term_is_the_contracts_worth(text: str) -> None:
    values = [(c.mention.value, c.basis) for c in classify(text) if c.role == "customer_value"]
    assert len(values) == 1 and values[0][1] == "contract", values
    assert values[0][0] > 100_000, "the term's years are not a sum"


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Client since 2015, about $80k in total so far.", "lifetime"),
        ("Sie hat bei uns seit 2019 insgesamt 3.400 € ausgegeben.", "lifetime"),
    ],
)
def test_a_total_without_a_contract_term_stays_a_lifetime_spend(text: str, basis: str) -> None:
    assert [c.basis for c in classify(text) if c.role == "customer_value"] == [basis]


@pytest.mark.parametrize(
    "text",
    [
        "Budget: a 12-month rollout, nothing agreed on price yet.",
        "Value: the 3-day summit for their sales team.",
        "Contract: 2-year term, renewal under discussion.",
    ],
)
def test_a_number_joined_to_a_unit_by_a_hyphen_is_not_money(text: str) -> None:
    assert classify(text) == []


@pytest.mark.parametrize(
    ("text", "per_year"),
    [
        ("Annual contract value USD 310,000", 310_000),
        ("Jahresvertrag über 24.000 €", 24_000),
        ("contrato anual de 36 mil euros", 36_000),
        ("Contrat annuel : 52 000 € HT", 52_000),
        ("Spends about $3k with us every quarter.", 12_000),
        ("Nos compra unos 2.000 € cada trimestre.", 8_000),
        ("Sie bestellen für rund 400 € jede Woche.", 20_800),
    ],
)
def test_a_yearly_contract_or_a_sum_every_quarter_or_week_is_a_year_of_value(
    text: str, per_year: float
) -> None:
    facts = extract(f"Customer: Acme\nIssue: our portal failed.\nValue: {text}", CaseFacts(), None)
    assert facts.annual_value is not None and facts.annual_value.value == pytest.approx(per_year)


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Contract: 3-year streaming & PPV distribution deal, $1.1M total", "contract"),
        ("a 2-year managed print agreement, €240k", "contract"),
        ("solo pagó la cuota del examen, $1,200 pesos", "lifetime"),
        ("She only paid £35 for the ticket.", "lifetime"),
        ("Sie hat einmalig 480 € für die Installation bezahlt.", "lifetime"),
    ],
)
def test_a_term_or_a_one_off_payment_names_the_basis_of_a_value(text: str, basis: str) -> None:
    assert [
        c.basis for c in classify(text, answering_value=True) if c.role == "customer_value"
    ] == [basis]


def test_a_contracts_total_sizes_the_customer_as_a_business() -> None:
    text = (
        "Customer: Apex Fight Promotions\nContract: 3-year streaming deal, $1.1M total\n"
        "Incident: the stream failed for 40 minutes during the main event."
    )
    facts = extract(text, CaseFacts(), None, today=TODAY)
    assert facts.segment is not None and facts.segment.value == "b2b"
