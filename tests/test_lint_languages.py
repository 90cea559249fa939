"""The plan linter in five languages: hedged and defensive apologies, blame, policy-speak
and over-promises are refused whichever language they are written in; a sentence that
says we will not promise is let through; money written the local way is still money."""

from __future__ import annotations

import pytest

from graph.lint import amounts, lint_section
from graph.lint_phrases import phrase_books
from graph.models import SectionKey
from tests.test_playbook_drafter import built, facts_of

CASE = built(
    facts_of("x", customer_name="Ana Ruiz", segment="b2c", currency="EUR", annual_value=9_000.0)
)
REFUSED = [
    # Spanish
    ("es", "Disculpe las molestias, estamos trabajando en ello.", "hedged-apology"),
    ("es", "Lamentamos cualquier inconveniente que esto le haya causado.", "hedged-apology"),
    ("es", "Lo siento si le ha molestado la espera.", "hedged-apology"),
    ("es", "Lo sentimos, pero el sistema no lo permite.", "hedged-apology"),
    ("es", "Según nuestra política, no podemos devolver el importe.", "hedged-apology"),
    ("es", "Al haber dado el código, fue responsabilidad suya.", "hedged-apology"),
    ("es", "Le garantizamos que quedará resuelto hoy.", "over-promise"),
    ("es", "Esto no volverá a pasar.", "over-promise"),
    # Portuguese
    ("pt", "Desculpe o transtorno, já estamos verificando.", "hedged-apology"),
    ("pt", "Sinto muito se a senhora ficou chateada.", "hedged-apology"),
    ("pt", "Conforme nossa política, o reembolso leva 30 dias.", "hedged-apology"),
    ("pt", "A culpa foi sua por não atualizar o cadastro.", "hedged-apology"),
    ("pt", "Garantimos que o problema está resolvido.", "over-promise"),
    ("pt", "Isso não vai acontecer de novo.", "over-promise"),
    # French
    ("fr", "Nous nous excusons pour la gêne occasionnée.", "hedged-apology"),
    ("fr", "Désolé si cela vous a contrarié.", "hedged-apology"),
    ("fr", "Selon notre politique, ce n'est pas remboursable.", "hedged-apology"),
    ("fr", "C'est de votre faute, le formulaire était incomplet.", "hedged-apology"),
    ("fr", "Nous garantissons une résolution sous 24 heures.", "over-promise"),
    ("fr", "Cela ne se reproduira plus.", "over-promise"),
    # German
    ("de", "Entschuldigen Sie bitte die Unannehmlichkeiten.", "hedged-apology"),
    ("de", "Es tut uns leid, aber das System lässt das nicht zu.", "hedged-apology"),
    ("de", "Laut unseren Richtlinien ist keine Erstattung möglich.", "hedged-apology"),
    ("de", "Das war Ihr eigener Fehler bei der Eingabe.", "hedged-apology"),
    ("de", "Wir garantieren, dass es heute noch behoben wird.", "over-promise"),
    ("de", "Das wird nie wieder vorkommen.", "over-promise"),
    # English, as it always was
    ("en", "We apologise for any inconvenience.", "hedged-apology"),
    ("en", "We guarantee a fix by Friday.", "over-promise"),
]
ALLOWED = [
    "No puedo garantizarle que nada vuelva a fallar, pero le enseñaré qué cambiamos.",
    "Não posso lhe garantir que nada mais vai falhar, mas vou mostrar o que mudamos.",
    "Je ne peux pas vous garantir que plus rien ne tombera en panne.",
    "Ich kann Ihnen nicht garantieren, dass nie wieder etwas ausfällt.",
    "Evite decir «garantizamos»: promete lo que nadie puede cumplir.",
    "Sie können den Vorgang an unsere Garantieabteilung geben.",
    "Le service garantie s'en occupe.",
]


@pytest.mark.parametrize(("language", "sentence", "rule"), REFUSED)
def test_each_language_refuses_its_hedges_blame_policy_speak_and_promises(language, sentence, rule):
    for key in (SectionKey.RESPONSE, SectionKey.TRUST):
        findings = lint_section(key, f"> {sentence}", CASE.decision, CASE.facts)
        assert rule in {f.rule for f in findings}, (key, sentence)


@pytest.mark.parametrize("sentence", ALLOWED)
def test_saying_what_we_will_not_promise_is_let_through(sentence):
    findings = lint_section(SectionKey.TRUST, sentence, CASE.decision, CASE.facts)
    assert not [f for f in findings if f.rule in ("hedged-apology", "over-promise")], sentence


def test_every_language_has_each_kind_of_phrase_and_a_better_wording_outside_english():
    for book in phrase_books():
        assert {p.kind for p in book.phrase} == {"hedged", "blame", "policy", "promise"}
        if book.language != "en":
            assert all(p.instead for p in book.phrase), book.language


def test_a_finding_in_another_language_says_what_to_say_instead():
    findings = lint_section(
        SectionKey.RESPONSE, "> Disculpe las molestias.", CASE.decision, CASE.facts
    )
    assert "say instead: “Siento de verdad" in findings[0].message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le abonaremos 9.500,00 € hoy.", 9500.0),
        ("Vamos creditar R$\xa04.200,00 na fatura.", 4200.0),
        ("Un geste de 1\u202f450,00\xa0€ vous sera versé.", 1450.0),
        ("Wir schreiben Ihnen CHF\xa01'450.00 gut.", 1450.0),
        ("Ihnen eine Gutschrift von 900 gutschreiben", 900.0),
        ("un reembolso de 750 por el retraso", 750.0),
    ],
)
def test_money_written_the_local_way_is_read_as_money(text, value):
    assert amounts(text) == [value]


def test_a_local_amount_above_the_envelope_is_refused():
    text = "> Le abonaremos 95.000,00 € por las molestias causadas hoy."
    rules = {f.rule for f in lint_section(SectionKey.RESPONSE, text, CASE.decision, CASE.facts)}
    assert "money-outside-envelope" in rules
