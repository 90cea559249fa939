"""Reading rules learnt from dev8 (the blind fresh5, a training split since 7 December):
each signal, label and issue-kind family in several persons and languages, next to the
look-alike that must not fire. The sentences are our own, not the corpus's."""

from __future__ import annotations

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from graph.understanding import notes
from tests.test_signals_other_writers import TODAY, found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # bed bugs and their bites are a health matter (LABELS.md: safety)
        (
            "Guest in 311 woke up with bites; housekeeping found bed bugs behind the headboard.",
            "safety",
        ),
        ("Encontraron chinches en el colchón de la habitación 20.", "safety"),
        ("Im Zimmer waren Bettwanzen, die Gäste sind zerstochen.", "safety"),
        # cold without heating, the temperature written as a bare minus
        ("No heating on the whole estate and it dropped to -8 overnight.", "safety"),
        ("Sin calefacción desde el martes y estamos a -4 por la noche.", "safety"),
        # counsel acting, however it is worded
        ("Actuamos en nombre y representación de Talleres Olmedo S.L.", "legal"),
        ("Caso contrário, o cliente tomará as ações judiciais cabíveis.", "legal"),
        ("Nous vous écrivons au nom et pour le compte de notre cliente.", "legal"),
        ("She moved house on Saturday and our van crew broke her mirror.", "life_event"),
        ("O cliente se muda para a casa nova dia 12 e a geladeira não chegou.", "life_event"),
        ("Ils déménagent samedi et la box n'est toujours pas installée.", "life_event"),
        ("La factura incluye el nombre y la dirección de otro abonado.", "privacy"),
        ("Le courrier contenait le relevé d'un autre assuré.", "privacy"),
        ("The port billed them EUR 12,000 in demurrage while the container sat.", "financial_harm"),
    ],
)
def test_signal_families_learnt_from_dev8(text: str, signal: str) -> None:
    assert signal in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a relative who is a lawyer threatens nothing
        ("Mein Mann ist Anwalt, aber darum geht es nicht; der Router muss laufen.", "legal"),
        ("Her uncle, who says he's a barrister, rang to ask for a date.", "legal"),
        ("Ihre Frau ist Rechtsanwältin und hat nur gefragt, wann das Paket kommt.", "legal"),
        # a product certified by a regulator is not a complaint to it
        ("The replacement pump is FDA-cleared, but it has not arrived.", "regulator"),
        (
            "The charger is CE-certified and still caught nothing, it just stopped working.",
            "regulator",
        ),
        ("The removals strap slipped and the wardrobe door cracked.", "safety"),
        ("The launch date slipped to January.", "safety"),
        ("Contrato de avaliação externa com 12 escolas, fatura de novembro errada.", "public"),
        ("He'd already seen our Facebook post about the fault before calling.", "public"),
        ("Senhor Prado de novo no telefone, quer saber da entrega.", "repeat"),
        ("Dá uns R$ 30 mil por ano em tarifas e juros para o banco.", "financial_harm"),
        ("Se não pagar até sexta estamos descumprindo o acordo com o sindicato.", "broken_promise"),
    ],
)
def test_look_alikes_learnt_from_dev8(text: str, absent: str) -> None:
    assert absent not in found(text)


def test_a_law_firm_that_is_the_customer_is_not_counsel_acting() -> None:
    note = (
        "Firma: Brandt Solicitors LLP\n"
        "Problem: our monthly account fee was taken twice, please refund the second one"
    )
    assert "legal" not in found(note)


def test_counsel_writing_for_a_client_is_still_legal() -> None:
    note = (
        "Customer: Harwell Bakeries Ltd\n"
        "Issue: their solicitors wrote on their behalf; the claim goes to court if unpaid"
    )
    assert "legal" in found(note)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Flug MUC-LIS am 3.12. annulliert, das ganze Team sitzt fest.", "delivery"),
        ("Le vol Nice-Oslo a été annulé hier soir.", "delivery"),
        ("The ballrooms were given to another wedding party.", "delivery"),
        ("Les chambres avaient été attribuées à un autre groupe.", "delivery"),
        ("30 Stühle geliefert, davon 8 mit Transportschaden.", "delivery"),
        ("Pidió el certificado hace un mes y sigue sin él.", "delivery"),
        ("Le direct du concert a coupé pendant une heure.", "outage"),
        ("The livestream dropped for 40 minutes during the keynote.", "outage"),
        ("Quelqu'un a pris le contrôle de son compte et a changé le mot de passe.", "security"),
        ("Fraud team confirms a login from an unknown device at 02:40.", "security"),
        ("The boiler is four years old; the warranty ran out in June and it leaks.", "other"),
    ],
)
def test_issue_kinds_learnt_from_dev8(text: str, kind: str) -> None:
    facts = extract(text, CaseFacts(), today=TODAY)
    assert facts.issue_kind.value == kind


def test_what_went_wrong_is_the_issue_not_what_we_tried() -> None:
    note = notes.read_note(
        "Customer: Ana Ruiz\nWhat went wrong: the portal crashed during checkout\n"
        "What we did: reset her session"
    )
    assert "portal crashed" in note.issue
    assert note.tried == "reset her session"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Une procédure est en cours devant le tribunal de commerce de Lyon.", "attorney_dispute"),
        ("Our lawyers and theirs have been on this since October.", "attorney_dispute"),
        ("Le dossier est suivi par nos avocats et les leurs depuis l'été.", "attorney_dispute"),
        ("A conciliation hearing is set for 14 January.", "attorney_dispute"),
        ("Bought in May 2025, so 18 months in; the motor warranty is 12 months.", "warranty"),
        ("La garantía de la tienda era de dos años y ya venció en octubre.", "warranty"),
    ],
)
def test_scopes_learnt_from_dev8(text: str, scope: str) -> None:
    facts = extract(text, CaseFacts(), today=TODAY)
    assert facts.scope is not None and facts.scope.value == scope


def test_a_letter_from_counsel_alone_is_legal_not_an_attorney_led_dispute() -> None:
    letter = (
        "We act for Harwell Bakeries Ltd. Unless the claim is paid within 14 days our client "
        "will issue proceedings."
    )
    facts = extract(letter, CaseFacts(), today=TODAY)
    assert facts.signal("legal")
    assert facts.scope is None


def test_months_in_a_row_are_no_age_of_the_product() -> None:
    facts = extract(
        "Third month in a row the bill is wrong; 3 months in a row, warranty of 12 months.",
        CaseFacts(),
        today=TODAY,
    )
    assert facts.scope is None
