"""Make whole first, through the real extraction and policy: a charge taken more than once
refunds the extra charges, a receipt paid in another currency is paid back in it and kept
out of the total, and an in-kind item carries no money amount anywhere it is shown."""

from __future__ import annotations

import json
import re

import pytest

from graph.drafting.base import DraftContext
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import apply_defaults, extract
from graph.models import (
    SECTION_ORDER,
    CaseFacts,
    CompensationItem,
    CompensationPackage,
    PolicyDecision,
    SectionDraft,
    SectionVersion,
)
from graph.plan_document import assemble
from graph.policy import decide, default_policy

POLICY = default_policy()


def _decided(text: str) -> tuple[CaseFacts, PolicyDecision]:
    facts = apply_defaults(extract(text, CaseFacts()))
    return facts, decide(facts, POLICY)


def _owed(decision: PolicyDecision, kind: str, currency: str | None = None) -> float:
    return round(
        sum(
            i.amount or 0
            for i in decision.recommended.items
            if i.kind == kind and i.currency == currency
        ),
        2,
    )


# (id, text, case currency, refund of what was taken in error, reimbursed in case currency);
# a fee the customer's bank charged is reimbursed, not refunded: we never took it
REPEATED = [
    (
        "en-charged-twice-plus-bank-fee",
        "Customer: Ann Lee, consumer since 2019, about $1,200 a year with us.\n"
        "Issue: We charged her twice for the $89 renewal and her bank added a $25 overdraft fee.",
        "USD", 89.0, 25.0,
    ),
    (
        "en-three-times",
        "Customer: Tom Reid, personal account. Issue: the app charged him three times for the "
        "same £40 order and he wants it sorted today.",
        "GBP", 80.0, 0.0,
    ),
    (
        "en-double-charged",
        "Issue: customer was double-charged $59.99 for the monthly plan on March 3.",
        "USD", 59.99, 0.0,
    ),
    (
        "en-statement-2x-with-total",
        "Issue: her statement shows 2 x $120 = $240 for one booking. She spends ~$3k/yr with us.",
        "USD", 120.0, 0.0,
    ),
    (
        "es-dos-veces-y-comision",
        "Cliente: Marta Gil, particular desde 2015.\nProblema: Le cobramos dos veces la cuota "
        "anual (2 x 180 €) y además una comisión de descubierto de 35 €.",
        "EUR", 215.0, 0.0,
    ),
    (
        "es-en-duplicado",
        "Problema: le hemos cobrado en duplicado la factura de 64,50 € de junio; es cliente "
        "desde hace 6 años.",
        "EUR", 64.5, 0.0,
    ),
    (
        "pt-duas-vezes-e-tarifa",
        "Cliente: João Pereira, desde 2017.\nProblema: cobramos duas vezes a mensalidade de "
        "R$ 89,90 e o banco cobrou uma tarifa de R$ 15.",
        "BRL", 89.9, 15.0,
    ),
    (
        "pt-em-dobro",
        "Problema: a cliente foi cobrada em dobro pelo pedido de R$ 320; gasta cerca de "
        "R$ 6.000 por ano conosco.",
        "BRL", 320.0, 0.0,
    ),
    (
        "fr-deux-fois-et-frais",
        "Client : M. Martin, client depuis 2012.\nProblème : nous lui avons débité deux fois "
        "120 € pour son abonnement et sa banque a pris des frais bancaires de 15 €.",
        "EUR", 120.0, 15.0,
    ),
    (
        "fr-trois-fois",
        "Problème : la cliente a été prélevée trois fois de 49 € ce mois-ci.",
        "EUR", 98.0, 0.0,
    ),
    (
        "de-doppelt-und-gebuehr",
        "Kunde: Herr Weber, seit 2012 Kunde.\nProblem: Wir haben die Jahresgebühr von 120 € "
        "doppelt abgebucht, dazu kam eine Rücklastschriftgebühr von 8 €.",
        "EUR", 128.0, 0.0,
    ),
    (
        "de-dreimal",
        "Problem: Die Bestellung über 75 € wurde dreimal abgebucht. Kundin seit 3 Jahren.",
        "EUR", 150.0, 0.0,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "currency", "refund", "reimbursed"),
    [case[1:] for case in REPEATED],
    ids=[case[0] for case in REPEATED],
)
def test_a_charge_taken_more_than_once_refunds_the_extra_charges(
    text: str, currency: str, refund: float, reimbursed: float
):
    _facts, d = _decided(text)
    assert d.currency == currency
    assert _owed(d, "refund") == refund
    assert _owed(d, "reimbursement") == reimbursed
    # owed at every level: the lighter package refunds the same
    assert sum(i.amount or 0 for i in d.alternative.items if i.kind == "refund") == refund


@pytest.mark.parametrize(
    "text",
    [
        "Problem: she called three times about the missing parcel. Her order was 40 €.",
        "Issue: the booking was charged at $180 for a double room that was never cleaned.",
        "Problem: Wir haben 240 € für das Doppelzimmer berechnet, die Heizung fiel aus.",
        "Problema: le cobramos 90 € por una habitación doble sin agua caliente.",
    ],
    ids=["count-of-calls", "en-double-room", "de-doppelzimmer", "es-habitacion-doble"],
)
def test_a_charge_taken_once_is_not_a_repeat(text: str):
    _facts, d = _decided(text)
    assert _owed(d, "refund") == 0


# (id, text, case currency, foreign currency, paid in it, reimbursed in the case currency)
OTHER_CURRENCY = [
    (
        "de-hotel-in-dollars",
        "Kunde: Herr Weber, Privatkunde seit 2012, gibt rund 6.000 € im Jahr bei uns aus.\n"
        "Problem: Flug gestrichen, er musste ein Hotel (2 Nächte, 780 $) selbst bezahlen und "
        "ein Taxi für 45 €.",
        "EUR", "USD", 780.0, 45.0,
    ),
    (
        "es-hotel-in-usd",
        "Cliente: Lucía Ramos, viaja con nosotros desde 2014, unos 4.000 € al año en vuelos.\n"
        "Problema: vuelo cancelado, tuvo que pagar un hotel de 210 USD en Miami y un taxi de 30 €.",
        "EUR", "USD", 210.0, 30.0,
    ),
    (
        "pt-hotel-in-euros",
        "Cliente: Ana Souza, desde 2016, gasta uns R$ 20.000 por ano em voos.\nProblema: voo "
        "cancelado em Lisboa, teve que pagar hotel de 150 € do próprio bolso.",
        "BRL", "EUR", 150.0, 0.0,
    ),
    (
        "fr-hotel-in-cad",
        "Client : Mme Dubois, cliente depuis 2010, environ 5 000 € par an.\nProblème : vol "
        "annulé à Montréal, elle a dû payer l'hôtel 320 CAD et un taxi de 40 €.",
        "EUR", "CAD", 320.0, 40.0,
    ),
    (
        "en-pounds-case-dollar-receipts",
        "Customer: Priya Shah, Gold member since 2015, about £8k a year in flights.\nIssue: "
        "flight cancelled in New York, she had to pay for a hotel ($260) and meals ($45) herself.",
        "GBP", "USD", 305.0, 0.0,
    ),
]  # fmt: skip


async def _plan_text(facts: CaseFacts, d: PolicyDecision):
    ctx = DraftContext(facts=facts, decision=d, owner_name="Dana")
    drafter = PlaybookDrafter()
    for key in SECTION_ORDER:
        ctx.approved[key] = await drafter.draft(key, ctx)
    sections = {
        key: SectionDraft(
            key=key,
            versions=[SectionVersion(number=1, text=ctx.approved[key], source="drafted")],
            approved=True,
        )
        for key in SECTION_ORDER
    }
    return assemble("Case", "Holding.", sections, d, facts, [])


@pytest.mark.parametrize(
    ("text", "currency", "paid_in", "spent", "own"),
    [case[1:] for case in OTHER_CURRENCY],
    ids=[case[0] for case in OTHER_CURRENCY],
)
async def test_a_receipt_in_another_currency_is_paid_back_in_it_and_never_added_in(
    text: str, currency: str, paid_in: str, spent: float, own: float
):
    facts, d = _decided(text)
    assert d.currency == currency
    assert _owed(d, "reimbursement", paid_in) == spent
    assert _owed(d, "reimbursement") == own
    # the total is in the case's currency only, and its text names the other one apart
    assert d.recommended.total == round(
        sum(i.amount or 0 for i in d.recommended.items if i.currency is None), 2
    )
    total_text = d.recommended.total_text(d.currency, d.locale)
    foreign = next(i for i in d.recommended.items if i.currency == paid_in)
    shown = foreign.amount_text(d.currency, d.locale)
    assert shown in total_text and f"in {paid_in}, not converted" in total_text
    plan = await _plan_text(facts, d)
    assert shown in plan.markdown
    # never relabelled: the receipt's figure never appears in the case's currency
    relabelled = foreign.model_copy(update={"currency": None}).amount_text(d.currency, d.locale)
    assert relabelled not in plan.markdown
    assert not [f for f in plan.lint.findings if f.rule == "foreign-currency"]
    summary = plan.summary()
    row = next(r for r in summary["compensation_items"] if r["currency"] == paid_in)
    assert row["amount"] == spent and row["amount_text"] == shown


_ZERO = re.compile(
    r"(?<![\d.,])0(?:[.,]00)?\s?(?:€|\$|£|R\$|CA\$|USD|EUR|BRL|GBP)|[€$£]\s?0(?:[.,]00)?(?!\d)"
)


@pytest.mark.parametrize(
    "text",
    [case[1] for case in REPEATED[:6]] + [case[1] for case in OTHER_CURRENCY[:3]],
)
async def test_an_in_kind_item_has_no_amount_and_no_zero_is_shown(text: str):
    from bot.slack.blocks import plan_summary

    facts, d = _decided(text)
    in_kind = [i for i in d.recommended.items + d.alternative.items if i.kind == "in_kind"]
    assert in_kind, "every package carries an in-kind gesture"
    assert all(i.amount is None for i in in_kind)
    plan = await _plan_text(facts, d)
    assert not _ZERO.search(plan.markdown), _ZERO.search(plan.markdown)
    blocks = json.dumps(plan_summary(plan), ensure_ascii=False)
    assert not _ZERO.search(blocks)
    rows = [r for r in plan.summary()["compensation_items"] if r["kind"] == "in_kind"]
    assert rows and all(r["amount"] is None and r["amount_text"] is None for r in rows)


def test_a_package_of_gestures_only_shows_no_zero_total():
    package = CompensationPackage(
        name="Recommended",
        items=[CompensationItem(label="A room upgrade on their next stay", kind="in_kind")],
    )
    assert package.total == 0
    assert not _ZERO.search(package.total_text("EUR", "de"))
    assert package.items[0].line("EUR", "de") == "A room upgrade on their next stay"


def test_an_in_kind_item_checkpointed_with_a_zero_reads_back_without_an_amount():
    item = CompensationItem.model_validate(
        {"label": "Fee waiver", "amount": 0.0, "kind": "in_kind"}
    )
    assert item.amount is None and item.amount_text("EUR") is None


async def test_a_receipt_in_another_currency_larger_than_the_envelope_is_still_paid_back():
    """The envelope is a total in the case's currency and the receipt stands outside it, so
    neither the plan check nor the reply check holds the receipt's figure to it."""
    from graph.reply_check import check_reply
    from graph.state import Owner

    text = (
        "Cliente: Tomás Vidal, primera reserva con nosotros, un billete de 90 €.\n"
        "Problema: vuelo cancelado en Nueva York, tuvo que pagar un hotel de 640 USD."
    )
    facts, d = _decided(text)
    assert d.currency == "EUR" and _owed(d, "reimbursement", "USD") == 640
    assert d.envelope_max < 465, "the envelope alone would refuse the receipt and its cap"
    plan = await _plan_text(facts, d)
    money = [
        f for f in plan.lint.findings if f.rule in ("money-outside-envelope", "foreign-currency")
    ]
    assert not money, money
    said = [line[2:] for line in plan.markdown.splitlines() if line.startswith("> ")]
    script = next(line for line in said if "US$" in line)  # the line that pays it back
    flags = check_reply(script, facts, d, Owner(name="Dana"), language="es").flags
    assert not [f for f in flags if f.kind in ("outside-envelope", "foreign-currency")], flags
