"""`coach plan` and `coach demo`: a whole plan in one run, with scripted answers.

`drive` is the loop both use (and tests and benches reuse): answer each prompt
with the script's reply or verdict until the plan, or a pending approval when no
approver is scripted.
"""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from bot.case_file import read_answers, read_case
from bot.commands.failures import UsageError
from bot.conversation import ConversationService, TurnResult
from bot.replies import parse_answer
from bot.roster import load_roster
from bot.runtime import open_runtime
from bot.settings import Settings
from bot.terminal import TerminalView
from graph.models import (
    ApprovalVerdict,
    ApproveRemedy,
    AskMissing,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Reply,
    ReviewSection,
)
from graph.state import Owner


def terminal_owner(settings: Settings) -> Owner:
    """The person at the terminal, from the settings, filled in from the roster."""
    roster = load_roster(settings.roster_file)
    return roster.owner(None, settings.owner_name, settings.owner_contact)


async def drive(
    service: ConversationService,
    result: TurnResult,
    answer: Callable[[AskMissing], Reply],
    review: Callable[[ReviewSection | FinalReview], Decision],
    show: Callable[[TurnResult], None] | None = None,
    approve: Callable[[ApproveRemedy], ApprovalVerdict] | None = None,
    confirm: Callable[[FactsCard], FactsVerdict] | None = None,
) -> TurnResult:
    """Run a conversation with scripted answers and verdicts, to the plan or to a pending
    approval when no approver is scripted. The facts card is confirmed as it stands unless
    `confirm` says otherwise: the plan's assumptions list what was taken on trust."""
    while True:
        if show:
            show(result)
        if result.error:
            raise UsageError(f"drafting failed: {result.error}")
        prompt = result.prompt
        if prompt is None:
            return result
        if isinstance(prompt, AskMissing):
            result = await service.reply(result.thread_id, answer(prompt))
        elif isinstance(prompt, FactsCard):
            verdict = confirm(prompt) if confirm else FactsVerdict(action="confirm")
            result = await service.check_facts(result.thread_id, verdict)
        elif isinstance(prompt, ApproveRemedy):
            if approve is None:
                return result
            result = await service.approve(result.thread_id, approve(prompt))
        else:
            before = prompt
            result = await service.decide(result.thread_id, review(prompt))
            if isinstance(before, FinalReview) and isinstance(result.prompt, FinalReview):
                return result  # refused (a failed money check): say so, don't ask again


def approve_shown(prompt: ReviewSection | FinalReview) -> Decision:
    """Approve what is under review, at the version shown."""
    version = prompt.version if isinstance(prompt, ReviewSection) else None
    return Decision(action="approve", version=version)


async def cmd_plan(args: argparse.Namespace, settings: Settings) -> int:
    case = read_case(Path(args.case_file))
    answers = read_answers(Path(args.answers) if args.answers else None)

    def answer(prompt: AskMissing) -> Reply:
        if prompt.field == "complaint" and not answers:
            raise UsageError(f"{args.case_file} has no usable complaint. {prompt.notice or ''}")
        return Reply(text=answers.pop(0)) if answers else Reply(skip=True)

    async with open_runtime(settings, ephemeral=True) as runtime:
        service = runtime.service
        start = await service.start(
            str(uuid.uuid4()), case.text, terminal_owner(settings), case.facts
        )
        done = await drive(service, start, answer, approve_shown)
        plan = done.plan or await service.preview(done.thread_id)
    if plan is None:
        raise UsageError("the conversation ended without a plan")
    pending = isinstance(done.prompt, ApproveRemedy)
    blocked = isinstance(done.prompt, FinalReview)
    if args.json:
        status = "awaiting_approval" if pending else "blocked" if blocked else "final"
        print(json.dumps({**plan.summary(), "status": status}, indent=2, ensure_ascii=False))
    else:
        print(plan.markdown)
        if plan.assumptions:
            print(
                "No facts card in coach plan: the facts above under 'Assumptions to confirm' "
                "were taken as they are."
            )
        if pending:
            print(f"Status: the package waits for approval from {plan.decision.approver}.")
        if blocked:
            print(f"Status: not final. {done.prompt.notice}")  # type: ignore[union-attr]
    return 0


DEMO_ANSWERS = ["Nothing yet beyond logging the ticket; no one has called her back."]
DEMO_REVISION = "shorter and warmer"
DEMO_APPROVER = ApprovalVerdict(
    approved=True, by_id="sam.lee", by_name="Sam Lee", note="Renewal at risk; approved."
)


async def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    view = TerminalView()
    text = resources.files("bot").joinpath("demo_case.txt").read_text(encoding="utf-8")
    view.say("Escalation Coach demo: a B2B outage, offline playbook drafter.\n", "bold")
    view.say(f"Agent > {text.strip()}\n")
    answers = list(DEMO_ANSWERS)
    revised: set[str] = set()

    def answer(prompt: AskMissing) -> Reply:
        reply = answers.pop(0) if answers else "skip"
        view.say(f"Agent > {reply}\n")
        return parse_answer(reply)

    def review(prompt: ReviewSection | FinalReview) -> Decision:
        if isinstance(prompt, ReviewSection) and prompt.key == "response" and not revised:
            revised.add(prompt.key)
            view.say(f"Agent > {DEMO_REVISION}\n")
            return Decision(action="revise", instruction=DEMO_REVISION, version=prompt.version)
        view.say("Agent > approve\n")
        return approve_shown(prompt)

    def confirm(prompt: FactsCard) -> FactsVerdict:
        view.say("Agent > looks right\n")
        return FactsVerdict(action="confirm", version=prompt.version)

    def approve(prompt: ApproveRemedy) -> ApprovalVerdict:
        view.say(
            f"{DEMO_APPROVER.by_name} ({prompt.approver_role}) > approve: {DEMO_APPROVER.note}\n"
        )
        return DEMO_APPROVER

    async with open_runtime(settings, ephemeral=True) as runtime:
        start = await runtime.service.start("demo", text, terminal_owner(settings))
        await drive(runtime.service, start, answer, review, view.turn, approve, confirm)
    return 0
