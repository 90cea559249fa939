"""A case in Spanish, Portuguese, French or German, planned by `coach plan --json`: the
words for the customer are in their language and register, with their amounts and days
written the way their locale writes them; the coaching is English; the plan lints clean.

In-process CLI (tests/coach_cli.py), offline playbook drafter.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from babel.numbers import format_currency

from graph.drafting.guard import voices
from graph.locales import format_day
from graph.understanding.language import confident_language
from graph.understanding.when import due
from tests.language_cases import LANGUAGE_CASES, LanguageCase

LOCALES = {"es": "es_ES", "pt": "pt_BR", "fr": "fr_FR", "de": "de_DE"}
DAY_FORMATS = {"es": "EEEE d 'de' MMMM", "de": "d. MMMM"}
"""The cases whose customer set a day ("antes del viernes", "bis Freitag"), and how their
language writes a day in a sentence."""
ENGLISH_STYLE_MONEY = re.compile(r"(?:€|R\$)\d")


def language_of(text: str) -> str | None:
    found = confident_language(text, at_least=0.8, letters=40)
    return found[0] if found else None


def plan_for(coach, tmp_path, case: LanguageCase) -> dict:
    (tmp_path / "case.txt").write_text(case.complaint, encoding="utf-8")
    (tmp_path / "answers.txt").write_text(case.tried + "\n", encoding="utf-8")
    ran = coach(["plan", "case.txt", "--json", "--answers", "answers.txt"])
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


def section(plan: dict, key: str) -> str:
    return next(s["text"] for s in plan["sections"] if s["key"] == key)


@pytest.mark.parametrize("language", list(LANGUAGE_CASES))
def test_a_case_in_the_customers_language_gets_their_scripts_formats_and_english_coaching(
    coach, tmp_path, language
):
    case = LANGUAGE_CASES[language]
    plan = plan_for(coach, tmp_path, case)

    assert plan["languages"] == {"customer": language, "agent": case.agent}
    assert plan["locale"] == LOCALES[language]
    assert plan["lint"]["passed"], plan["lint"]["findings"]
    assert plan["status"] in ("final", "awaiting_approval")

    assert language_of(plan["holding_script"]) == language, plan["holding_script"]
    response = section(plan, "response")
    said, coaching = voices(response)
    assert language_of(said) == language, said
    assert language_of(coaching) == "en", coaching
    assert said.startswith(("Hola, ", "Olá, ", "Bonjour ", "Guten Tag, ")), said
    assert case.greeting in said.split("\n")[0], "greeted in the customer's register"
    for key in ("analysis", "value", "remedies", "prevention", "metrics"):
        assert language_of(section(plan, key)) == "en", f"{key} coaching is English"
    trust_said, _ = voices(section(plan, "trust"))
    assert not trust_said or language_of(trust_said) == language

    # Every amount the plan writes is in the case's locale, and they agree everywhere.
    total = plan["compensation_total"]
    written = format_currency(total, plan["currency"], locale=LOCALES[language])
    assert plan["compensation_total_text"] == written
    assert f"package: {written}" in plan["markdown"]
    for item in plan["compensation_items"]:
        if item["amount"]:
            assert item["amount_text"] in plan["markdown"], item
    assert not ENGLISH_STYLE_MONEY.search(plan["markdown"] + plan["holding_script"])
    owed = [i for i in plan["compensation_items"] if i["owed"] and i["amount"]]
    if not plan["approval_required"]:  # what we owe is said with its amount
        assert all(i["amount_text"] in said for i in owed), (owed, said)
    if language in DAY_FORMATS:
        day = due("viernes" if language == "es" else "Freitag", date.today()).day
        assert format_day(day, LOCALES[language], DAY_FORMATS[language]) in said, said


def test_an_agent_writing_english_about_a_french_guest_gets_french_lines(coach, tmp_path):
    plan = plan_for(coach, tmp_path, LANGUAGE_CASES["fr"])
    said, _ = voices(section(plan, "response"))
    assert "rembourser les 62,00\xa0€" in said, "the taxi they paid, said with its amount"
    assert "62,00\xa0€" in section(plan, "remedies"), "the coaching writes amounts the case's way"


def test_the_markdown_plan_prints_the_same_local_amounts(coach, tmp_path):
    case = LANGUAGE_CASES["pt"]
    plan = plan_for(coach, tmp_path, case)
    ran = coach(["plan", "case.txt", "--answers", "answers.txt"])
    assert plan["compensation_total_text"] in ran.stdout
    assert "R$\xa04.200,00" in ran.stdout and "R$4,200" not in ran.stdout
