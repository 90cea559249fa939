"""App Home follows the queue: refreshed for owners and leads when it changes, debounced.

Why a poll of the queue's change counter rather than a publish on every change: a
busy queue changes several times per turn, and every worker would publish the
same view. Each worker polls the counter; a user whose Home shows an older count
is refreshed by whichever worker first claims that user's window in Redis (SET NX
with an expiry), so one view is published per user per window, however many
workers run, and the last change in a burst still reaches them one window later.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from bot.escalation_queue import EscalationQueue
from bot.storage.hash_tags import hash_tag

DEFAULT_PREFIX = "coach:home:"


class HomeRefresher:
    def __init__(
        self,
        client: Redis,
        queue: EscalationQueue,
        publish: Callable[[str], Awaitable[None]],
        leads: set[str],
        window_seconds: float,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        self.client = client
        self.queue = queue
        self.publish = publish
        self.leads = leads
        self.window_ms = max(1, int(window_seconds * 1000))
        self.prefix = prefix
        self.recipients_key = f"{prefix}recipients"
        """Everyone refreshed once: the owner of a case that left the queue still is."""

    def _user_key(self, user: str, kind: str) -> str:
        return f"{self.prefix}{hash_tag(user)}:{kind}"

    async def refresh_due(self) -> int:
        """Publish App Home to each owner and lead whose view is behind; returns how many."""
        changes = int(await self.client.get(self.queue.changes_key) or 0)
        owners = {e.owner_id for e in await self.queue.ranked() if e.owner_id}
        known = {u.decode() for u in await self.client.smembers(self.recipients_key)}
        published = 0
        for user in sorted(self.leads | owners | known):
            shown = int(await self.client.get(self._user_key(user, "shown")) or 0)
            if shown >= changes:
                continue
            claim = self._user_key(user, "window")
            if not await self.client.set(claim, b"1", nx=True, px=self.window_ms):
                continue  # published within the window, here or on another worker
            await self.publish(user)
            await self.client.set(self._user_key(user, "shown"), changes)
            await self.client.sadd(self.recipients_key, user)
            published += 1
        return published
