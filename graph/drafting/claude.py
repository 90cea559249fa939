"""The Claude drafter: same interface as the playbook, prose from the Messages API.

Claude writes words; it never decides money. Every draft goes through the guard
(graph/drafting/guard.py) before the agent sees it: a draft that names money
outside the policy envelope, hedges its apology, over-promises or runs too long
is asked to correct itself once, and if it still does, the offline playbook's
text is used instead. The same holds for languages: the prompts ask for the
customer's lines in the customer's language and the coaching in the agent's, and
a draft (or holding script) that comes back in another is redrafted once, then
replaced by the playbook's, which writes the customer's lines from their catalog. While a section streams, each paragraph is checked before
it is shown, so nothing unvetted reaches the agent. A figure Claude extracts is
kept only if it appears in what the agent typed.

Requests follow the model's rules from graph/llm_models.py: no forced tool
choice, sampling parameters, thinking budgets or prefill on models that reject
them; effort per call type; `max_tokens` with room for thinking. Every
`stop_reason` is handled, and each step has an overall deadline.

Prompts are laid out for caching: the system rules and one case block (policy
decision, facts, the wrapped complaint, owner and contact) come first and are
marked for caching, each approved section follows as its own block (the last
one marked too), and the section's own instruction comes last.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import anthropic
import httpx2
from pydantic import ValidationError

import prompts
from graph.catalog import REFERENCE, Messages
from graph.drafting.base import (
    CONTACT_PLACEHOLDER,
    NAME_PLACEHOLDER,
    DraftContext,
    DrafterError,
    Revision,
    TextSink,
)
from graph.drafting.claude_form import ExtractedFacts, to_case_facts
from graph.drafting.guard import (
    SECTION_WORDS,
    ParagraphGate,
    language_findings,
    max_words,
    passes_content_rules,
    vet,
)
from graph.drafting.playbook import PlaybookDrafter
from graph.extraction import extract as extract_offline
from graph.lint import amounts, lint_section
from graph.llm_models import Effort, ModelSpec, resolve, thinking_tokens_reserve
from graph.locales import language_name
from graph.models import (
    SECTION_TITLES,
    CaseFacts,
    InputKey,
    LintFinding,
    PolicyDecision,
    SectionKey,
)

log = logging.getLogger(__name__)
_EPHEMERAL = {"type": "ephemeral"}
_EXTRACT_TOKENS = 1000
_HOLDING_TOKENS = 600
_TRIMMED_COMPLAINT_CHARS = 4000
_TOOL_NAME = "record_case_facts"
_HOLDING_FACTS = {
    "customer_name",
    "issue_kind",
    "impact_hours",
    "customer_asks",
    "emotional_state",
    "channel",
}
"""What a few sentences said right now need; the fast call reads nothing else."""
_UNFINISHED = frozenset({"refusal", "max_tokens", "pause_turn", "model_context_window_exceeded"})


def _api_failure(exc: Exception, model: str) -> DrafterError:
    """One plain sentence for the agent; only failures a retry can fix say to retry."""
    if isinstance(exc, anthropic.RateLimitError):
        why = "Claude is rate-limiting us right now"
    elif isinstance(exc, anthropic.APITimeoutError):
        why = "Claude took too long to answer"
    elif isinstance(exc, anthropic.APIConnectionError | httpx2.HTTPError):
        why = "the connection to Claude dropped"
    elif isinstance(exc, anthropic.APIStatusError) and exc.status_code < 400:
        why = "Claude's answer broke off part-way"  # an error event inside a 200 stream
    elif isinstance(exc, anthropic.APIStatusError) and exc.status_code >= 500:
        why = f"Claude is unavailable (HTTP {exc.status_code})"
    elif isinstance(exc, anthropic.AuthenticationError):
        return DrafterError("The Anthropic API key was refused; check ANTHROPIC_API_KEY.")
    elif isinstance(exc, anthropic.NotFoundError):
        return DrafterError(f"The model {model} is not available; run `coach doctor`.")
    elif isinstance(exc, anthropic.APIStatusError):
        return DrafterError(
            f"Claude rejected the request (HTTP {exc.status_code}: {exc.message}); "
            "this needs a fix in the coach's settings, not a retry."
        )
    else:
        why = "Claude's answer broke off"
    return DrafterError(f"{why}. Nothing was lost; try the step again.")


@dataclass(frozen=True, slots=True)
class CallKind:
    """One kind of call: which model, how hard it thinks, how much text it may write."""

    model: str
    spec: ModelSpec
    effort: Effort
    text_tokens: int

    def max_tokens(self, text_tokens: int | None = None) -> int:
        """Text plus room for thinking, which counts against `max_tokens` on 5.x models."""
        wanted = text_tokens or self.text_tokens
        reserve = thinking_tokens_reserve(self.effort) if self.spec.thinks_by_default else 0
        return min(wanted + reserve, self.spec.max_output)

    def options(self) -> dict[str, Any]:
        return {"output_config": {"effort": self.effort}} if self.spec.effort else {}


@cache
def shared_tls_context() -> ssl.SSLContext:
    """The SDK's own verified TLS settings, built once per process: each client otherwise
    builds its own context and loads the whole certificate store again (about 20 ms), and a
    worker opens a client per drafter."""
    return httpx2.create_ssl_context()


@dataclass(slots=True)
class _Answer:
    text: str
    stop: str | None


class ClaudeDrafter:
    name = "claude"

    def __init__(
        self,
        client: anthropic.AsyncAnthropic,
        main: CallKind,
        fast: CallKind,
        extraction: CallKind,
        *,
        deadline: float = 90.0,
        fallback: PlaybookDrafter | None = None,
        today: Callable[[], date] = date.today,
    ):
        self.client = client
        self.main = main
        self.fast = fast
        self.extraction = extraction
        self.deadline = deadline
        self.fallback = fallback or PlaybookDrafter()
        self.today = today  # the day readings count from; the corpus bench fixes it

    @classmethod
    def connect(
        cls,
        api_key: str,
        model: str,
        *,
        fast_model: str | None = None,
        base_url: str | None = None,
        max_tokens: int = 2000,
        draft_effort: Effort = "medium",
        fast_effort: Effort = "low",
        timeout: float = 60.0,
        max_retries: int = 2,
        deadline: float = 90.0,
        today: Callable[[], date] = date.today,
    ) -> ClaudeDrafter:
        """A drafter for these model ids; a retired or unknown id raises `ModelProblem`."""
        custom = base_url is not None
        spec = resolve(model, "COACH_MODEL", custom_server=custom)
        fast_id = fast_model or model
        fast_spec = resolve(fast_id, "COACH_FAST_MODEL", custom_server=custom)
        client = anthropic.AsyncAnthropic(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=anthropic.DefaultAsyncHttpxClient(verify=shared_tls_context()),
        )
        return cls(
            client,
            CallKind(model, spec, draft_effort, max_tokens),
            CallKind(fast_id, fast_spec, fast_effort, _HOLDING_TOKENS),
            CallKind(model, spec, fast_effort, _EXTRACT_TOKENS),
            deadline=deadline,
            today=today,
        )

    async def aclose(self) -> None:
        """Close the HTTP pool on the loop that opened it (see `bot.runtime.close_drafter`)."""
        await self.client.close()

    # --- Messages API

    def _system(self, call: CallKind, reading: bool = False) -> list[dict[str, Any]]:
        """The shared rules, and for a reading call the reading guide after them: the rules
        stay one cached prefix for every call, the guide a second one only readings pay for.
        The guide is the standard the corpus is labelled by, so Claude's reading and the
        offline one are judged by the same lines."""
        blocks = [_text_block(_system_text(), call.spec.prompt_caching)]
        if reading:
            guide = f"# Reading a case\n\n{prompts.load('reading_guide')}"
            blocks.append(_text_block(guide, call.spec.prompt_caching))
        return blocks

    async def _within_deadline(self, work: Any, what: str) -> Any:
        try:
            async with asyncio.timeout(self.deadline):
                return await work
        except TimeoutError as exc:
            raise DrafterError(
                f"Claude took more than {self.deadline:g} s to {what}. "
                "Nothing was lost; try the step again."
            ) from exc

    async def _stream(
        self,
        call: CallKind,
        messages: list[dict[str, Any]],
        gate: ParagraphGate | None,
        text_tokens: int | None = None,
    ) -> _Answer:
        """One streamed reply: text blocks only (thinking comes first and is skipped)."""
        try:
            async with self.client.messages.stream(
                model=call.model,
                max_tokens=call.max_tokens(text_tokens),
                system=self._system(call),
                messages=messages,
                **call.options(),
            ) as stream:
                async for chunk in stream.text_stream:
                    if gate is not None:
                        await gate.feed(chunk)
                message = await stream.get_final_message()
        except (anthropic.APIError, httpx2.HTTPError) as exc:
            raise _api_failure(exc, call.model) from exc
        text = "".join(b.text for b in message.content if b.type == "text").strip()
        return _Answer(text, message.stop_reason)

    async def _write(
        self,
        call: CallKind,
        messages: list[dict[str, Any]],
        gate: ParagraphGate | None,
        trim: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None,
    ) -> str | None:
        """A complete text, or None when Claude refused or could not finish in two tries.

        `max_tokens`, `pause_turn` or an empty text: redraft once with twice the room
        (5.x models take no prefill, so there is nothing to continue from). A full
        context window: retry once with the approved sections and the complaint trimmed.
        """
        grown = trimmed = False
        while True:
            answer = await self._stream(
                call, messages, gate, call.text_tokens * (2 if grown else 1)
            )
            if gate is not None and (answer.stop in _UNFINISHED or not answer.text):
                gate.close()  # what it holds belongs to a reply that will not be used
            gate = None  # only the first attempt streams; the final text replaces it
            if answer.stop == "refusal":
                log.warning("Claude declined the request (stop_reason refusal)")
                return None
            if answer.stop == "model_context_window_exceeded" and not trimmed and trim:
                trimmed = True
                messages = trim(messages)
                continue
            if answer.stop in _UNFINISHED or not answer.text:
                if grown:
                    log.warning("Claude's reply stopped early twice (%s)", answer.stop)
                    return None
                grown = True
                continue
            return answer.text

    # --- prompts

    def _case_blocks(self, ctx: DraftContext, *, trimmed: bool = False) -> list[dict[str, Any]]:
        """The stable prefix: one cached case block, then each approved section in order."""
        complaint = ctx.facts.complaint.value if ctx.facts.complaint else ""
        if trimmed:
            complaint = complaint[:_TRIMMED_COMPLAINT_CHARS]
        case = prompts.load("case").format(
            **_languages(ctx.facts),
            money_example=ctx.decision.money(1450.5),
            decision=ctx.decision.model_dump_json(),
            owner=ctx.owner_name or NAME_PLACEHOLDER,
            contact=ctx.owner_contact or CONTACT_PLACEHOLDER,
            facts=prompts.untrusted(
                ctx.facts.model_dump_json(exclude={"complaint"}, exclude_none=True)
            ),
            complaint=prompts.untrusted(complaint),
        )
        cache = self.main.spec.prompt_caching
        blocks: list[dict[str, Any]] = [_text_block(case, cache)]
        approved = [] if trimmed else list(ctx.approved.items())
        for i, (key, text) in enumerate(approved):
            last = i == len(approved) - 1
            heading = f"Approved section: {SECTION_TITLES[key]}\n\n{text}"
            blocks.append(_text_block(heading, cache and last))
        return blocks

    def _section_messages(
        self, ctx: DraftContext, instruction: str, *, trimmed: bool = False
    ) -> list[dict[str, Any]]:
        content = [*self._case_blocks(ctx, trimmed=trimmed), _text_block(instruction, False)]
        return [{"role": "user", "content": content}]

    def _draft_instruction(self, key: SectionKey, ctx: DraftContext, variant: int) -> str:
        return prompts.load("draft_section").format(
            title=SECTION_TITLES[key],
            words=SECTION_WORDS,
            max_words=max_words(key, ctx),
            variant_note=(
                f"This is attempt {variant + 1}: take a fresh angle and different wording.\n"
                if variant
                else ""
            ),
        )

    # --- checked drafting

    async def _checked(
        self, key: SectionKey, ctx: DraftContext, instruction: str, sink: TextSink | None
    ) -> str | None:
        """A draft that passes the guard, after at most one correction; else None."""
        messages = self._section_messages(ctx, instruction)

        def trim(sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [*self._section_messages(ctx, instruction, trimmed=True), *sent[1:]]

        gate = ParagraphGate(sink, lambda paragraph: passes_content_rules(key, paragraph, ctx))
        text = await self._write(self.main, messages, gate, trim)
        if text is None:
            ctx.notes.append(_declined_note(key, []))
            return None
        findings = vet(key, text, ctx)
        if not findings:
            await gate.finish()
            return text
        retry = [
            *messages,
            {"role": "assistant", "content": text},
            {"role": "user", "content": _correction(findings)},
        ]
        text = await self._write(self.main, retry, None, trim)
        still = vet(key, text, ctx) if text is not None else []
        if text is None or still:
            log.warning("Claude's %s draft broke the plan rules twice; using the playbook", key)
            ctx.notes.append(_declined_note(key, still))
            return None
        return text

    # --- Drafter protocol

    async def extract(self, text: str, facts: CaseFacts, asked: InputKey | None) -> CaseFacts:
        base = extract_offline(text, facts, asked, today=self.today())
        found = await self._within_deadline(self._extract_form(text, asked), "read that message")
        return base if found is None else to_case_facts(base, found, text, facts)

    async def _extract_form(self, text: str, asked: InputKey | None) -> ExtractedFacts | None:
        """Claude's reading of the message, validated; one retry on a wrong shape.

        Structured outputs where the model has them; elsewhere (local servers) a tool
        with `tool_choice: auto`, or a JSON object in the text. A refusal gives None,
        so the offline reading stands.
        """
        call = self.extraction
        structured = call.spec.structured_outputs
        how = "" if structured else f" (call the `{_TOOL_NAME}` tool, or reply with the JSON)"
        prompt = prompts.load("extract").format(
            asked=asked or "none",
            text=prompts.untrusted(text),
            how=how,
            today=self.today().strftime("%A %d %B %Y"),
        )
        messages: list[dict[str, Any]] = [{"role": "user", "content": prompt}]
        problem = ""
        for _ in range(2):
            raw, stop = await self._ask_for_form(call, messages, structured)
            if stop == "refusal":
                log.warning("Claude declined to read the message; using the offline reading")
                return None
            try:
                if stop in _UNFINISHED:
                    raise ValueError(f"the answer stopped early ({stop})")
                return ExtractedFacts.model_validate(raw)
            except ValueError as exc:
                problem = _first_problem(exc)
            messages = [
                *messages,
                {"role": "assistant", "content": json.dumps(raw, default=str)[:2000] or "{}"},
                {"role": "user", "content": f"That did not fit the form: {problem}. "
                 "Reply with the whole JSON object again, every value of the right type."},
            ]  # fmt: skip
        raise DrafterError(
            f"Claude's reading of that message did not fit the case-facts form twice "
            f"({problem}). Nothing was saved; try the step again."
        )

    async def _ask_for_form(
        self, call: CallKind, messages: list[dict[str, Any]], structured: bool
    ) -> tuple[Any, str | None]:
        """The raw form from one call: parsed JSON text, or a tool call's input."""
        options: dict[str, Any] = dict(call.options())
        if structured:
            schema = anthropic.transform_schema(ExtractedFacts)
            options["output_config"] = {
                **options.get("output_config", {}),
                "format": {"type": "json_schema", "schema": schema},
            }
        else:
            options["tools"] = [
                {
                    "name": _TOOL_NAME,
                    "description": "Record the facts of the escalation stated in the message.",
                    "input_schema": ExtractedFacts.model_json_schema(),
                }
            ]
            options["tool_choice"] = {"type": "auto"}
        try:
            message = await self.client.messages.create(
                model=call.model,
                max_tokens=call.max_tokens(),
                system=self._system(call, reading=True),
                messages=messages,
                **options,
            )
        except (anthropic.APIError, httpx2.HTTPError) as exc:
            raise _api_failure(exc, call.model) from exc
        for block in message.content:
            if block.type == "tool_use" and block.name == _TOOL_NAME:
                return block.input, message.stop_reason
        text = "".join(b.text for b in message.content if b.type == "text")
        return _json_in(text), message.stop_reason

    async def holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None = None
    ) -> str:
        hours = decision.respond_within_hours
        languages = _languages(facts)
        prompt = prompts.load("holding_script").format(
            language=languages["customer_language"],
            register=languages["register"],
            respond_within=f"{hours:g} hour{'s' if hours != 1 else ''}",
            owner=NAME_PLACEHOLDER,
            customer=facts.customer_name.value if facts.customer_name else "[customer name]",
            facts=prompts.untrusted(
                facts.model_dump_json(include=_HOLDING_FACTS, exclude_none=True)
            ),
            complaint=prompts.untrusted(facts.complaint.value if facts.complaint else ""),
        )
        messages: list[dict[str, Any]] = [{"role": "user", "content": prompt}]
        text = await self._within_deadline(
            self._write(self.fast, messages, None), "write the holding script"
        )
        wrong = language_findings(None, text, facts, whole=True) if text else []
        if text is not None and wrong:
            retry = [
                *messages,
                {"role": "assistant", "content": text},
                {"role": "user", "content": _correction(wrong)},
            ]
            text = await self._within_deadline(
                self._write(self.fast, retry, None), "write the holding script"
            )
            wrong = language_findings(None, text, facts, whole=True) if text else []
        if (
            text is None
            or wrong
            or amounts(text)
            or lint_section(SectionKey.RESPONSE, text, decision, facts)
        ):
            log.warning("Claude's holding script broke a rule or its language; using the playbook")
            if wrong and notes is not None:
                notes.append(
                    f"Claude's holding script was not in {languages['customer_language']} "
                    "(twice), so this is the playbook's."
                )
            return await self.fallback.holding_script(facts, decision, notes)
        return text

    async def draft(
        self, key: SectionKey, ctx: DraftContext, *, variant: int = 0, sink: TextSink | None = None
    ) -> str:
        instruction = self._draft_instruction(key, ctx, variant)
        text = await self._within_deadline(
            self._checked(key, ctx, instruction, sink), f"draft {SECTION_TITLES[key]}"
        )
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
            **_languages(ctx.facts),
            title=SECTION_TITLES[key],
            instruction=instruction,
            current=current,
            max_words=max_words(key, ctx),
        )
        text = await self._within_deadline(
            self._checked(key, ctx, prompt, sink), f"revise {SECTION_TITLES[key]}"
        )
        if text is None:
            return Revision(
                text=current,
                unapplied=[f"{instruction} (the redraft broke the plan's rules)"],
            )
        return Revision(text=text, applied=[instruction])


@cache
def _system_text() -> str:
    """The rules and every section's guide: static, so it all sits in the cached prefix."""
    guides = "\n\n".join(
        f"### {SECTION_TITLES[SectionKey(key)]}\n{guide}"
        for key, guide in prompts.section_guides().items()
    )
    return f"{prompts.load('system')}\nWhat each section of a plan covers:\n\n{guides}\n"


def _text_block(text: str, cached: bool) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "text", "text": text}
    if cached:
        block["cache_control"] = _EPHEMERAL
    return block


def _correction(findings: list[LintFinding]) -> str:
    return "Fix these problems and reply with the whole section again:\n" + "\n".join(
        f"- {f.message}" for f in findings
    )


def _declined_note(key: SectionKey, findings: list[LintFinding]) -> str:
    language = next((f.message for f in findings if f.rule == "language"), None)
    why = (
        f"came back in the wrong language twice ({language})"
        if language
        else "did not pass the plan's checks (or Claude declined)"
    )
    return (
        f"Claude's draft of {SECTION_TITLES[key]} {why}, so this is the playbook's text. "
        "Review it as usual, or Regenerate."
    )


def _languages(facts: CaseFacts) -> dict[str, str]:
    """The case's two languages by name, and the customer's register, for the prompts."""
    customer = facts.language.value if facts.language else REFERENCE
    agent = facts.agent_language.value if facts.agent_language else REFERENCE
    return {
        "customer_language": language_name(customer),
        "agent_language": language_name(agent),
        "register": Messages(customer).own.formal_register,
    }


def _first_problem(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the answer"
        return f"{where}: {first['msg']}"
    return str(exc)


def _json_in(text: str) -> Any:
    """The JSON object in a text reply (bare, or in a code fence); None when there is none."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        return None
    try:
        return json.loads(text[start : end + 1])
    except ValueError:
        return None
