"""Privacy and public (LABELS.md) as people write them in five languages. Privacy: a record
sent or read out to someone it is not theirs, given to someone posing as the customer, a
portal or link open to others, a mail with every address in copy, data stolen in an attack.
Public: the press and broadcasters as named, a star rating, a petition, a customer with an
audience. Beside them, the look-alikes: a leaking pipe, our own post, a positive review, a
subscriber who is just a customer. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        "Her payslip was emailed to a colleague by mistake.",
        "The invoice with his home address went to the wrong tenant.",
        "The call centre read out my card number to my ex-husband.",
        "Your agent told my landlord about my arrears.",
        "my account details were given to someone pretending to be me",
        "Our employee list was visible to other companies on the portal.",
        "The shared drive link with all our client files was public.",
        "cust got another guest's folio with card digits in her room envelope",
        "The newsletter went out with every customer's email address in CC.",
        "O e-mail foi enviado com todos os clientes em cópia.",
        "Mandaram meu contracheque para outra empresa.",
        "In der App sehe ich die Bestellungen einer fremden Person.",
        "Meine Daten wurden bei dem Hackerangriff gestohlen.",
        "Mes données ont été volées lors du piratage.",
        "La agencia dio mi número a otra persona.",
        "Ils ont communiqué mon numéro à un tiers.",
        "My account got merged with another customer's and she can see my bookings.",
    ],
)
def test_personal_data_reaching_someone_else(text: str) -> None:
    assert "privacy" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is a leak under the sink.",
        "She asked us to send the statement to her new address.",
        "I could not see my own invoice in the app.",
        "The hacker group's attack took the site down for 3 hours, no data involved.",
        "The suite they booked for the anniversary had been given to another guest.",
    ],
)
def test_look_alikes_are_no_privacy_breach(text: str) -> None:
    assert "privacy" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The story is on the BBC website this morning.",
        "O caso saiu no jornal local.",
        "Der Lokalsender hat angerufen.",
        "Un article est paru dans le journal.",
        "Elle a laissé un avis une étoile sur Google.",
        "She has started a petition online.",
        "He's a travel blogger and wrote a post about it.",
        "He is a YouTuber with 200k subscribers and filmed the whole thing.",
        "She's an influencer and mentioned us in her stories.",
    ],
)
def test_the_complaint_made_public(text: str) -> None:
    assert "public" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I saw your post on Facebook about the outage.",
        "He wants to leave a positive review once it's fixed.",
        "He works at a newspaper distribution company.",
        "Abonnés depuis 1998, ils paient 90 € par mois.",
        "About 500 subscribers lost service in the outage.",
        "She's telling all her friends.",
    ],
)
def test_look_alikes_are_not_public(text: str) -> None:
    assert "public" not in found(text)
