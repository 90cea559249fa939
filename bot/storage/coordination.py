"""Cross-worker coordination in Redis: one turn per thread, one run per Slack event.

Why: with several bot workers behind one Redis (DESIGN.md, "Scale-out"), two
messages in one Slack thread can land on different workers, and Slack re-sends an
event it thinks was not acknowledged. A per-thread lock keeps a thread's turns in
order; an event-id marker makes retries no-ops.

The lock is a single Redis key with an expiry, so a crashed worker cannot hold a
thread forever, plus a fencing token (a per-thread counter, strictly increasing
across holders) that storage writes can carry to reject a holder whose lock
expired while it was paused. Acquire, release and extend are Lua scripts, so
"check then act" is atomic; only core commands are used (Redis 6+, Valkey).
"""

from __future__ import annotations

import asyncio
import logging
import random
from types import TracebackType

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.storage.hash_tags import hash_tag
from bot.storage.holders import holder_is_gone, this_process

logger = logging.getLogger(__name__)

DEFAULT_LOCK_PREFIX = "coach:lock:"
DEFAULT_EVENT_PREFIX = "coach:event:"

# KEYS[1] lock key, KEYS[2] fencing counter; ARGV[1] ttl in ms, ARGV[2] the holder.
# Takes the lock only if free, and hands out the next token in the same step, so
# no holder ever exists without a token and no failed attempt burns one. The value
# is `token@holder`, so a waiter can tell a dead holder's lease (bot/storage/holders.py).
_ACQUIRE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local token = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], token .. '@' .. ARGV[2], 'PX', ARGV[1])
return token
"""

# KEYS[1] lock (or lease) key; ARGV[1] our token. Deletes only our own, never a successor's.
RELEASE_IF_OURS = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# KEYS[1] lock key; ARGV[1] our token, ARGV[2] new ttl in ms.
_EXTEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class LockNotAcquired(TimeoutError):
    """Another worker held the thread's lock for the whole wait timeout."""

    def __init__(self, name: str, waited: float) -> None:
        super().__init__(f"lock {name!r} is busy; gave up after {waited:.1f}s")
        self.name = name
        self.waited = waited


class ThreadLock:
    """Per-thread distributed lock with expiry and a fencing token.

    Use as `async with ThreadLock(redis, thread_key) as lock:`; `lock.token` is
    the fencing token. While held, the lock is renewed every `ttl / 3` seconds
    (unless `renew=False`), so a long LLM call does not lose it, yet a worker that
    dies stops renewing and the lock frees itself after `ttl`.
    """

    def __init__(
        self,
        client: Redis,
        name: str,
        *,
        ttl: float = 60.0,
        wait_timeout: float = 30.0,
        retry_interval: float = 0.05,
        renew: bool = True,
        prefix: str = DEFAULT_LOCK_PREFIX,
    ) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.client = client
        self.name = name
        self.ttl = ttl
        self.wait_timeout = wait_timeout
        self.retry_interval = retry_interval
        self.renew = renew
        # One hash tag for both, so the acquire script's two keys share a Cluster slot;
        # the suffix after the tag keeps a lock apart from its counter.
        self.key = f"{prefix}{hash_tag(name)}:held"
        self.fence_key = f"{prefix}{hash_tag(name)}:fence"
        self.token: int | None = None
        self._lost = False
        self._renewer: asyncio.Task[None] | None = None
        self._acquire = client.register_script(_ACQUIRE)
        self._release = client.register_script(RELEASE_IF_OURS)
        self._extend = client.register_script(_EXTEND)

    @property
    def _ttl_ms(self) -> int:
        return max(1, int(self.ttl * 1000))

    @property
    def _value(self) -> str:
        return f"{self.token}@{this_process()}"

    @property
    def lost(self) -> bool:
        """True once renewal found the lock expired or taken by another holder."""
        return self._lost

    async def try_acquire(self) -> bool:
        """One attempt, no waiting."""
        if self.token is not None:
            raise RuntimeError(f"lock {self.name!r} is already held by this object")
        keys, args = [self.key, self.fence_key], [self._ttl_ms, this_process()]
        token = int(await self._acquire(keys=keys, args=args))
        if not token and await self._take_over_from_the_dead():
            token = int(await self._acquire(keys=keys, args=args))
        if not token:
            return False
        self.token = token
        self._lost = False
        if self.renew:
            self._renewer = asyncio.create_task(self._renew_loop())
        return True

    async def _take_over_from_the_dead(self) -> bool:
        """Free the lock if its holder is certainly gone (killed on this machine); the
        compare-and-delete leaves a lease that changed hands meanwhile alone."""
        value = await self.client.get(self.key)
        if isinstance(value, bytes):
            value = value.decode()
        if not value or "@" not in value or not holder_is_gone(value.split("@", 1)[1]):
            return False
        freed = bool(await self._release(keys=[self.key], args=[value]))
        if freed:
            logger.info("lock %r was held by a process that is gone; taken over", self.name)
        return freed

    async def acquire(self) -> int:
        """Wait up to `wait_timeout` for the lock; returns the fencing token."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_timeout
        delay = self.retry_interval
        while not await self.try_acquire():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise LockNotAcquired(self.name, self.wait_timeout)
            # Jitter, so waiting workers do not retry in lockstep.
            await asyncio.sleep(min(delay * random.uniform(0.5, 1.5), remaining))
            delay = min(delay * 2, 0.5)
        assert self.token is not None
        return self.token

    async def release(self) -> bool:
        """Release if still ours; False if it had expired or passed to someone else."""
        await self._stop_renewer()
        if self.token is None:
            return False
        value, token, self.token = self._value, self.token, None
        released = bool(await self._release(keys=[self.key], args=[value]))
        if not released:
            logger.warning("lock %r expired before release (token %d)", self.name, token)
        return released

    async def extend(self, ttl: float | None = None) -> bool:
        """Push the expiry out to `ttl` (default: the lock's ttl) if still ours."""
        if self.token is None:
            return False
        ms = self._ttl_ms if ttl is None else max(1, int(ttl * 1000))
        return bool(await self._extend(keys=[self.key], args=[self._value, ms]))

    async def held(self) -> bool:
        """Ask Redis whether this object still holds the lock."""
        if self.token is None:
            return False
        value = await self.client.get(self.key)
        if isinstance(value, bytes):
            value = value.decode()
        return value == self._value

    async def _renew_loop(self) -> None:
        """Checks for a pending stop itself: on Python 3.11, redis-py's send (inside
        asyncio.wait_for) drops a cancel that lands as the send completes, and a renewer
        that missed its stop would renew forever while `release` waited for it."""
        task = asyncio.current_task()
        while not (task and task.cancelling()):
            await asyncio.sleep(self.ttl / 3)
            try:
                still_ours = await self.extend()
            except RedisError as exc:
                if not (task and task.cancelling()):
                    logger.warning("could not renew lock %r: %s", self.name, exc)
                continue
            if not still_ours:
                self._lost = True
                logger.warning("lock %r was lost (expired or taken over)", self.name)
                return

    async def _stop_renewer(self) -> None:
        if self._renewer is None:
            return
        renewer, self._renewer = self._renewer, None
        renewer.cancel()
        # Not `await renewer` under suppress(CancelledError): that would also swallow a
        # cancel aimed at the caller (a shutdown, a timeout round the release).
        await asyncio.wait({renewer})
        if not renewer.cancelled():
            renewer.result()  # a failure other than Redis's is not lost

    async def __aenter__(self) -> ThreadLock:
        await self.acquire()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.release()


class EventDeduper:
    """Remembers event ids for `ttl` seconds so a re-delivered event runs once.

    Slack retries an event up to three times within minutes; a day's memory is
    ample and costs one small key per event.
    """

    def __init__(
        self, client: Redis, *, ttl: int = 86_400, prefix: str = DEFAULT_EVENT_PREFIX
    ) -> None:
        self.client = client
        self.ttl = ttl
        self.prefix = prefix

    def _key(self, event_id: str) -> str:
        return f"{self.prefix}{event_id}"

    async def first_time(self, event_id: str) -> bool:
        """True for the first caller with this id, on any worker; False afterwards."""
        return bool(await self.client.set(self._key(event_id), b"1", nx=True, ex=self.ttl))

    async def forget(self, event_id: str) -> None:
        """Let a retry of this event run again (e.g. handling failed before any effect)."""
        await self.client.delete(self._key(event_id))
