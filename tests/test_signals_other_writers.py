"""Signal and deadline rules learnt from cases other people wrote (dev6, dev7): each
phrase family in several persons and languages, next to the look-alike that must not fire.
The sentences are our own, not the corpus's."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extraction import extract
from graph.models import CaseFacts

TODAY = date(2026, 12, 1)


def found(text: str, asked=None) -> set[str]:
    facts = extract(text, CaseFacts(), asked, today=TODAY)
    return {name for name, fact in facts.signals.items() if fact.value}


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # churn: the whole book or all their work moved, a named rival evaluated, back to the
        # old provider, done with us, uninstalling
        ("The broker says they'll be moving the whole book to Allianz in spring.", "churn"),
        ("Their COO is talking to Fenwick about moving all their freight.", "churn"),
        ("The CTO told me they have started evaluating Salesforce.", "churn"),
        ("Si el lunes no funciona, se regresa con su proveedor anterior.", "churn"),
        ("Si no nos confirman hoy, la movemos a Telefónica y no volvemos.", "churn"),
        ("O diretor disse que rescinde o contrato se nada mudar.", "churn"),
        ("he's done with us after this and is uninstalling the app", "churn"),
        ("Sie hat die App schon deinstalliert.", "churn"),
        ("She told me she's cancelling and wants the final bill.", "churn"),
        # abuse thrown at "you", slurs
        ("I waited all day for you idiots to show up.", "abusive"),
        ("Sois unos ladrones, devolvedme el dinero.", "abusive"),
        ("Me atendió otro subnormal por teléfono.", "abusive"),
        # broken promises: a date moved, a promise made each time, confirmed then cancelled
        ("You said Monday. Then you said Thursday. Still nothing.", "broken_promise"),
        ("Every time I'm told the refund will be processed within a week.", "broken_promise"),
        ("Cada vez me dicen que lo envían mañana.", "broken_promise"),
        ("Beide Male hiess es, das werde sofort korrigiert.", "broken_promise"),
        ("Le 3 novembre vous aviez confirmé la date, puis plus rien.", "broken_promise"),
        ("Am 2.11. schriftlich bestätigt, am 20.11. dann doch abgesagt.", "broken_promise"),
        # knock-on money harm
        ("Because of the failed run 60 staff were not paid on Friday.", "financial_harm"),
        ("The client has incurred penalties from the customs office.", "financial_harm"),
        ("Se le rebotó la cuota del préstamo.", "financial_harm"),
        ("We paid the hotel out of our savings and the card is maxed out.", "financial_harm"),
        ("Der Käufer hat mir 800 € Verzugszinsen berechnet.", "financial_harm"),
        ("Elle a perdu un contrat de 30 k€ à cause du retard.", "financial_harm"),
        # safety: hospital trips, several people ill, freezing weather
        ("Two guests went to the ER after the dinner.", "safety"),
        ("After the buffet 14 delegates got sick.", "safety"),
        ("Il fait -20 °C et le chauffage est coupé depuis hier.", "safety"),
        # legal: counsel by initials, damages sought
        ("Their GC wrote that they reserve the right to seek damages.", "legal"),
        ("Exigen daños y perjuicios por la cancelación.", "legal"),
        ("Sie fordern Schadensersatz für den Ausfall.", "legal"),
        # public: news sites, socials, reposts
        ("Two trade news sites ran the story this morning.", "public"),
        ("Her fans are flooding our socials.", "public"),
        ("The thread has 3.4k reposts already.", "public"),
        ("A researcher tweeted about it and tagged us.", "public"),
        # regulators named by their national names
        ("Ich habe heute eine Beschwerde bei der E-Control eingebracht.", "regulator"),
        ("Presenté una queja ante el Defensor Universitario.", "regulator"),
        ("He has written to FINMA about the transfer.", "regulator"),
        # a card dispute through our own card issuer
        ("I disputed the charge with our card issuer this morning.", "chargeback"),
    ],
)
def test_phrase_families_other_writers_use(text, signal):
    assert signal in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a relative or friend who is a lawyer, a power of attorney
        ("Her grandson is a solicitor but she wants no fuss.", "legal"),
        ("Mi primo es abogado, pero no quiero llegar a eso.", "legal"),
        ("Meu primo é advogado kkk, só resolve.", "legal"),
        ("Mein Bruder ist Anwalt, aber darum geht es nicht.", "legal"),
        ("Sa fille est avocate mais elle ne veut pas d'histoires.", "legal"),
        ("I hold lasting power of attorney for my father.", "legal"),
        # a regulator approving something is no complaint to it
        ("He moaned about the tariff your regulator rubber-stamped.", "regulator"),
        ("The price rise was approved by the regulator in May.", "regulator"),
        # a team name; a fluid leak is no data leak
        ("Trust & safety reviewed the ban today.", "safety"),
        ("A oficina achou um vazamento no fluido do radiador.", "privacy"),
        # an account they already hold elsewhere
        ("They paid the wages out of their other bank.", "churn"),
        # "never again" about the failure: make sure, not leave
        ("Nunca mais quero ver uma cobrança destas.", "churn"),
        ("So etwas darf nie wieder passieren, wir bleiben Kunde.", "churn"),
        # a wrong monthly charge is one error; reporting it elsewhere is no repeat; repeated
        # insults are abuse, not a repeat failure
        ("Continuam cobrando a mensalidade errada todo mês.", "repeat"),
        ("She has already reported it to the council.", "repeat"),
        ("Er hat die Kollegin mehrfach als Idiotin beschimpft.", "repeat"),
        # no promise made, a refusal, a charge that should not have been made, a plan ahead
        ("Ops can't promise the batch settles by noon.", "broken_promise"),
        ("I haven't promised her anything yet.", "broken_promise"),
        ("Me dijeron que no podían hacer nada.", "broken_promise"),
        ("The waiver means none of these should have been charged.", "broken_promise"),
        ("The new contract is supposed to be signed in March.", "broken_promise"),
        # a bank's own review is no exam
        ("Die Überweisung hängt in Ihrer Prüfung fest.", "life_event"),
        ("Das sei eine Geldwäsche-Prüfung, hiess es.", "life_event"),
    ],
)
def test_look_alikes_raise_no_signal(text, absent):
    assert absent not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "If there's no written answer by EOD Wednesday, the FD said they'll go to the FCA.",
        "Il veut l'avoir avant notre clôture du 31/12.",
        "Sie braucht das Geld vor dem 15.12.",
        "Customer: Ana Ruiz\nIssue: her medication has not arrived.\nAsks: the medication today",
    ],
)
def test_limits_the_customer_set(text):
    assert "deadline" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a day that has gone by, a plan told in the past, a renewal date
        "On Nov 9 we said a new visit is booked for Nov 11.",
        "Die Kampagne sollte vom 9. bis 22.11. laufen.",
        "Les obsèques étaient prévues jeudi à 10 h, rien n'était prêt.",
        "Unser Vertrag verlängert sich am 1. Jänner.",
        # a date our adjuster gave is our promise, not their limit
        "Your adjuster, Mr. Lee, told me I'd have a decision within 10 business days.",
    ],
)
def test_days_that_are_no_limit(text):
    assert "deadline" not in found(text)


def kind(text: str) -> str:
    facts = extract(text, CaseFacts(), None, today=TODAY)
    return facts.issue_kind.value if facts.issue_kind else "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # our processing left something waiting: service
        ("The grant was held up by a processing error on your end for a month.", "service"),
        ("We still have no decision on our storm claim after eight weeks.", "service"),
        ("Seit vier Monaten steht der Betrieb ohne jede Leistung da.", "service"),
        ("Die Zahlung hängt seit zwei Wochen in Ihrer Prüfung fest.", "service"),
        ("Biopsy results are running 12 days late.", "service"),
        ("A cirurgia do meu pai foi desmarcada outra vez na véspera.", "service"),
        ("Su operación fue cancelada por tercera vez.", "service"),
        # a contracted campaign never delivered, a document never received, a course called off
        (
            "De los 100 spots contratados solo salieron 30; el resto dejaron de salir al aire.",
            "delivery",
        ),
        ("The school says it never recieved the transcript.", "delivery"),
        ("Der Kurs wurde drei Tage vor Beginn per Mail abgesagt.", "delivery"),
        # billing in every form
        ("J'ai été débité deux fois pour la même nuit.", "billing"),
        ("The annual premium got pulled twice by direct debit.", "billing"),
        ("Pediu downgrade em maio e continuou sendo cobrada no plano antigo.", "billing"),
    ],
)
def test_issue_kinds_other_writers_use(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # an insult is not a scam; a plan downgrade is not a seat downgrade
        ("He keeps calling us scammers in his stream after the ban.", "security"),
        ("She asked for a downgrade of her plan last month.", "delivery"),
    ],
)
def test_kind_look_alikes(text, not_expected):
    assert kind(text) != not_expected


def test_a_notice_period_is_no_length_of_impact():
    facts = extract(
        "Quieren cambiar la política: sus clientes cancelan con <48h de antelación.",
        CaseFacts(),
        None,
        today=TODAY,
    )
    assert facts.impact_hours is None


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "La secretaría me dijo que estaría listo en un mes. Ahora me dicen que no hay acta.",
            "broken_promise",
        ),
        (
            "Disseram que o guincho chegava em 30 min, depois que não tinha prestador.",
            "broken_promise",
        ),
        ("Ficou duas horas no acostamento com as crianças.", "safety"),
        ("Elle a raté la signature : un contrat d'environ 25 k€ perdu.", "financial_harm"),
        ("I'm not putting up with that again: I disputed it with my bank today.", "chargeback"),
    ],
)
def test_second_round_families(text, signal):
    assert signal in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Das Volumen stellen wir nicht in Frage, wir bleiben Partner.", "churn"),
        ("Le dijo que llamara otra vez el lunes y que esperara.", "broken_promise"),
    ],
)
def test_second_round_look_alikes(text, absent):
    assert absent not in found(text)


def test_a_bare_copula_reaches_no_day_across_a_comma():
    assert "deadline" not in found("Sorry, this note is a mess, long shift tonight.")


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("They turned the voucher down and asked for a refund of the room.", "outage"),
        ("He said he'd come down there and sort us out himself.", "outage"),
        ("I couldn't pay my rent on time because the grant was stuck.", "outage"),
    ],
)
def test_down_and_unpaid_bills_are_no_outage(text, not_expected):
    assert kind(text) != not_expected


def test_a_service_that_went_down_is_still_an_outage():
    assert kind("The website was down for six hours on Friday.") == "outage"


def test_a_bare_day_in_a_past_story_is_in_that_month():
    assert "deadline" not in found("Vol annulé le 24/11, aucune solution avant le 26.")


def test_a_bare_day_ahead_is_still_a_limit():
    assert "deadline" in found("Desde 10 de novembro está errado. A próxima entrega é dia 15.")


@pytest.mark.parametrize(
    "text",
    [
        "We told him there would be no outage.\nIt is -15 °C tonight and he has no heating.",
        "On lui avait dit qu'il n'y aurait pas de coupure\nil fait -20 °C et le chauffage est coupé",
        "Le dijimos que no habría corte\nhace -12 °C y se quedó sin calefacción",
    ],
)
def test_a_negation_does_not_reach_across_a_line_break(text):
    """A pasted line is a statement of its own: a 'not' at the end of the line before it
    does not negate the danger told on the next one."""
    assert "safety" in found(text)


def test_a_negation_on_the_same_line_still_counts():
    assert "safety" not in found("Nobody was hurt and there was no fire.")
