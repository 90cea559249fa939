"""The resolution log: every final plan, kept for reference, training and precedent.

One JSON record per case in Redis, indexed by customer and by (issue kind,
value tier), so triage can spot a repeat customer and compare compensation
with similar cases. Exports as JSON Lines or CSV for the team's own tools.

Past its retention (see `bot.retention`) an entry is anonymised in place: what
the team compares cases on (kind, tier, severity, level, amounts, approvals'
totals, outcome) stays; who it was about and anything a person wrote goes.
"""

from __future__ import annotations

import csv
import io
import json
import time
from typing import Literal, TypeVar

from pydantic import BaseModel, Field
from redis.asyncio import Redis

from bot.outcomes import Outcome
from graph.history import PastCase, customer_key
from graph.models import Amount, ApprovalRecord, CaseFacts, Fact, Plan, PolicyDecision

ANONYMISED = "Anonymised case"
"""Customer and title of an anonymised entry, as precedent lines show it."""

ANONYMOUS_FACTS = frozenset({
    "segment", "industry", "annual_value", "currency", "amounts", "tenure_years", "plan_tier",
    "renewal_months", "issue_kind", "impact_hours", "impact_amount", "out_of_pocket",
    "fees_in_error", "already_offered", "offer_refused", "demanded_amount", "scope", "signals",
    "severity_override", "value_tier_override", "value_unknown",
})  # fmt: skip
"""Facts an anonymised entry keeps: categories, numbers and flags, never free text. Each
loses its `evidence` (the words it was read from)."""

_Evidenced = TypeVar("_Evidenced", Fact, Amount)


def _without_evidence(item: _Evidenced) -> _Evidenced:
    return item.model_copy(update={"evidence": ""})


def anonymous_facts(raw: dict[str, object]) -> dict[str, object]:
    """The facts with names, quotes, asks, what was tried and every evidence excerpt gone."""
    facts = CaseFacts.model_validate(raw)
    kept: dict[str, object] = {}
    for name in ANONYMOUS_FACTS:
        value = getattr(facts, name)
        if isinstance(value, Fact):
            value = _without_evidence(value)
        elif isinstance(value, list):
            value = [_without_evidence(a) for a in value]
        elif isinstance(value, dict):
            value = {k: _without_evidence(f) for k, f in value.items()}
        kept[name] = value
    return CaseFacts.model_validate(kept).model_dump(mode="json", exclude_none=True)


class LogEntry(BaseModel):
    """A closed case as the team will want to look it up later."""

    case_id: str
    customer: str
    owner: str | None = None
    title: str
    finalized_at: float
    issue_kind: str
    value_tier: str
    severity: str
    investment_level: str
    annual_value: float | None = None
    compensation_total: float
    compensation_total_text: str = ""
    """The total as the plan wrote it, in the case's locale (`1.450,00 €`)."""
    locale: str = "en"
    language: str = "en"
    """The customer's language, which the plan's scripts were written in."""
    compensation_items: list[str]
    approvals: list[ApprovalRecord] = Field(default_factory=list)
    facts: dict[str, object] = Field(default_factory=dict)
    outcome: Outcome = "open"
    outcome_note: str | None = None
    plan_markdown: str = ""
    said: list[str] = Field(default_factory=list)
    """What was said to the customer (bot/said.py): live lines said, checked replies sent."""
    anonymised_at: float | None = None

    def past_case(self) -> PastCase:
        return PastCase.model_validate(self.model_dump())

    def anonymised(self, now: float) -> LogEntry:
        """The entry as the log keeps it past retention (see ANONYMOUS_FACTS)."""
        approvals = [
            a.model_copy(update={"by_id": "-", "by_name": None, "note": None})
            for a in self.approvals
        ]
        return self.model_copy(
            update={
                "customer": ANONYMISED,
                "owner": None,
                "title": ANONYMISED,
                "approvals": approvals,
                "facts": anonymous_facts(self.facts),
                "outcome_note": None,
                "plan_markdown": "",
                "said": [],
                "anonymised_at": now,
            }
        )


_CSV_FIELDS = [
    "case_id", "customer", "owner", "title", "finalized_at", "issue_kind", "value_tier",
    "severity", "investment_level", "annual_value", "compensation_total",
    "compensation_total_text", "locale", "language", "compensation_items", "approvals",
    "outcome", "outcome_note", "said", "anonymised_at",
]  # fmt: skip


SAID_HEADING = "\n\n## What was said\n"


def _with_said(markdown: str, said: list[str]) -> str:
    """The plan's record with what was said to the customer at its end."""
    if not said:
        return markdown
    return markdown + SAID_HEADING + "\n".join(f"- {line}" for line in said) + "\n"


class ResolutionLog:
    """Implements graph.history.CaseHistory on the same Redis as everything else.

    Every key shares the `{log}` hash tag: a record and its indexes are written in
    one transaction, which a Redis Cluster only runs within one slot.
    """

    def __init__(self, redis: Redis, prefix: str = "coach:{log}:"):
        self.redis = redis
        self.prefix = prefix

    async def record(
        self, case_id: str, plan: Plan, owner: str | None = None, said: list[str] | None = None
    ) -> LogEntry:
        """Idempotent: recording the same case again replaces its entry, never duplicates it.
        `said`: what was said to the customer so far, also added to the plan's record."""
        d = plan.decision
        facts = plan.facts or CaseFacts()
        entry = LogEntry(
            case_id=case_id,
            customer=facts.customer_name.value if facts.customer_name else plan.title,
            owner=owner,
            title=plan.title,
            finalized_at=time.time(),
            issue_kind=facts.issue_kind.value if facts.issue_kind else "other",
            value_tier=d.value_tier,
            severity=d.severity.value,
            investment_level=d.investment_level,
            annual_value=facts.annual_value.value if facts.annual_value else None,
            compensation_total=d.recommended.total,
            compensation_total_text=d.recommended.total_text(d.currency, d.locale),
            locale=d.locale,
            language=facts.language.value if facts.language else "en",
            compensation_items=[i.label for i in d.recommended.items],
            approvals=plan.approvals,
            facts=facts.model_dump(mode="json", exclude={"complaint"}, exclude_none=True),
            plan_markdown=_with_said(plan.markdown, said or []),
            said=said or [],
        )
        await self._store(entry)
        return entry

    async def set_said(self, case_id: str, said: list[str]) -> bool:
        """What was said since the plan was logged (a live call during follow-ups)."""
        entry = await self.get(case_id)
        if entry is None or entry.anonymised_at is not None:
            return False
        base = entry.plan_markdown.split(SAID_HEADING)[0].rstrip("\n")
        await self._store(
            entry.model_copy(update={"said": said, "plan_markdown": _with_said(base, said)})
        )
        return True

    def _customer_index(self, customer: str) -> str:
        return f"{self.prefix}customer:{customer_key(customer)}"

    async def _store(self, entry: LogEntry) -> None:
        """An anonymised entry is not indexed by customer: nobody can look it up by name."""
        p = self.prefix
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(f"{p}case:{entry.case_id}", entry.model_dump_json())
            pipe.zadd(f"{p}all", {entry.case_id: entry.finalized_at})
            if entry.anonymised_at is None:
                pipe.zadd(self._customer_index(entry.customer), {entry.case_id: entry.finalized_at})
            pipe.zadd(
                f"{p}kind:{entry.issue_kind}:{entry.value_tier}",
                {entry.case_id: entry.finalized_at},
            )
            await pipe.execute()  # fmt: skip

    async def get(self, case_id: str) -> LogEntry | None:
        raw = await self.redis.get(f"{self.prefix}case:{case_id}")
        return LogEntry.model_validate_json(raw) if raw else None

    async def set_outcome(self, case_id: str, outcome: Outcome, note: str | None = None) -> bool:
        entry = await self.get(case_id)
        if entry is None:
            return False
        if entry.anonymised_at is not None:
            note = None  # free text, which an anonymised entry no longer keeps
        await self._store(entry.model_copy(update={"outcome": outcome, "outcome_note": note}))
        return True

    async def anonymise(self, case_id: str, now: float | None = None) -> bool:
        """Replace the entry by its anonymised form and drop it from the customer index, in
        one transaction; False if there is no entry or it is anonymised already."""
        entry = await self.get(case_id)
        if entry is None or entry.anonymised_at is not None:
            return False
        plain = entry.anonymised(time.time() if now is None else now)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(f"{self.prefix}case:{case_id}", plain.model_dump_json())
            pipe.zrem(self._customer_index(entry.customer), case_id)
            await pipe.execute()
        return True

    async def _entries(self, index: str, limit: int = 50) -> list[LogEntry]:
        ids = await self.redis.zrevrange(f"{self.prefix}{index}", 0, limit - 1)
        entries = [await self.get(i.decode()) for i in ids]
        return [e for e in entries if e is not None]

    async def entries(self) -> list[LogEntry]:
        return list(reversed(await self._entries("all", limit=100_000)))

    # --- graph.history.CaseHistory

    async def prior_cases(self, customer: str) -> list[PastCase]:
        return [e.past_case() for e in await self._entries(f"customer:{customer_key(customer)}")]

    async def similar(self, facts: CaseFacts, decision: PolicyDecision) -> list[PastCase]:
        kind = facts.issue_kind.value if facts.issue_kind else "other"
        entries = await self._entries(f"kind:{kind}:{decision.value_tier}", limit=20)
        return [e.past_case() for e in entries]

    # --- export

    async def export(self, fmt: Literal["jsonl", "csv"]) -> str:
        entries = await self.entries()
        if fmt == "jsonl":
            return "".join(e.model_dump_json(exclude={"plan_markdown"}) + "\n" for e in entries)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for e in entries:
            row = e.model_dump(mode="json")
            row["compensation_items"] = "; ".join(e.compensation_items)
            row["approvals"] = json.dumps(row["approvals"])
            row["said"] = "; ".join(e.said)
            writer.writerow(row)
        return out.getvalue()
