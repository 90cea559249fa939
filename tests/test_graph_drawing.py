"""The graph draws itself: the edges LangGraph shows are the routes the code takes.

Routing nodes return `Command`s, so their edges exist only in their return annotations.
A route missing there would be invisible in Studio and in `coach graph`; a route listed
there but never taken would be a lie. Both directions are checked: against the routes
each node is written to take, and against the transitions a real conversation makes.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph.state import CompiledStateGraph

from bot.card_commands import parse_card_reply
from bot.cli import main
from bot.conversation import ConversationService
from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.models import (
    ApprovalVerdict,
    ApproveRemedy,
    Decision,
    FactsCard,
    FactsVerdict,
    FinalReview,
    Reply,
    ReviewSection,
    SectionKey,
)
from graph.policy import default_policy
from graph.studio import make_graph
from tests.cases import B2B_OUTAGE, B2C_MINOR

ROUTES: dict[str, set[str]] = {
    "__start__": {"intake"},
    "intake": {"hold"},
    "hold": {"ask_missing", "triage"},
    "ask_missing": {"ask_missing", "absorb"},
    "absorb": {"hold"},
    "triage": {"confirm_facts"},
    "confirm_facts": {"confirm_facts", "correct_facts", "draft_section"},
    "correct_facts": {"confirm_facts", "triage"},
    "draft_section": {"review_section"},
    "review_section": {"review_section", "draft_section", "final_review"},
    "final_review": {
        "final_review", "await_approval", "finalize", "review_section", "draft_section",
    },
    "await_approval": {"await_approval", "finalize", "draft_section"},
    "finalize": {"__end__"},
}  # fmt: skip
"""Every `goto` (or plain edge) each node has in graph/builder.py."""


def drawn_edges(graph: CompiledStateGraph) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for edge in graph.get_graph().edges:
        edges.setdefault(edge.source, set()).add(edge.target)
    return edges


def test_every_node_draws_exactly_the_routes_it_can_take():
    assert drawn_edges(make_graph()) == ROUTES


async def walked_transitions() -> set[tuple[str, str]]:
    """The node-to-node steps one conversation takes: a question, a card corrected with
    nothing and then with something, answers of the wrong shape at every kind of pause,
    a step back, a revision, a stale click, changes from the final review, a denial and
    an approval; and a small case that needs no approval."""
    graph = CoachGraph(PlaybookDrafter(), default_policy()).compile(checkpointer=InMemorySaver())
    service = ConversationService(graph)
    await service.start("t", B2B_OUTAGE)
    result = await service.reply("t", Reply(text="Nothing yet, only the ticket was logged."))
    assert isinstance(result.prompt, FactsCard)
    await service.decide("t", Decision(action="approve"))  # not an answer to a card
    await service.check_facts("t", FactsVerdict(action="correct"))  # nothing changed
    await service.check_facts("t", parse_card_reply("set churn off"))
    result = await service.check_facts("t", FactsVerdict(action="confirm"))
    assert isinstance(result.prompt, ReviewSection)
    await service.check_facts("t", FactsVerdict(action="confirm"))  # not a verdict on a section
    await service.decide("t", Decision(action="approve"))
    await service.decide("t", Decision(action="back"))
    await service.decide("t", Decision(action="revise", instruction="shorter"))
    result = await service.decide("t", Decision(action="approve", version=1))  # stale
    final_changes = [
        FactsVerdict(action="confirm"),  # not a verdict on the plan
        Decision(action="back", target=SectionKey.REMEDIES),
        Decision(action="revise", instruction="warmer", target=SectionKey.RESPONSE),
    ]
    approvals = [False, True]
    while result.plan is None or result.prompt is not None:
        prompt = result.prompt
        if isinstance(prompt, FinalReview) and final_changes:
            change = final_changes.pop(0)
            if isinstance(change, FactsVerdict):
                result = await service.check_facts("t", change)
            else:
                result = await service.decide("t", change)
        elif isinstance(prompt, ReviewSection | FinalReview):
            result = await service.decide("t", Decision(action="approve"))
        elif approvals == [False, True]:
            assert isinstance(prompt, ApproveRemedy), prompt
            await service.decide("t", Decision(action="approve"))  # not an approver's verdict
            verdict = ApprovalVerdict(approved=approvals.pop(0), by_id="U_SAM", by_name="Sam")
            result = await service.approve("t", verdict)
        else:
            verdict = ApprovalVerdict(approved=approvals.pop(0), by_id="U_SAM", by_name="Sam")
            result = await service.approve("t", verdict)
    # A small case needs no approval: its final review goes straight to the plan.
    result = await service.start("small", B2C_MINOR)
    while result.plan is None or result.prompt is not None:
        if isinstance(result.prompt, FactsCard):
            result = await service.check_facts("small", FactsVerdict(action="confirm"))
        else:
            result = await service.decide("small", Decision(action="approve"))
    taken: set[tuple[str, str]] = set()
    for thread in ("t", "small"):
        config = {"configurable": {"thread_id": thread}}
        history = [snapshot async for snapshot in graph.aget_state_history(config)]
        steps = [s.next[0] if s.next else "__end__" for s in reversed(history)]
        taken |= set(pairwise(steps))
    return taken


async def test_every_step_a_real_conversation_takes_is_a_drawn_edge_and_back():
    taken = await walked_transitions()
    drawn = {(source, target) for source, targets in ROUTES.items() for target in targets}
    assert taken <= drawn, f"taken but not drawn: {taken - drawn}"
    # The one route the walk cannot take: a resume value that is not a Reply at all
    # (any object with text or skip, or neither, is a valid Reply).
    assert drawn - taken == {("ask_missing", "ask_missing")}


def test_coach_graph_prints_a_mermaid_diagram_of_every_node(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit:
        main(["graph"])
    assert exit.value.code == 0
    out = capsys.readouterr().out
    assert "graph TD;" in out
    for node in ROUTES:
        assert f"\t{node}(" in out, node
    assert "confirm_facts -.-> correct_facts;" in out
    assert "review_section -.-> final_review;" in out
