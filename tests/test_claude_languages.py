"""Claude and the customer's language, through the real anthropic SDK against the fake
Messages API: the prompts ask for the customer's lines in their language and register
and the coaching in the agent's; a draft that comes back in another language is
redrafted once, then replaced by the playbook's, which the agent is told."""

from __future__ import annotations

from typing import Any

from graph.drafting.guard import voices
from graph.models import SectionKey
from tests.fakes.coach_model import context, drafter
from tests.language_cases import LANGUAGE_CASES
from tests.test_claude_drafter import user_prompt
from tests.test_customer_languages import language_of

FRENCH = LANGUAGE_CASES["fr"].complaint
"""An English-speaking agent's notes quoting a French guest: French lines, English coaching."""
COACHING = (
    "**When:** within eight hours. **Who:** the team lead, who owns the case from here. "
    "**Channel:** a phone call, confirmed in writing the same day.\n\n"
    "**Why it works:** the apology has no conditions, names what happened on the night, and "
    "ends with a next step and a time the owner can keep."
)
FRENCH_SCRIPT = (
    "> Bonjour Madame Fontaine, je vous présente toutes mes excuses. Vous aviez réservé ce "
    "séjour pour l'anniversaire de vos parents, et nous n'avions pas de chambre à votre "
    "arrivée : ce n'est pas acceptable. Je m'occupe personnellement de votre dossier et je "
    "reviens vers vous d'ici vingt-quatre heures."
)
ENGLISH_SCRIPT = (
    "> Hello Ms Fontaine, I'm sorry. You booked this stay for your parents' anniversary and "
    "we had no room for you when you arrived, which is not acceptable. I own this from here "
    "and you will hear from me within twenty-four hours."
)
FRENCH_COACHING = (
    "**Quand :** sous huit heures. **Qui :** le responsable d'équipe, qui garde le dossier "
    "jusqu'au bout. **Canal :** un appel, confirmé par écrit le jour même, avec les "
    "prochaines étapes et la date du prochain point."
)


def section_requests(fake) -> list[dict[str, Any]]:
    return [r for r in fake.requests if r["json"].get("stream")]


async def test_the_prompts_name_both_languages_the_register_and_the_local_money(fake):
    fake.enqueue_text(f"{COACHING}\n\n{FRENCH_SCRIPT}")
    ctx = context(FRENCH)
    text = await drafter(fake).draft(SectionKey.RESPONSE, ctx)
    assert FRENCH_SCRIPT in text and not ctx.notes
    prompt = user_prompt(fake.last_request)
    assert "the customer's language is French; the agent's is English" in prompt
    assert "in French, in the vous register" in prompt
    assert "like this: 1\u202f450,50\xa0€" in prompt
    assert "customer are blockquotes" in fake.last_request["json"]["system"][0]["text"]


async def test_a_script_in_the_wrong_language_is_redrafted_once(fake):
    fake.enqueue_text(f"{COACHING}\n\n{ENGLISH_SCRIPT}")
    fake.enqueue_text(f"{COACHING}\n\n{FRENCH_SCRIPT}")
    ctx = context(FRENCH)
    text = await drafter(fake).draft(SectionKey.RESPONSE, ctx)
    assert FRENCH_SCRIPT in text and ENGLISH_SCRIPT not in text
    correction = section_requests(fake)[-1]["json"]["messages"][-1]["content"]
    assert "the lines for the customer are in English; write them in French" in correction


async def test_coaching_in_the_customers_language_is_sent_back_too(fake):
    fake.enqueue_text(f"{FRENCH_COACHING}\n\n{FRENCH_SCRIPT}")
    fake.enqueue_text(f"{COACHING}\n\n{FRENCH_SCRIPT}")
    ctx = context(FRENCH)
    text = await drafter(fake).draft(SectionKey.RESPONSE, ctx)
    assert text.startswith("**When:**")
    correction = section_requests(fake)[-1]["json"]["messages"][-1]["content"]
    assert "the coaching is in French; write it in English" in correction


async def test_a_model_that_keeps_the_wrong_language_is_replaced_by_the_playbook(fake):
    fake.enqueue_text(f"{COACHING}\n\n{ENGLISH_SCRIPT}")
    fake.enqueue_text(f"{COACHING}\n\n{ENGLISH_SCRIPT}")
    ctx = context(FRENCH)
    text = await drafter(fake).draft(SectionKey.RESPONSE, ctx)
    said, coaching = voices(text)
    assert language_of(said) == "fr" and language_of(coaching) == "en"
    assert "Madame Fontaine" in said
    assert any("came back in the wrong language twice" in note for note in ctx.notes)


async def test_a_holding_script_in_the_wrong_language_falls_back_with_a_notice(fake):
    english = "I'm so sorry about the room. I'm taking this on and will call you back today."
    fake.enqueue_text(english)
    fake.enqueue_text(english)
    ctx = context(FRENCH)
    notes: list[str] = []
    script = await drafter(fake).holding_script(ctx.facts, ctx.decision, notes)
    assert language_of(script) == "fr" and script.startswith("Je vous présente")
    assert notes == [
        "Claude's holding script was not in French (twice), so this is the playbook's."
    ]
    first = user_prompt(fake.requests[0])
    assert "in French (the customer's language), in the vous register" in first
    assert "write them in French" in fake.requests[1]["json"]["messages"][-1]["content"]


async def test_a_revision_keeps_both_languages_in_its_prompt(fake):
    fake.enqueue_text(f"{COACHING}\n\n{FRENCH_SCRIPT}")
    ctx = context(FRENCH)
    revision = await drafter(fake).revise(
        SectionKey.RESPONSE, ctx, f"{COACHING}\n\n{ENGLISH_SCRIPT}", "warmer"
    )
    assert revision.applied == ["warmer"]
    prompt = user_prompt(fake.last_request)
    assert "keep the lines for the customer in French and the coaching in English" in prompt
