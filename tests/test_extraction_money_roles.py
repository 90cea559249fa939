"""Which sum is the customer's value, and which is a decoy or a fee: each test names one
way people write money around a complaint, with the false friends beside it."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from graph.understanding.money import classify

TODAY = date(2026, 12, 1)


def read(text: str) -> CaseFacts:
    return extract(text, CaseFacts(), None, today=TODAY)


def roles(text: str) -> list[tuple[float, str]]:
    return [(c.mention.value, c.role) for c in classify(text)]


@pytest.mark.parametrize(
    ("text", "decoy"),
    [
        ("They have a $2M credit line with us and bring in about $35k a year in fees.", 2e6),
        ("Producto: línea de crédito de 2 millones de euros, unos 45.000 € al año.", 2e6),
        ("Pix de R$ 380 mil travou, ela paga R$ 900 por mês.", 380_000),
        ("salaire de ~2 100 €/mois domicilié chez nous, carte bloquée", 2_100),
        ("her standing order for her care home fees (£3,850 a month) was cancelled", 3_850),
        ("We are still holding his $3,000 deposit; he spends $8,500 a year.", 3_000),
        ("repasse de R$ 42 mil não caiu há 10 dias", 42_000),
        ("Our payroll batch of $184,000 did not go out.", 184_000),
    ],
)
def test_money_that_moves_or_is_borrowed_is_not_value(text: str, decoy: float) -> None:
    assert (decoy, "other") in roles(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # false friends: deposits held with a bank are assets, fees paid to us are value
        ("Deposits of about $400k with us.", 400_000),
        ("They bring in about $35k a year in fees.", 35_000),
        ("Pagan unos 2.400 € al mes.", 2_400),
    ],
)
def test_value_words_still_size_the_customer(text: str, value: float) -> None:
    assert (value, "customer_value") in roles(text)


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("my bill this month is $412 instead of $89", 323),
        ("vous nous avez facturé 98 € au lieu de 49 € ce mois-ci", 49),
        ("cobramos R$ 1.299,00 em vez de R$ 649,50 pela geladeira", 649.5),
        ("factura de agua de 2.870 € cuando lo normal son 300 €", 2_570),
        ("facture de 9 400 € au lieu de 1 850 €", 7_550),
    ],
)
def test_a_charge_instead_of_the_right_price_is_the_difference(text: str, fee: float) -> None:
    facts = read(text)
    assert facts.fees_in_error is not None and facts.fees_in_error.value == pytest.approx(fee)
    assert facts.annual_value is None


def test_the_right_price_with_its_period_is_what_they_pay() -> None:
    facts = read("Wir buchen seit Juli 180 € statt der vereinbarten 95 € im Monat ab.")
    assert facts.annual_value is not None and facts.annual_value.value == 1_140
    assert facts.fees_in_error is None  # the months overcharged are not told


def test_the_total_said_again_after_the_difference_counts_once() -> None:
    facts = read("zweimal eingezogen, zusammen 71.800 € statt 35.900 €, also 35.900 € zu viel.")
    assert facts.fees_in_error is not None and facts.fees_in_error.value == 35_900


def test_two_sums_not_set_against_each_other_are_read_apart() -> None:
    # false friend: no "instead of" between them, so no difference is taken
    assert (323, "fee_in_error") not in roles("The bill was $412 and the plan is $89 a month.")


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("Das Abo wurde nach seiner Kündigung weiter abgebucht, 6 × 17,99 €.", 107.94),
        ("Sie haben mir 3x 59,90 € für ein Abo abgebucht, das ich nie abgeschlossen habe.", 179.7),
        # false friend: a charge taken twice was owed once
        ("You charged me 2 x 180 € for the same order.", 180),
    ],
)
def test_charges_never_owed_are_all_in_error(text: str, fee: float) -> None:
    facts = read(text)
    assert facts.fees_in_error is not None and facts.fees_in_error.value == pytest.approx(fee)


def test_a_daily_cost_is_not_a_yearly_value() -> None:
    facts = read("ph ~£1.1k/yr premium, she's hiring a car at £45/day")
    assert facts.annual_value is not None and facts.annual_value.value == 1_100


def test_a_daily_spend_with_a_value_word_is_still_value() -> None:
    facts = read("She spends about $40 a day with us.")
    assert facts.annual_value is not None and facts.annual_value.value == 14_600


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("die Beschwerde von Nordlicht Möbel GmbH (Vertragsvolumen 360.000 € über 3 Jahre)", 360e3),
        ("Unser Lizenzvertrag über 3 Jahre (126.000 €) steht auf dem Prüfstand.", 126e3),
        ("Our contract with you is $96,000 for the programme.", 96e3),
    ],
)
def test_a_contract_total_is_a_contract_not_a_year(text: str, amount: float) -> None:
    found = [c for c in classify(text) if c.role == "customer_value"]
    assert [(c.mention.value, c.basis) for c in found] == [(amount, "contract")]


def test_a_yearly_contract_stays_yearly() -> None:
    found = [c for c in classify("Contract: $220k a year, customer since 2016.")]
    assert [(c.mention.value, c.basis) for c in found] == [(220_000, "annual")]


def test_revenue_lost_is_a_loss_not_value() -> None:
    text = "der Connector verliert Bestellungen: ca. 1.400 Bestellungen mit 210.000 € Umsatz."
    assert (210_000, "customer_loss") in roles(text)
    # false friend: revenue with no loss told is what they bring us
    assert (210_000, "customer_value") in roles("Umsatz mit uns: 210.000 € im Jahr.")


def test_a_labelled_value_line_keeps_what_kind_of_value_it_is() -> None:
    facts = read("Client: Naomi Feld\nContract value: $18,400 total, $8,500 deposit paid")
    assert [(a.value, a.basis) for a in facts.amounts if a.role == "customer_value"] == [
        (18_400, "contract")
    ]


def test_a_word_cut_at_the_edge_of_the_clause_is_no_cue() -> None:
    # "closing" cut to "losing" must not make the seller's daily charge a loss
    text = (
        "wire of $250k to her lawyer for a house closing held 3 days by our compliance hold, "
        "closing slipped, she's being charged $500/day by the seller"
    )
    assert (500, "customer_loss") not in roles(text)


def test_what_they_pay_this_year_is_a_yearly_value() -> None:
    found = classify("renewal quote came in at £4,980 vs £3,650 this year")
    assert [(c.mention.value, c.role) for c in found] == [
        (4_980, "other"),
        (3_650, "customer_value"),
    ]


def test_damages_a_letter_claims_are_a_demand() -> None:
    text = "abonen a nuestra mandante 15.000 € en concepto de daños y perjuicios."
    assert (15_000, "demand") in roles(text)


def test_the_total_of_a_first_stay_is_their_whole_spend() -> None:
    found = classify("Rate: £240/night, £480 total\nPrevious stays: none", first_time=True)
    assert [(c.mention.value, c.role, c.basis) for c in found if c.role == "customer_value"] == [
        (480, "customer_value", "lifetime")
    ]
    # false friend: a returning guest's bill total is not their lifetime spend
    assert all(c.role != "customer_value" for c in classify("Rate: £240/night, £480 total"))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("compró en Medellín un portátil de 4,2 millones de pesos", "COP"),
        ("en Buenos Aires, pagan $ 350.000 por mes", "ARS"),
        ("Nos traen unos 4,2 millones de pesos al año.", "MXN"),  # pesos alone stay Mexican
    ],
)
def test_which_pesos(text: str, currency: str) -> None:
    assert {c.mention.currency for c in classify(text)} == {currency}


def test_a_sum_a_charge_took_is_not_their_value() -> None:
    text = "la facture de renouvellement a été prélevée à 40 500 € (250 licences au lieu de 25)"
    assert (40_500, "customer_value") not in roles(text)
    # false friends: their usual bill, and what they pay each month, are their value
    usual = classify("My usual quarterly bill is about £310.")
    assert [(c.mention.value, c.role) for c in usual] == [(1_240, "customer_value")]
    assert (2_400, "customer_value") in roles("Cobramos unos 2.400 € al mes.")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("we threw away £3,400 of stock and had to close both shops", "customer_loss"),
        ("cobraram R$ 389 de roaming numa viagem que ela nem fez", "fee_in_error"),
        ("a dépensé 380 € d'hôtel, veut être remboursée", "out_of_pocket"),
    ],
)
def test_roles_in_other_words(text: str, role: str) -> None:
    assert [r for _, r in roles(text)] == [role]


def test_a_new_line_ends_the_clause() -> None:
    # the period on the line above does not make the next line's sum yearly
    text = "Plano: Premium anual de R$ 479,90\nalguém comprou R$ 1.260 em jogos com o cartão dele"
    assert (1_260, "customer_value") not in roles(text)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("factura 4,2 millones de euros al año", 4_200_000, "EUR"),  # a bill word with its period
        ("CHF 3'500 pro Monat", 3_500, "CHF"),
        ("about 30 grand a month", 30_000, None),
        ("2 500 $ CA par mois", 2_500, "CAD"),
    ],
)
def test_written_forms_of_a_value(text: str, value: float, currency: str | None) -> None:
    found = [
        (c.mention.value, c.mention.currency) for c in classify(text) if c.role == "customer_value"
    ]
    assert found == [(value, currency)]


def test_a_sum_said_again_is_the_same_money() -> None:
    text = (
        "compró en Medellín un portátil de 4200000 de pesos y le llegó la caja vacía. "
        "Pide que le devuelvan los 4200000 y dice que lo va a publicar."
    )
    found = [(c.mention.value, c.mention.currency, c.role) for c in classify(text)]
    assert found == [(4_200_000, "COP", "other"), (4_200_000, "COP", "demand")]
    # false friends: a bare count that differs from every sum stays a count
    assert [c.mention.value for c in classify("paid €640 for 2 rooms, 3 nights")] == [640]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The refund of €340 never arrived.", "fee_in_error"),
        ("el reembolso de los 612 € nunca llegó a la tarjeta", "fee_in_error"),
        ("die Erstattung von 89 € ist nie angekommen", "fee_in_error"),
        # false friends: a refund asked for is a demand; an order that never shipped is not a fee
        ("he wants a refund of $340", "demand"),
        ("Their order of $45,000 never shipped", "other"),
    ],
)
def test_a_refund_that_never_came_is_owed(text: str, role: str) -> None:
    assert [r for _, r in roles(text)] == [role]


@pytest.mark.parametrize(
    "text",
    [
        "O lote de pagamento da equipe (total de R$ 96.300,00) segue parado na análise.",
        "La factura de septiembre vino con lecturas estimadas y nos cobraron 4.150 € de más.",
        "Pagámos a campanha toda adiantado e ela nunca foi ao ar: R$ 27.000.",
        "Nous avions réservé notre congrès annuel du 3 au 5 mars 2027 (devis de 14 200 €).",
        "cobraron 300 licencias en vez de 30 en la factura, diferencia de 8.100 €",
    ],
)
def test_a_sum_of_the_incident_is_not_the_customers_value(text: str) -> None:
    """Far from a value word, the complaint's sum is the incident's: the value is asked."""
    facts = read(text)
    assert facts.annual_value is None
    assert not facts.has("value")


@pytest.mark.parametrize(
    ("text", "per_year"),
    [
        (
            "Kundenwert: bucht jedes Jahr Schulungen für ungefähr CHF 31'500\nProblem: Kurs abgesagt",
            31_500,
        ),
        ("Customer value: renews every year at roughly $48,000\nIssue: portal down", 48_000),
    ],
)
def test_a_labelled_value_line_is_the_value_however_it_is_worded(
    text: str, per_year: float
) -> None:
    assert read(text).annual_value.value == per_year


@pytest.mark.parametrize(
    ("text", "per_year"),
    [
        # a driving licence is no software licence
        (
            "Someone used a fake driving licence at our store and moved £1,800 out of his bank.",
            None,
        ),
        # a price that went up: the new figure is what they pay
        ("Her renewal premium went up 12% (from $530 to $594 a year).", 594),
    ],
)
def test_the_incident_and_a_change_of_price_read_right(text: str, per_year: float | None) -> None:
    facts = read(text)
    got = facts.annual_value.value if facts.annual_value else None
    assert got == per_year


def test_a_savings_balance_is_held_assets_not_yearly_spend() -> None:
    facts = extract(
        "Sparguthaben rund 60.000 € bei uns, Kunde seit 1990", CaseFacts(), "value", today=TODAY
    )
    values = [(a.value, a.basis) for a in facts.amounts if a.role == "customer_value"]
    assert values == [(60_000, "aum")]


def test_all_told_since_joining_is_spend_over_the_years() -> None:
    facts = extract(
        "About $1,200 all told since she joined in 2022", CaseFacts(), "value", today=TODAY
    )
    values = [(a.value, a.basis) for a in facts.amounts if a.role == "customer_value"]
    assert values == [(1_200, "lifetime")]


def test_a_tenure_line_beside_a_monthly_fee_is_no_second_sum() -> None:
    facts = read(
        "Utente: Rui Lopes\nMensalidade: 95 €\nCliente desde: 2019\nProblema: consulta cancelada"
    )
    assert facts.annual_value.value == 95 * 12
    assert facts.tenure_years.value == 7


@pytest.mark.parametrize(
    ("complaint", "answer", "spent"),
    [
        (
            "Pedido #88120: laptop 1.199 € bestellt und bezahlt, nie geliefert.",
            "Erste Bestellung",
            1_199,
        ),
        (
            "Campanha: pacote pago antecipado R$ 42.000, não foi ao ar.",
            "Primeira campanha com a gente",
            42_000,
        ),
    ],
)
def test_a_first_order_or_campaign_paid_is_the_whole_spend(
    complaint: str, answer: str, spent: float
) -> None:
    facts = extract(answer, read(complaint), "value", today=TODAY)
    values = [(a.value, a.basis) for a in facts.amounts if a.role == "customer_value"]
    assert values == [(spent, "lifetime")]
