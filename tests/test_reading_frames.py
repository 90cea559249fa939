"""Signals told by ideas that meet in one sentence (graph/understanding/frames.py), in the
word orders five languages use, next to the look-alikes that must not fire. The sentences
are our own, not the corpus's; dev10 (the blind fresh7, a training split since the next stop)
showed the gap: churn and knock-on money harm were missed whenever the words came in an
order the phrase rules did not list."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # quotes sought from someone other than us, in any order
        ("Their buyer has asked Northwind Carriers for a quote on the lane.", "churn"),
        ("The practice manager is collecting proposals from other suppliers.", "churn"),
        ("Der Einkauf holt gerade Angebote bei der Spedition Albers für 2027 ein.", "churn"),
        ("Ya hemos pedido ofertas a la competencia para el año que viene.", "churn"),
        ("A diretora já pediu orçamentos a outras empresas.", "churn"),
        ("Le service achats a demandé des devis à d'autres prestataires.", "churn"),
        ("Procurement is running a bake-off with two vendors before renewal.", "churn"),
        ("They have a quotation from Halvorsen Freight on the table.", "churn"),
        # the business itself moved, or weighed moving, to someone named
        ("The CFO is planning to move the whole account to Brightbank next quarter.", "churn"),
        ("Estamos considerando llevar el presupuesto de 2027 a MediaSur.", "churn"),
        ("Für nächstes Jahr wollen sie mit allen Events zum Parkhotel Sonnberg wechseln.", "churn"),
        # a third party's charge, in any order
        ("Their landlord charged a £60 late fee because the rent went out late.", "financial_harm"),
        ("Für die verspätete Zahlung hat ihre Bank 45 € Zinsen berechnet.", "financial_harm"),
        ("O banco cobrou-lhe 20 € de comissões por falta de saldo.", "financial_harm"),
        ("La banque lui a prélevé 30 € de frais pour le rejet.", "financial_harm"),
        # money borrowed to get through, an account overdrawn
        ("To cover payroll we had to draw on our credit line.", "financial_harm"),
        (
            "Tuvimos que tirar de la línea de crédito para pagar a los proveedores.",
            "financial_harm",
        ),
        ("A conta dela ficou a descoberto durante uma semana.", "financial_harm"),
        # dues unpaid or bounced, a contract of theirs lost
        ("Two drivers could not pay their rent on time.", "financial_harm"),
        ("Mehrere Kollegen konnten ihre Miete nicht rechtzeitig zahlen.", "financial_harm"),
        ("A prestação do carro foi devolvida pelo banco.", "financial_harm"),
        ("Because the stock never arrived we lost the Dalton contract.", "financial_harm"),
        ("Su cliente adjudicó el pedido a otro proveedor por el retraso.", "financial_harm"),
        # a vehicle failing on the road or at night, someone a court keeps away, no heat in
        # the freezing cold, a telecare alarm without its line
        ("Le camping-car est tombé en panne sur l'autoroute avec les enfants.", "safety"),
        ("O carro alugado começou a perder travão na A1, de noite.", "safety"),
        ("Her ex-partner, who she has a restraining order against, was given her room.", "safety"),
        ("Your crew shut off the gas on Friday. It was -12°C that night.", "safety"),
        ("He relies on a telecare alarm. The landline has been dead since Monday.", "safety"),
        # a threat to come with a weapon
        ("Il a dit qu'il viendrait à l'agence avec une batte.", "abusive"),
        ("Dijo que si encuentra al repartidor va con un cuchillo.", "abusive"),
        ("He said he'll come down to the depot with a bat.", "abusive"),
        # a firm promise called off, missed, or made again and again
        (
            "The tutor confirmed the slot to her by email; it was cancelled last week.",
            "broken_promise",
        ),
        (
            "Le gerente me confirmó la mesa por correo y ahora ya lo tiene otro grupo.",
            "broken_promise",
        ),
        ("The adjuster promised a decision by Friday four times.", "broken_promise"),
        (
            "Their invoices went to their own customers twice; she asks about the exit clause.",
            "churn",
        ),
        (
            "No balcão garantiram-lhe que ficava pronto em 5 dias. Já passaram seis semanas.",
            "broken_promise",
        ),
    ],
)
def test_frames_read_the_signal(text: str, signal: str) -> None:
    assert signal in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a quote from us, one asked of us, a renewal or repair quote
        ("Your quote for the extra seats was wrong twice.", "churn"),
        ("She asked you for a quote in October and never heard back.", "churn"),
        ("His renewal quote from us went up by 40%.", "churn"),
        ("They got a quote from Keller Roofing for the repair of the damage.", "churn"),
        ("Der Gutachter hat ein Angebot für die Reparatur eingeholt.", "churn"),
        # their own client going elsewhere is their loss, not our churn
        ("Su cliente adjudicó el pedido a otro proveedor.", "churn"),
        # we moved something, not their business
        ("We moved the install to Tuesday next week.", "churn"),
        # our own fee, lost records, the customer leaving us
        ("We charged her the late fee twice by mistake.", "financial_harm"),
        ("The sync lost notes on about 300 deals.", "financial_harm"),
        ("You have lost a customer of nine years.", "financial_harm"),
        ("She could pay the rent once the refund landed.", "financial_harm"),
        # a courier's van broken down, a cut in mild weather, an alarm that works
        ("The courier van broke down on the motorway, so the parcel is late.", "safety"),
        ("Your crew shut off the gas on Friday by mistake; it was back by noon.", "safety"),
        ("She has a telecare alarm and wants the bill in large print.", "safety"),
        # a bat that is no threat
        (
            "The cricket bat we sold him arrived cracked, and he wants to come and swap it.",
            "abusive",
        ),
        # their own client leaving them; a portal that did not come back; no commitment made
        ("Their biggest stockist, Harlan Foods, is talking about switching to another.", "churn"),
        ("Su principal distribuidor se va a otro proveedor.", "churn"),
        ("The portal crashed and did not come back for two hours.", "broken_promise"),
        ("Nur die Meldung aufgenommen, keine Zusage.", "broken_promise"),
        # said, not promised; a promise not made
        ("They said the surgery was cancelled because no anaesthetist came.", "broken_promise"),
        ("No one promised a date.", "broken_promise"),
    ],
)
def test_frames_leave_look_alikes_alone(text: str, absent: str) -> None:
    assert absent not in found(text)
