"""The phrases the coach checks for, by language: data only, no matching logic.

Why one table for everything: the plan linter, the reply check and the promise ledger
all judge the same words ("sorry if", "guarantee", "I'll call you by 3pm"), and a rule
fixed in one of them must be fixed in all. Each language is one `Phrasebook` keyed by
its ISO 639-1 code. English is written here; es, pt, fr and de are data in
prompts/lint/<code>.toml (their refused phrases, with the reply check's mends, and the
words their promises are made and timed in), read into the same shape. `phrases_for` checks
a reply in a language with its own phrases and the English ones (agents mix them).

A `Phrase` is a case-insensitive regex with what is wrong with it and how to mend it.
`fix` is a `re` replacement template for the matched words (`""` deletes them), or
`DROP_SENTENCE` when the sentence exists only to blame or defend and goes whole. A
pattern with a `(?P<fix>…)` group mends only that group (the "!" after "Hi Ana"); the rest
of the match is context. `{trouble}` in a template is the case's problem in a few words ("the outage").
`plan=False` phrases are checked in replies only: the plan linter keeps exactly the
rules it had, so plans that passed before still pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from graph.lint_phrases import PhraseBook, TimeWords, phrase_books

PhraseKind = Literal[
    "hedged-apology",
    "blame",
    "policy-speak",
    "over-promise",
    "tone",
    "admission",
    "consumer-voice",
]
When = Literal["always", "distressed", "legal", "consumer"]
"""When a phrase is wrong: always; to an upset or vulnerable customer, or on a serious
case; while legal counsel is involved; when speaking to one consumer."""
DROP_SENTENCE = None


@dataclass(frozen=True)
class Phrase:
    kind: PhraseKind
    pattern: str
    why: str
    fix: str | None = DROP_SENTENCE
    plan: bool = False
    when: When = "always"


@dataclass(frozen=True)
class Phrasebook:
    phrases: tuple[Phrase, ...]
    negation: str
    """Anywhere in a sentence of a plan: the sentence tells the agent what not to do
    ("avoid 'sorry if'", "we will not promise it can never happen again")."""
    negated_before: str
    """Just before a phrase in a reply: the agent is declining it ("I can't guarantee")."""
    commitment: str
    """First-person future: where a promise to the customer starts."""
    deliverable: str
    """What a promise does that is tracked even without a time: call, send, refund…
    ("I'll be your contact" is a role, not a deliverable)."""
    filler: str
    """Words between "I'll" and what it delivers ("I'll do everything I can to get you a
    fix by Friday" is still a fix by Friday)."""
    arrives: str
    """What a promise does that is tracked only with a time: "you'll hear from me within
    24 hours" is a promise, "you'll see the difference" is not."""
    offer: str
    """Words that make an amount in a reply an offer rather than a description."""
    lost_business: str
    """Paying for what the failure cost their business (lost sales, revenue, profit):
    policy never pays it, so offering it commits to money nobody can approve."""
    full_refund: str
    """A whole refund promised without a sum: within policy only where the package
    refunds something."""
    times: TimeWords
    troubles: dict[str, str] = field(default_factory=dict)
    """`{trouble}` for each issue kind; "other" for the rest."""
    never: str = r"not|never|n't"
    """Right after the start of a promise, the word that takes it back ("I'll never…",
    "ich rufe Sie nicht an")."""
    joins: str = ""
    """Where the words before a promise stop being about it, beyond English's built-in
    "…, but" and ";" ("si no recibe respuesta, le llamaré" is not declined)."""


_I_WILL = "I'll do everything I can"
_WE_WILL = "we'll do everything we can"

ENGLISH = Phrasebook(
    phrases=(
        # --- the plan linter's rules (plan=True), mended for replies
        Phrase("hedged-apology", r"\bsorry if\b", "'sorry if' makes the apology conditional",
               "sorry that", plan=True),
        Phrase("hedged-apology", r"\bsorry,? but\b", "'sorry but' takes the apology back",
               "sorry.", plan=True),
        Phrase("hedged-apology", r"\b(apologi[sz]e) if\b",
               "'apologise if' makes the apology conditional", r"\1 that", plan=True),
        Phrase("hedged-apology", r"\bany inconvenience\b",
               "'any inconvenience' minimises a real impact", "{trouble}", plan=True),
        Phrase("hedged-apology", r"\bmistakes were made\b", "'mistakes were made' avoids ownership",
               "we made mistakes", plan=True),
        Phrase("hedged-apology", r"\bif you (were|felt) (upset|offended|inconvenienced)\b",
               "doubts that the customer was affected", "", plan=True),
        Phrase("policy-speak", r"\b(company|our) policy (states|says)\b(?: that)?",
               "hides behind policy", "", plan=True),
        Phrase("policy-speak", r"\b(company|our) policy (does not allow|doesn't allow)\b",
               "hides behind policy", "I can't offer", plan=True),
        Phrase("policy-speak",
               r"\bunfortunately,? (that is|it's|this is) (not possible|our policy)\b",
               "policy-speak instead of ownership", "I can't do that myself", plan=True),
        Phrase("blame", r"\b(your|the customer's) (fault|mistake|error)\b",
               "blames the customer", plan=True),
        Phrase("over-promise", r"\bguarantee[sd]?\b",
               "'guarantee' promises what no one can deliver", "commitment", plan=True),
        Phrase("over-promise",
               r"\b(will|won't|would|can) never happen again\b|\bnever happen again\b",
               "'never happen again' cannot be kept", "not happen again", plan=True),
        Phrase("over-promise", r"\b100 ?%\s*", "'100%' over-promises", "", plan=True),
        Phrase("over-promise",
               r"\b(zero|no) (chance|risk) of (this|it) (happening|recurring)\b",
               "rules out a recurrence no one can rule out", r"much less \2 of \3 \4", plan=True),
        Phrase("consumer-voice",
               r"\byour (own )?(team|staff|employees|colleagues|customers|business|company)\b",
               "speaks to one person as if to a business (team, staff, customers)", "you",
               plan=True, when="consumer"),
        Phrase("consumer-voice",
               r"\btheir (own )?(team|staff|employees|colleagues|customers|business|company)\b",
               "speaks to one person as if to a business (team, staff, customers)", "they",
               plan=True, when="consumer"),
        # --- replies: the same faults in the words agents type, each with its mend
        Phrase("hedged-apology",
               r"\bsorry if you(?:'ve| have)? (?:were|felt|feel|are|been) (?:\w+ )?"
               r"(?:upset|offended|inconvenienced|frustrated|annoyed|disappointed|unhappy|"
               r"confused|let down)\b(?: (?:by|with|about|at|over))",
               "'sorry if you felt…' doubts that the customer was affected", "sorry for"),
        Phrase("hedged-apology",
               r"\bsorry if you(?:'ve| have)? (?:were|felt|feel|are|been) (?:\w+ )?"
               r"(?:upset|offended|inconvenienced|frustrated|annoyed|disappointed|unhappy|"
               r"confused|let down)\b",
               "'sorry if you felt…' doubts that the customer was affected", "sorry"),
        Phrase("hedged-apology",
               r"\b(?:for|about) any inconvenience(?: (?:this|it|that))?"
               r"(?: (?:may|might|could) have| has| have)? caused(?: you)?",
               "'any inconvenience' minimises a real impact", "for {trouble}"),
        Phrase("hedged-apology",
               r"\b(I (?:understand|hear|get|know) (?:your|how|that you're|you are|you're)"
               r"(?: \w+)?? (?:frustrat\w*|upset|angry|annoyed|concern\w*|disappoint\w*)),? but\b",
               "'but' takes the empathy straight back", r"\1."),
        Phrase("hedged-apology", r"\bwe regret (?:that )?you (?:feel|felt|were)\b",
               "regrets the customer's feelings, not what we did", "I'm sorry you were"),
        Phrase("blame",
               r"\byou (?:should(?: have|'ve)(?! (?:received|got|gotten|heard|been (?:sent|told|"
               r"given|offered|contacted|called|kept)))|"
               r"failed to|forgot to|neglected to|didn't (?:read|follow|check|tell us|contact us))\b",
               "tells the customer what they did wrong"),
        Phrase("blame",
               r"\b(?:the|our) (?:system|computer|courier|carrier|supplier|vendor|warehouse|"
               r"third[- ]party|partner|other team|contractor|bank|software)(?:'s)? "
               r"(?:fault|mistake|error|problem)\b",
               "passes the blame on: the customer dealt with us, so it is ours", "our mistake"),
        Phrase("blame",
               r"\b(?:that's|that is|it's|it is|this is) not (?:my|our) "
               r"(?:fault|problem|department|responsibility|area)\b",
               "disowns the problem the customer brought to us", "that's ours to sort out"),
        Phrase("policy-speak",
               r"\b(?:as per|per|in (?:line|accordance) with|according to) (?:our |the )?"
               r"(?:company |standard |usual )?(?:policy|policies|terms(?: and conditions)?|"
               r"procedures?|guidelines)\b,?\s*",
               "hides behind policy", ""),
        Phrase("policy-speak", r"\bI(?:'m| am) not (?:allowed|permitted|authori[sz]ed) to\b",
               "hides behind rules instead of saying what happens next", "I can't"),
        Phrase("policy-speak", r"\bwe(?:'re| are) not (?:allowed|permitted|authori[sz]ed) to\b",
               "hides behind rules instead of saying what happens next", "we can't"),
        Phrase("policy-speak", r"\bthere(?:'s| is) nothing I can do\b",
               "closes the door instead of saying what can be done", "here is what I can do"),
        Phrase("policy-speak", r"\bthere(?:'s| is) nothing we can do\b",
               "closes the door instead of saying what can be done", "here is what we can do"),
        Phrase("policy-speak",
               r"\b(?:that's|that is|it's|it is) (?:just |simply )?(?:our|the|company) "
               r"(?:policy|procedure|process|rules?)\b",
               "hides behind policy", "that isn't something I can change on my own"),
        Phrase("policy-speak",
               r"\bthe system (?:doesn't|does not|won't|will not) (?:allow|let) (?:me|us)\b",
               "hides behind the system", "I can't"),
        Phrase("over-promise",
               r"\b(?:I|we) (?:can |will )?(?:personally |absolutely |fully )?(?:guarantee|promise)"
               r"(?: (?:you|to you))?(?: that)? (?:this|it|that)(?:'ll| will| won't| will not| would|"
               r" can)(?: never)? (?:happen|occur) again\b",
               "promises a recurrence no one can rule out", "I'll do everything I can to stop it "
               "happening again"),
        Phrase("over-promise",
               r"\bI (?:can |will )?(?:personally |absolutely |fully )?guarantee"
               r"(?: (?:you|to you))?(?: that)?(?= (?:a|an) \w)",
               "'guarantee' promises what no one can deliver", f"{_I_WILL} to get you"),
        Phrase("over-promise",
               r"\bwe (?:can |will )?(?:personally |absolutely |fully )?guarantee"
               r"(?: (?:you|to you))?(?: that)?(?= (?:a|an) \w)",
               "'guarantee' promises what no one can deliver", f"{_WE_WILL} to get you"),
        Phrase("over-promise",
               r"\bI (?:can |will )?(?:personally |absolutely |fully )?guarantee"
               r"(?: (?:you|to you))?(?: that)?\b",
               "'guarantee' promises what no one can deliver", f"{_I_WILL} to make sure"),
        Phrase("over-promise",
               r"\bwe (?:can |will )?(?:personally |absolutely |fully )?guarantee"
               r"(?: (?:you|to you))?(?: that)?\b",
               "'guarantee' promises what no one can deliver", f"{_WE_WILL} to make sure"),
        Phrase("over-promise", r"\b(is|are|it's|that's) (?:100% )?guaranteed\b",
               "'guaranteed' promises what no one can deliver", r"\1 expected"),
        Phrase("over-promise", r"\bguaranteed\s+", "'guaranteed' promises what no one can deliver",
               ""),
        Phrase("over-promise",
               r"\b(?:this|it|that)(?:'ll| will| won't| will not| would| can| is going to)"
               r"(?: never)? (?:happen|occur) again\b",
               "'it won't happen again' cannot be kept",
               "we're working so that it doesn't happen again"),
        Phrase("over-promise",
               r"\b(?:this|it|that)(?:'ll| will| won't| will not| would) never "
               r"(fail|break|go down|crash|go wrong|be down) again\b",
               "'never again' cannot be kept", r"we're working so that it doesn't \1 again"),
        Phrase("over-promise", r"\bnothing (?:like this )?will (?:ever )?go wrong again\b",
               "'never again' cannot be kept", "we're working so that it doesn't happen again"),
        Phrase("admission",
               r"\bwe (?:are|were|'re) (?:fully |entirely |legally )?(?:liable|negligent)\b|"
               r"\bwe accept (?:full |all |complete )?(?:legal )?(?:liability|responsibility for "
               r"(?:all|any|your) (?:losses|damages))\b|\b(?:this|it) was (?:our )?negligen\w*|"
               r"\blegally (?:our|at) fault\b",
               "an admission of liability while legal counsel is involved: counsel agrees "
               "that wording first", when="legal"),
        Phrase("tone",
               r"\b(?:please )?(?:calm down|relax|don't (?:get|be) (?:so )?(?:upset|angry|"
               r"worked up|emotional))\b",
               "tells an upset customer that their feelings are the problem"),
        Phrase("tone",
               r"\b(?:as I (?:already |previously |just )?(?:said|told you|explained|mentioned)|"
               r"as (?:previously |already )?(?:stated|mentioned|explained)|"
               r"with all due respect)\b,?\s*",
               "sounds defensive", ""),
        Phrase("tone", r"\b(?:hi|hello|hey|dear)(?: [A-Z][\w'-]+){0,2}(?P<fix>!+)",
               "an exclamation mark sounds cheerful to someone who is upset", ",",
               when="distressed"),
        Phrase("tone", r"!+", "an exclamation mark sounds cheerful to someone who is upset", ".",
               when="distressed"),
        Phrase("tone", r"\bno worries\b[,.!]?\s*",
               "'no worries' brushes off someone who is worried", "", when="distressed"),
        Phrase("tone",
               r"\b(?:hope (?:you're|you are) having a|have a|enjoy your) (?:great|good|nice|"
               r"lovely|wonderful|fantastic) (?:day|week|weekend|evening)\b",
               "a cheerful sign-off jars with someone this upset", when="distressed"),
        Phrase("tone",
               r"\b(?:just |only )?(?:a |an )?(?:small|minor|little|tiny|slight|brief) "
               r"(?:glitch|hiccup|blip|issue|problem|error|mix-up|inconvenience|delay)\b",
               "minimises what happened to them", "a real problem for you", when="distressed"),
    ),
    negation=r"\b(not|n't|no one|avoid|instead of|rather than|never say)\b",
    negated_before=r"(?:\b(?:not|cannot|never|no one|avoid|instead of|rather than)\b|n't\b)"
    r"(?:\s+\S+){0,3}\s*$",
    commitment=(
        r"\b(?:I(?:'ll| will| shall|'m going to| am going to)|we(?:'ll| will| shall|'re going to|"
        r" are going to)|(?:our|my) (?:\w+ )?(?:team|engineers?|manager|supervisor|specialist|"
        r"technician|colleague|department)(?:'ll| will) |you(?:'ll| will) (?:(?:get|have|receive|see|hear)\b)|"
        r"(?:it|this|that|the (?:\w+ ){0,2}(?:credit|refund|report|fix|update|replacement|"
        r"engineer|technician|payment|invoice|summary|call|email|parcel|order|item|money|"
        r"voucher|reimbursement|patch|answer|decision|confirmation)|your (?:\w+ ){0,2}(?:credit|"
        r"refund|report|fix|update|replacement|payment|invoice|parcel|order|item|money|voucher|"
        r"reimbursement|answer|decision|confirmation))(?:'ll| will) (?:be|show|arrive|appear|"
        r"reach|land|go|come|get)\b)"
    ),
    deliverable=(
        r"\b(?:call|ring|phone|e-?mail|write|send|text|message|update|refund|credit|reimburse|"
        r"pay|confirm|follow up|get back|come back|contact|reply|respond|share|fix|replace|"
        r"repair|deliver|arrange|schedule|book|escalate|investigate|report|review|waive|"
        r"process|ship|dispatch|visit|reach out|let you know|look into|put (?:it|this) right)\b"
    ),
    filler=(
        r"\b(?:do (?:everything|all|whatever) (?:I|we) can to|do my best to|make sure (?:that )?"
        r"(?:you )?|personally|also|then|try (?:my best )?to|aim to|be sure to|definitely|"
        r"absolutely)\s+"
    ),
    arrives=(
        r"\b(?:have|hear|get|receive|see|show|arrive|appear|reach|land|be (?:there|with you|on|"
        r"in|back|live|fixed|ready|sent|credited|refunded|processed|done|resolved|repaired|"
        r"replaced|delivered))\b"
    ),
    lost_business=(
        r"\b(?:cover|compensate you for|pay (?:you )?for|reimburse(?: you for)?|make up for|"
        r"refund)\s+(?:all\s+(?:of\s+)?)?(?:your|the|their)\s+(?:\w+\s+)?(?:lost (?:revenue|"
        r"sales|business|profits?|income|earnings|productivity|orders)|(?:business |financial )?"
        r"losses|loss of (?:business|revenue|income))\b"
    ),
    full_refund=(
        r"\b(?:a |your )?(?:full|complete|100% ?) refund\b|\brefund (?:you )?(?:in full|"
        r"everything|every (?:penny|cent))\b|\ball (?:of )?your money back\b"
    ),
    offer=(
        r"\b(?:refund\w*|credit\w*|compensat\w*|reimburs\w*|pay(?:ing|ment)?|paid|offer\w*|"
        r"give|giving|waive\w*|discount\w*|goodwill|voucher|back to you|off your|towards)\b"
    ),
    times=TimeWords(
        weekdays=(
            r"monday|mon", r"tuesday|tues?", r"wednesday|wed", r"thursday|thurs?|thu",
            r"friday|fri", r"saturday|sat", r"sunday|sun",
        ),
        months=(
            r"january|jan", r"february|feb", r"march|mar", r"april|apr", r"may", r"june|jun",
            r"july|jul", r"august|aug", r"september|sept?", r"october|oct", r"november|nov",
            r"december|dec",
        ),
        today=r"today|later today|this (?:morning|afternoon|evening)",
        tonight=r"tonight|this evening",
        tomorrow=r"tomorrow",
        morning=r"morning|first thing",
        afternoon=r"afternoon",
        evening=r"evening|night",
        end_of_day=r"end of (?:the )?(?:business )?day|close of business|eod|cob",
        end_of_week=r"end of (?:the|this) week|eow|the weekend",
        next_week=r"next week",
        noon=r"noon|midday|lunchtime",
        hours=r"hours?|hrs?|h",
        minutes=r"minutes?|mins?",
        days=r"days?",
        business_days=r"(?:business|working) days?",
        weeks=r"weeks?",
        next_invoice=(
            r"(?:your |the )?next (?:invoice|bill|statement|billing (?:cycle|run|date)|"
            r"payment|renewal)"
        ),
        within=r"within|in the next|in|inside (?:of )?",
        a_unit=r"an?|one",
    ),
    troubles={
        "outage": "the outage",
        "data": "the problem with your data",
        "security": "the security incident",
        "billing": "the billing mistake",
        "delivery": "the delivery problem",
        "service": "the service you received",
        "defect": "the fault",
        "other": "the trouble this caused",
    },
)  # fmt: skip

_KINDS: dict[str, PhraseKind] = {
    "hedged": "hedged-apology",
    "blame": "blame",
    "policy": "policy-speak",
    "promise": "over-promise",
}


def _from_data(book: PhraseBook) -> Phrasebook:
    """A language kept as data (prompts/lint/<code>.toml), as the reply check and the
    promise reader take it. Its phrases are `plan=False`: the plan linter reads the same
    file itself (graph/lint.py)."""
    words = book.promises
    return Phrasebook(
        phrases=tuple(
            Phrase(_KINDS[p.kind], p.pattern, p.why, p.fix, plan=False) for p in book.phrase
        ),
        negation=book.negations,
        negated_before=words.negated_before,
        commitment=words.commitment,
        deliverable=words.deliverable,
        filler=words.filler,
        arrives=words.arrives,
        offer=words.offer,
        lost_business=words.lost_business,
        full_refund=words.full_refund,
        times=words.times,
        troubles=dict(book.troubles),
        never=words.never,
        joins=words.joins,
    )


PHRASEBOOKS: dict[str, Phrasebook] = {"en": ENGLISH} | {
    book.language: _from_data(book) for book in phrase_books()
}
"""By ISO 639-1 code; a language without a book is checked with the English one."""


def phrasebook(language: str | None) -> Phrasebook:
    return PHRASEBOOKS.get(language or "en", ENGLISH)


def phrases_for(language: str | None) -> tuple[Phrase, ...]:
    """The language's phrases and the English ones: an English hedge in a Spanish reply is
    still a hedge."""
    own = phrasebook(language)
    return own.phrases if own is ENGLISH else own.phrases + ENGLISH.phrases
