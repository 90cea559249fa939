"""A deadline (LABELS.md) is a day still ahead that the customer needs something by, or an
event of theirs still to come. These sentences, our own in five languages, hold the days
that are not: today stated as the day it is, a day that came and went with nobody turning
up, a day we set for our own next step, a billing date, a state that lasts until a day,
an aside that starts with "if" and ends at a comma, an e-mail's own date, a start date."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        "She needs the replacement card by Friday, she flies on Saturday.",
        "If it's not fixed by tomorrow we'll cancel.",
        "Si no está resuelto esta semana, presentaré una queja.",
        "Precisamos do equipamento até segunda-feira.",
        "Wir brauchen die Lieferung bis spätestens Mittwoch.",
        "Il nous faut les badges avant lundi, l'événement commence mardi.",
        "The wedding is on Saturday and the photographer we booked never showed up to the trial.",
        "[14:02] Kim: cust's exam is tomorrow at 9 and the laptop is still at your depot",
        "Su boda es el 5 de diciembre.",
        "Sein Vorstellungsgespräch ist am 3. Dezember.",
    ],
)
def test_limits_still_ahead(text: str) -> None:
    assert "deadline" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # today told as the day it is
        "It is now Thursday and the card is still declined.",
        # a day that came and went, nobody turned up
        "The loss adjuster we booked for Tuesday never turned up.",
        "The engineer booked for Monday didn't come.",
        "Der Techniker sollte am Dienstag kommen und kam nicht.",
        # a day we set for our own next step
        "On 3 Dec we will send the replacement.",
        "Le technicien passera le 4 décembre.",
        "Der Techniker kommt am 3. Dezember.",
        "Enviaremos a peça dia 4 de dezembro.",
        "Le enviaremos el reembolso el 4 de diciembre.",
        "Refund scheduled for 3 December.",
        "Next available slot is 9 December.",
        # a billing date, a state that lasts until a day
        "The next billing date is 5 December.",
        "The branch is closed until Monday.",
        "She is off work until Monday.",
        "The promo code is valid until 31 December.",
        # an aside that starts with "if"
        "sorry if this is garbled, 3rd escalation tonight",
        # an e-mail's own date, a start date, today told in the past, a policy's term
        "Em 1 de dezembro de 2026, Ana escreveu:\nA fatura está errada.",
        "On 1 December 2026 at 10:14, Sam wrote:\nThe invoice is wrong.",
        "We are open again from 3 December.",
        "The new price applies from 1 January.",
        "Today (1 Dec) the site was down for four hours.",
        "Her policy runs until 31 March 2027.",
    ],
)
def test_days_that_are_no_limit_of_theirs(text: str) -> None:
    assert "deadline" not in found(text)
