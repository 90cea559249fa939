"""The offline drafter with one behaviour changed: slower, flaky, chatty, watched or hot.

Each wraps the real PlaybookDrafter, so the words are real and only the timing or a
failure is staged.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from typing import Any

from graph.drafting.base import DraftContext, DrafterError, Revision, TextSink
from graph.drafting.playbook import PlaybookDrafter
from graph.models import CaseFacts, InputKey, PolicyDecision, SectionKey


async def _send(sink: TextSink | None, chunk: str) -> None:
    if sink is not None and inspect.isawaitable(result := sink(chunk)):
        await result


class WrappedDrafter:
    """Delegates everything to the playbook; subclasses override one step."""

    name = "playbook"

    def __init__(self) -> None:
        self.inner = PlaybookDrafter()

    async def extract(self, text: str, facts: CaseFacts, asked: InputKey | None) -> CaseFacts:
        return await self.inner.extract(text, facts, asked)

    async def holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None = None
    ) -> str:
        return await self.inner.holding_script(facts, decision, notes)

    async def draft(
        self, key: SectionKey, ctx: DraftContext, *, variant: int = 0, sink: TextSink | None = None
    ) -> str:
        return await self.inner.draft(key, ctx, variant=variant, sink=sink)

    async def revise(
        self,
        key: SectionKey,
        ctx: DraftContext,
        current: str,
        instruction: str,
        *,
        sink: TextSink | None = None,
    ) -> Revision:
        return await self.inner.revise(key, ctx, current, instruction, sink=sink)


class SlowDrafter(WrappedDrafter):
    """Takes `holding_delay` before the holding script and `draft_delay` before each draft,
    like a model call does."""

    def __init__(self, holding_delay: float = 0.0, draft_delay: float = 0.0) -> None:
        super().__init__()
        self.holding_delay = holding_delay
        self.draft_delay = draft_delay

    async def holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None = None
    ) -> str:
        await asyncio.sleep(self.holding_delay)
        return await super().holding_script(facts, decision, notes)

    async def draft(self, key: SectionKey, ctx: DraftContext, **kwargs: Any) -> str:
        await asyncio.sleep(self.draft_delay)
        return await super().draft(key, ctx, **kwargs)


class FlakyDrafter(WrappedDrafter):
    """Fails the first draft of `section` the way a model outage does, then recovers."""

    def __init__(self, section: SectionKey) -> None:
        super().__init__()
        self.section = section
        self.failed = False

    async def draft(self, key: SectionKey, ctx: DraftContext, **kwargs: Any) -> str:
        if key == self.section and not self.failed:
            self.failed = True
            raise DrafterError("the model did not answer (overloaded)")
        return await super().draft(key, ctx, **kwargs)


class ChattyDrafter(WrappedDrafter):
    """Streams each draft in many tiny pieces, as Claude's text deltas arrive."""

    def __init__(self, piece: int = 8, pause: float = 0.005) -> None:
        super().__init__()
        self.piece = piece
        self.pause = pause
        self.pieces = 0

    async def draft(
        self, key: SectionKey, ctx: DraftContext, *, variant: int = 0, sink: TextSink | None = None
    ) -> str:
        text = await self.inner.draft(key, ctx, variant=variant)
        for start in range(0, len(text), self.piece):
            await _send(sink, text[start : start + self.piece])
            self.pieces += 1
            await asyncio.sleep(self.pause)
        return text


class WatchedDrafter(WrappedDrafter):
    """Records how many revisions run at once; each takes `delay`, to widen any overlap."""

    def __init__(self, delay: float = 0.3) -> None:
        super().__init__()
        self.delay = delay
        self.running = 0
        self.most_at_once = 0

    async def revise(self, *args: Any, **kwargs: Any) -> Revision:
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            await asyncio.sleep(self.delay)
            return await super().revise(*args, **kwargs)
        finally:
            self.running -= 1


class BurningDrafter(PlaybookDrafter):
    """Busy-loops the CPU for `seconds` (no sleep, no await) composing its first holding
    script, as a heavy offline step does; `busy` and `done` mark its start and end."""

    def __init__(self, seconds: float = 2.0) -> None:
        self.seconds = seconds
        self.busy = threading.Event()
        self.done = threading.Event()

    def compose_holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None
    ) -> str:
        if not self.busy.is_set():
            self.busy.set()
            end = time.perf_counter() + self.seconds
            while time.perf_counter() < end:
                pass
            self.done.set()
        return super().compose_holding_script(facts, decision, notes)


class LoopStallingDrafter(BurningDrafter):
    """Holds the event loop itself for `seconds` (a blocking call on it, no await) before
    its first holding script: the worst a slow step on the work loop can do to the acks."""

    async def holding_script(
        self, facts: CaseFacts, decision: PolicyDecision, notes: list[str] | None = None
    ) -> str:
        if not self.busy.is_set():
            self.busy.set()
            time.sleep(self.seconds)
            self.done.set()
        return await super().holding_script(facts, decision, notes)
