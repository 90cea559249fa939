"""Escalations written in Spanish, Portuguese, French and German, for the language tests.

Written for this suite, one industry and one way of writing each: a Madrid agent's
Spanish notes on a retail customer, a São Paulo account manager's Portuguese notes on a
logistics client, a Lyon hotel's English escalation quoting a French guest's email, and
a Munich energy supplier's German notes on a business customer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageCase:
    language: str
    complaint: str
    tried: str
    greeting: str
    """How the script must greet the customer."""
    agent: str
    """The agent's language, as their own notes show it."""


SPANISH_RETAIL = LanguageCase(
    language="es",
    complaint=(
        "Cliente: Nerea Castaño Ibarra\n"
        "La clienta compró una lavadora en nuestra tienda online el 20 de noviembre (pedido "
        "4471-B). Llegó con el tambor abollado y el técnico se negó a instalarla. Lleva doce "
        "días sin lavadora, con dos niños pequeños. Además, le cobramos dos veces los gastos de "
        "envío, 29,90 €, por error. Ha llamado tres veces; le prometieron una sustitución y "
        "nadie la ha vuelto a llamar. Está muy enfadada: si no tiene una lavadora nueva antes "
        "del viernes, pide la devolución.\n"
        "Es clienta desde 2019 y gasta unos 2.300 € al año con nosotros."
    ),
    tried="Abrimos una incidencia con el transportista; nada más.",
    greeting="señora Castaño",
    agent="es",
)
PORTUGUESE_LOGISTICS = LanguageCase(
    language="pt",
    complaint=(
        "Cliente: Transportadora Rota Sul Ltda.\n"
        "O painel de rastreamento ficou fora do ar das 6h às 14h de ontem e os motoristas "
        "ficaram sem as rotas do dia. A gerente de operações, Sra. Camila Duarte, diz que 37 "
        "entregas atrasaram e que a empresa pagou R$ 4.200,00 em horas extras. É a segunda "
        "queda grave neste trimestre. Ela avisou que, se acontecer de novo, vão avaliar outro "
        "fornecedor na renovação do contrato, em março.\n"
        "Contrato de R$ 96.000 por ano, cliente há 4 anos, plano Empresarial."
    ),
    tried="Reiniciamos o serviço e publicamos um aviso na página de status.",
    greeting="[nome do contato]",
    agent="pt",
)
FRENCH_HOTEL = LanguageCase(
    language="fr",
    complaint=(
        "Escalating for Mme Aurélie Fontaine, a guest at our Lyon Part-Dieu hotel. She booked "
        "three nights for her parents' 40th wedding anniversary; at check-in on Friday night we "
        "had no room for them and moved them to a partner hotel 25 minutes away. She wrote to "
        "us this morning:\n"
        "« Bonjour, je suis profondément déçue. J'avais réservé il y a trois mois pour "
        "l'anniversaire de mariage de mes parents, et on nous a envoyés dans un autre hôtel à "
        "23 heures, sans aucune explication. Le dîner prévu au restaurant de l'hôtel a été "
        "annulé et nous avons payé 62 € de taxi. Je voudrais que quelqu'un reconnaisse ce qui "
        "s'est passé. »\n"
        "Gold member of our loyalty programme since 2018, spends about €1,900 a year with us."
    ),
    tried="The front desk apologised on the night; nothing offered since.",
    greeting="Madame Fontaine",
    agent="en",
)
GERMAN_ENERGY = LanguageCase(
    language="de",
    complaint=(
        "Kunde: Bäckerei Wagner GmbH (drei Filialen in München)\n"
        "Seit der Umstellung auf den neuen Gewerbetarif wurde der Abschlag für November doppelt "
        "eingezogen: zweimal 3.180,00 €. Dadurch ist das Geschäftskonto ins Minus gerutscht, und "
        "die Bank hat 94,00 € Überziehungszinsen berechnet. Die Geschäftsführerin, Frau Sabine "
        "Wagner, hat zweimal angerufen und wurde jedes Mal vertröstet. Sie braucht das Geld bis "
        "Freitag zurück, weil dann die Löhne rausgehen, und sagt, sonst kündigt sie zum "
        "Jahresende.\n"
        "Kunde seit 2016, Jahresverbrauch ca. 38.000 € netto."
    ),
    tried="Rückbuchung im System beantragt, noch nicht freigegeben.",
    greeting="[Name der Kontaktperson]",
    agent="de",
)
LANGUAGE_CASES = {
    case.language: case
    for case in (SPANISH_RETAIL, PORTUGUESE_LOGISTICS, FRENCH_HOTEL, GERMAN_ENERGY)
}
