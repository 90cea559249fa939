"""The coaching conversation as a LangGraph state machine.

intake -> hold -> ask_missing* <-> absorb -> triage -> confirm_facts* (<-> correct_facts ->
triage) -> draft_section -> review_section* -> ... -> final_review* -> finalize.
(* = only `interrupt()` and routing.)

Nodes that call the drafter never call `interrupt()`: a resumed node restarts
from its top, and a drafting node that also waited would draft twice.
"""

from __future__ import annotations

import time
from typing import Any, Literal, TypeAlias, TypeVar

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt
from pydantic import BaseModel, ValidationError

from graph.drafting.base import DraftContext, Drafter
from graph.excerpt import excerpt
from graph.extraction import apply_defaults
from graph.facts_card import CorrectionError, apply_correction, facts_card, triage_change
from graph.history import CaseHistory, customer_key, precedent_warning
from graph.input_guard import screen
from graph.lint import lint_section
from graph.models import (
    SECTION_ORDER,
    ApprovalRecord,
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    Decision,
    Fact,
    FactsVerdict,
    FinalReview,
    InputKey,
    Reply,
    ReviewSection,
    SectionDraft,
    SectionKey,
)
from graph.policy import Policy, after_denial, decide
from graph.state import (
    CoachState,
    Owner,
    PendingDraft,
    decision_of,
    dump_sections,
    facts_of,
    plan_of,
    sections_of,
)

QUESTIONS: dict[InputKey, tuple[str, str]] = {
    "complaint": (
        "What happened, from the customer's side? When it started, how long it lasted, what it "
        "cost them, and what they are asking for.",
        "The plan has to name the specific impact; a vague complaint gets a vague apology.",
    ),
    "value": (
        "What is this customer worth to us? Annual contract value or monthly spend, how long "
        "they've been with us, their tier, and the renewal date if you know it. "
        "(Say 'unknown' if you don't know.)",
        "Policy sizes the response and any compensation from the customer's value.",
    ),
    "tried": (
        "What has already been tried: replies sent, refunds or credits, workarounds, "
        "escalations? ('Nothing yet' is a fine answer.)",
        "Repeating a failed step makes an escalation worse; the plan builds on what was done.",
    ),
}
TENURE_QUESTION = (
    "How long has this customer been with us? Their tier and renewal date too, if you know "
    "them, and their value if the complaint's figure isn't it. (Say 'unknown' if you don't "
    "know.)",
    "Tenure sizes a one-off spend and shows on the plan; the value was read from the "
    "complaint, and your answer can correct it.",
)
"""Asked instead of the value question when the complaint gave a value but no tenure."""
TENURE_OPEN_QUESTION = "How long has the customer been with us?"
OPEN_QUESTIONS: dict[InputKey, str] = {
    "complaint": "What exactly happened, and what is the customer asking for?",
    "value": "What is the customer's annual value or monthly spend, tenure, tier and renewal date?",
    "tried": "What has already been tried to resolve this?",
}


_WANT_DECISION = "Approve, revise, edit, regenerate or go back: that reply was not one of those."
_WANT_FACTS = "Confirm the facts above, or correct them: that reply was neither."
M = TypeVar("M", bound=BaseModel)

# Where each routing node can go next. The return annotations are what LangGraph reads to
# draw a node's edges (`get_graph()`, Studio), so they list every `goto` the node has.
AfterAsk: TypeAlias = Command[Literal["ask_missing", "absorb"]]
AfterCard: TypeAlias = Command[Literal["confirm_facts", "correct_facts", "draft_section"]]
AfterCorrection: TypeAlias = Command[Literal["confirm_facts", "triage"]]
AfterVerdict: TypeAlias = Command[Literal["review_section", "draft_section", "final_review"]]
AfterFinalReview: TypeAlias = Command[
    Literal["final_review", "await_approval", "finalize", "review_section", "draft_section"]
]
AfterApproval: TypeAlias = Command[Literal["await_approval", "finalize", "draft_section"]]


def _resume_as(model: type[M], value: Any) -> M | None:
    """A resume value of the wrong shape (a stale client, a bug) is refused, not a crash."""
    try:
        return model.model_validate(value)
    except ValidationError:
        return None


def _title(state: CoachState) -> str:
    facts = facts_of(state)
    if facts.customer_name:
        return facts.customer_name.value
    if facts.complaint:
        words = facts.complaint.value.split()
        return " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return "New escalation"


class CoachGraph:
    """Builds the compiled graph around one drafter and one policy."""

    def __init__(
        self,
        drafter: Drafter,
        policy: Policy,
        history: CaseHistory | None = None,
        agent_language: str = "en",
    ):
        self.drafter = drafter
        self.policy = policy
        self.history = history
        self.agent_language = agent_language
        """The team's language (COACH_AGENT_LANGUAGE), for agents whose notes don't say."""

    def compile(self, checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
        builder = StateGraph(CoachState, context_schema=Owner)
        builder.add_node("intake", self.intake)
        builder.add_node("hold", self.hold)
        builder.add_node("ask_missing", self.ask_missing)
        builder.add_node("absorb", self.absorb)
        builder.add_node("triage", self.triage)
        builder.add_node("confirm_facts", self.confirm_facts)
        builder.add_node("correct_facts", self.correct_facts)
        builder.add_node("draft_section", self.draft_section)
        builder.add_node("review_section", self.review_section)
        builder.add_node("final_review", self.final_review)
        builder.add_node("await_approval", self.await_approval)
        builder.add_node("finalize", self.finalize)
        builder.add_edge(START, "intake")
        builder.add_edge("intake", "hold")
        builder.add_edge("absorb", "hold")
        builder.add_edge("triage", "confirm_facts")
        builder.add_edge("draft_section", "review_section")
        builder.add_edge("finalize", END)
        builder.add_conditional_edges("hold", self._after_hold, ["ask_missing", "triage"])
        return builder.compile(checkpointer=checkpointer)

    # --- gathering

    async def intake(self, state: CoachState) -> dict[str, Any]:
        screened = screen(state.get("inbox", ""))
        update: dict[str, Any] = {
            "inbox": "",
            "status": "gathering",
            "screen_notices": screened.notices,
            "notice": " ".join(screened.notices) or None,
            "open_questions": state.get("open_questions") or [],
        }
        if screened.usable:
            facts = await self.drafter.extract(screened.text, facts_of(state), None)
            update["facts"] = facts.model_dump(mode="json")
        return update

    async def hold(self, state: CoachState) -> dict[str, Any]:
        facts = facts_of(state)
        if state.get("holding_script") or not facts.has("complaint"):
            return {}
        preliminary = decide(apply_defaults(facts, self.agent_language), self.policy)
        notes: list[str] = []
        script = await self.drafter.holding_script(facts, preliminary, notes)
        update: dict[str, Any] = {"holding_script": script, "title": _title(state)}
        if notes:
            update["notice"] = " ".join(n for n in (state.get("notice"), *notes) if n)
        return update

    def _after_hold(self, state: CoachState) -> str:
        return "ask_missing" if facts_of(state).missing() else "triage"

    def ask_missing(self, state: CoachState) -> AfterAsk:
        facts = facts_of(state)
        field = facts.missing()[0]
        question, why = TENURE_QUESTION if field == "value" and facts.valued else QUESTIONS[field]
        payload = AskMissing(field=field, question=question, why=why, notice=state.get("notice"))
        reply = _resume_as(Reply, interrupt(payload.model_dump(mode="json")))
        if reply is None:
            notice = "I'm waiting for an answer to the question above."
            return Command(goto="ask_missing", update={"notice": notice})
        update = {"pending_field": field, "answer": reply.model_dump(), "notice": None}
        return Command(goto="absorb", update=update)

    async def absorb(self, state: CoachState) -> dict[str, Any]:
        field: InputKey = state["pending_field"]  # type: ignore[assignment]
        reply = Reply.model_validate(state.get("answer") or {})
        facts = facts_of(state)
        open_questions = list(state.get("open_questions") or [])
        if reply.skip and field != "complaint":
            asked = TENURE_OPEN_QUESTION if field == "value" and facts.valued else None
            open_questions.append(asked or OPEN_QUESTIONS[field])
            if asked:
                facts.tenure_unknown = True
            elif field == "value":
                facts.value_unknown = True
            else:
                facts.tried = Fact(value="Not recorded", provenance="default")
            return {
                "facts": facts.model_dump(mode="json"),
                "open_questions": open_questions,
                "answer": None,
                "notice": f"Noted as an open question: {open_questions[-1]}",
            }
        if reply.skip:
            return {"answer": None, "notice": "I need the complaint itself before I can coach."}
        screened = screen(reply.text)
        if not screened.usable:
            return {"answer": None, "notice": " ".join(screened.notices)}
        facts = await self.drafter.extract(screened.text, facts, field)
        notices = list(screened.notices)
        if field == "value" and facts.valued and facts.tenure_years is None:
            facts.tenure_unknown = True  # asked once; not worth a second question
            open_questions.append(TENURE_OPEN_QUESTION)
            notices.append(f"Noted as an open question: {TENURE_OPEN_QUESTION}")
        if not facts.has(field):
            notices.append(f"I couldn't find that in your answer. {QUESTIONS[field][0]}")
        return {
            "facts": facts.model_dump(mode="json"),
            "open_questions": open_questions,
            "answer": None,
            "notice": " ".join(notices) or None,
        }

    async def triage(self, state: CoachState) -> dict[str, Any]:
        facts = apply_defaults(facts_of(state), self.agent_language)
        priors = []
        if self.history is not None and facts.customer_name:
            priors = await self.history.prior_cases(customer_key(facts.customer_name.value))
        decision = decide(facts, self.policy, prior_cases=len(priors))
        notices = [state.get("notice") or ""]
        if (before := decision_of(state)) is not None:
            notices.append(triage_change(before, decision))
        if priors:
            notices.append(
                f"Repeat customer: {len(priors)} earlier escalation"
                f"{'s' if len(priors) > 1 else ''} on record. The response is stepped up."
            )
        if self.history is not None:
            similar = await self.history.similar(facts, decision)
            decision.precedents = [
                f"{c.customer}: {c.severity} {c.issue_kind}, {c.investment_level}, "
                f"{decision.money(c.compensation_total)}"
                for c in similar[:3]
            ]
            warning = precedent_warning(decision, similar, self.policy.precedent_factor)
            if warning:
                notices.append(warning)
        return {
            "facts": facts.model_dump(mode="json"),
            "decision": decision.model_dump(mode="json"),
            "title": state.get("title") or _title(state),
            "status": "checking_facts",
            "current": 0,
            "sections": {},
            "pending": PendingDraft().model_dump(),
            "notice": " ".join(n for n in notices if n) or None,
        }

    def confirm_facts(self, state: CoachState) -> AfterCard:
        """The facts card: drafting starts only once the agent says the facts look right."""
        decision = decision_of(state)
        assert decision is not None
        version = state.get("card_version") or 1
        card = facts_card(facts_of(state), decision, self.policy, version, state.get("notice"))
        verdict = _resume_as(FactsVerdict, interrupt(card.model_dump(mode="json")))
        if verdict is None:
            return Command(goto="confirm_facts", update={"notice": _WANT_FACTS})
        if verdict.version is not None and verdict.version != version:
            note = f"That was for an earlier card; card {version} is current."
            return Command(goto="confirm_facts", update={"notice": note})
        if verdict.action == "confirm":
            return Command(goto="draft_section", update={"notice": None, "status": "drafting"})
        update = {"facts_verdict": verdict.model_dump(mode="json"), "notice": None}
        return Command(goto="correct_facts", update=update)

    def correct_facts(self, state: CoachState) -> AfterCorrection:
        """Apply the agent's corrections as facts, then triage again with them."""
        verdict = FactsVerdict.model_validate(state.get("facts_verdict") or {"action": "correct"})
        decision = decision_of(state)
        assert decision is not None
        try:
            facts, changed = apply_correction(
                facts_of(state), verdict.correction, decision, self.policy
            )
        except CorrectionError as exc:
            return Command(goto="confirm_facts", update={"facts_verdict": None, "notice": str(exc)})
        if not changed:
            note = "Nothing changed: those are the facts already on the card."
            return Command(goto="confirm_facts", update={"facts_verdict": None, "notice": note})
        return Command(
            goto="triage",
            update={
                "facts": facts.model_dump(mode="json"),
                "facts_verdict": None,
                "card_version": (state.get("card_version") or 1) + 1,
                "notice": f"Corrected: {', '.join(changed)}.",
            },
        )

    # --- drafting and review

    def _context(self, state: CoachState, current_owner: Owner | None) -> DraftContext:
        """The owner named in a draft is whoever owns the case now, not at intake.

        A case can be reassigned between any two turns; the front end passes the
        current owner as the run's context, and the state's copy is the fallback.
        """
        owner = current_owner or Owner.model_validate(state.get("owner") or {})
        approved = {k: d.text for k, d in sections_of(state).items() if d.approved}
        return DraftContext(
            facts=facts_of(state),
            decision=decision_of(state),  # type: ignore[arg-type]
            approved=approved,
            owner_name=owner.name,
            owner_contact=owner.contact,
            notices=state.get("screen_notices") or [],
        )

    async def draft_section(self, state: CoachState, runtime: Runtime[Owner]) -> dict[str, Any]:
        key = SECTION_ORDER[state.get("current", 0)]
        sections = sections_of(state)
        draft = sections.get(key) or SectionDraft(key=key)
        pending = PendingDraft.model_validate(state.get("pending") or {})
        ctx = self._context(state, runtime.context)
        writer = get_stream_writer()

        def sink(chunk: str) -> None:
            writer({"section": key.value, "text": chunk})

        notice = state.get("notice")
        if pending.mode == "revise" and draft.versions:
            revision = await self.drafter.revise(
                key, ctx, draft.text, pending.instruction or "", sink=sink
            )
            if revision.text.strip() and revision.text != draft.text:
                draft.add(revision.text, "revised", pending.instruction)
            if revision.unapplied:
                notice = (
                    f"I couldn't apply: {'; '.join(excerpt(u, 160, say_length=True) for u in revision.unapplied)}. "
                    "Rephrase it (shorter, warmer, more formal, mention X, drop Y, for email), "
                    "or use Edit to change the text yourself."
                )
        else:
            variant = sum(1 for v in draft.versions if v.source == "regenerated")
            if pending.mode == "regenerate":
                variant += 1
            text = await self.drafter.draft(key, ctx, variant=variant, sink=sink)
            draft.add(text, "regenerated" if pending.mode == "regenerate" else "drafted")
        sections[key] = draft
        notice = " ".join(n for n in (notice, *ctx.notes) if n) or None
        return {"sections": dump_sections(sections), "pending": None, "notice": notice}

    def review_section(self, state: CoachState) -> AfterVerdict:
        index = state.get("current", 0)
        key = SECTION_ORDER[index]
        sections = sections_of(state)
        draft = sections[key]
        decision = decision_of(state)
        assert decision is not None
        payload = ReviewSection(
            key=key,
            title=draft.title,
            index=index,
            total=len(SECTION_ORDER),
            version=draft.version,
            text=draft.text,
            findings=lint_section(key, draft.text, decision, facts_of(state)),
            notice=state.get("notice"),
        )
        verdict = _resume_as(Decision, interrupt(payload.model_dump(mode="json")))
        if verdict is None:
            return Command(goto="review_section", update={"notice": _WANT_DECISION})
        return self._apply(state, verdict, key, sections, "review_section")

    def _apply(
        self,
        state: CoachState,
        verdict: Decision,
        key: SectionKey,
        sections: dict[SectionKey, SectionDraft],
        here: Literal["review_section", "final_review"],
    ) -> AfterVerdict:
        """Route a verdict; shared by section review and final review."""
        draft = sections[key]
        if (
            verdict.version is not None
            and here == "review_section"
            and verdict.version != (draft.version)
        ):
            note = f"That was for version {verdict.version}; version {draft.version} is current."
            return Command(goto=here, update={"notice": note})
        if verdict.action == "approve":
            draft.approved = True
            nxt = next(
                (
                    i
                    for i, k in enumerate(SECTION_ORDER)
                    if not (k in sections and sections[k].approved)
                ),
                None,
            )
            update: dict[str, Any] = {"sections": dump_sections(sections), "notice": None}
            if nxt is None:
                return Command(goto="final_review", update={**update, "status": "final_review"})
            update |= {"current": nxt, "pending": PendingDraft().model_dump()}
            goto = "review_section" if SECTION_ORDER[nxt] in sections else "draft_section"
            return Command(goto=goto, update=update)
        if verdict.action in ("revise", "regenerate"):
            instruction = (verdict.instruction or "").strip()
            if verdict.action == "revise" and not instruction:
                return Command(goto=here, update={"notice": "Tell me what to change."})
            pending = PendingDraft(mode=verdict.action, instruction=instruction or None)
            return Command(
                goto="draft_section",
                update={
                    "current": SECTION_ORDER.index(key),
                    "pending": pending.model_dump(),
                    "status": "drafting",
                    "notice": None,
                },
            )
        if verdict.action == "edit":
            screened = screen(verdict.text or "")
            if not screened.usable:
                return Command(goto=here, update={"notice": " ".join(screened.notices)})
            draft.add(screened.text, "edited")
            return Command(
                goto="review_section",
                update={
                    "sections": dump_sections(sections),
                    "current": SECTION_ORDER.index(key),
                    "status": "drafting",
                    "notice": f"Saved your edit as version {draft.version}.",
                },
            )
        # back
        index = SECTION_ORDER.index(key)
        target = verdict.target or SECTION_ORDER[max(index - 1, 0)]
        if target not in sections:
            return Command(goto=here, update={"notice": f"{target.value} hasn't been drafted yet."})
        sections[target].approved = False
        return Command(
            goto="review_section",
            update={
                "sections": dump_sections(sections),
                "current": SECTION_ORDER.index(target),
                "status": "drafting",
                "notice": None,
            },
        )

    def final_review(self, state: CoachState) -> AfterFinalReview:
        decision = decision_of(state)
        assert decision is not None
        sections = sections_of(state)
        plan = plan_of(state)
        assert plan is not None
        payload = FinalReview(
            markdown=plan.markdown,
            word_count=plan.word_count,
            lint=plan.lint,
            approval_required=decision.approval_required,
            approver=decision.approver,
            notice=state.get("notice"),
        )
        verdict = _resume_as(Decision, interrupt(payload.model_dump(mode="json")))
        if verdict is None:
            return Command(goto="final_review", update={"notice": _WANT_DECISION})
        if verdict.action == "approve":
            money = [f for f in plan.lint.findings if f.rule == "money-outside-envelope"]
            if money:
                where = money[0].section.value if money[0].section else "the plan"
                note = (
                    f"The plan can't be approved yet: {money[0].message} (in {where}). Edit or "
                    "revise that section so it names only what policy allows."
                )
                return Command(goto="final_review", update={"notice": note})
            approved = any(a["approved"] for a in state.get("approvals") or [])
            if decision.approval_required and not approved:
                update = {"notice": None, "status": "awaiting_approval"}
                return Command(goto="await_approval", update=update)
            return Command(goto="finalize", update={"notice": None})
        target = verdict.target or SECTION_ORDER[-1]
        if verdict.action == "back":
            verdict = verdict.model_copy(update={"target": target})
        return self._apply(state, verdict, target, sections, "final_review")

    def await_approval(self, state: CoachState) -> AfterApproval:
        """Waits for a named approver; a denial re-prices the package and redrafts remedies."""
        decision = decision_of(state)
        assert decision is not None and decision.approver is not None
        payload = ApproveRemedy(
            approver_role=decision.approver,
            package=decision.recommended,
            total=decision.recommended.total,
            authority_cap=decision.authority_cap,
            currency=decision.currency,
            locale=decision.locale,
            rationale=decision.rationale,
            notice=state.get("notice"),
        )
        verdict = _resume_as(ApprovalVerdict, interrupt(payload.model_dump(mode="json")))
        if verdict is None:
            return Command(goto="await_approval", update={"notice": "Approve or deny, please."})
        record = ApprovalRecord(
            **verdict.model_dump(), at=time.time(), total=payload.total,
            package=decision.recommended.name,
        )  # fmt: skip
        approvals = [*(state.get("approvals") or []), record.model_dump()]
        if verdict.approved:
            return Command(goto="finalize", update={"approvals": approvals, "notice": None})
        lighter = after_denial(decision, self.policy)
        sections = sections_of(state)
        sections[SectionKey.REMEDIES].approved = False
        who = verdict.by_name or verdict.by_id
        note = f"{who} denied the {decision.recommended.name.lower()} package"
        note += f" ({verdict.note})." if verdict.note else "."
        return Command(
            goto="draft_section",
            update={
                "approvals": approvals,
                "decision": lighter.model_dump(mode="json"),
                "sections": dump_sections(sections),
                "current": SECTION_ORDER.index(SectionKey.REMEDIES),
                "pending": PendingDraft().model_dump(),
                "status": "drafting",
                "notice": note + " I've redrafted the options with what policy allows now.",
            },
        )

    def finalize(self, state: CoachState) -> dict[str, Any]:
        plan = plan_of(state)
        assert plan is not None
        return {"plan": plan.model_dump(mode="json"), "status": "done", "notice": None}
