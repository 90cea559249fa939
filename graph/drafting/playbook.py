"""The offline playbook drafter: real, specific prose with no network and no key.

Deterministic, so the same case always gives the same plan and tests can pin
behaviour. Every amount it writes is read from the policy decision; the
customer's own demands are described, never priced. Revisions are applied to
the current text (which may be the agent's own edit), so "shorter" or "for
email" works on whatever is there.

What the customer hears (the holding script, the response script, the trust-recovery
line) comes from their language's catalog (graph/catalog.py, through graph/speech.py),
with the same facts in every language; the coaching around it is English.

Its work is pure CPU (reading the case, phrasing, fitting word budgets) and never
awaits anything, so it runs in a small pool of worker threads, not on the event loop:
on the loop, fifty Slack threads drafting at once would hold up every ack behind them.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from functools import cache, lru_cache, partial
from typing import Any, TypeVar

from graph.catalog import REFERENCE, Messages, available
from graph.drafting.base import DraftContext, Revision, TextSink
from graph.drafting.revisions import apply_instruction
from graph.extraction import extract
from graph.lint import MAX_WORDS, words
from graph.locales import language_name
from graph.models import (
    SECTION_ORDER,
    CaseFacts,
    CompensationPackage,
    Fact,
    InputKey,
    PolicyDecision,
    SectionKey,
)
from graph.speech import CUSTOMER_PLACEHOLDER, Speech, count
from graph.understanding.notes import spoken


def _attributive(span: str) -> str:
    """'seven years' before a noun reads 'seven-year': English drops the plural and joins
    the words when a duration qualifies a noun ('a seven-year relationship')."""
    number, _, unit = span.rpartition(" ")
    return f"{number}-{unit.removesuffix('s')}" if number else span


def _plan_name(tier: str) -> str:
    """The customer's tier as a plan name, without 'Scale plan plan' when the company's own
    name for it already says plan (or tarif, Tarif, plano, plan in other languages)."""
    last = tier.split()[-1].lower() if tier.split() else ""
    return tier if last in ("plan", "tarif", "plano", "tier", "package") else f"{tier} plan"


@cache
def _coach() -> Messages:
    """The coaching is English: its phrases for the case (the impact, a deadline) come from
    the English catalog, whatever the customer speaks."""
    return Messages(REFERENCE)


def _pick(options: list[str], variant: int) -> str:
    return options[variant % len(options)]


def _impact(words: Messages, kind: str, duration: str | None) -> str:
    """ "four hours of downtime", "una caída del servicio de 4 horas": the failure and,
    when known, how long it lasted."""
    return (
        words.text(f"impact_hours.{kind}", duration=duration)
        if duration
        else words.text(f"impact.{kind}")
    )


def _capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


@lru_cache(maxsize=256)
def _summary(complaint: str) -> str:
    """The complaint's first real sentence, so the analysis opens with what actually happened;
    a pasted Slack line counts without its author and time. Kept, as `in_their_terms` is:
    every section of a plan reads the case again."""
    lines = (spoken(line) for line in complaint.splitlines())
    body = " ".join(line for line in lines if not re.match(r"\s*\w+( name)?\s*:", line))
    return _clip(re.split(r"(?<=[.!?])\s+", body.strip(), maxsplit=1)[0], 240)


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "…"


_TRIED_LINE = re.compile(
    r"^\s*(what we'?ve tried|tried|already tried|steps taken)\s*:", re.I | re.M
)
_CONSEQUENCE = re.compile(
    r"\b(?P<verb>missed|lost|had to|could not|couldn't|ruined|spoiled|spoilt)\s+"
    r"(?P<rest>[^.;:!?,\n\"“”]{3,70}?)(?=\s*(?:[.;:!?,\n]|\band\b|\bbecause\b|\bso\b|$))",
    re.I,
)
_SECOND_PERSON = {"her": "your", "his": "your", "their": "your", "him": "you", "them": "you",
                  "she": "you", "he": "you", "they": "you", "herself": "yourself",
                  "himself": "yourself", "themselves": "yourselves"}  # fmt: skip


@lru_cache(maxsize=256)
def in_their_terms(complaint: str) -> str | None:
    """What the failure cost them, in the complaint's own words, said back to them:
    "this meant you missed your connection in Frankfurt", "it spoiled your anniversary
    dinner". None when the complaint names no such consequence. The words are the
    agent's account of the customer, never a figure: a clause with a digit is not used."""
    body = "\n".join(line for line in complaint.splitlines() if not _TRIED_LINE.match(line))
    m = _CONSEQUENCE.search(body)
    if m is None or re.search(r"\d", m.group("rest")) or len(m.group("rest").split()) > 10:
        return None
    rest = " ".join(_SECOND_PERSON.get(w.lower(), w) for w in m.group("rest").split())
    verb = m.group("verb").lower()
    if verb in ("ruined", "spoiled", "spoilt"):
        return f"it {verb} {rest}"
    return f"this meant you {verb} {rest}"


SECTION_BUDGET: dict[SectionKey, int] = {
    SectionKey.ANALYSIS: 175,
    SectionKey.VALUE: 100,
    SectionKey.RESPONSE: 270,
    SectionKey.REMEDIES: 185,
    SectionKey.TRUST: 125,
    SectionKey.PREVENTION: 80,
    SectionKey.METRICS: 65,
}
"""Words each section expects to take, summing to the plan's 1,000: a case with every
signal raised still gets a plan an agent reads in four minutes."""


def _room(key: SectionKey, approved: dict[SectionKey, str], needs: dict[SectionKey, int]) -> int:
    """What this section may use: the plan's limit, less the sections already written and
    the expected size of those still to come: their budget, or what their required lines
    alone take (`needs`) when that is more. A long response leaves a shorter close, and
    a script that runs long in the customer's language leaves the coaching its room."""
    used = sum(words(text) for k, text in approved.items() if k != key)
    later = SECTION_ORDER[SECTION_ORDER.index(key) + 1 :]
    reserved = sum(max(SECTION_BUDGET[k], needs.get(k, 0)) for k in later if k not in approved)
    return MAX_WORDS - used - reserved if approved else SECTION_BUDGET[key]


def _fit(required: list[str], optional: list[str], budget: int) -> list[str]:
    """The required lines, then optional ones in priority order while they fit."""
    kept = list(required)
    used = words("\n".join(kept))
    for line in optional:
        cost = words(line)
        if used + cost <= budget:
            kept.append(line)
            used += cost
    return kept


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _stated(fact: Fact | None) -> bool:
    return fact is not None and fact.provenance == "stated"


class _Case:
    """Phrases derived once from the facts and decision, shared by every section.

    `speech` says what the customer hears, in their language; the plain attributes are
    the English coaching's."""

    def __init__(
        self,
        ctx_facts: CaseFacts,
        decision: PolicyDecision,
        owner: str | None,
        contact: str | None = None,
        budget: int = MAX_WORDS,
    ):
        f, d = ctx_facts, decision
        self.f, self.d = f, d
        self.budget = budget
        self.cur = d.currency
        self.speech = speech = Speech(f, d.locale, owner, contact)
        self.customer = f.customer_name.value if f.customer_name else CUSTOMER_PLACEHOLDER
        self.owner = speech.words.shared["owner"]
        self.kind = f.issue_kind.value if f.issue_kind else "other"
        self.b2b = bool(f.segment and f.segment.value == "b2b")
        hours = f.impact_hours.value if f.impact_hours else None
        self.impact = _impact(_coach(), self.kind, count(hours, "hour") if hours else None)
        self.say_impact = _impact(speech.words, self.kind, speech.span(hours) if hours else None)
        self.summary = _summary(f.complaint.value) if f.complaint else ""
        self.loss = d.money(f.impact_amount.value) if f.impact_amount else None
        years = f.tenure_years.value if f.tenure_years else None
        self.tenure = (
            None if years is None
            else count(round(years * 12), "month") if years < 1 else count(years, "year")
        )  # fmt: skip
        renewal = f.renewal_months.value if f.renewal_months else None
        self.renewal = count(math.ceil(renewal), "month") if renewal else None
        self.premium = d.investment_level == "premium"
        self.basic = d.investment_level == "basic"
        self.routes = {r.key: r for r in d.routes}
        self.legal = "legal" in self.routes
        self.owed = [item for item in d.recommended.items if item.owed]
        # What the failure cost them, in the complaint's words, is read from English only.
        self.in_terms = (
            in_their_terms(f.complaint.value) if f.complaint and speech.english else None
        )
        self.deadline = _coaching_deadline(f.deadline.value, speech) if f.deadline else None
        self.say_deadline = speech.deadline(f.deadline.value) if f.deadline else None
        industry = f.industry.value if f.industry else "other"
        paid = f"paid_for.{industry}"
        self.paid_for = speech.say(paid if paid in _coach().own.messages else "paid_for.other")
        self.emotion = f.emotional_state.value if f.emotional_state else "frustrated"
        self.emotion_assumed = not _stated(f.emotional_state)
        self.respond = count(d.respond_within_hours, "hour")
        self.update = count(d.next_update_hours, "hour")
        self.resolve = count(d.resolution_target_hours, "hour")


def _coaching_deadline(raw: str, speech: Speech) -> str:
    """The deadline for the English coaching: as the customer's script puts it when that
    is English, else the day read from their words, else their words quoted."""
    if speech.english:
        return speech.deadline(raw)
    english = Speech(speech.facts.model_copy(update={"language": None}), "en", today=speech.today)
    return english.day_phrase(raw) or f"by the deadline they gave (“{raw.strip()}”)"


# --- sections


def _analysis(c: _Case, v: int) -> str:
    f, d = c.f, c.d
    what = (
        f"**What happened.** {c.summary}"
        if c.summary
        else (f"**What happened.** {c.customer} experienced {c.impact}.")
    )
    if c.loss:
        what += f" They estimate it cost them about {c.loss}."
    if f.customer_asks:
        what += f" What they are asking for: “{_clip(f.customer_asks.value, 200)}”"
    if f.tried and f.tried.value not in ("Nothing yet", "Not recorded"):
        what += f" Already tried: {f.tried.value[:200]}"
    elif f.tried:
        what += " Nothing has been done for them yet beyond logging the complaint."
    owner_of_cause = (
        "Engineering"
        if c.kind in ("outage", "data", "security", "defect")
        else ("The billing team" if c.kind == "billing" else "The operations lead")
    )
    cause = (
        f"**Root cause:** to be determined. {owner_of_cause} owns the investigation and reports "
        f"back within {c.update}; until then, describe what happened and what we are doing, "
        "not why it happened."
    )
    relationship = (
        "a pattern is forming after earlier incidents, so trust is eroding faster than one "
        "failure alone would explain"
        if f.signal("repeat")
        else f"this is a serious failure in a {_attributive(c.tenure)} relationship"
        if c.tenure
        else "their confidence that we notice and fix problems"
    )
    indirect = (
        "their staff lost working time, deadlines slipped, and their own customers may have felt it"
        if c.b2b
        else "their time, and their confidence that we get the basics right"
    )
    assumed = " (assumed: correct this if you know otherwise)" if c.emotion_assumed else ""
    risks = [
        f"- **Churn:** {d.churn_risk}"
        + (" (they mentioned alternatives)." if f.signal("churn") else "."),
    ]
    quiet: list[str] = []
    if c.renewal:
        risks.append(f"- **Timing:** renewal in {c.renewal}, so this case shapes that decision.")
    else:
        quiet.append("- **Timing:** no renewal date known; treat the next invoice as the test.")
    if f.signal("public"):
        risks.append("- **Public:** the complaint is or may go public; keep the tone steady.")
    else:
        quiet.append("- **Public:** no sign of it so far.")
    if c.legal:
        risks.append("- **Legal:** legal action was mentioned; counsel reviews the wording.")
    if f.signal("broken_promise"):
        risks.append("- **Broken promise:** we told them before it would be fixed; say so first.")
    if c.deadline:
        risks.append(f"- **Deadline:** they need this {c.deadline}; answer that question honestly.")
    if d.demand == "declined":
        risks.append(
            "- **Demand:** the customer asked for far more than this case warrants; it is not "
            "offered, and the script does not repeat it."
        )
    intro = _pick(["", "Start from the customer's side of the story. ", ""], v)
    required = [
        intro + what,
        "",
        cause,
        "",
        "**Impact**",
        f"- Direct: {c.impact}" + (f" and an estimated {c.loss} loss." if c.loss else "."),
        f"- Relationship: {relationship}.",
        "",
        f"**Emotional state:** {c.emotion}{assumed}. Acknowledge the impact before offering "
        "any fix.",
        "",
        "**Risks**",
        *risks,
    ]
    indirect_line = f"- Indirect: {indirect}."
    lines = _fit(required, [indirect_line, *quiet], c.budget)
    if indirect_line in lines:  # keep the impact bullets together
        lines.remove(indirect_line)
        lines.insert(lines.index(f"- Relationship: {relationship}."), indirect_line)
    return "\n".join(lines)


def _value(c: _Case, v: int) -> str:
    f, d = c.f, c.d
    if f.annual_value:
        annual = d.money(f.annual_value.value)
        if f.annual_value.provenance != "stated":
            annual += " (inferred)"
    else:
        annual = "unknown (not given; confirm before offering anything beyond the fix)"
    lifetime = (
        f"about {d.money(d.lifetime_value)} over the likely life of the account"
        if d.lifetime_value else "cannot be estimated until the value is confirmed"
    )  # fmt: skip
    reference = (
        "high: a long, mostly positive relationship makes them a credible reference"
        if c.tenure and f.tenure_years and f.tenure_years.value >= 2 and c.b2b
        else "moderate: a well-handled recovery often becomes a story customers retell"
    )
    rows = [
        ("Annual value", annual),
        ("Likely lifetime value", lifetime),
        ("Tenure", c.tenure or "not given"),
        (
            "Tier",
            d.value_tier_label + (f" ({_plan_name(f.plan_tier.value)})" if f.plan_tier else ""),
        ),
        ("Renewal", f"in {c.renewal}" if c.renewal else "not known"),
        ("Reference value", reference),
    ]
    table = ["| Factor | Assessment |", "| --- | --- |", *[f"| {a} | {b} |" for a, b in rows]]
    scale = {
        "premium": "This is retention-critical: senior people, fast, in person.",
        "standard": "A lead-owned recovery with a real gesture, not an executive escalation.",
        "basic": "Fix it well and personally; a modest gesture, no escalation theatre.",
    }[d.investment_level]
    lead = _pick(["**Resolution investment level:", "**Investment level:"], v)

    def section(clauses: list[str]) -> str:
        why = "; ".join([*clauses, f"severity {d.severity.value}"])
        return "\n".join(
            [*table, "", f"{lead} {d.investment_level}.** {scale} Policy reasoning: {why}."]
        )

    # The level's own reason always shows; the later ones (an approval, a limit, a demand
    # declined) are spelt out again in the remedies, so they give way when room is short.
    kept = list(d.rationale[:1])
    for clause in d.rationale[1:]:
        if words(section([*kept, clause])) <= c.budget:
            kept.append(clause)
    return section(kept)


def _script(c: _Case, v: int) -> list[str]:
    """The words to say, as blockquote lines, so revisions can find and reshape them."""
    s = c.speech
    role = {"premium": "role_premium_b2b" if c.b2b else "role_premium_b2c",
            "standard": "role_standard", "basic": "role_basic"}[c.d.investment_level]  # fmt: skip
    greeting = s.say("script.greeting", v, role=s.say(f"script.{role}"))
    key = "script.apology_b2b" if c.b2b else "script.apology_b2c"
    apology = s.say(
        key + ("_terms" if c.in_terms else ""),
        v,
        Impact=_capital(c.say_impact),
        impact=c.say_impact,
        in_terms=c.in_terms or "",
        paid_for=c.paid_for,
    )
    ownership = s.say("script.ownership_basic" if c.basic else "script.ownership")
    asks = s.say("script.never_again") if _asks_never_again(c.f) else ""
    next_step = s.say(
        "script.next_step_basic" if c.basic else "script.next_step",
        update=s.duration(c.d.next_update_hours),
    )
    lines = [greeting, apology, *_owning_the_past(c), ownership, asks, *_answers(c)]
    lines += [*_route_lines(c), next_step, s.say("script.contact")]
    return ["> " + line for line in lines if line]


def _asks_never_again(facts: CaseFacts) -> bool:
    """The customer asked that it never happen again, in whichever language was typed."""
    return facts.customer_asks is not None and _never_again(facts.customer_asks.value)


@lru_cache(maxsize=256)
def _never_again(asks: str) -> bool:
    return any((cue := Messages(code).cue("never_again")) and cue.search(asks)
               for code in available())  # fmt: skip


def _owning_the_past(c: _Case) -> list[str]:
    """A promise we broke, or an offer they refused, is named before anything new is said."""
    lines = []
    if c.f.signal("broken_promise"):
        lines.append(c.speech.say("script.broken_promise"))
    if c.d.offer_refused:
        lines.append(c.speech.say("script.offer_refused"))
    return lines


def _owed_sentence(c: _Case) -> str | None:
    """The make-whole items said plainly, with amounts once no approval stands in the way."""
    if not c.owed:
        return None
    s = c.speech
    named = not c.d.approval_required
    parts = []
    for item in c.owed:
        kind = {"refund": "refund", "reimbursement": "reimburse"}.get(item.kind, "credit")
        if named:
            amount = item.amount_text(c.d.currency, c.d.locale)
            parts.append(s.say(f"script.owed_{kind}_amount", amount=amount))
        else:
            parts.append(s.say(f"script.owed_{kind}"))
    return s.say("script.owed", parts=s.words.join(parts))


def _answers(c: _Case) -> list[str]:
    """Their own question answered honestly, what we owe them, and a demand met or declined."""
    s = c.speech
    lines = []
    if c.say_deadline:
        lines.append(
            s.say("script.deadline", deadline=c.say_deadline,
                  update=s.duration(c.d.next_update_hours))
        )  # fmt: skip
    lines.append(_owed_sentence(c) or "")
    if c.d.demand == "met":
        lines.append(s.say("script.demand_met"))
    elif c.d.demand == "declined":
        lines.append(s.say("script.demand_declined"))
    return lines


def _route_lines(c: _Case) -> list[str]:
    """What the customer hears about the parts of the case other people own."""
    s = c.speech
    lines = [s.say(f"route.{key}") for key in ("privacy", "safety", "regulator") if key in c.routes]
    if scope := c.routes.get("out_of_scope"):
        # The policy file names who decides in English; other languages say it their way.
        name = c.f.scope.value if c.f.scope else "other"
        key = f"route.scope_{name}"
        where = (
            scope.to[0].lower() + scope.to[1:] if s.english
            else s.say(key if key in _coach().own.messages else "route.scope_other")
        )  # fmt: skip
        lines.append(s.say("route.out_of_scope", where=where))
    return lines


def _response(c: _Case, v: int) -> str:
    d = c.d
    who = d.responder[0].upper() + d.responder[1:]
    notes = []
    if d.approval_required:
        notes.append(
            f"- Do not name credits or amounts on this call: the package needs approval from "
            f"{d.approver} first. Say you will come back with how you'll make it right."
        )
    if c.legal:
        notes.append(
            "- Legal action was mentioned: legal counsel reviews this wording first. State the "
            "facts and the fix; avoid admissions of liability."
        )
    routed = [f"- **{r.to}:** {r.why}" for r in c.d.routes if r.key != "legal"]
    why = [
        "- The apology has no conditions and no excuses.",
        f"- One named owner and a next step with a time: an update within {c.update}.",
    ]
    required = [
        f"**When:** within {c.respond} of the complaint.",
        f"**Who:** {who}" + ("" if c.basic else f", with {c.owner} as the named owner") + ".",
        f"**Channel:** {d.channel}.",
        "",
        "**Script:**",
        *_script(c, v),
        "",
        "**Before you call**" if notes or routed else "**Why it works**",
        *(notes or routed[:1] or why),
    ]
    extra = [*routed[0 if notes else 1 :], *(why if notes or routed else [])]
    return "\n".join(_fit(required, extra, c.budget))


def _credit(package: CompensationPackage, d: PolicyDecision) -> str:
    if not package.total and not package.other_currencies:
        return "no credit; the fix done well"
    total = package.total_text(d.currency, d.locale)
    return total if package.other_currencies else f"{total} in all"


def _remedies(c: _Case, v: int) -> str:
    d = c.d
    cur = c.cur

    def items(package_items: list) -> list[str]:
        return [f"- {item.line(cur, d.locale)}" for item in package_items]

    rec, alt = d.recommended, d.alternative
    approval = (
        f"**Approval:** the recommended package ({rec.total_text(cur, d.locale)}) is above your "
        f"{d.money(d.authority_cap)} authority. {d.approver[0].upper() + d.approver[1:]} approves "
        "it before anything is offered; the lighter option is the fallback if approval is refused."
        if d.approval_required
        else "**Approval:** within your own authority; no sign-off needed."
    )  # fmt: skip
    rec_why = {
        "premium": "the account's lifetime value and the churn risk justify a visible, senior "
        "response; the credits are small next to the revenue at stake"
        if c.b2b
        else "a valuable, long relationship and the risk of losing it justify a visible, "
        "senior response",
        "standard": "proportionate to a valued customer and a real failure, without setting a "
        "precedent the team cannot repeat",
        "basic": "fixes the problem properly and shows we noticed; anything larger would be out "
        "of proportion to the issue",
    }[d.investment_level]
    lines = [
        f"**1. Recommended: {d.investment_level} package ({_credit(rec, d)})**",
        *items(rec.items),
        f"*Why:* {rec_why}.",
        "",
        f"**2. Lighter alternative ({_credit(alt, d)})**",
        *items(alt.items),
        _pick(["*When:* if approval is declined, or the customer prefers a quick close over a "
               "programme.", "*When:* as the fallback if approval is refused, or when the "
               "customer would rather close quickly."], v)
        if d.approval_required else _pick(["*When:* if the customer wants a quick close.",
                                           "*When:* when a quick close suits them better."], v),
        "",
        approval,
        "",
    ]  # fmt: skip
    precedent = _pick(["**Precedent:** every amount comes from policy for this tier and "
                       "severity, so a similar case would receive the same.",
                       "**Precedent:** the amounts follow policy for this tier and severity; "
                       "record the outcome so the next similar case is treated the same way."],
                      v)  # fmt: skip
    if any(item.kind in ("refund", "reimbursement") for item in c.owed):
        lines.append(
            "**Owed at any level:** the items that make them whole are sized by what happened, "
            "not by their value; both options keep them."
        )
    if d.offer_refused:
        lines.append(
            "**Earlier offer refused:** it is not repeated; both options are clearly larger "
            "or different in kind."
        )
    if d.demand == "declined":
        lines.append(
            "**Not offered:** what the customer demanded is out of proportion to what happened. "
            "Decline it respectfully, say what we can do instead, and do not negotiate upward."
        )
    elif d.demand == "met":
        lines.append("**Their request:** within this package; say yes to it plainly.")
    if scope := c.routes.get("out_of_scope"):
        lines.append(f"**Decided elsewhere:** {scope.text}")
    return "\n".join(_fit(lines, [precedent], c.budget))


def _trust(c: _Case, v: int) -> str:
    d = c.d
    days = d.follow_up_days
    s = c.speech
    if c.basic:
        say = s.say("trust.say_basic", days=s.days(days[0]))
    else:
        say = s.say("trust.say", summary=s.duration(24))
    # What the customer is told, in their words, if the plan has room for it.
    tell = ["\n**What to tell them:**\n> " + say]
    if c.basic:
        lines = [
            f"**Once fixed:** confirm the fix with {c.customer} in writing, in the channel "
            "they used, and thank them for their patience.",
            f"**Day {days[0]}:** the same agent checks back to make sure everything works "
            "as it should and there is nothing else outstanding.",
            "**Ongoing:** note the case on the account, so anyone who talks to them next "
            "knows what happened and does not make them repeat it.",
            "",
            "Keep every commitment small and certain: a follow-up that happens on the day "
            "promised rebuilds more trust than a large gesture.",
        ]
        return "\n".join(_fit(lines, tell, c.budget))
    week = [
        f"- Written summary of the conversation and every commitment, within {count(24, 'hour')} "
        "of the call.",
        "- Root-cause write-up delivered within five business days.",
        (
            "- Refunds and credits paid and confirmed in writing"
            + (" once approved." if c.d.approval_required else f" within {c.resolve}.")
        ),
    ]
    month = [
        f"- {c.owner} checks in weekly with progress on the prevention work.",
        "- Advance notice of anything planned that could affect them.",
    ]
    renewal = [
        "- A senior follow-up call at the end of the first month to ask how it feels now.",
        f"- Before renewal{f' (in {c.renewal})' if c.renewal else ''}: a review of the "
        "reliability record since the incident, with the evidence.",
    ]
    if c.premium:
        month.append("- Monthly reliability report for the services they depend on.")
        renewal.append("- An invitation to the customer advisory group, if they want it.")
    lines = [
            _pick(["Trust comes back through kept promises, so every item here has an owner and "
                   "a date.", "Only commit to what the team can deliver; each item has an owner "
                   "and a date."], v),
            "",
            "**First week: show competence**",
            *week,
            "",
            "**First month: prove reliability**",
            *month,
    ]  # fmt: skip
    # The longer view comes first to go when earlier sections left the plan no room for it
    # (a long script in the customer's language, many routes): one block, kept or left whole.
    later = "\n".join(
        ["", "**Up to renewal: rebuild the relationship**" if c.premium else "**After that**",
         *renewal]
    )  # fmt: skip
    return "\n".join(_fit(lines, [later, *tell], c.budget))


def _prevention(c: _Case, v: int) -> str:
    this = {
        "outage": "extra monitoring and alerting on their configuration, so we see trouble "
        "before they do",
        "billing": "a check on their account's billing setup and the next invoice before it is "
        "sent",
        "delivery": "a watch on their open orders until they arrive",
        "security": "an access review of their account with them",
    }.get(c.kind, "a check of their setup for the same fault")
    systemic = [
        "- The root cause goes into engineering priorities with this customer's impact attached.",
        "- Review other accounts with a similar setup for the same weakness.",
        "- Add monitoring or a test that would have caught this failure earlier.",
    ]
    if c.f.signal("repeat"):
        systemic.append(
            "- This is a repeat: review the earlier incidents together and look for the "
            "shared cause, not just this one."
        )
    elif not c.basic:
        systemic.append("- If failures continue, review the service levels we commit to.")
    required = [
        "**For this customer**",
        f"- {this[0].upper() + this[1:]}.",
        _pick(
            [
                "- A direct escalation path to the named owner, skipping the general queue.",
                "- A direct line to the named owner for anything that goes wrong, ahead of the "
                "general queue.",
            ],
            v,
        ),
        "",
        "**Systemic**",
        *systemic,
    ]
    close = _pick(["Report back to the customer on what changed; prevention they can see is "
                   "part of the recovery.", "Tell the customer what changed; visible prevention "
                   "is part of winning them back."], v)  # fmt: skip
    return "\n".join(_fit(required, ["", close], c.budget))


def _metrics(c: _Case, v: int) -> str:
    days = c.d.follow_up_days
    last = days[-1]
    core = [
        ("First response", f"within {c.respond}", "today"),
        ("Issue resolved and confirmed", f"within {c.resolve}", f"{c.resolve}"),
        (
            _pick(["Customer sentiment at follow-up", "How they feel at the follow-up"], v),
            "neutral or better",
            f"day {days[0]}",
        ),
        ("Repeat escalations", "none", f"{last} days"),
    ]
    rows: list[tuple[str, str, str]] = []
    if c.owed:
        owed = CompensationPackage(name="owed", items=c.owed).total_text(c.d.currency, c.d.locale)
        rows.append(("Owed amounts paid", owed, f"within {c.resolve}"))
    if c.deadline:
        rows.append(("Answer on their deadline", f"given {c.deadline}", f"within {c.update}"))
    if c.renewal:
        rows.append(("Renewal", "renewed", c.renewal))
    elif not c.basic:
        rows.append(("Account retained", "still active", f"{last} days"))
    else:
        rows.append(("Customer still subscribed", "yes", f"{max(last, 30)} days"))
    table = ["| Metric | Target | Timeline |", "| --- | --- | --- |"]
    table += [f"| {a} | {b} | {t} |" for a, b, t in core]
    extra = [f"| {a} | {b} | {t} |" for a, b, t in rows]
    close = _pick(["Record the outcome against these targets when the case closes, so the "
                   "next similar case starts from evidence.", "Close the case against these "
                   "targets; the record trains the next agent who meets a case like this."],
                  v)  # fmt: skip
    # the rows this case adds (money owed, their deadline, retention) fit in what is left
    return "\n".join(_fit(table, [*extra, "", close], c.budget))


_SECTIONS = {
    SectionKey.ANALYSIS: _analysis,
    SectionKey.VALUE: _value,
    SectionKey.RESPONSE: _response,
    SectionKey.REMEDIES: _remedies,
    SectionKey.TRUST: _trust,
    SectionKey.PREVENTION: _prevention,
    SectionKey.METRICS: _metrics,
}


T = TypeVar("T")

_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="playbook")
"""Bounded, so a burst of turns queues its drafting here while the loop stays free to
ack; more than two workers would only contend for the GIL (and a small machine's
cores) without drafting any faster. Shared by every PlaybookDrafter in the process."""


async def _off_loop(work: Callable[..., T], *args: Any) -> T:
    """`work(*args)` on a worker thread; the caller's loop keeps serving meanwhile."""
    return await asyncio.get_running_loop().run_in_executor(_WORKERS, partial(work, *args))


async def _emit(sink: TextSink | None, text: str) -> None:
    if sink is not None and inspect.isawaitable(result := sink(text)):
        await result


class PlaybookDrafter:
    """Each step's text is composed on a worker thread (`compose_*`); the sink is
    called back on the caller's loop, where the front end's streaming lives."""

    name = "playbook"
    _bare: tuple[tuple[object, ...], _Case, dict[SectionKey, int]] | None = None
    """The last case's words per section at no room (see `_needs`): its key, the case
    read with no budget, and the sections measured so far."""

    async def extract(self, text: str, facts: CaseFacts, asked: InputKey | None) -> CaseFacts:
        return await _off_loop(extract, text, facts, asked)

    async def holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None = None
    ) -> str:
        return await _off_loop(self.compose_holding_script, facts, decision, notes)

    def compose_holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None
    ) -> str:
        c = _Case(facts, decision, None)
        s = c.speech
        if c.in_terms:
            sorry = s.say("holding.sorry_in_terms", in_terms=c.in_terms)
        else:
            sorry = s.say(
                f"holding.sorry_{'b2b' if c.b2b else 'b2c'}", Impact=_capital(c.say_impact)
            )
        text = f"{sorry} {s.say('holding.rest', respond=s.duration(decision.respond_within_hours))}"
        _tell(notes, s)
        return text

    async def draft(
        self, key: SectionKey, ctx: DraftContext, *, variant: int = 0, sink: TextSink | None = None
    ) -> str:
        text = await _off_loop(self.compose_draft, key, ctx, variant)
        await _emit(sink, text)
        return text

    def compose_draft(self, key: SectionKey, ctx: DraftContext, variant: int) -> str:
        later = SECTION_ORDER[SECTION_ORDER.index(key) + 1 :]
        room = _room(key, ctx.approved, self._needs(ctx, variant, later))
        case = _Case(ctx.facts, ctx.decision, ctx.owner_name, ctx.owner_contact, room)
        text = _SECTIONS[key](case, variant)
        _tell(ctx.notes, case.speech)
        if key == SECTION_ORDER[0] and (note := _coaching_language_note(ctx.facts, case.speech)):
            ctx.notes.append(note)
        return text

    def _needs(
        self, ctx: DraftContext, variant: int, later: tuple[SectionKey, ...]
    ) -> dict[SectionKey, int]:
        """What each section still to come takes with its required lines alone.

        That depends on the case, never on what was approved, so a plan drafted section
        by section measures each once, not again before every earlier section. The key is
        the case's content and today's date, so a fact corrected between two sections,
        or a deadline read on a new day, measures them afresh."""
        key = (
            ctx.facts.model_dump_json(), ctx.decision.model_dump_json(),
            ctx.owner_name, ctx.owner_contact, variant, date.today(),
        )  # fmt: skip
        held = self._bare  # read once: another worker thread may replace it meanwhile
        if held is None or held[0] != key:
            bare = _Case(ctx.facts, ctx.decision, ctx.owner_name, ctx.owner_contact, budget=0)
            held = self._bare = (key, bare, {})
        _, bare, measured = held
        for k in later:
            if k not in ctx.approved and k not in measured:
                measured[k] = words(_SECTIONS[k](bare, variant))
        return {k: measured[k] for k in later if k not in ctx.approved}

    async def revise(
        self,
        key: SectionKey,
        ctx: DraftContext,
        current: str,
        instruction: str,
        *,
        sink: TextSink | None = None,
    ) -> Revision:
        """Reshape the current text; what cannot be understood is reported, not faked."""
        revision = await _off_loop(self.compose_revision, key, ctx, current, instruction)
        if revision.text != current:
            await _emit(sink, revision.text)
        return revision

    def compose_revision(
        self, key: SectionKey, ctx: DraftContext, current: str, instruction: str
    ) -> Revision:
        case = _Case(ctx.facts, ctx.decision, ctx.owner_name, ctx.owner_contact)
        revision = apply_instruction(current, instruction, key, case.speech.words)
        _tell(ctx.notes, case.speech)
        return revision


def _tell(notes: list[str] | None, speech: Speech) -> None:
    """Lines the customer's catalog could not give are in English: the agent is told."""
    if notes is not None and (notice := speech.words.notice()) and notice not in notes:
        notes.append(notice)


def _coaching_language_note(facts: CaseFacts, speech: Speech) -> str | None:
    """Offline, the coaching is English whatever the agent writes: say so once."""
    agent = facts.agent_language.value if facts.agent_language else REFERENCE
    if agent == REFERENCE:
        return None
    customer = language_name(speech.language)
    return (
        f"Your notes read as {language_name(agent)}: the offline coach writes its coaching in "
        f"English, and everything for the customer in {customer}. With Claude, the coaching "
        f"is in {language_name(agent)} too."
    )
