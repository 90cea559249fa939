"""Wires settings into a running service: policy, drafter, storage, graph.

Front ends call `open_runtime` and get a ready `Runtime`; they never build
graphs, pick drafters or open storage themselves, so the terminal and every
Slack worker run the same stack against the same Redis.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from redis.asyncio import Redis

from bot.case_tracker import CaseTracker
from bot.cases import CaseStore
from bot.conversation import ConversationService, FinishHook, LockFactory, ThreadSummary
from bot.roster import load_roster
from bot.settings import Settings
from bot.storage.checkpointer import RedisCheckpointSaver
from bot.storage.coordination import ThreadLock
from bot.storage.embedded_redis import EmbeddedRedis
from bot.stores import RedisUnavailable, open_stores
from graph.builder import CoachGraph
from graph.catalog import check_catalogs
from graph.drafting.base import Drafter
from graph.drafting.playbook import PlaybookDrafter
from graph.llm_models import ModelProblem
from graph.policy import Policy, load_policy

log = logging.getLogger(__name__)

THREAD_LOCK_PREFIX = "thread:"


def make_drafter(settings: Settings, today: Callable[[], date] = date.today) -> Drafter:
    """Claude when a key is configured (or forced), the offline playbook otherwise.

    A retired or unknown model id raises `ModelProblem`, one line naming the setting,
    so `coach plan`, `coach chat` and `coach slack` stop at start-up, not mid-case.
    `today` is the day Claude's readings count from (the corpus bench fixes it).
    """
    if settings.use_claude:
        from graph.drafting.claude import ClaudeDrafter

        if settings.anthropic_api_key is None:
            raise ModelProblem("COACH_DRAFTER=claude needs ANTHROPIC_API_KEY")
        return ClaudeDrafter.connect(
            settings.anthropic_api_key.get_secret_value(),
            settings.model,
            fast_model=settings.fast_model,
            base_url=settings.anthropic_base_url,
            max_tokens=settings.max_tokens,
            draft_effort=settings.draft_effort,
            fast_effort=settings.fast_effort,
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
            deadline=settings.llm_deadline_seconds,
            today=today,
        )
    return PlaybookDrafter()


def redis_thread_locks(client: Redis, ttl: float, wait: float) -> LockFactory:
    """One Redis lock per thread, so two workers never run turns of a thread at once.

    The lock is renewed while a turn runs (a Claude turn can take a minute) and
    expires `ttl` seconds after its holder dies, so a kill -9 blocks a thread only
    briefly. A second turn waits up to `wait` seconds rather than failing at once.
    """

    @asynccontextmanager
    async def lock(thread_id: str) -> AsyncIterator[ThreadLock]:
        held = ThreadLock(client, THREAD_LOCK_PREFIX + thread_id, ttl=ttl, wait_timeout=wait)
        async with held:
            yield held
            if held.lost:
                # Renewal failed (Redis unreachable for a whole ttl): another worker may
                # have run a turn meanwhile. The checkpoint chain shows it; say so.
                log.warning("lock on thread %s was lost during the turn", thread_id)

    return lock


@dataclass
class Runtime:
    """What a front end needs: the service, plus the storage it runs on.

    `redis`, `cases` and `tracker` are None only for an ephemeral runtime (one-shot commands).
    """

    service: ConversationService
    saver: BaseCheckpointSaver
    location: str
    """Where the state lives, safe to print (password masked)."""
    redis: Redis | None = None
    cases: CaseStore | None = None
    embedded: EmbeddedRedis | None = None
    tracker: CaseTracker | None = None
    policy: Policy | None = None

    @property
    def unreachable(self) -> RedisUnavailable:
        return RedisUnavailable(self.location)

    async def reconnect(self) -> None:
        """Bring back the embedded server if it died; a shared Redis is for its operator.

        redis-py reconnects by itself on the next command, so nothing else to do.
        """
        if self.embedded is not None and not self.embedded.is_running():
            await self.embedded.start()

    async def threads(self, limit: int | None = None) -> list[ThreadSummary]:
        """Conversations, most recently active first."""
        if not isinstance(self.saver, RedisCheckpointSaver):
            return []
        rows = []
        for listed in await self.saver.alist_threads(limit):
            summary = await self.service.summary(listed.thread_id)
            if summary is not None:
                rows.append(summary.model_copy(update={"updated_at": listed.updated_at}))
        return rows


def _on_finished(saver: RedisCheckpointSaver, settings: Settings) -> FinishHook | None:
    """What happens to a thread whose plan is final, inside its lock.

    Its intermediate checkpoints go (unless `COACH_FINISHED_HISTORY=full`): the
    final one holds the facts, the decision, every approval and every version of
    every section, which is all that resuming, listing and the log read. The
    thread then expires after the case retention (`bot.retention` removes the
    case's other records), unless that is 0 (kept forever).
    """
    compact = settings.finished_history == "final"
    seconds = max(1, round(settings.case_retention_days * 86_400))
    expire = settings.case_retention_days > 0
    if not compact and not expire:
        return None

    async def finished(thread_id: str) -> None:
        if compact:
            await saver.aprune([thread_id], strategy="keep_latest")
        if expire:
            await saver.aset_thread_ttl(thread_id, seconds)

    return finished


async def close_drafter(drafter: Drafter) -> None:
    """A Claude drafter holds an HTTP pool: closed on the loop that opened it, or its
    clean-up runs later on a closed loop and prints a traceback at the agent."""
    aclose = getattr(drafter, "aclose", None)
    if aclose is not None:
        await aclose()


@asynccontextmanager
async def open_runtime(
    settings: Settings, *, ephemeral: bool = False, drafter: Drafter | None = None
) -> AsyncIterator[Runtime]:
    """The service on the stores of `open_stores`, or in memory if `ephemeral`.

    Ephemeral is for one-shot commands (plan, demo) that need no server. `drafter`
    replaces the one the settings pick (tests slow it down or make it fail); a
    misconfigured model stops start-up before Redis is touched. Redis failures inside
    the block come out as `RedisUnavailable` (see `open_stores`).
    """
    check_catalogs()
    made = drafter is None
    drafter = drafter or make_drafter(settings)
    try:
        if ephemeral:
            policy = load_policy(settings.policy_file)
            load_roster(settings.roster_file)  # a bad roster file is reported by every command
            saver = InMemorySaver()
            graph = CoachGraph(drafter, policy, agent_language=settings.agent_language).compile(
                checkpointer=saver
            )
            yield Runtime(ConversationService(graph), saver, "memory")
            return

        async with open_stores(settings) as stores:
            client, tracker = stores.redis, stores.tracker
            saver = RedisCheckpointSaver(client)
            service = ConversationService(
                CoachGraph(
                    drafter,
                    stores.policy,
                    history=tracker.log,
                    agent_language=settings.agent_language,
                ).compile(checkpointer=saver),
                on_turn=tracker.after_turn,
                lock=redis_thread_locks(
                    client, settings.lock_ttl_seconds, settings.lock_wait_seconds
                ),
                on_finished=_on_finished(saver, settings),
                owners=stores.cases,
            )
            yield Runtime(
                service,
                saver,
                stores.location,
                client,
                stores.cases,
                stores.embedded,
                tracker,
                stores.policy,
            )
    finally:
        if made:
            await close_drafter(drafter)
