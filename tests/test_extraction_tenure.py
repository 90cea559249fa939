"""How long someone has been a customer, as agents write it, with the false friends."""

from __future__ import annotations

from datetime import date

import pytest

from graph.understanding.dates import tenure_years
from graph.understanding.money import classify

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ph ~£1.1k/yr premium, 9 yrs w/ us, car stolen", 9),
        ("Kundin seit: 2012", 14),
        ("Cliente depuis : 2019", 7),
        ("Pago R$ 149,90 por mês há 5 anos e nunca atrasei uma conta.", 5),
        ("Roughly £2,600 in total since March, mostly the bike.", 0.75),
    ],
)
def test_tenure_as_written(text: str, years: float) -> None:
    found = tenure_years(text, TODAY)
    assert found is not None and found.value == pytest.approx(years)


@pytest.mark.parametrize(
    "text",
    [
        "Contract: $150,000 over 3 years, currently billed $5,000/month",  # a contract's term
        "3rd time since sept. practice mgr says patients are furious",  # a count of failures
        "the app has been down since March for some users",  # not about them as a customer
    ],
)
def test_not_tenure(text: str) -> None:
    assert tenure_years(text, TODAY) is None


def test_an_ordinal_count_of_times_is_not_money() -> None:
    # "é a terceira vez este ano" must not read as 3 a year
    found = classify("cobraram R$ 389 de roaming, é a 3ª vez este ano")
    assert [c.mention.value for c in found] == [389]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("with us since '15", 11),
        ("customer since '98", 28),
        ("joined in 2021", 5),
        ("customer since Jan 2024", 2),
        ("10+ years with us", 10),
        ("Rahmenvertrag seit 2019", 7),  # a contract since a year dates the customer
    ],
)
def test_more_ways_to_write_tenure(text: str, years: float) -> None:
    found = tenure_years(text, TODAY)
    assert found is not None and found.value == pytest.approx(years)


@pytest.mark.parametrize(
    "text",
    ["contract runs for 3 years", "in 2019 the bug appeared", "the outage since 2024 in Berlin"],
)
def test_more_false_friends_of_tenure(text: str) -> None:
    assert tenure_years(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Kundin seit März 2021, Tarif Komfort.", 5),
        ("with us since the beginning of 2020", 6),
        ("Cliente desde principios de 2019.", 7),
        ("Client depuis le début 2016, très fidèle.", 10),
        ("acct opened 2018, premium checking", 8),
        ("onboarded in Q2 2024 on the Growth plan", 2),
        ("tenure: 4y, ARR 60k", 4),
    ],
)
def test_tenure_from_a_month_a_part_of_a_year_or_an_opening(text: str, years: float) -> None:
    found = tenure_years(text, TODAY)
    assert found is not None and found.value == pytest.approx(years)


@pytest.mark.parametrize(
    "text",
    [
        "le cargamos 1.640 € el día 25 y otra vez el 26",
        "una pérdida de 4200000 y la tienda cerrada",
    ],
)
def test_a_spanish_and_after_a_number_is_not_years(text: str) -> None:
    assert tenure_years(text, TODAY) is None


@pytest.mark.parametrize(
    ("note", "years"),
    [
        ("Empresa: Oficina Lume Ltda\nCliente desde: mar/2020\nProblema: sem sinal", 6),
        ("Kunde: Harald Brenner\nKunde seit: 04/2016\nProblem: Router tot", 10),
        ("cust since: sept 2022, line down again", 4),
    ],
)
def test_a_labelled_since_line_gives_tenure_however_the_date_is_written(
    note: str, years: float
) -> None:
    from graph.extraction import extract
    from graph.models import CaseFacts

    assert extract(note, CaseFacts(), today=TODAY).tenure_years.value == years


def test_signed_up_with_a_bare_year_is_tenure() -> None:
    assert tenure_years("€9/mo, signed up 2023", TODAY).value == 3


@pytest.mark.parametrize(
    "answer",
    [
        "Kursgebühr 180 €, erste Anmeldung bei uns",
        "Paid a $180 course fee, first enrolment with us",
    ],
)
def test_a_first_time_fee_in_the_value_answer_is_all_they_spent(answer: str) -> None:
    from graph.extraction import extract
    from graph.models import CaseFacts

    facts = extract("Course cancelled two days before it started.", CaseFacts(), today=TODAY)
    facts = extract(answer, facts, "value", today=TODAY)
    values = [a for a in facts.amounts if a.role == "customer_value"]
    assert [(a.value, a.basis) for a in values] == [(180, "lifetime")]
    assert facts.tenure_years.value == 0
