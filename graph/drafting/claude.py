"""The Claude drafter: same interface as the playbook, prose from the Messages API.

Claude writes words; it never decides money. Every draft is linted before it
is accepted: a draft that names money outside the policy envelope, hedges its
apology or over-promises is asked to correct itself once, and if it still
does, the offline playbook's text is used instead. A figure Claude extracts
is kept only if it appears in what the agent typed.
"""

from __future__ import annotations

import inspect
import logging
import re
from typing import Any

import anthropic
from pydantic import BaseModel, Field

import prompts
from graph.drafting.base import (
    CONTACT_PLACEHOLDER,
    NAME_PLACEHOLDER,
    DraftContext,
    DrafterError,
    Revision,
    TextSink,
)
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import extract as extract_offline
from graph.lint import lint_section
from graph.models import (
    SECTION_TITLES,
    CaseFacts,
    Fact,
    InputKey,
    PolicyDecision,
    SectionKey,
    Signal,
)

log = logging.getLogger(__name__)
_SECTION_WORDS = 120
_CORRECTABLE_RULES = {"money-outside-envelope", "hedged-apology", "over-promise"}


class ExtractedFacts(BaseModel):
    """The tool schema Claude fills in; every field optional, nothing guessed."""

    customer_name: str | None = None
    segment: str | None = Field(None, description="b2b or b2c")
    annual_value: float | None = Field(None, description="yearly spend or contract value")
    monthly_spend: float | None = None
    tenure_years: float | None = None
    plan_tier: str | None = None
    renewal_months: float | None = None
    past_issues: str | None = None
    tried: str | None = Field(None, description="what has already been done to resolve it")
    issue_kind: str | None = Field(
        None, description="outage, data, security, billing, delivery, service, defect or other"
    )
    impact_hours: float | None = None
    impact_amount: float | None = Field(None, description="the customer's estimated loss")
    customer_asks: str | None = Field(None, description="what the customer wants, in brief")
    demanded_amount: float | None = Field(None, description="a sum the customer demands")
    churn_signal: bool | None = None
    legal_signal: bool | None = None
    public_signal: bool | None = None
    repeat_issue: bool | None = None
    emotional_state: str | None = None
    channel: str | None = None


_FIGURE_FIELDS = {
    "annual_value",
    "monthly_spend",
    "tenure_years",
    "renewal_months",
    "impact_hours",
    "impact_amount",
    "demanded_amount",
}
_INFERRED_FIELDS = {
    "issue_kind",
    "churn_signal",
    "legal_signal",
    "public_signal",
    "repeat_issue",
    "emotional_state",
    "channel",
    "segment",
}
_SIGNAL_FIELDS: dict[str, Signal] = {
    "churn_signal": "churn",
    "legal_signal": "legal",
    "public_signal": "public",
    "repeat_issue": "repeat",
}
_KINDS = {"outage", "data", "security", "billing", "delivery", "service", "defect", "other"}


def _figure_in_text(value: float, text: str) -> bool:
    """True when the number (or its k/m short form) is written in the agent's text."""
    digits = re.sub(r"[,\s]", "", text.lower())
    candidates = {f"{value:g}", f"{value:.0f}", f"{value:.2f}"}
    for scale, suffix in ((1e3, "k"), (1e6, "m")):
        if value >= scale:
            candidates.add(f"{value / scale:g}{suffix}")
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 12: "twelve"}
    return any(c in digits for c in candidates) or words.get(int(value), "\0") in text.lower()


def _merge(base: CaseFacts, found: ExtractedFacts, text: str) -> CaseFacts:
    facts = base.model_copy(deep=True)
    data = found.model_dump(exclude_none=True)
    monthly = data.pop("monthly_spend", None)
    if monthly is not None and "annual_value" not in data and _figure_in_text(monthly, text):
        data["annual_value"] = monthly * 12
    elif (
        "annual_value" in data
        and not _figure_in_text(data["annual_value"], text)
        and (monthly is None or data["annual_value"] != monthly * 12)
    ):
        data.pop("annual_value")
    for name, value in data.items():
        if name in _FIGURE_FIELDS and name != "annual_value" and not _figure_in_text(value, text):
            log.info("dropped extracted %s: not present in the agent's text", name)
            continue
        if name == "issue_kind" and value not in _KINDS:
            value = "other"
        if name == "segment" and value not in ("b2b", "b2c"):
            continue
        provenance = "inferred" if name in _INFERRED_FIELDS else "stated"
        if name in _SIGNAL_FIELDS:
            facts.set_signal(_SIGNAL_FIELDS[name], Fact(value=value, provenance=provenance))
        else:
            setattr(facts, name, Fact(value=value, provenance=provenance))
    return facts


def _api_failure(exc: anthropic.APIError) -> DrafterError:
    if isinstance(exc, anthropic.RateLimitError):
        why = "Claude is rate-limiting us right now"
    elif isinstance(exc, anthropic.APITimeoutError):
        why = "Claude took too long to answer"
    elif isinstance(exc, anthropic.APIConnectionError):
        why = "Claude could not be reached"
    elif isinstance(exc, anthropic.APIStatusError) and exc.status_code >= 500:
        why = f"Claude is unavailable (HTTP {exc.status_code})"
    elif isinstance(exc, anthropic.AuthenticationError):
        why = "the Anthropic API key was refused"
    else:
        why = f"Claude refused the request ({type(exc).__name__})"
    return DrafterError(f"{why}. Nothing was lost; try the step again.")


class ClaudeDrafter:
    name = "claude"

    def __init__(
        self,
        client: anthropic.AsyncAnthropic,
        model: str,
        max_tokens: int = 1500,
        fallback: PlaybookDrafter | None = None,
    ):
        self.client = client
        self.model = model
        self.max_tokens = max_tokens
        self.fallback = fallback or PlaybookDrafter()

    @classmethod
    def connect(
        cls,
        api_key: str,
        model: str,
        *,
        base_url: str | None = None,
        max_tokens: int = 1500,
        timeout: float = 60.0,
        max_retries: int = 2,
    ) -> ClaudeDrafter:
        client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        return cls(client, model, max_tokens)

    # --- Messages API

    async def _complete(self, messages: list[dict[str, Any]], sink: TextSink | None) -> str:
        try:
            async with self.client.messages.stream(
                model=self.model,
                max_tokens=self.max_tokens,
                system=prompts.load("system"),
                messages=messages,
            ) as stream:
                async for chunk in stream.text_stream:
                    if sink is not None and inspect.isawaitable(result := sink(chunk)):
                        await result
                message = await stream.get_final_message()
        except anthropic.APIError as exc:
            raise _api_failure(exc) from exc
        text = "".join(block.text for block in message.content if block.type == "text").strip()
        if not text:
            raise DrafterError("Claude returned an empty draft. Try the step again.")
        return text

    async def _checked(
        self,
        key: SectionKey,
        ctx: DraftContext,
        messages: list[dict[str, Any]],
        sink: TextSink | None,
    ) -> str | None:
        """A draft that passes the money rules, after at most one correction; else None."""
        text = await self._complete(messages, sink)
        findings = [
            f
            for f in lint_section(key, text, ctx.decision, ctx.facts)
            if f.rule in _CORRECTABLE_RULES
        ]
        if not findings:
            return text
        correction = "Fix these problems and reply with the whole section again:\n" + "\n".join(
            f"- {f.message}" for f in findings
        )
        retry = [
            *messages,
            {"role": "assistant", "content": text},
            {"role": "user", "content": correction},
        ]
        text = await self._complete(retry, None)
        still = {f.rule for f in lint_section(key, text, ctx.decision, ctx.facts)}
        if still & _CORRECTABLE_RULES:
            log.warning("Claude's %s draft broke the plan rules twice; using the playbook", key)
            return None
        return text

    # --- Drafter protocol

    async def extract(self, text: str, facts: CaseFacts, asked: InputKey | None) -> CaseFacts:
        base = extract_offline(text, facts, asked)
        prompt = prompts.load("extract").format(asked=asked or "none", text=text)
        try:
            message = await self.client.messages.create(
                model=self.model,
                max_tokens=800,
                system=prompts.load("system"),
                tools=[
                    {
                        "name": "record_case_facts",
                        "description": "Record the facts of the escalation stated in the message.",
                        "input_schema": ExtractedFacts.model_json_schema(),
                    }
                ],
                tool_choice={"type": "tool", "name": "record_case_facts"},
                messages=[{"role": "user", "content": prompt}],
            )
        except anthropic.APIError as exc:
            raise _api_failure(exc) from exc
        for block in message.content:
            if block.type == "tool_use" and block.name == "record_case_facts":
                found = ExtractedFacts.model_validate(block.input)
                return _merge(base, found, text)
        return base

    async def holding_script(self, facts: CaseFacts, decision: PolicyDecision) -> str:
        hours = decision.respond_within_hours
        prompt = prompts.load("holding_script").format(
            respond_within=f"{hours:g} hour{'s' if hours != 1 else ''}",
            owner=NAME_PLACEHOLDER,
            customer=facts.customer_name.value if facts.customer_name else "[customer name]",
            facts=facts.model_dump_json(exclude={"complaint"}, exclude_none=True),
            complaint=facts.complaint.value if facts.complaint else "",
        )
        text = await self._complete([{"role": "user", "content": prompt}], None)
        if re.search(r"[$€£]\s?\d", text) or lint_section(
            SectionKey.RESPONSE, text, decision, facts
        ):
            log.warning("Claude's holding script named money or broke a rule; using the playbook")
            return await self.fallback.holding_script(facts, decision)
        return text

    def _draft_prompt(self, key: SectionKey, ctx: DraftContext, variant: int) -> str:
        approved = "\n\n".join(f"### {SECTION_TITLES[k]}\n{t}" for k, t in ctx.approved.items())
        return prompts.load("draft_section").format(
            title=SECTION_TITLES[key],
            guide=prompts.section_guides()[key.value],
            words=_SECTION_WORDS,
            variant_note=(
                f"This is attempt {variant + 1}: take a fresh angle and different wording.\n"
                if variant
                else ""
            ),
            owner=ctx.owner_name or NAME_PLACEHOLDER,
            contact=ctx.owner_contact or CONTACT_PLACEHOLDER,
            decision=ctx.decision.model_dump_json(),
            facts=ctx.facts.model_dump_json(exclude={"complaint"}, exclude_none=True),
            approved=approved or "(none yet)",
            complaint=ctx.facts.complaint.value if ctx.facts.complaint else "",
        )

    async def draft(
        self, key: SectionKey, ctx: DraftContext, *, variant: int = 0, sink: TextSink | None = None
    ) -> str:
        messages = [{"role": "user", "content": self._draft_prompt(key, ctx, variant)}]
        text = await self._checked(key, ctx, messages, sink)
        return text if text is not None else await self.fallback.draft(key, ctx, variant=variant)

    async def revise(
        self,
        key: SectionKey,
        ctx: DraftContext,
        current: str,
        instruction: str,
        *,
        sink: TextSink | None = None,
    ) -> Revision:
        prompt = prompts.load("revise_section").format(
            title=SECTION_TITLES[key],
            instruction=instruction,
            current=current,
            decision=ctx.decision.model_dump_json(),
        )
        text = await self._checked(key, ctx, [{"role": "user", "content": prompt}], sink)
        if text is None:
            return Revision(
                text=current,
                unapplied=[f"{instruction} (the redraft offered money outside policy)"],
            )
        return Revision(text=text, applied=[instruction])
