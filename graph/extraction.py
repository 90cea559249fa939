"""Offline fact extraction: reads the figures and signals an agent types.

Deterministic on purpose: the offline coach must work on any machine, and
its guesses are always marked `inferred` so the agent sees and can fix them.
A sum the customer *demands* is recorded as a demand, never as a value we
could offer.
"""

from __future__ import annotations

import re
from datetime import date

from graph.models import CaseFacts, Fact, InputKey
from graph.money import currency_code

_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty": 20,
    "half": 0.5,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_MONEY = re.compile(
    r"(?P<cur>[$€£])\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|million|thousand)?\b"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s*(?P<mult2>k|m|million|thousand)?\s*(?P<cur2>usd|dollars|eur|euros|gbp|pounds)\b",
    re.IGNORECASE,
)
_BARE_MONEY = re.compile(
    r"(?<![$€£\d.,])\b(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|thousand|million)?"
    r"(?=\s*(?:/\s*|per |a |an |each )(?:month|mo|year|yr)\b|\s+(?:annually|monthly)\b)",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(
    r"^\s*(/\s*(yr|year)|per year|a year|each year|annually|annual|arr|acv|p\.?a\.?)\b", re.I
)
_PER_MONTH = re.compile(r"^\s*(/\s*(mo|month)|per month|a month|each month|monthly)\b", re.I)
_VALUE_BEFORE = re.compile(
    r"(contract|arr|acv|spend|spends|pays?( us)?|worth|account value|subscription|plan|annual|yearly)"
    r"[^.$€£]{0,25}$",
    re.I,
)
_LOSS_NEAR = re.compile(
    r"(lost|loss|losses|cost (us|them|him|her)|damage|productivity|impact)", re.I
)
_ASK_NEAR = re.compile(
    r"(refund|compensat|reimburs|pay (me|us|them)|wants?|demand|asking|owed|credit of)", re.I
)
_TENURE = [
    re.compile(
        rf"(?:customer|client|with us|member|subscriber|relationship|partner)[^.]{{0,30}}?"
        rf"(?:for|of)\s+(?:about |around |over |nearly )?{_NUM}\s*(years?|yrs?|months?)",
        re.I,
    ),
    re.compile(rf"{_NUM}[- ](years?|months?)[- ](?:long )?(?:customer|client|relationship)", re.I),
    re.compile(
        rf"(?:been with us|been a customer|been our customer)\s+(?:for\s+)?{_NUM}\s*(years?|months?)",
        re.I,
    ),
]
_SINCE_YEAR = re.compile(r"(?:customer|client|with us)[^.]{0,20}since (19|20)(\d\d)", re.I)
_HOURS = re.compile(rf"\b{_NUM}[- ]?(hours?|hrs?|h)\b", re.I)
_DAYS = re.compile(rf"\b{_NUM}[- ]?(days?)\b(?![- ]?(?:ago|from now|later))", re.I)
_TIME_RANGE = re.compile(r"\b(\d{1,2})\s*(am|pm)?\s*(?:-|to|until|–)\s*(\d{1,2})\s*(am|pm)\b", re.I)
_RENEWAL = re.compile(
    rf"renew(?:al|s)?[^.]{{0,40}}?\b(?:in|within)\s+(?:about |around )?{_NUM}\s*(months?|weeks?|days?)",
    re.I,
)
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "security",
        re.compile(r"breach|leak(ed)?|exposed|hack|unauthori[sz]ed access|security", re.I),
    ),
    (
        "outage",
        re.compile(
            r"outage|went down|was down|downtime|offline|unavailable|not loading|crash(ed)?", re.I
        ),
    ),
    ("data", re.compile(r"data loss|lost (their|our|all) data|deleted|corrupt", re.I)),
    (
        "billing",
        re.compile(r"charged|overcharg|invoice|billing|double charge|refund|payment", re.I),
    ),
    ("delivery", re.compile(r"deliver|shipping|shipment|package|parcel|order (never|didn)", re.I)),
    (
        "service",
        re.compile(r"rude|ignored|no one (called|replied)|unprofessional|hung up|waited", re.I),
    ),
    (
        "defect",
        re.compile(
            r"bug|broken|error|not working|doesn't work|does not work|defect|fault|sync", re.I
        ),
    ),
]
_SIGNALS: dict[str, re.Pattern[str]] = {
    "churn": re.compile(
        r"alternative|competitor|switch(ing)?|cancel|leave us|leaving|not renew|churn|"
        r"other (vendors?|providers?|options)|move (to|away)|take (our|their) business",
        re.I,
    ),
    "legal": re.compile(
        r"lawyer|attorney|legal action|\bsue\b|suing|lawsuit|court|solicitor|small claims|"
        r"regulator|ombudsman",
        re.I,
    ),
    "public": re.compile(
        r"twitter|tweet|social media|linkedin|reddit|press|journalist|trustpilot|"
        r"public review|go public|viral|\bbbb\b",
        re.I,
    ),
    "repeat": re.compile(
        r"\bagain\b|second time|third time|pattern|keeps happening|repeated|recurring|"
        r"(incidents?|issues?|outages?|problems?)[^.]{0,40}last (quarter|month|year)|"
        r"previous (issues|incidents)|not the first",
        re.I,
    ),
}
_TRIED = re.compile(
    r"(already|we've|we have|we|support|agent|team|first[- ]line|l1|tier 1)[^.]{0,40}?"
    r"(tried|offered|refunded|restarted|reset|replaced|escalated|apologi[sz]ed|sent|"
    r"reissued|rebooted|credited|opened a ticket|logged|investigat|asked|suggested|advised|"
    r"walked (him|her|them) through)",
    re.I,
)
_NOTHING_TRIED = re.compile(
    r"^\s*(nothing|none|no(thing)? (yet|so far)|not yet|n/?a)\b|nothing (has been )?(tried|done)",
    re.I,
)
_NOTHING_TRIED_YET = re.compile(
    r"nothing (has been |was )?(tried|done)( yet| so far)?|no one has (called|replied|responded)"
    r"|not (yet )?been (contacted|called)",
    re.I,
)
_UNKNOWN = re.compile(r"\b(don'?t know|do not know|unknown|not sure|no idea|n/?a|skip)\b", re.I)
_ASKS = re.compile(
    r"[^.!?]*\b(wants?|want(ed)?|asking for|asks for|expects?|demand(s|ing)?|would like|"
    r"requesting|insists?)\b[^.!?]*[.!?]?",
    re.I,
)
_EMOTION: list[tuple[str, re.Pattern[str]]] = [
    ("angry and feels let down", re.compile(r"furious|angry|livid|outraged|irate|fuming", re.I)),
    (
        "anxious about what happens next",
        re.compile(r"anxious|worried|scared|panic|embarrass", re.I),
    ),
    ("frustrated and disappointed", re.compile(r"frustrat|disappoint|upset|annoyed|fed up", re.I)),
]
_CHANNEL: list[tuple[str, re.Pattern[str]]] = [
    ("phone", re.compile(r"\bon the phone\b|\bcalled\b|\bphone\b|\bcall\b", re.I)),
    ("email", re.compile(r"\bemail(ed)?\b|\be-mail\b", re.I)),
    ("social media", re.compile(r"twitter|tweet|linkedin|facebook", re.I)),
    ("chat", re.compile(r"\bchat\b|live chat|messag", re.I)),
]
_B2B = re.compile(
    r"\bb2b\b|client|contract|enterprise|company|business|their (team|staff|customers)|"
    r"account manager|\bseats?\b|renewal",
    re.I,
)
_B2C = re.compile(r"\bb2c\b|consumer|personal|subscriber|household|my order|home", re.I)
_NAME = re.compile(
    r"^(?:customer|client|account|company)\s*(?:name)?\s*[:\-]\s*([^.\n]{2,60}?)\s*(?:[.\n]|$)",
    re.I | re.M,
)
_PAST_ISSUES = re.compile(
    r"[^.]*(\b(previous|prior|past|earlier|last (quarter|month|year))\b[^.]*"
    r"\b(issues?|incidents?|problems?|outages?)\b|\b(issues?|incidents?|problems?|outages?)\b"
    r"[^.]*\b(last (quarter|month|year)|before|previously)\b)[^.]*\.?",
    re.I,
)
_TIER_WORDS = re.compile(
    r"\b(enterprise|premium|platinum|gold|silver|pro|business|vip|free)\b(?: (plan|tier))?", re.I
)


def _num(token: str) -> float:
    return float(_WORD_NUMBERS.get(token.lower(), 0) or token) if token else 0.0


def _snippet(text: str, start: int, end: int, pad: int = 30) -> str:
    """The words around a match, cut at word boundaries, for showing as evidence."""
    left = text.rfind(" ", 0, max(0, start - pad)) + 1 if start > pad else 0
    right = text.find(" ", end + pad)
    return " ".join(text[left : right if right != -1 else len(text)].split())[:120]


def _money_mentions(text: str) -> list[tuple[float, str, int, int]]:
    found: list[tuple[float, str, int, int]] = []
    matches = [*_MONEY.finditer(text), *_BARE_MONEY.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        groups = m.groupdict()
        raw = (groups.get("num") or groups.get("num2") or "0").replace(",", "")
        mult = (groups.get("mult") or groups.get("mult2") or "").lower()
        factor = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}.get(mult, 1)
        cur = currency_code(groups.get("cur") or "") if groups.get("cur") else None
        cur = cur or {"eur": "EUR", "euros": "EUR", "gbp": "GBP", "pounds": "GBP"}.get(
            (groups.get("cur2") or "").lower(), "USD"
        )
        found.append((float(raw) * factor, cur, m.start(), m.end()))
    return found


def _classify_money(text: str, facts: CaseFacts, asked: InputKey | None) -> None:
    for amount, cur, start, end in _money_mentions(text):
        after = text[end : end + 25]
        before = text[max(0, start - 40) : start]
        window = text[max(0, start - 60) : end + 40]
        evidence = _snippet(text, start, end)
        if _PER_MONTH.match(after):
            facts.annual_value = Fact(value=amount * 12, evidence=evidence)
            facts.currency = Fact(value=cur, evidence=evidence)
        elif _PER_YEAR.match(after) or _VALUE_BEFORE.search(before):
            facts.annual_value = Fact(value=amount, evidence=evidence)
            facts.currency = Fact(value=cur, evidence=evidence)
        elif _LOSS_NEAR.search(window) and not _ASK_NEAR.search(before):
            facts.impact_amount = Fact(value=amount, evidence=evidence)
        elif _ASK_NEAR.search(window):
            facts.demanded_amount = Fact(value=amount, evidence=evidence)
        elif asked == "value" and facts.annual_value is None:
            facts.annual_value = Fact(value=amount, provenance="inferred", evidence=evidence)
            facts.currency = Fact(value=cur, provenance="inferred", evidence=evidence)


def _tenure(text: str) -> Fact[float] | None:
    for pattern in _TENURE:
        m = pattern.search(text)
        if m:
            qty, unit = _num(m.group(1)), m.group(2).lower()
            years = qty / 12 if unit.startswith("month") else qty
            return Fact(value=round(years, 2), evidence=_snippet(text, m.start(), m.end(), 0))
    m = _SINCE_YEAR.search(text)
    if m:
        year = int(m.group(1) + m.group(2))
        return Fact(value=float(max(0, date.today().year - year)), evidence=m.group(0))
    if re.search(r"long[- ]time|long[- ]standing|loyal", text, re.I):
        return None
    return None


def _hours(text: str) -> Fact[float] | None:
    m = _HOURS.search(text)
    if m:
        return Fact(value=_num(m.group(1)), evidence=_snippet(text, m.start(), m.end(), 20))
    m = _TIME_RANGE.search(text)
    if m:
        start, end = int(m.group(1)), int(m.group(3))
        start_pm = (m.group(2) or m.group(4)).lower() == "pm" and start < 12
        start_h = start + 12 if start_pm and start != 12 else start
        end_h = end + 12 if m.group(4).lower() == "pm" and end != 12 else end
        if end_h <= start_h:
            end_h += 12
        return Fact(value=float(end_h - start_h), provenance="inferred", evidence=m.group(0))
    m = _DAYS.search(text)
    if m and re.search(r"down|outage|offline|without|no access|unavailable|late", text, re.I):
        return Fact(value=_num(m.group(1)) * 24, provenance="inferred", evidence=m.group(0))
    return None


def _first(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> tuple[str, str] | None:
    for label, pattern in patterns:
        m = pattern.search(text)
        if m:
            return label, _snippet(text, m.start(), m.end(), 20)
    return None


def _set_signals(text: str, facts: CaseFacts) -> None:
    for name, pattern in _SIGNALS.items():
        m = pattern.search(text)
        if m:
            fact = Fact(
                value=True, provenance="inferred", evidence=_snippet(text, m.start(), m.end())
            )
            facts.set_signal(name, fact)  # type: ignore[arg-type]


def _asks(text: str) -> str | None:
    asks = [" ".join(m.group(0).split()) for m in _ASKS.finditer(text)]
    asks = [a for a in asks if not re.search(r"\bwe (want|would like)\b", a, re.I)]
    return " ".join(asks)[:400] if asks else None


def extract(text: str, facts: CaseFacts, asked: InputKey | None = None) -> CaseFacts:
    """Merge what `text` states into `facts`; `asked` is the question it answers."""
    facts = facts.model_copy(deep=True)
    if asked == "complaint" or (asked is None and facts.complaint is None):
        facts.complaint = Fact(value=text)
    _classify_money(text, facts, asked)
    if tenure := _tenure(text):
        facts.tenure_years = tenure
    if (hours := _hours(text)) and facts.impact_hours is None:
        facts.impact_hours = hours
    if m := _RENEWAL.search(text):
        qty, unit = _num(m.group(1)), m.group(2).lower()
        months = (
            qty if unit.startswith("month") else qty / 4.3 if unit.startswith("week") else qty / 30
        )
        facts.renewal_months = Fact(value=round(months, 1), evidence=m.group(0))
    if m := _NAME.search(text):
        facts.customer_name = Fact(value=m.group(1).strip())
    if facts.plan_tier is None and (m := _TIER_WORDS.search(text)):
        facts.plan_tier = Fact(value=m.group(0).strip(), provenance="inferred", evidence=m.group(0))
    if (kind := _first(text, _KINDS)) and (
        facts.issue_kind is None or facts.issue_kind.provenance != "stated"
    ):
        facts.issue_kind = Fact(value=kind[0], provenance="inferred", evidence=kind[1])
    _set_signals(text, facts)
    if emotion := _first(text, _EMOTION):
        facts.emotional_state = Fact(value=emotion[0], provenance="inferred", evidence=emotion[1])
    if facts.channel is None and (channel := _first(text, _CHANNEL)):
        facts.channel = Fact(value=channel[0], provenance="inferred", evidence=channel[1])
    if facts.segment is None or facts.segment.provenance != "stated":
        b2b, b2c = len(_B2B.findall(text)), len(_B2C.findall(text))
        if facts.annual_value and facts.annual_value.value >= 5000:
            b2b += 1
        elif facts.annual_value and facts.annual_value.value < 600:
            b2c += 1
        if b2b or b2c:
            segment = "b2b" if b2b >= b2c else "b2c"
            facts.segment = Fact(value=segment, provenance="inferred")
    if asks := _asks(text):
        facts.customer_asks = Fact(value=asks)
    if asked == "tried":
        facts.tried = Fact(value="Nothing yet" if _NOTHING_TRIED.search(text) else text)
    elif facts.tried is None and _NOTHING_TRIED_YET.search(text):
        facts.tried = Fact(value="Nothing yet", provenance="stated")
    elif facts.tried is None and (m := _TRIED.search(text)):
        sentence = re.split(r"(?<=[.!?])\s+", text[m.start() :], maxsplit=1)[0]
        facts.tried = Fact(value=sentence[:400], provenance="inferred")
    if (
        asked == "value"
        and facts.annual_value is None
        and (_UNKNOWN.search(text) or facts.tenure_years or facts.plan_tier)
    ):
        facts.value_unknown = True
    if m := _PAST_ISSUES.search(text):
        facts.past_issues = Fact(value=" ".join(m.group(0).split())[:300])
    return facts


def apply_defaults(facts: CaseFacts) -> CaseFacts:
    """Fill the four inferable inputs the way SPEC.md says, marked as defaults."""
    facts = facts.model_copy(deep=True)
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
        facts.issue_kind = Fact(value="other", provenance="default")
    return facts
