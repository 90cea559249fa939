"""The reply check on cases from many industries: what it flags, what it leaves alone, and
that the corrected reply is the agent's own with only the flagged words changed."""

from __future__ import annotations

import difflib

import pytest

from graph.extraction import apply_defaults, extract
from graph.models import CaseFacts, Fact, PolicyDecision
from graph.phrasebook import PHRASEBOOKS
from graph.policy import decide, default_policy
from graph.reply_check import ReplyCheck, check_reply
from graph.state import Owner
from tests.cases import B2B_OUTAGE, B2C_MINOR, LEGAL_THREAT

AIRLINE = (
    "Customer: Joanna Reyes\nA platinum flyer for 9 years; her connection to Lisbon was "
    "cancelled on Friday and she spent $420 on a hotel and meals. She is furious and wants "
    "it paid back. Nothing tried yet."
)
BANK = (
    "Customer: Tomasz Nowak\nPrivate banking client for 12 years, about $30,000 a year in "
    "fees. We charged him a $95 overdraft fee in error on Monday. He is annoyed. We have "
    "not refunded it yet."
)
TELECOM = (
    "Customer: Aisha Bello\nHome broadband customer on a $60/month plan, 3 years with us. "
    "Her internet was down for 3 days last week while she works from home. She is "
    "frustrated and asked for compensation. An engineer visit was booked but missed."
)
HOTEL = (
    "Customer: Grand Events Ltd\nConference booking worth $80,000 a year. The ballroom "
    "air conditioning failed for 5 hours during their keynote on Wednesday. Their events "
    "director is angry. We comped the coffee."
)
OWNER = Owner(name="Dana Kim", contact="dana@example.com")


def case(text: str) -> tuple[CaseFacts, PolicyDecision]:
    facts = apply_defaults(extract(text, CaseFacts()))
    return facts, decide(facts, default_policy())


def check(text: str, reply: str, **kwargs) -> ReplyCheck:
    facts, decision = case(text)
    return check_reply(reply, facts, decision, OWNER, **kwargs)


def kinds(result: ReplyCheck) -> set[str]:
    return {f.kind for f in result.flags}


def test_done_when_a_hedged_apology_a_guarantee_and_a_sum_over_authority_are_mended():
    reply = (
        "Hi, I'm sorry if you felt let down by the outage. I guarantee it won't happen again. "
        "To make up for it I can offer you a $5,000 credit on your next invoice."
    )
    result = check(B2B_OUTAGE, reply)
    assert {"hedged-apology", "over-promise", "over-authority"} <= kinds(result)
    fixed = result.corrected
    assert "sorry if" not in fixed and "guarantee" not in fixed.lower()
    assert "$5,000" not in fixed and "Director of Customer Success" in fixed
    assert "within 24 hours" in fixed, "a time to come back by, from policy"
    over = next(f for f in result.flags if f.kind == "over-authority")
    assert over.span == "$5,000" and "$250" in over.why
    again = check(B2B_OUTAGE, fixed)
    assert not again.flags, [f.kind for f in again.flags]


@pytest.mark.parametrize(
    ("text", "reply", "kind"),
    [
        (AIRLINE, "I'm sorry if you were inconvenienced by the cancellation.", "hedged-apology"),
        (BANK, "We apologise for any inconvenience this may have caused.", "hedged-apology"),
        (TELECOM, "I'm sorry, but the engineer was fully booked.", "hedged-apology"),
        (HOTEL, "I understand your frustration, but the unit was serviced last month.",
         "hedged-apology"),
        (BANK, "As per our policy, fees are refunded within 10 days.", "policy-speak"),
        (TELECOM, "Unfortunately, that is not possible.", "policy-speak"),
        (AIRLINE, "I'm not allowed to refund hotels.", "policy-speak"),
        (HOTEL, "There's nothing we can do about the keynote now.", "policy-speak"),
        (TELECOM, "You should have rebooked the engineer yourself.", "blame"),
        (AIRLINE, "That was the other team's mistake, not ours.", "blame"),
        (BANK, "That's not our department.", "blame"),
        (HOTEL, "We guarantee a flawless event next year.", "over-promise"),
        (TELECOM, "This won't happen again.", "over-promise"),
        (AIRLINE, "I'm 100% sure your refund is on its way.", "over-promise"),
        (BANK, "Your refund is guaranteed by Friday.", "over-promise"),
        (TELECOM, "Please calm down so I can help you.", "tone"),
        (AIRLINE, "As I already explained, the flight was cancelled by weather.", "tone"),
        (HOTEL, "Thanks for getting in touch!", "tone"),
        (BANK, "It was just a small glitch in our billing run.", "tone"),
    ],
)  # fmt: skip
def test_each_fault_is_found_in_many_phrasings(text, reply, kind):
    result = check(text, reply)
    assert kind in kinds(result), (reply, [f.kind for f in result.flags])
    assert result.corrected != result.reply
    assert kind not in kinds(check(text, result.corrected)), result.corrected


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (AIRLINE, "Joanna, I'm sorry. A cancelled connection with no help from us is not good "
         "enough. I'll reimburse your hotel and meals and call you by 5pm tomorrow."),
        (BANK, "Tomasz, I'm sorry: that $95 fee should never have been charged. I've asked for "
         "it to be refunded today and I'll confirm by email once it shows."),
        (TELECOM, "Aisha, I'm sorry your internet was down for 3 days and the engineer didn't "
         "turn up. I'm booking a new visit now and I'll text you the time within the hour."),
        (HOTEL, "I'm sorry. Losing the air conditioning for 5 hours in your keynote is on us. "
         "I'll send you a written account of what failed by Friday."),
        (B2B_OUTAGE, "I can't guarantee nothing will ever fail again, but I'll show you what "
         "we are changing. You'll hear from me within 24 hours."),
    ],
)  # fmt: skip
def test_a_good_reply_passes_untouched(text, reply):
    result = check(text, reply)
    assert result.passed, [(f.kind, f.span) for f in result.flags]
    assert result.corrected == reply


def test_the_corrected_reply_keeps_every_sentence_that_was_not_flagged():
    reply = (
        "Aisha, thank you for telling me straight away. I'm sorry if you were frustrated. "
        "I have booked a new engineer for Thursday morning. Per our terms, visits can move. "
        "I'll text you the slot today."
    )
    result = check(TELECOM, reply)
    for kept in ("Aisha, thank you for telling me straight away.",
                 "I have booked a new engineer for Thursday morning.",
                 "I'll text you the slot today."):  # fmt: skip
        assert kept in result.corrected
    ratio = difflib.SequenceMatcher(None, reply, result.corrected).ratio()
    assert ratio > 0.8, "mended, not rewritten"


def test_money_is_held_to_the_envelope_and_the_agents_authority():
    facts, decision = case(B2B_OUTAGE)
    within = check_reply("I can credit $135 for the day you lost.", facts, decision, OWNER)
    assert within.passed
    over = check_reply("I can credit $2,000 for the day you lost.", facts, decision, OWNER)
    assert kinds(over) == {"over-authority"}
    approved = check_reply(
        "I can credit $2,000 for the day you lost.", facts, decision, OWNER, approved=True
    )
    assert approved.passed, "an approved package may be named"
    beyond = check_reply("We'll pay you $15,000 for the lost sales.", facts, decision, OWNER)
    assert kinds(beyond) == {"outside-envelope"}
    assert "$15,000" not in beyond.corrected and "within 24 hours" in beyond.corrected
    described = check_reply(
        "I know the outage cost your team about $15,000.", facts, decision, OWNER
    )
    assert described.passed, "their loss, described, is not an offer"


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (B2B_OUTAGE, "We'll cover your lost revenue from Tuesday, and I'll call you at 4pm."),
        (HOTEL, "We will compensate you for the lost business from the keynote."),
        (TELECOM, "I'll make sure you get a full refund for the year."),
        (B2C_MINOR, "We'll refund you in full, Priya."),
    ],
)
def test_money_promised_without_a_sum_is_held_to_policy_too(text, reply):
    result = check(text, reply)
    assert "outside-envelope" in kinds(result), (reply, result.flags)
    assert "what we can do" in result.corrected
    assert "I'll call you at 4pm" in result.corrected or "4pm" not in reply


def test_a_full_refund_is_fine_where_the_package_refunds():
    facts, decision = case(BANK)
    assert any(i.kind == "refund" for i in decision.recommended.items)
    reply = "Tomasz, I'm sorry: I'll give you a full refund of that fee today."
    assert check_reply(reply, facts, decision, OWNER).passed
    assert "outside-envelope" in kinds(check(TELECOM, reply))


def test_a_sum_with_its_digits_swapped_is_put_right_and_an_unknown_one_is_questioned():
    swapped = check(BANK, "I can see the $59 overdraft fee on your account.")
    assert [f.kind for f in swapped.flags] == ["wrong-number"]
    assert "$95 overdraft" in swapped.corrected
    unknown = check(BANK, "I can see the $310 overdraft fee on your account.")
    flag = unknown.flags[0]
    assert flag.kind == "wrong-number" and flag.replacement is None
    assert "$95" in flag.fix and unknown.corrected == unknown.reply


def test_hours_and_days_are_checked_against_the_complaint():
    hours = check(HOTEL, "I'm sorry the air conditioning failed for six hours.")
    assert [f.kind for f in hours.flags] == ["wrong-number"]
    assert "failed for five hours" in hours.corrected
    day = check(HOTEL, "I'm sorry the air conditioning failed on Thursday.")
    assert [f.kind for f in day.flags] == ["wrong-date"]
    assert "on Wednesday" in day.corrected
    plan = check(HOTEL, "I'm sorry. Our engineer will check the unit on Thursday.")
    assert plan.passed, "a day in a promise is not a day of the incident"


def test_names_are_checked_against_the_case_and_the_owner():
    greeting = check(B2C_MINOR, "Hi Sarah, I'm sorry the list took a day to sync.")
    assert [f.kind for f in greeting.flags] == ["wrong-name"]
    assert greeting.corrected.startswith("Hi Priya,")
    spelled = check(LEGAL_THREAT, "Dear Mr Belini, I'm sorry we charged you twice.")
    assert "Dear Mr Bellini" in spelled.corrected
    signed = check(AIRLINE, "Joanna, I'm sorry.\n\nBest regards,\nSam")
    assert signed.corrected.endswith("Dana")
    company = check(B2B_OUTAGE, "Hi Maria, I'm sorry for the four hours of downtime.")
    assert company.passed, "the contact at a company is not on the case: not a wrong name"


def test_what_is_wrong_depends_on_the_case():
    admission = "We accept full liability for the double charge."
    assert "admission" in kinds(check(LEGAL_THREAT, admission))
    assert "admission" not in kinds(check(B2B_OUTAGE, admission))
    facts = apply_defaults(
        CaseFacts(
            complaint=Fact(value="Asked when the new card arrives."),
            emotional_state=Fact(value="calm, just curious"),
            annual_value=Fact(value=100.0),
        )
    )
    calm = check_reply("Good question! It arrives on Monday.", facts, None, OWNER)
    assert calm.passed, "cheerful is fine for a calm customer"
    assert "tone" in kinds(check(AIRLINE, "Good question! It arrives on Monday."))


def test_the_customers_own_words_are_not_our_promise_and_blanks_are_filled():
    quoted = check(
        LEGAL_THREAT,
        "You said “he says his lawyer will file in small claims court unless we fix it "
        "this week”, and I'm sorry it came to that.",
    )
    assert quoted.passed
    blanks = check(AIRLINE, "Joanna, this is [your name]; reach me at [your direct line or email].")
    assert kinds(blanks) == {"placeholder"}
    assert "this is Dana Kim; reach me at dana@example.com." in blanks.corrected


def test_another_language_is_checked_with_its_book_and_english_and_money_still_applies():
    assert set(PHRASEBOOKS) == {"en", "es", "pt", "fr", "de"}, "others are data (prompts/lint)"
    spanish = check(
        B2B_OUTAGE, "Lo siento mucho. Le ofrezco un crédito de $5,000 y le garantizo una solución."
    )
    assert spanish.language == "es"
    assert {"over-authority", "over-promise"} <= kinds(spanish)
