"""Revisions of a script in the customer's language stay in that language: shorter,
warmer, more formal and for email on a Spanish script give a Spanish script, asked for
in English or in the agent's own language."""

from __future__ import annotations

import pytest

from graph.catalog import Messages
from graph.drafting.guard import voices
from graph.drafting.playbook import PlaybookDrafter
from graph.lint import lint_section, words
from graph.models import SectionKey
from tests.test_customer_languages import language_of
from tests.test_playbook_drafter import built, facts_of

DRAFTER = PlaybookDrafter()
CUSTOMERS = {
    "es": ("Lucía Ferrer Campos", "EUR", "female", "señora Ferrer"),
    "pt": ("Thiago Nascimento", "BRL", "male", "senhor Thiago"),
    "fr": ("Aurélie Fontaine", "EUR", "female", "Madame Fontaine"),
    "de": ("Jens Schuster", "EUR", None, "Jens Schuster"),
}
IN_THEIR_OWN_WORDS = {
    "es": {"shorter": "más corto", "warmer": "más cálido", "formal": "más formal",
           "email": "para enviarlo por correo"},
    "pt": {"shorter": "mais curto", "warmer": "mais acolhedor", "formal": "mais formal",
           "email": "para mandar por e-mail"},
    "fr": {"shorter": "plus court", "warmer": "plus chaleureux", "formal": "plus formel",
           "email": "pour l'envoyer par courriel"},
    "de": {"shorter": "kürzer", "warmer": "herzlicher", "formal": "förmlicher",
           "email": "per Mail"},
}  # fmt: skip


def case(language: str, level_value: float = 30_000.0):
    name, currency, address, _ = CUSTOMERS[language]
    extra = {"address": address} if address else {}
    return built(
        facts_of(
            f"Customer: {name}\nThe service was down for six hours.",
            customer_name=name,
            segment="b2c",
            currency=currency,
            annual_value=level_value,
            language=language,
            issue_kind="outage",
            impact_hours=6.0,
            **extra,
        )
    )


async def revised(language: str, instruction: str) -> tuple[str, str, list[str]]:
    ctx = case(language)
    before = await DRAFTER.draft(SectionKey.RESPONSE, ctx)
    revision = await DRAFTER.revise(SectionKey.RESPONSE, ctx, before, instruction)
    return before, revision.text, revision.applied


@pytest.mark.parametrize("language", list(CUSTOMERS))
@pytest.mark.parametrize("style", ["shorter", "warmer", "formal", "email"])
@pytest.mark.parametrize("asked_in", ["english", "their own words"])
async def test_a_revision_of_the_script_stays_in_the_customers_language(language, style, asked_in):
    english = {"shorter": "shorter", "warmer": "warmer", "formal": "more formal",
               "email": "for email"}  # fmt: skip
    instruction = english[style] if asked_in == "english" else IN_THEIR_OWN_WORDS[language][style]
    before, after, applied = await revised(language, instruction)
    assert applied == [style], (instruction, applied)
    said_before, _ = voices(before)
    said, coaching = voices(after)
    assert said != said_before
    assert language_of(said) == language, said
    ctx = case(language)
    rules = {f.rule for f in lint_section(SectionKey.RESPONSE, after, ctx.decision, ctx.facts)}
    assert not rules & {"hedged-apology", "over-promise"}, after
    words_in = Messages(language)
    if style == "shorter":
        assert words(after) < words(before)
    elif style == "warmer":
        assert words_in.text("revise.warm_b2c") in said
    elif style == "formal":
        assert any(new.replace("\\1", "") in said for _, new in words_in.pairs("formal")), said
    else:
        assert words_in.text("revise.email_subject") in said
        assert words_in.text("revise.email_sign_off") in said
        assert CUSTOMERS[language][3] in said.split("\n")[2], "the email greets them by name"
        assert "**Channel:** email" in coaching


async def test_an_email_then_a_phone_call_puts_back_the_call_in_spanish():
    ctx = case("es")
    script = await DRAFTER.draft(SectionKey.RESPONSE, ctx)
    email = (await DRAFTER.revise(SectionKey.RESPONSE, ctx, script, "for email")).text
    phone = (await DRAFTER.revise(SectionKey.RESPONSE, ctx, email, "for a call")).text
    assert "Un cordial saludo" in email and "Un cordial saludo" not in phone
    assert "> **Asunto:** Qué ha fallado" in email and "**Asunto:**" not in phone


async def test_words_to_add_go_into_the_script_only_in_its_language():
    ctx = case("es")
    script = await DRAFTER.draft(SectionKey.RESPONSE, ctx)
    spanish = await DRAFTER.revise(
        SectionKey.RESPONSE, ctx, script, "menciona el reembolso del envío que ya le hicimos"
    )
    said, _ = voices(spanish.text)
    assert "También quiero comentarle el reembolso del envío que ya le hicimos." in said
    english = await DRAFTER.revise(
        SectionKey.RESPONSE, ctx, script, "mention the shipping refund we already sent"
    )
    said, coaching = voices(english.text)
    assert "shipping refund" not in said, "never English words inside a Spanish script"
    assert "- Also say, in Spanish: the shipping refund we already sent." in coaching
