"""Reads a case from a file for `coach plan`: free text, or JSON with named fields.

JSON fields are the agent's own statements, so they enter as `stated` facts;
free text goes through the same extraction as a Slack message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from graph.locales import Language
from graph.models import AddressForm, CaseFacts, Fact


class CaseFileError(ValueError):
    """A case file that cannot be read; the message says what to fix."""


class CustomerFields(BaseModel):
    name: str | None = None
    segment: Literal["b2b", "b2c"] | None = None
    annual_value: float | None = None
    monthly_spend: float | None = None
    tenure_years: float | None = None
    plan_tier: str | None = None
    renewal_months: float | None = None
    past_issues: str | None = None


class CaseFields(BaseModel):
    complaint: str
    customer: CustomerFields = CustomerFields()
    tried: str | None = None
    emotional_state: str | None = None
    authority: Literal["low", "moderate", "high"] | None = None
    time_sensitivity: str | None = None
    channel: str | None = None
    language: Language | None = None
    """The customer's language, when the file says it rather than leaving it to be read."""
    agent_language: Language | None = None
    address: AddressForm | None = None

    def facts(self) -> CaseFacts:
        c = self.customer
        annual = c.annual_value if c.annual_value is not None else None
        if annual is None and c.monthly_spend is not None:
            annual = c.monthly_spend * 12
        stated = {
            "customer_name": c.name,
            "segment": c.segment,
            "annual_value": annual,
            "tenure_years": c.tenure_years,
            "plan_tier": c.plan_tier,
            "renewal_months": c.renewal_months,
            "past_issues": c.past_issues,
            "tried": self.tried,
            "emotional_state": self.emotional_state,
            "authority": self.authority,
            "time_sensitivity": self.time_sensitivity,
            "channel": self.channel,
            "language": self.language,
            "agent_language": self.agent_language,
            "address": self.address,
        }
        return CaseFacts(**{k: Fact(value=v) for k, v in stated.items() if v is not None})


class Case(BaseModel):
    text: str
    facts: CaseFacts | None = None


def read_case(path: Path) -> Case:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CaseFileError(f"cannot read {path}: {exc.strerror}") from exc
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() != ".json":
        return Case(text=text)
    try:
        fields = CaseFields.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{path} is not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CaseFileError(f"{path}: field '{where}': {first['msg']}") from exc
    return Case(text=fields.complaint, facts=fields.facts())


def read_answers(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise CaseFileError(f"cannot read {path}: {exc.strerror}") from exc
    return [line for line in lines if line.strip()]
