"""What was said to the customer on a case: replies the agent checked, and whether they
sent them (corrected or as written), and the live lines the coach suggested, and whether
the agent confirmed they said them. One record for both, so the plan's record and the
resolution log show one history of "what was said".

Kept beside the conversation, not in it: a check happens at any moment (while a section
is under review, after the plan, during follow-ups) and must never move the graph or
disturb the section being reviewed. One hash per case under the `{said}` hash tag.
"""

from __future__ import annotations

import secrets
import time
from typing import Literal

from pydantic import BaseModel, Field
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

SaidKind = Literal["checked_reply", "live_line"]
Sent = Literal["corrected", "as_written"]


class SaidEntry(BaseModel):
    id: str = Field(default_factory=lambda: "c" + secrets.token_hex(4))
    thread: str
    kind: SaidKind
    at: float
    by: str | None = None
    text: str
    """As the agent wrote it (masked)."""
    corrected: str | None = None
    flags: list[str] = Field(default_factory=list)
    """The kinds the check flagged, in order."""
    sent: Sent | None = None
    """For a live line, "as_written" once the agent confirmed they said it."""
    sent_at: float | None = None
    customer: str | None = None
    """For a live line: the customer's words it answered (masked)."""
    move: str | None = None
    """For a live line: the customer's move it answered (graph/live/moves.py)."""

    @property
    def said(self) -> str | None:
        """The words that reached the customer, once they did."""
        if self.kind == "live_line":
            return self.text if self.sent else None
        if self.sent == "corrected":
            return self.corrected
        return self.text if self.sent == "as_written" else None


class SaidLog:
    def __init__(self, redis: Redis, prefix: str = "coach:{said}:") -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, thread: str) -> str:
        return f"{self.prefix}{thread}"

    async def add(self, entry: SaidEntry) -> SaidEntry:
        await self.redis.hset(self._key(entry.thread), entry.id, entry.model_dump_json())
        return entry

    async def get(self, thread: str, entry_id: str) -> SaidEntry | None:
        raw = await self.redis.hget(self._key(thread), entry_id)
        return SaidEntry.model_validate_json(raw) if raw else None

    async def for_thread(self, thread: str) -> list[SaidEntry]:
        raw = await self.redis.hvals(self._key(thread))
        return sorted((SaidEntry.model_validate_json(r) for r in raw), key=lambda e: e.at)

    async def mark_sent(
        self, thread: str, entry_id: str, sent: Sent, now: float | None = None
    ) -> tuple[SaidEntry | None, bool]:
        """Record which version went out; (entry, True) the first time only, so a second
        press of the button adds no promises twice."""
        key = self._key(thread)
        for _ in range(20):
            async with self.redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(key)
                    raw = await pipe.hget(key, entry_id)
                    if raw is None:
                        return None, False
                    entry = SaidEntry.model_validate_json(raw)
                    if entry.sent is not None:
                        return entry, False
                    entry = entry.model_copy(
                        update={"sent": sent, "sent_at": time.time() if now is None else now}
                    )
                    await _write(pipe, key, entry)
                    return entry, True
                except WatchError:
                    continue
        raise WatchError(f"{key} kept changing")

    async def last_live(self, thread: str) -> SaidEntry | None:
        """The live line suggested most recently on the case, said or not."""
        lines = [e for e in await self.for_thread(thread) if e.kind == "live_line"]
        return lines[-1] if lines else None

    async def remove_thread(self, thread: str) -> int:
        """Forget what was said on the case (retention); returns how many entries went."""
        count = int(await self.redis.hlen(self._key(thread)))
        await self.redis.delete(self._key(thread))
        return count


async def _write(pipe: Pipeline, key: str, entry: SaidEntry) -> None:
    pipe.multi()
    pipe.hset(key, entry.id, entry.model_dump_json())
    await pipe.execute()


def what_was_said(entries: list[SaidEntry]) -> list[str]:
    """One line per thing that reached the customer, oldest first, for the plan's record
    and the resolution log; suggestions never said and checks never sent are left out."""
    out = []
    for entry in entries:
        if entry.said is None:
            continue
        how = "live line" if entry.kind == "live_line" else "checked reply"
        answer = f" (to: “{entry.customer}”)" if entry.customer else ""
        out.append(f"{how}{answer}: {entry.said}")
    return out
