"""The message catalogs: every language has every line English has, with no placeholder
English does not fill, and its lines pass the plan linter in their own language. A key
a catalog lacks fails here; in a conversation it is said in English, with a notice."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import graph.catalog as catalog
from graph.catalog import SHARED, Catalog, Messages, available, load, placeholders
from graph.drafting.base import DraftContext
from graph.drafting.playbook import PlaybookDrafter
from graph.lint import lint_section
from graph.models import SectionKey
from tests.test_customer_languages import language_of
from tests.test_playbook_drafter import built, facts_of

OTHERS = [code for code in available() if code != "en"]
SAMPLE = {
    "Impact": "X", "impact": "x", "in_terms": "x", "paid_for": "x", "role": "", "respond": "4",
    "update": "24", "parts": "x", "amount": "1", "deadline": "x", "where": "x", "day": "1",
    "duration": "4", "summary": "24", "days": "3", "what": "x", "who": "X", "direct": "X",
    "hours": "4", "time": "15:30", "promised": "x", "issue": "x", "approver": "X", "by": "x",
}  # fmt: skip


def test_the_five_languages_have_catalogs():
    assert set(available()) == {"en", "es", "pt", "fr", "de"}


@pytest.mark.parametrize("code", OTHERS)
def test_every_catalog_has_every_english_key_with_the_placeholders_english_fills(code):
    english, other = load("en"), load(code)
    assert set(other.messages) == set(english.messages)
    for key, text in english.messages.items():
        theirs = other.messages[key]
        assert isinstance(theirs, type(text)), key
        if isinstance(text, list):
            assert len(theirs) == len(text), f"{key}: as many variants as English"
        ours = set().union(*(placeholders(t) for t in (text if isinstance(text, list) else [text])))
        for variant in theirs if isinstance(theirs, list) else [theirs]:
            assert placeholders(variant) <= ours | SHARED, key
    assert set(other.cues) == set(english.cues)
    assert set(other.pairs) == set(english.pairs)
    assert set(other.instructions) == set(english.instructions)


@pytest.mark.parametrize("code", OTHERS)
def test_every_line_reads_as_its_language_and_passes_the_linter(code):
    """Each line is read back by an independent language detector, and the plan linter
    (its phrases in all five languages) finds nothing to refuse in any of them."""
    ctx = built(facts_of("x", customer_name="Ana Ruiz", segment="b2c", currency="EUR"))
    words = Messages(code, greet="Ana", name="Ana Ruiz", owner="Ana", contact="ana@example.com")
    for key in load("en").messages:
        own = load(code).messages[key]
        for variant in range(len(own) if isinstance(own, list) else 1):
            line = words.text(key, variant, **SAMPLE)
            if len(line) > 60:
                assert language_of(line) == code, (key, line)
            findings = lint_section(SectionKey.RESPONSE, f"> {line}", ctx.decision, ctx.facts)
            assert not findings, (key, line, [f.message for f in findings])
    assert not words.missing


def test_a_line_a_catalog_lacks_is_said_in_english_and_the_agent_is_told(monkeypatch):
    full = load("es")
    lacking = full.model_copy(
        update={"messages": {k: v for k, v in full.messages.items() if k != "script.contact"}}
    )
    real_load = catalog.load
    monkeypatch.setattr(catalog, "load", lambda code: lacking if code == "es" else real_load(code))
    words = Messages("es", contact="+34 600 000 000")
    assert words.text("script.contact") == "You can reach me directly at +34 600 000 000."
    assert words.text("script.ownership_basic").startswith("Me encargo yo")
    assert words.missing == ["script.contact"]
    assert "no Spanish wording yet" in words.notice() and "script.contact" in words.notice()


async def test_the_playbook_tells_the_agent_when_a_line_is_in_english(monkeypatch):
    full = load("pt")
    lacking = full.model_copy(
        update={"messages": {k: v for k, v in full.messages.items() if k != "script.ownership"}}
    )
    real_load = catalog.load
    monkeypatch.setattr(catalog, "load", lambda code: lacking if code == "pt" else real_load(code))
    facts = facts_of(
        "Cliente: Marina Souza\nO aplicativo ficou fora do ar.", customer_name="Marina Souza",
        segment="b2c", currency="BRL", annual_value=30_000.0, language="pt",
    )  # fmt: skip
    ctx = DraftContext(facts=facts, decision=built(facts).decision)
    text = await PlaybookDrafter().draft(SectionKey.RESPONSE, ctx)
    assert "I'm not calling with excuses." in text, "the missing line, in English"
    assert "Sinto muito" in text, "everything else in Portuguese"
    assert any("no Portuguese wording yet" in note for note in ctx.notes)


def test_a_language_without_a_catalog_is_english_with_a_notice():
    words = Messages("it", contact="x")
    assert words.language == "en" and words.unsupported == "it"
    assert words.text("script.contact") == "You can reach me directly at x."
    assert "no it catalog" in words.notice() or "no Italian catalog" in words.notice()


@pytest.mark.parametrize(
    ("broken", "why"),
    [
        ({"messages": {"script.contact": "Llámeme al {contact"}}, "script.contact"),
        ({"cues": {"team": "(unclosed"}}, "team"),
        (
            {
                "address": {
                    "female": "señora {surname}",
                    "male": "x",
                    "unknown": "x",
                    "business": "x",
                }
            },
            "unknown name part",
        ),
        ({"language": "spanish"}, "language"),
    ],
)
def test_a_broken_catalog_is_refused_when_it_is_read(broken, why):
    raw = load("es").model_dump()
    with pytest.raises(ValidationError, match=why):
        Catalog.model_validate({**raw, **broken})


def test_a_broken_catalog_file_stops_start_up_with_one_line(coach, tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    folder.mkdir()
    for code in available():
        (folder / f"{code}.toml").write_text(
            catalog._folder().joinpath(f"{code}.toml").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    broken = (
        (folder / "fr.toml")
        .read_text(encoding="utf-8")
        .replace('name = "français"', "name = [unclosed")
    )
    (folder / "fr.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(catalog, "_folder", lambda: folder)
    for cached in (catalog.load, catalog.available):
        cached.cache_clear()
        monkeypatch.setattr(cached, "cache_clear", cached.cache_clear)
    try:
        (tmp_path / "case.txt").write_text("The app was down all day.", encoding="utf-8")
        ran = coach(["plan", "case.txt"])
    finally:
        catalog.load.cache_clear()
        catalog.available.cache_clear()
    assert ran.returncode == 2
    assert "prompts/catalogs/fr.toml" in ran.stderr and "Traceback" not in ran.stderr
