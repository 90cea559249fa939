"""The graph as LangGraph Studio and `coach graph` see it: offline drafter, default policy.

Studio loads a module-level factory from `langgraph.json` and brings its own checkpointer,
so this builds the graph without one, and without any setting, key or network call.
"""

from __future__ import annotations

from langgraph.graph.state import CompiledStateGraph

from graph.builder import CoachGraph
from graph.drafting.playbook import PlaybookDrafter
from graph.policy import default_policy


def make_graph() -> CompiledStateGraph:
    return CoachGraph(PlaybookDrafter(), default_policy()).compile()
