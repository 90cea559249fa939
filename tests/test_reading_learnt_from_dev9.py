"""Reading rules learnt from dev9 (the blind fresh6, a training split since 7 December, once
it had been measured): each family in several persons and languages, next to the look-alike
that must not fire. The sentences are our own, not the corpus's."""

from __future__ import annotations

import pytest

from graph.extraction import extract
from graph.models import CaseFacts
from tests.test_signals_other_writers import TODAY, found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # their business moved to a named other, an account opened there, a proposal sought
        ("She's moving the store to Etsy this weekend if it isn't fixed.", "churn"),
        ("He is already moving his accounts to Monzo.", "churn"),
        ("They opened an account with Revolut last week.", "churn"),
        ("Procurement asked for a proposal from Lumen for next year.", "churn"),
        ("He says he'll cancel if the refund isn't there by Friday.", "churn"),
        ("Der Makler holt schon Vergleichsangebote ein.", "churn"),
        ("Están pidiendo presupuestos a otras empresas.", "churn"),
        # a commitment in writing or by message that was not kept
        (
            "Your office confirmed by email that the parts would ship on the 20th; nothing came.",
            "broken_promise",
        ),
        (
            "The adjuster wrote to us that he would visit on Monday. He never came.",
            "broken_promise",
        ),
        ("El técnico quedó en venir el jueves y no apareció.", "broken_promise"),
        (
            "Die Lieferung wurde schriftlich bestätigt für den 2.12., bis heute ist nichts da.",
            "broken_promise",
        ),
        (
            "Vous nous avez confirmé par courrier le versement au 15 novembre ; rien n'est arrivé.",
            "broken_promise",
        ),
        ("A consulta foi confirmada por SMS para dia 3 e não estava na agenda.", "broken_promise"),
        # a penalty paid to a third party, credit run to its limit
        ("The venue charged a cancellation penalty of £900, which we have paid.", "financial_harm"),
        (
            "They paid their client a $2,000 late-delivery penalty because of the outage.",
            "financial_harm",
        ),
        ("Wir haben die Vertragsstrafe von 12.000 € inzwischen bezahlt.", "financial_harm"),
        ("Both her credit cards are now at their limit.", "financial_harm"),
        ("Wir mussten den Kontokorrentkredit komplett ausschöpfen.", "financial_harm"),
        # insults that are never neutral, masked swearing, a threat to wait for our staff
        ("Sí, ya sé, gilipollas, arréglelo.", "abusive"),
        ("he said you're a useless b*tch and hung up", "abusive"),
        ("He told the agent he'll be waiting outside the branch for her.", "abusive"),
        ("Er sagte: ich weiß, wo ihr arbeitet.", "abusive"),
        # the same failure again, counted since a date or set beside an earlier event
        ("It is the third flood in that basement since March.", "repeat"),
        ("É a segunda queda longa desde outubro.", "repeat"),
        ("C'est exactement pareil qu'au concert de mars.", "repeat"),
        # a store left open to anyone, a room number given to someone posing as family
        ("The scans sat in a storage container with public read switched on.", "privacy"),
        (
            "A man called saying he was her brother; the receptionist gave him the room number.",
            "privacy",
        ),
        (
            "A woman rang saying she was his wife and had lost the room number.\n"
            "The night porter gave it to her.",
            "privacy",
        ),
        # someone admitted to or taken to hospital
        ("O filho está internado desde domingo com pneumonia.", "safety"),
        ("She was rushed to hospital after the reaction.", "safety"),
        # a broken promise kept only in part
        (
            "The courier confirmed by email that all 6 would arrive Monday; 2 are missing.",
            "broken_promise",
        ),
    ],
)
def test_families_learnt_from_dev9(text: str, signal: str) -> None:
    assert signal in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We moved the meeting to Tuesday.", "churn"),
        ("She moved her booking to March.", "churn"),
        ("He got a quote from Bosch for the repair and wants it covered.", "churn"),
        ("He paid fine after the card was unblocked.", "financial_harm"),
        ("From Thursday a contract penalty of 4,000 € is threatened.", "financial_harm"),
        ("Ab Donnerstag droht eine Vertragsstrafe von 4.000 €.", "financial_harm"),
        ("We charged her three late-cancellation fees by mistake.", "financial_harm"),
        ("The app is useless since the update.", "abusive"),
        ("It is the second time this month she has called us.", "repeat"),
        ("Quando chegou ao hospital para a consulta, mandaram-na para casa.", "safety"),
        ("He works as a porter at the hospital and wants his bill fixed.", "safety"),
        ("Primer vuelo con nosotros, pagó ARS 385.000 por el pasaje.", "regulator"),
        ("Die Bundesnetzagentur hat die Preiserhöhung doch genehmigt?", "regulator"),
        ("l'ARS l'a encore vérifié à la dernière inspection", "regulator"),
        ("Menace : si le prélèvement passe, il fait opposition.", "abusive"),
        ("Das Institut kündigt Inkasso an, wenn nicht gezahlt wird.", "churn"),
        ("Harbourside Provisions on the phone again about the order.", "repeat"),
        ("His daughter works at a law firm but he won't bother her with it.", "legal"),
        ("Ihr Mann meint, sie sollten zum Anwalt gehen; sie will das nicht.", "legal"),
        ("É a 3ª interrupção longa desde setembro.", "deadline"),
    ],
)
def test_look_alikes_learnt_from_dev9(text: str, absent: str) -> None:
    assert absent not in found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Veo 3 cargos no reconocidos en su tarjeta; dice que no hizo esas compras.", "security"),
        ("Black screen for the whole second half of the final.", "outage"),
        ("After the update her whole product catalog vanished.", "data"),
        ("Nenhuma das inserções foi ao ar na semana do feriado.", "delivery"),
        ("On the motorway the brakes started to fail and he pulled over.", "defect"),
        ("Nuestra cuadrilla dejó caer la nevera al subirla por la escalera.", "other"),
        ("His wheelchair came off the belt with the armrest snapped.", "other"),
    ],
)
def test_issue_kinds_learnt_from_dev9(text: str, kind: str) -> None:
    facts = extract(text, CaseFacts(), today=TODAY)
    assert facts.issue_kind.value == kind


@pytest.mark.parametrize(
    "label",
    ["Observações", "Informações", "Reclamações", "Steps to reproduce"],
)
def test_a_label_that_only_contains_a_word_for_our_actions_is_not_what_we_tried(label: str) -> None:
    """ "Observações" ends in "ações" (actions): read as what we tried, the line fell out of
    the complaint, and its regulator with it."""
    note = (
        f"Cliente: Rita Moura\nProblema: fatura cobrada duas vezes\n{label}: vai ao Procon amanhã"
    )
    facts = extract(note, CaseFacts(), today=TODAY)
    assert facts.signal("regulator")
    assert facts.tried is None or "Procon" not in facts.tried.value
