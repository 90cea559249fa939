"""Who the customer is from the structure of a paste: a colleague's team in a Slack
bracket, the account a forwarder names, a parent a son or daughter writes for, a
signature that puts role and company after the name, labelled fields in five languages.
Each rule with the look-alikes it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from graph.understanding import names, notes

TODAY = date(2026, 12, 1)


def name_of(text: str) -> str | None:
    facts = extract(text, CaseFacts(), None, today=TODAY)
    return facts.customer_name.value if facts.customer_name else None


@pytest.mark.parametrize(
    "text",
    [
        "> Dana Lee (Partner Client Services) [10:02 AM]: escalation from Orchard Vets Group\n"
        "> Dana Lee (Partner Client Services) [10:03 AM]: their scans are late again",
        "> Sam Ruiz (Customer Success) [9:00 AM]: need a hand with Northwind Clinics\n"
        "> Sam Ruiz (Customer Success) [9:01 AM]: their portal is down",
    ],
)
def test_a_team_named_with_client_or_customer_is_ours(text: str) -> None:
    assert name_of(text) in ("Orchard Vets Group", "Northwind Clinics")


def test_a_speaker_who_is_the_customer_still_counts() -> None:
    text = "[14:03] Rita Alvarez (customer): my bill is wrong again"
    assert name_of(text) == "Rita Alvarez"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fwd from the Marlow Tiles account inbox\n\nFrom: Jo Park <jo@marlow.example>\n"
            "Subject: late order\n\nOur order is three weeks late.\nJo",
            "Marlow Tiles",
        ),
        (
            "Forwarding from Greenfield Outfitters' buyer.\n\nFrom: Ana Cruz\n"
            "Subject: wrong invoice\n\nYou invoiced us twice.\nAna",
            "Greenfield Outfitters",
        ),
        (
            "Reenvío el correo de Grupo Hostelero Miramar:\n\nDe: Luis Gil\nAsunto: pedido\n\n"
            "El pedido llegó roto.\nLuis",
            "Grupo Hostelero Miramar",
        ),
        (
            "Je vous transfère le mail de la gérante de la Brasserie du Port.\n\nDe : Anne Roy\n"
            "Objet : facture\n\nVous avez facturé deux fois.\nAnne Roy",
            "Brasserie du Port",
        ),
    ],
)
def test_a_forwarder_names_the_account(text: str, name: str) -> None:
    assert name_of(text) == name


def test_a_forwarder_naming_a_person_leaves_it_to_the_sender() -> None:
    # "von Herrn Feldhaus" is a person, not an account: the From: line gives the full name
    text = (
        "Weitergeleitete Nachricht von Herrn Brandes, bitte ansehen:\n\nVon: Jan Brandes\n"
        "Betreff: Überweisung\n\nMeine Überweisung hängt fest.\nJan Brandes"
    )
    assert name_of(text) == "Jan Brandes"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From: Tom Hale\nSubject: my dad's account\n\nMy father, George Hale, is 84 and "
            "was cut off.\nTom",
            "George Hale",
        ),
        (
            "De: Rita Sousa\nAssunto: fatura\n\nA minha mãe, Rosa Maria Sousa, tem 80 anos e "
            "recebeu uma fatura errada.\nRita",
            "Rosa Maria Sousa",
        ),
        (
            "Von: Lea Brandt\nBetreff: Konto\n\nMeine Mutter, Ilse Brandt, ist 88 und wurde "
            "doppelt belastet.\nLea",
            "Ilse Brandt",
        ),
    ],
)
def test_a_child_writing_for_a_parent_names_the_parent(text: str, name: str) -> None:
    assert name_of(text) == name


def test_a_parent_mentioned_without_a_name_is_no_customer() -> None:
    assert names.relative_for("my mother is 80 and very upset") is None


def test_a_signature_with_role_and_company_on_one_line() -> None:
    text = (
        "Von: Karl Moser\nBetreff: Rechnung\n\nSie verrechnen uns zu viel.\n\n"
        "Freundliche Grüsse\nKarl Moser, Geschäftsführer, Moser Elektro AG"
    )
    assert name_of(text) == "Moser Elektro AG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nombre en la cuenta: Pilar Ortega\nProblema: cobro doble", "Pilar Ortega"),
        ("Compte : Résidence Les Pins SA\nSituation : facture en double", "Résidence Les Pins SA"),
        ("Bürger: Timo Lenz\nProblem: Gebühr doppelt abgebucht", "Timo Lenz"),
        ("Name on the account: Ruth Adler\nIssue: charged twice", "Ruth Adler"),
    ],
)
def test_labelled_name_fields_in_five_languages(text: str, name: str) -> None:
    assert name_of(text) == name


def test_a_possessive_after_a_name_is_not_a_legal_form() -> None:
    # "sa voisine", "se queja": lowercase words, not S.A. or SE
    text = "Client : M. Paul Girard, 81 ans (appel passé par sa voisine)\nDemande : un frigo"
    assert name_of(text) == "Paul Girard"
    assert not names.is_company("par sa voisine")
    assert names.is_company("Girard SA")


def test_a_surname_ending_in_haus_is_a_person() -> None:
    assert not names.is_company("Markus Feldhaus")
    assert names.is_company("Mediahaus Nord")


def test_a_legal_form_with_co_is_not_a_sentence_end() -> None:
    # "Co. KG" is one legal form: the dot does not end the sentence or the name
    note = notes.read_note("Seit Juni wartet die Bäckerei Lenz GmbH & Co. KG auf Zahlung.")
    assert "GmbH & Co. KG auf Zahlung" in note.issue
    assert names.clean("Bäckerei Lenz GmbH & Co. KG") == "Bäckerei Lenz GmbH & Co. KG"


@pytest.mark.parametrize(
    "text",
    [
        "Loopcart (tiny e-commerce startup, the founder is Mia Chen) says their export failed.",
        "le club nous signale que 18 joueurs n'ont pas reçu leurs billets",
        "Ils veulent l'avoir avant la clôture de l'exercice, les factures sont fausses.",
    ],
)
def test_business_cues_of_founders_teams_and_closing_the_books(text: str) -> None:
    facts = extract(text, CaseFacts(), None, today=TODAY)
    assert facts.segment is not None and facts.segment.value == "b2b"


def test_one_player_is_still_a_consumer() -> None:
    text = "player Sam Ode says his account was banned, he is a gamer who spends $20/mo"
    facts = extract(text, CaseFacts(), None, today=TODAY)
    assert facts.segment is not None and facts.segment.value == "b2c"


def test_a_long_speaker_bracket_is_ours_not_the_customer() -> None:
    text = (
        "[12:10] > Ana Ruiz (Recepción, Hotel Costa Azul Playa): la familia Vidal, muy delicado\n"
        "[12:11] > Ana Ruiz (Recepción): su hija va en silla de ruedas y la habitación no es adaptada"
    )
    note = notes.read_note(text)
    assert "Hotel Costa Azul" not in note.text


@pytest.mark.parametrize(
    "text", ["Conta: corrente + investimentos\nProblema: tarifa", "Konto: 4410-887\nProblem: x"]
)
def test_an_account_label_holding_a_kind_or_number_names_no_one(text: str) -> None:
    assert name_of(text) is None
