"""Knock-on money harm (LABELS.md: financial_harm) as people write it in five languages:
a rent or bill that bounced, money borrowed, savings spent, a third party's late fee, staff
left unpaid, a notice to leave, a deal or a closing lost. Beside each family, the look-alike
that is not harm: a fee we charged, a penalty only threatened, a contract that renews. The
sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        # a payment to someone else that bounced or came back
        "Two of our nurses had their rent bounce because the salary run failed.",
        "Her mortgage payment bounced and the lender added a £45 fee.",
        "Se me devolvió el recibo del alquiler y el banco me cobró 30 € de comisión.",
        "o aluguel voltou e o proprietário cobrou multa",
        "Mon loyer a été rejeté et j'ai payé des frais bancaires.",
        # money borrowed
        "I had to borrow money from my brother to pay the landlord.",
        "[09:12] Dani: cust took out a payday loan to cover the gap",
        "Tuve que pedir un préstamo para pagar las nóminas.",
        "Tive que pegar um empréstimo para pagar o aluguel.",
        "Wir mussten uns Geld bei der Familie leihen.",
        # savings spent
        "We had to dip into our savings to cover the shortfall.",
        "Tuvimos que tirar de ahorros para pagar a los empleados.",
        "usei as minhas economias para pagar os funcionários",
        "Ich musste mein Erspartes aufbrauchen.",
        "J'ai dû puiser dans mes économies.",
        # a late fee or interest someone else charged
        "The supplier charged us a late fee of €300 because your payment never arrived.",
        "we got hit with late fees from the utility company",
        "me cobraron recargo por mora en la tarjeta",
        "Der Vermieter verlangt jetzt einen Säumniszuschlag.",
        "La banque a prélevé des frais de rejet sur son compte.",
        # people left unpaid
        "Our staff didn't get paid on time, 14 drivers are waiting for wages.",
        "Impact: payroll didn't go out on Friday for 40 employees",
        "Los empleados no cobraron la nómina a tiempo.",
        "os funcionários ficaram sem salário este mês",
        "Die Mitarbeiter haben ihr Gehalt nicht bekommen.",
        # a home put at risk, a deal or closing lost
        "Issue: standing order cancelled, the care home has now given her notice.",
        "Perdimos un contrato con el ayuntamiento por el retraso.",
        "Perdemos o contrato com o cliente por causa do atraso.",
        "the Pix froze for two days and he perdeu a data da escritura",
        "They missed the completion date on the house.",
        "> the client cancelled a $50k order with us because of your outage",
        # behind on payments, payments that could not be made, assets sold, clients lost
        "She fell behind on her rent because of the frozen account.",
        "His direct debit for the car insurance failed.",
        "No pudimos pagar las nóminas a tiempo.",
        "Não consegui pagar o aluguel.",
        "Je n'ai pas pu payer mon loyer.",
        "Wir konnten die Löhne nicht zahlen.",
        "Estoy en números rojos por vuestro error.",
        "Fiquei no vermelho por causa do bloqueio.",
        "I had to sell my car to cover the shortfall.",
        "We now owe penalties to our clients under the SLA.",
        "We lost two clients because of your outage.",
        "Wir haben zwei Kunden verloren.",
        "Nous avons perdu deux clients à cause de la panne.",
        # interest or a penalty paid to others, a supply cut off
        "She has been paying interest on it since March because of our error.",
        "The supplier charged us a penalty because we paid late, all because of the outage.",
        "Our electricity was cut off for non-payment even though we paid on time.",
        "Wir konnten die Löhne nicht pünktlich zahlen, weil Ihre Überweisung hängen blieb.",
    ],
)
def test_knock_on_money_harm(text: str) -> None:
    assert "financial_harm" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The customer wants a refund of the $120 late fee we charged.",
        "We charged her a late payment fee by mistake.",
        "Le cobramos un recargo por mora que no correspondía.",
        "Wir haben ihm versehentlich Mahngebühren berechnet.",
        "Nous avons appliqué des frais de retard par erreur.",
        "Ab Montag droht uns eine Vertragsstrafe von 2.000 € am Tag.",
        "Se não entregarem até sexta, vamos ter que pagar multa ao cliente.",
        "He's worried he might lose the contract if this keeps up.",
        "She wants to open a savings account with us.",
        "The employees were paid on Friday as usual, it's the bonus that is missing.",
        "Elle a perdu sa carte bancaire dans le taxi.",
        "No pude pagar con la tarjeta en vuestra web.",
        "The delivery failed twice.",
        "We charged him a late fee by mistake.",
        "I am paying interest on my mortgage as usual, that is not the issue.",
    ],
)
def test_look_alikes_are_no_money_harm(text: str) -> None:
    assert "financial_harm" not in found(text)
