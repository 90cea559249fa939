"""`coach check` on replies in Spanish, Portuguese, French and German (in-process, real
Redis): a hedged apology, a guarantee, blame and policy-speak are flagged in the reply's
language, and the corrected reply is in that language with each mended in its words."""

from __future__ import annotations

import json

import pytest

from tests.coach_cli import Coach
from tests.language_cases import LANGUAGE_CASES
from tests.principles.test_cli_principles import one_line

REPLIES = {
    "es": (
        "Disculpe las molestias. Le garantizo que el técnico irá el viernes. Según nuestra "
        "política, el cambio tarda diez días. Fue su error no revisar la lavadora. "
        "Lamentamos cualquier inconveniente que esto le haya causado.",
        ["Siento de verdad lo que ha pasado.", "Según lo previsto, el técnico irá el viernes.",
         "El cambio tarda diez días.", "Lamentamos de verdad el perjuicio que esto le haya "
         "causado."],
        ["molestias", "garantiz", "política", "su error", "inconveniente"],
    ),
    "pt": (
        "Desculpe o transtorno. Garanto que a entrega chega na sexta-feira. Conforme nossa "
        "política, o estorno leva dez dias. A culpa é sua por não conferir o pedido.",
        ["Sinto muito pelo que aconteceu.", "Segundo o previsto, a entrega chega na sexta-feira.",
         "O estorno leva dez dias."],
        ["transtorno", "garant", "política", "culpa"],
    ),
    "fr": (
        "Nous sommes désolés pour la gêne occasionnée. Je vous garantis que la chambre sera "
        "prête vendredi. Selon notre politique, le remboursement prend dix jours. C'est votre "
        "faute, vous n'avez pas lu les conditions.",
        ["Nous sommes désolés pour ce qui vous est arrivé.",
         "Normalement, la chambre sera prête vendredi.", "Le remboursement prend dix jours."],
        ["gêne", "garanti", "politique", "faute"],
    ),
    "de": (
        "Wir entschuldigen uns für etwaige Unannehmlichkeiten. Wir garantieren, dass der "
        "Zähler am Freitag getauscht wird. Leider ist das nicht möglich. Das ist Ihr Fehler, "
        "Sie haben den Zählerstand nicht gemeldet.",
        ["Wir entschuldigen uns für das, was passiert ist.",
         "Wir tun alles dafür, dass der Zähler am Freitag getauscht wird.",
         "Das kann ich nicht selbst entscheiden."],
        ["Unannehmlichkeiten", "garantieren", "leider", "Ihr Fehler"],
    ),
}  # fmt: skip
KINDS = {"hedged-apology", "over-promise", "policy-speak", "blame"}


def start(coach: Coach, language: str) -> str:
    thread = f"check-{language}"
    lines = [one_line(LANGUAGE_CASES[language].complaint), "ok", *["approve"] * 8]
    proc = coach(["chat", "--thread", thread], stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    return thread


@pytest.mark.parametrize("language", sorted(REPLIES))
def test_a_reply_is_flagged_and_corrected_in_its_own_language(coach, language):
    reply, kept, gone = REPLIES[language]
    thread = start(coach, language)
    proc = coach(["check", thread, "--json"], stdin=reply)
    assert proc.returncode == 0, proc.stderr
    checked = json.loads(proc.stdout)
    assert checked["language"] == language and not checked["passed"]
    assert {f["kind"] for f in checked["flags"]} >= KINDS, checked["flags"]
    corrected = checked["corrected"]
    for sentence in kept:
        assert sentence in corrected, corrected
    for word in gone:
        assert word.lower() not in corrected.lower(), corrected
    shown = coach(["check", thread], stdin=reply)
    assert shown.returncode == 0 and "Corrected" in shown.stdout, shown.stdout
