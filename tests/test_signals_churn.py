"""Leaving (LABELS.md: churn) as people write it in five languages: the exit clause asked
about, other providers weighed, a renewal refused, the business taken elsewhere, a switch
thought about. Beside them, what is not leaving: a negated threat, the customer's own client
going to a rival, guests we moved to another hotel, a cancellation already made and ignored.
The sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        # the way out of the contract
        "Head of ops called; she is asking about the exit clause in the contract.",
        "They asked what the termination clause says about leaving early.",
        "Our CEO wants us out of this contract by Q2.",
        # other providers weighed
        "> el gerente dice que están evaluando otra plataforma",
        "Estamos valorando otras opciones para el año que viene.",
        "Estão avaliando outra plataforma para o próximo ano.",
        "Wir prüfen gerade andere Anbieter.",
        "Der Kunde schaut sich nach einem anderen Anbieter um.",
        "Nous étudions d'autres prestataires pour l'an prochain.",
        "Ils regardent déjà chez un concurrent.",
        # a renewal refused
        "No vamos a renovar el contrato.",
        "Não vamos renovar o contrato.",
        "Wir werden den Vertrag nicht verlängern.",
        "Den Vertrag verlängern wir so nicht.",
        "Nous ne renouvellerons pas le contrat.",
        "On ne va pas renouveler.",
        # the business taken elsewhere
        "We're taking our fleet elsewhere.",
        "They will take the account to someone else.",
        "Vamos llevarnos el negocio a otro sitio.",
        "Vamos levar o nosso negócio para outro lugar.",
        "Wir ziehen unser Geschäft ab.",
        "Nous allons transférer notre activité ailleurs.",
        # cancelling, a switch thought about
        "Quero cancelar a minha assinatura.",
        "Estamos pensando em trocar de fornecedor.",
        "Wir denken über einen Anbieterwechsel nach.",
        # asking to cancel the service, no more business with us
        "She wants to cancel and asked for the final bill.",
        "Customer requested cancellation of all lines.",
        "Quiere darse de baja hoy mismo.",
        "Il veut résilier dès demain.",
        "They will stop using your platform next quarter.",
        "Vamos a dejar de trabajar con ustedes.",
        "Vamos deixar de usar o vosso sistema.",
        "Wir werden nicht mehr bei Ihnen bestellen.",
        "Nous n'allons plus commander chez vous.",
        "They've already signed with a competitor.",
        # a competitor on trial already, or the customer going over to one
        "We have already started a trial with Zendesk.",
        "Estamos probando otra herramienta desde el lunes.",
        "Já estamos testando outro fornecedor.",
        "Je pars chez un concurrent si rien ne change.",
        # the verb as people conjugate it, talks opened, money moved, a rival's demo, "why stay?"
        "Sans geste commercial, je résilie mon abonnement.",
        "Procurement has started talks with two other airlines about next year's travel.",
        "Elle veut transférer ses placements vers une autre maison.",
        "He is moving his savings to the bank across the road.",
        "El gerente ya pidió una demo a otro proveedor.",
        "The COO asked why they should stay with us after this.",
        "Quieren saber por qué deberían seguir con nosotros.",
    ],
)
def test_leaving_written_many_ways(text: str) -> None:
    assert "churn" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not leaving, I just want this fixed.",
        "Não vou cancelar, só quero resolver.",
        "Ich kündige nicht, aber das muss aufhören.",
        "Her client moved to a competitor because of the delay.",
        "Guests were sent to another hotel nearby.",
        "Das Abo wurde nach ihrer Kündigung im Mai weiter abgebucht.",
        "She asked whether her records went to someone else too.",
        "We'll renew as usual but want a credit.",
        "She wants to cancel the booking for Friday.",
        "He asked to cancel the payment that went out twice.",
        "I had to stop using the app because it crashed.",
        "She started a free trial with us two weeks ago.",
        "We started a pilot with your new routing feature.",
        "Son contrat a été résilié par erreur la semaine dernière.",
        "Depois da portabilidade do número para nós, a linha caiu.",
        "She asked for a demo of our new dashboard.",
    ],
)
def test_look_alikes_are_no_churn(text: str) -> None:
    assert "churn" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "40 staff didn't get paid and they're talking to Fenwick about switching",
        "No le llegó la nómina y dice que se cambia de banco.",
        "O Pix não caiu e ela disse que vai trocar de banco.",
        "Die Lieferung kam nicht und sie sagt, sie kündigt.",
        "La box ne marche pas et il dit qu'il va résilier.",
    ],
)
def test_a_negation_ends_with_its_clause(text: str) -> None:
    """A negation of what failed does not reach a new clause that threatens to leave."""
    assert "churn" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to cancel, and I want this fixed.",
        "We don't want to leave but we need this fixed.",
        "Não vamos cancelar e queremos uma solução.",
    ],
)
def test_a_negated_threat_stays_negated(text: str) -> None:
    assert "churn" not in found(text)
