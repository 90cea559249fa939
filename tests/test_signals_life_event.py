"""A life event (LABELS.md) is a fixed personal event the failure hit or threatens. These
sentences, our own in five languages, hold the ways people name one (a job interview, a birth
due, an exam sat, a move from one city to another) and the words that name none: Portuguese
"mudança" as any change, German "Prüfung" as a review, a check-up called an exam, a sale
named for an anniversary."""

from __future__ import annotations

import pytest

from tests.test_signals_other_writers import found


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe morgen ein Vorstellungsgespräch und der Laptop ist kaputt.",
        "J'ai un entretien d'embauche demain.",
        "Tenho uma entrevista de emprego amanhã.",
        "Tengo una entrevista de trabajo el lunes.",
        "The baby is due in two weeks and the cot is missing.",
        "cust's daughter sits her final exams next week",
        "Mein Sohn schreibt am Montag seine Abschlussprüfung.",
        "cliente Rogério, mudança SP→Curitiba semana passada, o piano chegou rachado",
        "A mudança de Lisboa para o Porto foi um desastre.",
        "It was our 10th wedding anniversary dinner and the table was given away.",
    ],
)
def test_life_events_named_many_ways(text: str) -> None:
    assert "life_event" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quero fazer a mudança de plano para o pacote básico.",
        "Houve uma mudança no horário do voo.",
        "Nach Prüfung Ihrer Unterlagen lehnen wir ab.",
        "Die Prüfung des Antrags dauert schon sechs Wochen.",
        "He booked an eye exam at our optician.",
        "Happy anniversary email went out with the wrong name.",
        "She's been a customer since our 10th anniversary sale.",
    ],
)
def test_words_that_name_no_life_event(text: str) -> None:
    assert "life_event" not in found(text)
