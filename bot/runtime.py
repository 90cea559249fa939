"""Wires settings into a running service: policy, drafter, storage, graph.

Front ends call `open_runtime` and get a ready `ConversationService`; they
never build graphs or pick drafters themselves.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from langgraph.checkpoint.memory import InMemorySaver

from bot.conversation import ConversationService
from bot.settings import Settings
from graph.builder import CoachGraph
from graph.drafting.base import Drafter
from graph.drafting.playbook import PlaybookDrafter
from graph.policy import load_policy


def make_drafter(settings: Settings) -> Drafter:
    """Claude when a key is configured (or forced), the offline playbook otherwise."""
    if settings.use_claude:
        from graph.drafting.claude import ClaudeDrafter

        if settings.anthropic_api_key is None:
            raise ValueError("COACH_DRAFTER=claude needs ANTHROPIC_API_KEY")
        return ClaudeDrafter.connect(
            settings.anthropic_api_key.get_secret_value(),
            settings.model,
            base_url=settings.anthropic_base_url,
            max_tokens=settings.max_tokens,
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
        )
    return PlaybookDrafter()


@asynccontextmanager
async def open_runtime(settings: Settings) -> AsyncIterator[ConversationService]:
    """An in-process service for one-shot commands (plan, demo)."""
    policy = load_policy(settings.policy_file)
    graph = CoachGraph(make_drafter(settings), policy).compile(checkpointer=InMemorySaver())
    yield ConversationService(graph)
