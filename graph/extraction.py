"""Offline fact extraction: reads the figures and signals an agent types.

Deterministic on purpose: the offline coach must work on any machine, and its
guesses are marked `inferred` so the agent sees and can fix them. The readers
live in `graph.understanding`; this module merges what they find, never over a
fact the agent corrected, and answers the question the coach asked.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from graph.locales import language_name
from graph.models import Amount, CaseFacts, Fact, InputKey, Provenance
from graph.understanding import (
    dates,
    industry,
    kinds,
    money,
    names,
    notes,
    profile,
    scope,
    signals,
)
from graph.understanding.address import address_form
from graph.understanding.language import (
    confident_language,
    detect_language,
    enough_to_tell,
    named_language,
    split_voices,
)
from graph.understanding.numbers import with_digits
from graph.understanding.sentences import sentences

_UNSURE = re.compile(
    r"not sure (?:of|about) (?:the )?(?:exact )?(?:number|value|amount|figure|spend)|no idea "
    r"(?:what|how much)|(?:don'?t|do not) know (?:what|how much|the (?:exact )?(?:value|number|"
    r"amount|figure|spend))|no s[ée] (?:la cifra|el (?:valor|importe|monto))|n[ãa]o sei o "
    r"(?:valor|montante)|kenne (?:ich )?(?:den|die) (?:umsatz|wert|zahl|betrag)\w* nicht|"
    r"(?:umsatz|wert|betrag|zahl)\w* kenne ich nicht|"
    r"je ne connais pas (?:le montant|la valeur|le chiffre)|"
    r"probably (?:a )?(?:big|large|high[- ]value|valuable)|no s[ée] cu[aá]nto|ni idea de "
    r"cu[aá]nto|n[ãa]o sei quanto|keine ahnung,? (?:wie ?viel|was)|wei[ßs] nicht,? (?:wie ?viel|"
    r"was)|je ne sais pas combien|aucune id[ée]e (?:de ce qu|du montant)",
    re.I,
)
_UNKNOWN_ANSWER = re.compile(
    r"\b(?:unknown|not known|don'?t know|do not know|no idea|not sure|n/?a|skip|unsure|"
    r"no s[ée]|desconocido|ni idea|n[ãa]o sei|desconhecido|unbekannt|wei[ßs] (?:es |ich )?nicht|"
    r"keine ahnung|inconnu|je ne sais pas|aucune id[ée]e|dunno|no clue|no tengo (?:ni )?idea|"
    r"n[ãa]o fa[çc]o (?:a menor )?ideia|je (?:ne )?sais pas|no lo s[ée])\b",
    re.I,
)
_NOTHING_TRIED = re.compile(
    r"^\s*(?:nothing|none|no(?:thing)? (?:yet|so far)|not yet|n/?a|nada|nenhum|nichts|"
    r"noch nichts|rien|aucun)\b|nothing (?:has been )?(?:tried|done|offered)",
    re.I,
)
_NOTHING_TRIED_YET = re.compile(
    r"nothing (?:has been |was )?(?:tried|done)(?: yet| so far)?|no one has (?:called|replied|"
    r"responded)|not (?:yet )?been (?:contacted|called)",
    re.I,
)
_ASKS = re.compile(
    r"\b(?:wants?|want(?:ed)?|asking for|asks for|expects?|demand(?:s|ing)?|would like|"
    r"requesting|insists?|quiere|exige|pide|quer|pede|verlangt|fordert|m[öo]chte|veut|"
    r"r[ée]clame|demande)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_GAVE_BACK = re.compile(
    r"\b(?:refunded|reimbursed|credited|waived|paid (?:back|for)|covered|"
    r"devolvimos|devolvemos|reembolsamos|abonamos|devolvemos|estornamos|reembolsamos|"
    r"erstattet|gutgeschrieben|zur[üu]ckgezahlt|rembours[ée]s?|cr[ée]dit[ée]s?|"
    r"avons (?:rembours|cr[ée]dit|offert)\w*)",
    re.I,
)
"""What our side gave back, in the answer about what we tried: already offered, never a
fee or a cost of theirs."""
_EMOTION: list[tuple[str, re.Pattern[str]]] = [
    (
        "angry and feels let down",
        re.compile(
            r"furious|angry|livid|outraged|irate|fuming|furios|indign|w[üu]tend|f[âa]ch[ée]", re.I
        ),
    ),
    (
        "anxious about what happens next",
        re.compile(
            r"anxious|worried|scared|panic|embarrass|angustiad|preocupad|besorgt|inqui[eè]t", re.I
        ),
    ),
    (
        "frustrated and disappointed",
        re.compile(
            r"frustrat|disappoint|upset|annoyed|fed up|hurt|decepcion|chatead|entt[äa]usch|d[ée][çc]u",
            re.I,
        ),
    ),
]
_CHANNEL: list[tuple[str, re.Pattern[str]]] = [
    ("phone", re.compile(r"\bon the phone\b|\bcalled\b|\bphone\b|\bcall\b", re.I)),
    (
        "email",
        re.compile(r"\bemail(ed)?\b|\be-mail\b|^(?:from|de|von|subject|asunto):", re.I | re.M),
    ),
    ("social media", re.compile(r"twitter|tweet|linkedin|facebook|instagram", re.I)),
    ("chat", re.compile(r"\bchat\b|live chat|messag", re.I)),
]
_PAST_ISSUES = re.compile(
    r"\b(previous|prior|past|earlier|last (quarter|month|year))\b[^.\n]*"
    r"\b(issues?|incidents?|problems?|outages?)\b|\b(issues?|incidents?|problems?|outages?)\b"
    r"[^.\n]*\b(last (quarter|month|year)|before|previously)\b",
    re.I,
)
"""Earlier trouble named; the sentence that names it is kept."""


def _settable(current: Any) -> bool:
    """An agent's correction is never overwritten by what later text seems to say."""
    return current is None or getattr(current, "provenance", None) != "corrected"


def _put(
    facts: CaseFacts, name: str, value: Any, provenance: Provenance = "inferred", evidence: str = ""
) -> None:
    if _settable(getattr(facts, name)):
        setattr(facts, name, Fact(value=value, provenance=provenance, evidence=evidence))


def _money(note: notes.Note, digits: str, facts: CaseFacts, asked: InputKey | None) -> None:
    tried_digits = with_digits(note.tried) if note.tried else ""
    first_time = bool(money.FIRST_TIME.search(digits))
    lang = facts.language.value if facts.language else "en"
    found = [
        (c, False)
        for c in money.classify(digits, answering_value=asked == "value", first_time=first_time)
    ]
    value_line = with_digits(note.fields.get("value", ""), lang)
    if value_line and asked != "value":
        # a line the note labels as the value ("Contract: 3-year deal, $1.1M total") answers
        # the value question, however far its sum stands from a value word
        as_value = {
            c.mention.start: c
            for c in money.classify(digits, answering_value=True, first_time=first_time)
        }
        found = [
            (as_value.get(c.mention.start, c), False)
            if c.role == "other" and _line_of(digits, c) in value_line
            else (c, False)
            for c, _ in found
        ]
    tried_amounts = (
        {round(c.mention.value, 2) for c in money.classify(tried_digits)} if tried_digits else set()
    )
    currency = next((c.mention.currency for c, _ in found if c.mention.currency), None)
    currency = currency or facts.currency_code
    new: list[Amount] = []
    asked_for = with_digits(note.fields.get("asks", ""), lang)
    for item, _ in found:
        role = item.role
        if asked == "tried" and role != "customer_value" and _GAVE_BACK.search(item.evidence):
            role = "already_offered"  # the tried answer is what we did: "we refunded the $79"
        if asked_for and role in ("other", "customer_value") and _on_line(digits, item, asked_for):
            role = "demand"  # a sum in the "Wunsch:"/"Customer ask:" line is what they ask for
        yearly_value = role == "customer_value" and item.basis in ("annual", "monthly")
        if (
            round(item.mention.value, 2) in tried_amounts
            and role in ("other", "customer_value")
            and not yearly_value
        ):
            role = (
                "already_offered"
                if re.search(
                    r"offer|credit|voucher|refund|ofrec|oferec|gutschein|angeboten|propos|rembours",
                    item.evidence,
                    re.I,
                )
                else "other"
            )
        new.append(
            Amount(
                value=item.mention.value,
                currency=item.mention.currency or currency or "USD",
                role=role,
                basis=item.basis if role == "customer_value" else None,
                evidence=item.evidence,
                provenance="stated" if item.mention.currency else "inferred",
            )
        )
        if item.refused:
            _put(facts, "offer_refused", True, "stated", item.evidence)
    known = {(a.value, a.role, a.evidence) for a in facts.amounts}
    facts.amounts.extend(a for a in new if (a.value, a.role, a.evidence) not in known)
    _summarise_amounts(facts, new)


def _signals(facts: CaseFacts, described: str, whole: str, lang: str) -> list[signals.Hit]:
    """A lawyer read only in the customer's own name ("Kanzlei Weber & Partner", "Brandt
    Solicitors LLP") is who they are, not counsel acting, so it raises no legal signal. Other
    signals keep the name: "EHPAD Les Tilleuls" still says the residents need care."""
    hits = signals.signals(described, whole, lang)
    name = facts.customer_name.value if facts.customer_name else ""
    if len(name) < 4 or not any(hit.name == "legal" for hit in hits):
        return hits
    pattern = re.compile(re.escape(name), re.I)
    unnamed = [pattern.sub(lambda m: " " * len(m.group(0)), text) for text in (described, whole)]
    if any(hit.name == "legal" for hit in signals.signals(*unnamed, lang)):
        return hits
    return [hit for hit in hits if hit.name != "legal"]


def _on_line(text: str, item: money.Classified, field: str) -> bool:
    """Whether the sum was written on a line the note labelled as this field."""
    line = _line_of(text, item)
    return bool(line) and line in field


def _line_of(text: str, item: money.Classified) -> str:
    """The sum's line without its label: the text a labelled note files under a field."""
    start = text.rfind("\n", 0, item.mention.start) + 1
    end = text.find("\n", item.mention.end)
    line = text[start : end if end != -1 else len(text)].strip()
    return line.partition(":")[2].strip() or line


def _per_year(amount: Amount) -> float:
    return amount.value * (12 if amount.basis == "monthly" else 1)


def _summarise_amounts(facts: CaseFacts, new: list[Amount]) -> None:
    values = [a for a in new if a.role == "customer_value"]
    if values:
        # Several yearly figures ("$1,200 a year on the card, $60k a year in travel"): the
        # largest is what the relationship is worth; the others are parts of it.
        yearly = [a for a in values if a.basis in ("annual", "monthly")]
        first = max(yearly, key=_per_year) if yearly else values[0]
        if yearly:
            _put(
                facts, "annual_value", round(_per_year(first), 2), first.provenance, first.evidence
            )
        _put(facts, "currency", first.currency, first.provenance, first.evidence)
    elif new and facts.currency is None:
        priced = next((a for a in new if a.provenance == "stated"), None)
        if priced:
            _put(facts, "currency", priced.currency, "inferred", priced.evidence)
    fields = {
        "out_of_pocket": "out_of_pocket",
        "fee_in_error": "fees_in_error",
        "already_offered": "already_offered",
        "customer_loss": "impact_amount",
    }
    for role, name in fields.items():
        parts = [(a.value, a.evidence) for a in facts.amounts if a.role == role]
        if parts:
            sums = money.without_unit_prices(parts)
            evidence = "; ".join(a.evidence for a in facts.amounts if a.role == role)[:300]
            _put(facts, name, money.sum_of_parts(sums), "stated", evidence)
    demands = [a for a in facts.amounts if a.role == "demand"]
    if demands:
        top = max(demands, key=lambda a: a.value)
        _put(facts, "demanded_amount", top.value, "stated", top.evidence)


def _first(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> tuple[str, str] | None:
    for label, pattern in patterns:
        if m := pattern.search(text):
            return label, money.snippet(text, m.start(), m.end(), 20)
    return None


def _sentences_with(pattern: re.Pattern[str], text: str) -> list[str]:
    """Each sentence holding a match, once, in order."""
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        end_mark = _SENTENCE_END.search(text, m.end())
        spans.append((start, end_mark.end() if end_mark else len(text)))
    return [text[a:b] for a, b in spans]


def _asks(text: str) -> str | None:
    asks = [" ".join(s.split()) for s in _sentences_with(_ASKS, text)]
    asks = [a for a in asks if not re.search(r"\bwe (want|would like)\b", a, re.I)]
    return " ".join(asks)[:400] if asks else None


def _guess(facts: CaseFacts, name: str, guess: profile.Guess | None) -> None:
    """A guess replaces nothing but an earlier guess."""
    current = getattr(facts, name)
    if guess and (current is None or current.provenance == "inferred"):
        setattr(
            facts, name, Fact(value=guess.value, provenance="inferred", evidence=guess.evidence)
        )


def _customer_name(note: notes.Note, facts: CaseFacts) -> None:
    """A labelled name or the customer's own Slack line first; a counsel's letter names
    its client, not the firm, and a colleague forwarding a complaint says whose it is;
    then the email's sender, then the prose. A person who
    speaks for a company ("Pieter van Dam (van Dam Advies BV)") names the company."""
    sent = note.name_evidence.startswith(("From:", "signed"))
    found: names.Named | None = None
    provenance: Provenance = "stated"
    if note.name and not sent:
        found = names.Named(note.name, note.name_evidence)
    elif client := (
        names.represented(note.text)
        or names.forwarded_for(note.text)
        or names.forwarded_from(note.text)
        or names.relative_for(note.text)
    ):
        found = client
    elif note.name:
        found = names.Named(note.name, note.name_evidence)
    elif facts.customer_name is None and (
        prose := names.in_prose(note.issue) or names.in_prose(note.text)
    ):
        found, provenance = prose, "inferred"
    if found is None:
        return
    value = found.value
    if not names.is_company(value) and (
        company := names.company_behind(value, note.text)
        or names.company_of_sender(note.fields.get("from", ""), note.text)
    ):
        value = company
    if provenance == "stated":
        _put(facts, "customer_name", value, "stated", found.evidence)
    else:
        _guess(facts, "customer_name", profile.Guess(value, found.evidence))


def _profile(note: notes.Note, whole: str, facts: CaseFacts) -> None:
    _customer_name(note, facts)
    name = facts.customer_name.value if facts.customer_name else None
    annual = facts.annual_value.value if facts.annual_value else None
    if annual is None:  # a contract's total sizes the customer too: "$1.1M over 3 years"
        annual = next(
            (
                a.value
                for a in facts.amounts
                if a.role == "customer_value" and a.basis == "contract"
            ),
            None,
        )
    _guess(facts, "segment", profile.segment(notes.without_speakers(whole), name, annual))
    # The customer's own name says what they do, not what we sell them ("Orchard Lane
    # Insurance Group" on a SaaS plan), so it is left out of the industry's evidence.
    about_us = whole.replace(name, " ") if name else whole
    # What they had to pay for elsewhere ("a night at the hotel, 210 $", "the bank charged
    # her 35 €") is a consequence, not what we sell them.
    for paid in (
        a for a in facts.amounts if a.role == "out_of_pocket" and a.provenance == "stated"
    ):
        about_us = about_us.replace(paid.evidence, " ")
    business = facts.segment is not None and facts.segment.value == "b2b"
    _guess(facts, "industry", industry.industry(about_us, business))
    _guess(facts, "plan_tier", profile.tier(whole, note.fields.get("tier")))


def _dates(
    digits: str, issue_digits: str, facts: CaseFacts, today: date, labelled: str | None
) -> None:
    found = None
    if labelled:
        # "Cliente desde: jan/2023" files "jan/2023" under tenure: the label was the "since"
        found = dates.tenure_years(f"customer {labelled}", today) or dates.tenure_years(
            f"customer since {labelled.strip()}", today
        )
    if found := found or dates.tenure_years(digits, today):
        _put(
            facts,
            "tenure_years",
            found.value,
            "inferred" if found.inferred else "stated",
            found.evidence,
        )
    if found := dates.renewal_months(digits, today):
        _put(
            facts,
            "renewal_months",
            found.value,
            "inferred" if found.inferred else "stated",
            found.evidence,
        )
    if found := dates.deadline(issue_digits, today):
        _put(facts, "deadline", found.evidence, "stated", found.evidence)
        facts.set_signal(
            "deadline", Fact(value=True, provenance="inferred", evidence=found.evidence)
        )


def _tried(text: str, note: notes.Note, facts: CaseFacts, asked: InputKey | None) -> None:
    if asked == "tried":
        _put(
            facts, "tried", "Nothing yet" if _NOTHING_TRIED.search(text) else text.strip(), "stated"
        )
    elif facts.tried is None and _NOTHING_TRIED_YET.search(text):
        _put(facts, "tried", "Nothing yet", "stated")
    elif facts.tried is None and note.tried:
        _put(facts, "tried", note.tried[:600], "inferred")


def _value_answer(text: str, facts: CaseFacts, asked: InputKey | None) -> None:
    has_value = facts.valued
    if _UNSURE.search(text) and not has_value and "value" not in facts.uncertain:
        facts.uncertain.append("value")
    if asked != "value":
        return
    unknown = bool(_UNKNOWN_ANSWER.search(text) or _UNSURE.search(text))
    if not has_value and not unknown and money.FIRST_TIME.search(text):
        # "no idea, a new client this year" does not make what they paid in error a value
        has_value = _first_purchase_is_the_value(facts)
    if has_value and "value" in facts.uncertain:
        facts.uncertain.remove("value")
    # An answer that says it does not know, or gives only tenure or tier ("Gold member
    # since 2014"), settles the question: it is not asked again.
    answered_around = facts.tenure_years is not None or facts.plan_tier is not None
    if not has_value and (unknown or answered_around):
        facts.value_unknown = True


_PAID = re.compile(
    r"\bpaid\b|\bpay(?:s|ing)?\b|\bfare\b|\bprice\b|\bcost\b|\bspent\b|\bpag(?:ó|ou|aron|aram|a)\b|"
    r"\bbezahlt|\bgezahlt|\bpay[ée]e?s?\b|\bd[ée]pens[ée]|\bgast[óo]u?\b|\bbought\b|"
    r"\bcompr(?:ó|ou|aron|aram)\b|\bgekauft|\bachet[ée]e?s?\b|\bordered\b|\bbestellt|"
    r"\bgebucht|\bbooked\b|\bcommand[ée]e?s?\b|\bpag(?:o|os|as|ado|amos)\b|\bpedi[ou]\b|"
    r"\bencomend\w*",
    re.I,
)
"""A sum the customer paid us; a sum they ask back or lost is not what they spent."""


def _first_purchase_is_the_value(facts: CaseFacts) -> bool:
    """A first-time customer's whole spend with us is what they paid this once ("first time
    buying from us" after "he paid €64 for the tickets"); with more than one sum in the
    case it is not clear which one, and the value stays unknown."""
    paid = [a for a in facts.amounts if a.role == "other" and _PAID.search(a.evidence)]
    if len(paid) != 1:
        return False
    facts.amounts.append(
        paid[0].model_copy(
            update={"role": "customer_value", "basis": "lifetime", "provenance": "inferred"}
        )
    )
    return True


def _languages(
    text: str,
    note: notes.Note,
    facts: CaseFacts,
    asked: InputKey | None,
    written: str,
    confidence: float,
) -> None:
    """The customer's language from their own words where the message quotes them (or
    the agent names it), else from the complaint; the agent's from what is left."""
    theirs, ours = split_voices(text)
    named = named_language(text)
    # A few quoted words can read as anything; they overrule the rest of the message only
    # when there are a sentence or two of them and the reading is sure.
    quoted = confident_language(theirs, at_least=0.9, letters=60) if theirs else None
    if _settable(facts.language) and (facts.language is None or asked in (None, "complaint")):
        if named:
            _put(facts, "language", named[0], "stated", named[1])
        elif quoted:
            _put(facts, "language", quoted[0], "inferred", f"their own words: “{theirs[:60]}”")
        elif confidence > 0:
            _put(facts, "language", written, "inferred", f"{confidence:.0%} of function words")
    # When most of the message is the agent's and it reads surely as one language, that is
    # the agent's, already read; otherwise the agent's own words are read apart.
    mostly_ours = len(theirs) < len(ours) and (quoted is None or quoted[0] == written)
    _agent_language(
        ours, facts, (written, confidence) if mostly_ours and confidence >= 0.85 else None
    )


def _agent_language(text: str, facts: CaseFacts, read: tuple[str, float] | None = None) -> None:
    """The language the agent writes in, once there is enough of their own text to tell;
    `read` is that text's language when it was read already."""
    if facts.agent_language is not None and facts.agent_language.provenance != "default":
        return
    if read is not None:
        found = read if enough_to_tell(text) else None
    else:
        found = confident_language(text)
    if found:
        language, probability = found
        _put(facts, "agent_language", language, "inferred",
             f"your notes read as {language_name(language)} ({probability:.0%})")  # fmt: skip


def extract(
    text: str, facts: CaseFacts, asked: InputKey | None = None, today: date | None = None
) -> CaseFacts:
    """Merge what `text` states into `facts`; `asked` is the question it answers and
    `today` the date relative phrases ("since 2016", "renews in March") count from."""
    today = today or date.today()
    facts = facts.model_copy(deep=True)
    note = notes.read_note(text)
    if asked == "complaint" or (asked is None and facts.complaint is None):
        _put(facts, "complaint", text, "stated")
    lang = facts.language.value if facts.language else "en"
    if asked is None or asked == "complaint" or facts.language is None:
        written, confidence = detect_language(note.issue or text)
        _languages(text, note, facts, asked, written, confidence)
        # Number words and negations are read in the language the case is written in, which
        # may not be the customer's; a line too short to tell is read in theirs.
        sure = confidence >= 0.85 and enough_to_tell(note.issue or text)
        lang = written if sure else facts.language.value if facts.language else "en"
    elif asked in ("value", "tried"):
        _agent_language(text, facts)
    digits = with_digits(note.text, lang)
    issue = note.issue if asked in (None, "complaint") else ""
    # The value answer describes the customer too ("third outage this year"), so its
    # signals and deadlines count; the tried answer is our own actions: only a promise we
    # broke ("agent promised a callback, none came") is read there.
    described = note.issue if asked != "tried" else ""
    issue_digits = with_digits(issue, lang) if issue else ""
    _money(note, digits, facts, asked)
    # A day in what the customer asks for ("Asks: the medication today") is a limit of theirs
    # too; the field's label is put back as the verb it stands for.
    asks = note.fields.get("asks")
    limits = f"{described}\nasks for {asks}" if described and asks else described
    _dates(digits, with_digits(limits, lang), facts, today, note.fields.get("tenure"))
    # Who the customer is reads on everything they told us so far, not just this answer.
    told = f"{facts.complaint.value}\n{note.text}" if facts.complaint and asked else note.text
    if asked != "tried":  # what we tried says nothing about who the customer is
        _profile(note, told, facts)
        name = facts.customer_name.value if facts.customer_name else None
        raw = f"{facts.complaint.value}\n{text}" if facts.complaint and asked else text
        _guess(facts, "address", address_form(raw, name, lang))
    if issue:
        if (hours := dates.impact_hours(issue_digits, today)) and facts.impact_hours is None:
            facts.impact_hours = Fact(
                value=hours.value,
                provenance="inferred" if hours.inferred else "stated",
                evidence=hours.evidence,
            )
        if (
            (kind := kinds.issue_kind(issue))
            and _settable(facts.issue_kind)
            and (facts.issue_kind is None or facts.issue_kind.provenance != "stated")
        ):
            _put(facts, "issue_kind", kind.name, "inferred", kind.evidence)
        kind_now = facts.issue_kind.value if facts.issue_kind else "other"
        if found := scope.scope(issue, nothing_failed=kind_now == "other"):
            _put(facts, "scope", found.value, "inferred", found.evidence)
            if found.value == "warranty" and _settable(facts.issue_kind):
                # a claim on an expired warranty is a question of cover (LABELS.md: other),
                # whatever broke: the compressor failing is why they ask, not our failure
                _put(facts, "issue_kind", "other", "inferred", found.evidence)
    for hit in _signals(facts, described, note.text, lang):
        facts.set_signal(hit.name, Fact(value=True, provenance="inferred", evidence=hit.evidence))  # type: ignore[arg-type]
    if emotion := _first(note.text, _EMOTION):
        _put(facts, "emotional_state", emotion[0], "inferred", emotion[1])
    if facts.channel is None and (channel := _first(text, _CHANNEL)):
        _put(facts, "channel", channel[0], "inferred", channel[1])
    if asks := _asks(issue or note.text):
        _put(facts, "customer_asks", asks, "stated")
    _tried(text, note, facts, asked)
    _value_answer(text, facts, asked)
    if past := next(sentences(_PAST_ISSUES, issue), None):
        _put(facts, "past_issues", " ".join(issue[past[0] : past[1]].split())[:300], "stated")
    if facts.currency is None and (hint := money.currency_without_amounts(told, lang)):
        _put(facts, "currency", hint[0], "inferred", hint[1])
    return facts


def apply_defaults(facts: CaseFacts, agent_language: str = "en") -> CaseFacts:
    """Fill the four inferable inputs the way SPEC.md says, marked as defaults, and the
    two languages: the customer's as English and the agent's as `agent_language` (the
    team's setting) when nothing said otherwise."""
    facts = facts.model_copy(deep=True)
    if facts.language is None:
        facts.language = Fact(value="en", provenance="default", evidence="nothing to read it from")
    if facts.agent_language is None:
        facts.agent_language = Fact(
            value=agent_language, provenance="default", evidence="COACH_AGENT_LANGUAGE"
        )
    if facts.emotional_state is None:
        facts.emotional_state = Fact(
            value="frustrated and wants acknowledgement", provenance="default"
        )
    if facts.authority is None:
        facts.authority = Fact(
            value="moderate",
            provenance="default",
            evidence="exceptions above the cap need supervisor approval",
        )
    if facts.time_sensitivity is None:
        facts.time_sensitivity = Fact(
            value="resolution expected within 24-48 hours", provenance="default"
        )
    if facts.channel is None:
        facts.channel = Fact(value="the channel the customer used", provenance="default")
    if facts.issue_kind is None:
        facts.issue_kind = Fact(value="service", provenance="default")
    return facts
