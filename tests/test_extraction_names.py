"""The customer's name in the layouts agents paste, and the people who are not the
customer (our agents, a colleague forwarding, a travel agency)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts

TODAY = date(2026, 12, 1)


def name_of(text: str) -> str | None:
    facts = extract(text, CaseFacts(), None, today=TODAY)
    return facts.customer_name.value if facts.customer_name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "[10:14] Tom Reyes (AM): escalating Halvorsen Freight LLC, with us since 2018\n"
            "[10:15] Tom Reyes (AM): our API is timing out",
            "Halvorsen Freight LLC",
        ),
        (
            "[14:02] Agent (Sam): how can I help?\n"
            "[14:03] Customer (Rita Alvarez): my bill is wrong again",
            "Rita Alvarez",
        ),
        (
            "14:02 Julie Fontaine (Atelier Fontaine & Fils) : vous nous avez facturé deux fois\n"
            "14:03 Marc (support) : je regarde",
            "Atelier Fontaine & Fils",
        ),
        ("cx Daniel Mercer, Platinum, flies ~$9k/yr w/ us", "Daniel Mercer"),
        ("> Leo Tan (Community): streamer Aisha Kamara, spends ~$250/mo", "Aisha Kamara"),
        (
            "> Javier Ortega (CSM): ojo con Logística Pampa SRL, pagan USD 3.500",
            "Logística Pampa SRL",
        ),
        ("Spoke with Colin Baptiste, whose house move we did on Tuesday.", "Colin Baptiste"),
        ("Llamó la señora Pilar Gómez Herrera: le denegamos el siniestro.", "Pilar Gómez Herrera"),
        ("Head of finance at Tidewater Logistics called about invoices.", "Tidewater Logistics"),
        ("Ticket #: 88213\nRequester: Lena Park\nSubject: Sofa broken", "Lena Park"),
        (
            "Kunde: Bäckerei Hofmann GmbH & Co. KG\nProblem: Wasserschaden",
            "Bäckerei Hofmann GmbH & Co. KG",
        ),
    ],
)
def test_the_customer_is_named(text: str, name: str) -> None:
    assert name_of(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "-----Original Message-----\nFrom: Ken Doyle <k.doyle@ourpower.co.uk>\n"
            "Subject: FW: outage\n\nForwarding this from the customer, Harlow Street Bakery Ltd. "
            "They pay about £1,900 a month.",
            "Harlow Street Bakery Ltd",
        ),
        (
            "---------- Mensaje reenviado ---------\nDe: Viajes Sol <reservas@viajessol.es>\n"
            "Asunto: Reclamación\n\nOs reenvío la queja de nuestra clienta, Marta Ibáñez Ruiz, "
            "que gasta unos 6.000 € al año.",
            "Marta Ibáñez Ruiz",
        ),
        (
            "---------- Weitergeleitete Nachricht ---------\nVon: Lukas Brandt <l.brandt@firma.de>\n"
            "Betreff: WG: Bestellungen\n\nanbei die Beschwerde von Nordlicht Möbel GmbH.",
            "Nordlicht Möbel GmbH",
        ),
    ],
)
def test_a_colleague_forwarding_is_not_the_customer(text: str, name: str) -> None:
    assert name_of(text) == name


def test_our_own_requester_is_not_the_customer() -> None:
    text = (
        "Re: Tallis & Crane Architects – lost project files\nRequested by: Sam (L2 support)\n"
        "Plan: Team, $27,000 ARR"
    )
    assert name_of(text) != "Sam"


def test_an_agent_speaking_in_a_paste_is_not_the_customer() -> None:
    # false friend: "> Priya Nair (AM):" is our account manager
    text = "> Priya Nair (AM): reminders have not gone out for 3 days, about $48k ARR"
    assert name_of(text) != "Priya Nair"


def test_a_business_named_mid_sentence() -> None:
    text = "> Carmen Vidal (Soporte): la Clínica Dental Sonrisa no puede ver las historias"
    assert name_of(text) == "Clínica Dental Sonrisa"
    # false friends: a project or a newspaper named the same way is not a business customer
    assert name_of("they missed the Harbour Quay project deadline, 3 days down") is None
    assert name_of("a reporter from the Evening Standard emailed us") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Escalation: Acme Widgets Inc. — outage since Monday", "Acme Widgets Inc"),
        (
            "RE: Complaint from Greenleaf Organics Ltd about late deliveries",
            "Greenleaf Organics Ltd",
        ),
        (
            "Subject: Complaint - Northstar Dental\n\nHi, our booking system is down.",
            "Northstar Dental",
        ),
        (
            "> Sam (Support): can someone look at Bluewave Surf School? booking page down",
            "Bluewave Surf School",
        ),
        ("Customer name - Priya Shah. Issue - refund not received", "Priya Shah"),
    ],
)
def test_headings_and_requests_name_the_customer(text: str, name: str) -> None:
    assert name_of(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Complaint: the portal is down since Monday",
        "Please take a look at this one, the app is down",
    ],
)
def test_headings_without_a_name(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hi, this is Daniel Ortiz from Ortiz Logistics. Our tracking portal is down.",
            "Ortiz Logistics",
        ),
        ("Hola, soy Lucía Fernández y llevo tres días sin internet.", "Lucía Fernández"),
        ("Guten Tag, hier ist Thomas Weber, mein Paket ist nicht angekommen.", "Thomas Weber"),
        ("Bonjour, je suis Claire Martin et ma box ne marche plus.", "Claire Martin"),
        ("Case for Jennifer Walsh — her pension payment never arrived.", "Jennifer Walsh"),
        ("Member #88123 (Rebecca Stone) says her points vanished.", "Rebecca Stone"),
        (
            "Ticket #5521 | Requester: Omar Haddad | Priority: Urgent | Subject: Card blocked",
            "Omar Haddad",
        ),
    ],
)
def test_introductions_and_exports_name_the_customer(text: str, name: str) -> None:
    assert name_of(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Customer: N/A (walk-in)\nIssue: the shoes broke after a week",
        "Subject: This Is Not Acceptable\n\nmy bill doubled",  # a title-case subject is no name
        "I'm Furious About This Bill",
    ],
)
def test_no_name_is_given(text: str) -> None:
    assert name_of(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From: Sofia Marques <sofia@padaria-marques.pt>\nSubject: encomenda\n\n"
            "A encomenda da Padaria Marques não chegou e a loja abre às 7h.",
            "Padaria Marques",
        ),
        ("> Priya Nair (AM): Orchard Dental's booking system is down since 8am", "Orchard Dental"),
        ("Ticket #8812 – Jürgen Weiß – Router defekt seit Montag", "Jürgen Weiß"),
        ("Cliente: Transportes Ruiz SL. 40 camiones sin GPS desde ayer.", "Transportes Ruiz SL"),
        ("Hi team, Laura Mendes (laura.m@gmail.com) says her refund never came.", "Laura Mendes"),
        (
            "Cliente: Grupo Ferretero Altamira SA de CV\nProblema: el ERP no factura.",
            "Grupo Ferretero Altamira SA de CV",
        ),
    ],
)
def test_names_from_an_address_a_possessive_a_ticket_subject_and_a_greeting(text, name):
    facts = extract(text, CaseFacts(), None)
    assert facts.customer_name is not None and facts.customer_name.value.rstrip(".") == name
