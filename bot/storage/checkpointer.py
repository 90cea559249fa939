"""LangGraph checkpointer on plain Redis commands (strings, hashes, sets, sorted sets).

Why not `langgraph-checkpoint-redis`: it needs RedisJSON and RediSearch (Redis 8 /
Redis Stack), which distro packages, Valkey and most managed services lack. This
saver uses only core commands plus MULTI/EXEC and WATCH, so it runs on Redis OSS
6+, Valkey and managed Redis alike, and on the embedded server.

Layout, for prefix P, thread T and checkpoint namespace N (T, N and checkpoint ids
are percent-escaped so a ':' inside them cannot collide with the separators, and
T's braces too, so it can be a Redis Cluster hash tag):

    P threads               ZSET  T -> last write (epoch ms)       thread listing
    P {T}:ns                SET   namespaces used by the thread
    P {T}:n:N:ids           ZSET  checkpoint ids, all score 0      lexical = time order
    P {T}:n:N:cp            HASH  id -> checkpoint (no channel values) + parent id
    P {T}:n:N:md            HASH  id -> metadata                   filtered client-side
    P {T}:n:N:bl            HASH  channel:version -> value         shared across checkpoints
    P {T}:n:N:w:ID          HASH  task_id:idx -> pending write

Every key of a thread carries the thread as its hash tag, so they share one
Cluster slot and each MULTI/WATCH below stays within it; the global `threads`
index is written in its own command, never inside a thread's transaction (a
crash in between leaves an index entry without a thread, which listing skips and
clears). Threads written by the layout before hash tags are moved by
`migrate_untagged_threads`.

Channel values are stored once per (channel, version), like LangGraph's own
Postgres and in-memory savers, so a checkpoint that changes one channel does not
rewrite the whole conversation. Metadata sits apart from the checkpoint body so
`alist(filter=...)` can reject checkpoints without loading their values.

Values go through the saver's `serde` (JsonPlusSerializer unless one is passed,
e.g. an EncryptedSerializer), so nothing here depends on the shape of the state.
The saver is async-only: the bot runs graphs with `ainvoke`/`astream`.
"""

from __future__ import annotations

import json
import random
import time
import zlib
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, NoReturn
from urllib.parse import unquote

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    WRITES_IDX_MAP,
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    PendingWrite,
    SerializerProtocol,
    get_checkpoint_id,
    get_serializable_checkpoint_metadata,
    writes_sort_key,
)
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import ResponseError, WatchError

from bot.storage.hash_tags import hash_tag

DEFAULT_PREFIX = "coach:cp:"

_TYPE_SEP = b"|"  # serde type names ("msgpack", "json", "null", ...) never contain it
_HEADER_SEP = b"\n"  # json.dumps output (ensure_ascii) never contains a raw newline
_LIST_BATCH = 100
_WATCH_RETRIES = 20
_COMPRESSED = "z."
"""Marks a zlib-compressed value; no serde type name starts with it."""
_COMPRESS_FROM = 512
"""Bytes from which a value is worth compressing: plan text and section histories
shrink three- to fivefold, and small values would only pay zlib's header."""


def _esc(part: str) -> str:
    """Percent-escape so key segments and hash fields stay unambiguous."""
    return part.replace("%", "%25").replace(":", "%3A")


def _unesc(part: str) -> str:
    """Undo `_esc` (and the brace escapes of `hash_tag`): every '%' in a segment is an escape."""
    return unquote(part)


def _pack(typed: tuple[str, bytes]) -> bytes:
    type_, data = typed
    data = bytes(data)
    if len(data) >= _COMPRESS_FROM:
        packed = zlib.compress(data)
        if len(packed) < len(data):
            type_, data = _COMPRESSED + type_, packed
    return type_.encode() + _TYPE_SEP + data


def _unpack(raw: bytes) -> tuple[str, bytes]:
    type_, _, data = raw.partition(_TYPE_SEP)
    name = type_.decode()
    if name.startswith(_COMPRESSED):
        return name.removeprefix(_COMPRESSED), zlib.decompress(data)
    return name, data


def _with_header(header: Any, typed: tuple[str, bytes]) -> bytes:
    return json.dumps(header).encode() + _HEADER_SEP + _pack(typed)


def _split_header(raw: bytes) -> tuple[Any, tuple[str, bytes]]:
    head, _, rest = raw.partition(_HEADER_SEP)
    return json.loads(head), _unpack(rest)


@dataclass(frozen=True)
class ThreadSummary:
    """What `coach threads` shows per conversation, without loading its state."""

    thread_id: str
    updated_at: float
    """Epoch seconds of the thread's last checkpoint write."""
    checkpoint_id: str | None
    """Latest checkpoint in the root namespace (None if only subgraphs wrote)."""
    metadata: CheckpointMetadata


class _Keys:
    """Builds every key the saver touches, so the layout lives in one place."""

    def __init__(self, prefix: str) -> None:
        if "{" in prefix or "}" in prefix:
            raise ValueError("the key prefix must not contain braces: the thread is the hash tag")
        self.prefix = prefix

    def threads(self) -> str:
        return f"{self.prefix}threads"

    def namespaces(self, thread_id: str) -> str:
        return f"{self.prefix}{hash_tag(thread_id)}:ns"

    def _ns(self, thread_id: str, ns: str) -> str:
        return f"{self.prefix}{hash_tag(thread_id)}:n:{_esc(ns)}"

    def ids(self, thread_id: str, ns: str) -> str:
        return f"{self._ns(thread_id, ns)}:ids"

    def checkpoints(self, thread_id: str, ns: str) -> str:
        return f"{self._ns(thread_id, ns)}:cp"

    def metadata(self, thread_id: str, ns: str) -> str:
        return f"{self._ns(thread_id, ns)}:md"

    def blobs(self, thread_id: str, ns: str) -> str:
        return f"{self._ns(thread_id, ns)}:bl"

    def writes(self, thread_id: str, ns: str, checkpoint_id: str) -> str:
        return f"{self._ns(thread_id, ns)}:w:{_esc(checkpoint_id)}"

    def per_namespace(self, thread_id: str, ns: str) -> list[str]:
        """Keys shared by all checkpoints of one namespace (not the writes keys)."""
        return [
            self.ids(thread_id, ns),
            self.checkpoints(thread_id, ns),
            self.metadata(thread_id, ns),
            self.blobs(thread_id, ns),
        ]

    def thread_keys(self, thread_id: str, ids: dict[str, list[str]]) -> list[str]:
        """Every key of a thread, given its checkpoint ids per namespace."""
        keys = [self.namespaces(thread_id)]
        for ns, checkpoint_ids in ids.items():
            keys += self.per_namespace(thread_id, ns)
            keys += [self.writes(thread_id, ns, cid) for cid in checkpoint_ids]
        return keys

    @staticmethod
    def blob_field(channel: str, version: str | int | float) -> str:
        return f"{_esc(channel)}:{_esc(str(version))}"

    def untagged_pattern(self) -> str:
        """Keys of the layout before hash tags: `P t:T:...`."""
        return f"{self.prefix}t:*"

    def tagged_name(self, untagged: str) -> str | None:
        """Where a key of the untagged layout lives now, or None if it is not one."""
        rest = untagged.removeprefix(f"{self.prefix}t:")
        if rest == untagged or ":" not in rest:
            return None
        thread, _, tail = rest.partition(":")
        return f"{self.prefix}{hash_tag(_unesc(thread))}:{tail}"


def _decode(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


def _config(thread_id: str, ns: str, checkpoint_id: str) -> RunnableConfig:
    return {
        "configurable": {
            "thread_id": thread_id,
            "checkpoint_ns": ns,
            "checkpoint_id": checkpoint_id,
        }
    }


class RedisCheckpointSaver(BaseCheckpointSaver[str]):
    """Async LangGraph checkpointer for any Redis 6+ compatible server.

    Pass a `redis.asyncio.Redis` created with `decode_responses=False` (values are
    binary), or use `RedisCheckpointSaver.from_url(url)`. Several workers may share
    one Redis; run at most one turn per thread at a time (see `ThreadLock`).
    Connection failures surface as `redis.exceptions.ConnectionError`.
    """

    stale_index_seconds = 10.0
    """An index entry whose thread has no keys is cleared only once it is this old, so
    a thread whose first checkpoint is being written (index first) is not unlisted."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str = DEFAULT_PREFIX,
        serde: SerializerProtocol | None = None,
    ) -> None:
        super().__init__(serde=serde)
        if client.connection_pool.connection_kwargs.get("decode_responses"):
            raise ValueError("RedisCheckpointSaver needs a client with decode_responses=False")
        self.client = client
        self.keys = _Keys(prefix)

    @classmethod
    @asynccontextmanager
    async def from_url(
        cls,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        serde: SerializerProtocol | None = None,
    ) -> AsyncIterator[RedisCheckpointSaver]:
        """A saver with its own connection pool, closed on exit."""
        client = Redis.from_url(url)
        try:
            yield cls(client, prefix=prefix, serde=serde)
        finally:
            await client.aclose()

    # -- writing ----------------------------------------------------------------

    async def aput(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        """Store a checkpoint and the channel values whose version changed, atomically."""
        conf = config["configurable"]
        thread_id = str(conf["thread_id"])
        ns = conf.get("checkpoint_ns", "")
        parent_id = conf.get("checkpoint_id")
        checkpoint_id = checkpoint["id"]

        body = dict(checkpoint)
        values: dict[str, Any] = body.pop("channel_values", {})
        blobs = {
            self.keys.blob_field(channel, version): _pack(
                self.serde.dumps_typed(values[channel]) if channel in values else ("empty", b"")
            )
            for channel, version in new_versions.items()
        }
        record = _with_header({"parent": parent_id}, self.serde.dumps_typed(body))
        meta = _pack(self.serde.dumps_typed(get_serializable_checkpoint_metadata(config, metadata)))

        await self._index(thread_id)
        async with self.client.pipeline(transaction=True) as pipe:
            if blobs:
                pipe.hset(self.keys.blobs(thread_id, ns), mapping=blobs)
            pipe.hset(self.keys.checkpoints(thread_id, ns), checkpoint_id, record)
            pipe.hset(self.keys.metadata(thread_id, ns), checkpoint_id, meta)
            pipe.zadd(self.keys.ids(thread_id, ns), {checkpoint_id: 0})
            pipe.sadd(self.keys.namespaces(thread_id), ns)
            # A thread given a TTL by `aset_thread_ttl` that is written to again is
            # live again: its shared keys must not expire under the new checkpoint.
            for key in [self.keys.namespaces(thread_id), *self.keys.per_namespace(thread_id, ns)]:
                pipe.persist(key)
            await pipe.execute()
        return _config(thread_id, ns, checkpoint_id)

    async def _index(self, thread_id: str) -> None:
        """List the thread before writing it: an entry without a thread is harmless."""
        await self.client.zadd(self.keys.threads(), {thread_id: int(time.time() * 1000)})

    async def aput_writes(
        self,
        config: RunnableConfig,
        writes: Sequence[tuple[str, Any]],
        task_id: str,
        task_path: str = "",
    ) -> None:
        """Store a task's pending writes; replays of the same (task, idx) are ignored.

        Special channels (errors, interrupts, resumes) map to fixed negative indices
        and overwrite, matching LangGraph's own savers.
        """
        if not writes:
            return
        conf = config["configurable"]
        key = self.keys.writes(
            str(conf["thread_id"]), conf.get("checkpoint_ns", ""), conf["checkpoint_id"]
        )
        async with self.client.pipeline(transaction=True) as pipe:
            for position, (channel, value) in enumerate(writes):
                idx = WRITES_IDX_MAP.get(channel, position)
                field = f"{task_id}:{idx}"
                record = _with_header(
                    [task_id, channel, task_path, idx], self.serde.dumps_typed(value)
                )
                if idx >= 0:
                    pipe.hsetnx(key, field, record)
                else:
                    pipe.hset(key, field, record)
            await pipe.execute()

    # -- reading ----------------------------------------------------------------

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        """The checkpoint named by `checkpoint_id`, or the thread's latest one."""
        conf = config["configurable"]
        thread_id = str(conf["thread_id"])
        ns = conf.get("checkpoint_ns", "")
        checkpoint_id = get_checkpoint_id(config)
        if not checkpoint_id:
            latest = await self.client.zrevrange(self.keys.ids(thread_id, ns), 0, 0)
            if not latest:
                return None
            checkpoint_id = _decode(latest[0])
        loaded = await self._load(thread_id, [(ns, checkpoint_id)])
        return loaded[0] if loaded else None

    async def alist(
        self,
        config: RunnableConfig | None,
        *,
        filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        """Checkpoints newest first, optionally filtered by exact metadata values.

        With no `checkpoint_ns` in `config`, every namespace of the thread is listed;
        with no `config`, every thread is.
        """
        if limit is not None and limit <= 0:
            return
        remaining = limit
        conf = config["configurable"] if config else {}
        ns_filter: str | None = conf.get("checkpoint_ns")
        id_filter = get_checkpoint_id(config) if config else None
        before_id = get_checkpoint_id(before) if before else None
        if "thread_id" in conf:
            thread_ids = [str(conf["thread_id"])]
        else:
            thread_ids = [
                _decode(t) for t in await self.client.zrevrange(self.keys.threads(), 0, -1)
            ]

        for thread_id in thread_ids:
            candidates = await self._candidate_ids(thread_id, ns_filter, before_id, id_filter)
            for start in range(0, len(candidates), _LIST_BATCH):
                batch = candidates[start : start + _LIST_BATCH]
                if filter:
                    batch = await self._matching(thread_id, batch, filter)
                for tup in await self._load(thread_id, batch):
                    yield tup
                    if remaining is not None:
                        remaining -= 1
                        if remaining <= 0:
                            return

    async def _candidate_ids(
        self,
        thread_id: str,
        ns_filter: str | None,
        before_id: str | None,
        id_filter: str | None,
    ) -> list[tuple[str, str]]:
        """(namespace, checkpoint id) pairs of a thread, newest first."""
        if ns_filter is not None:
            namespaces = [ns_filter]
        else:
            members = await self.client.smembers(self.keys.namespaces(thread_id))
            namespaces = sorted(_decode(m) for m in members)
        upper = f"({before_id}" if before_id else "+"
        async with self.client.pipeline(transaction=False) as pipe:
            for ns in namespaces:
                pipe.zrevrangebylex(self.keys.ids(thread_id, ns), upper, "-")
            results = await pipe.execute()
        pairs = [
            (ns, _decode(raw))
            for ns, ids in zip(namespaces, results, strict=True)
            for raw in ids
            if id_filter is None or _decode(raw) == id_filter
        ]
        pairs.sort(key=lambda pair: pair[1], reverse=True)
        return pairs

    async def _matching(
        self, thread_id: str, pairs: list[tuple[str, str]], filter: dict[str, Any]
    ) -> list[tuple[str, str]]:
        async with self.client.pipeline(transaction=False) as pipe:
            for ns, checkpoint_id in pairs:
                pipe.hget(self.keys.metadata(thread_id, ns), checkpoint_id)
            raws = await pipe.execute()
        kept = []
        for pair, raw in zip(pairs, raws, strict=True):
            if raw is None:
                continue
            metadata = self.serde.loads_typed(_unpack(raw))
            if all(metadata.get(key) == value for key, value in filter.items()):
                kept.append(pair)
        return kept

    async def _load(self, thread_id: str, pairs: list[tuple[str, str]]) -> list[CheckpointTuple]:
        """Fetch full tuples in two round trips: records and writes, then channel values."""
        if not pairs:
            return []
        async with self.client.pipeline(transaction=True) as pipe:
            for ns, checkpoint_id in pairs:
                pipe.hget(self.keys.checkpoints(thread_id, ns), checkpoint_id)
                pipe.hget(self.keys.metadata(thread_id, ns), checkpoint_id)
                pipe.hgetall(self.keys.writes(thread_id, ns, checkpoint_id))
            raw = await pipe.execute()

        found: list[tuple[str, str, Checkpoint, str | None, bytes, dict[bytes, bytes]]] = []
        for i, (ns, checkpoint_id) in enumerate(pairs):
            record, meta, writes = raw[3 * i], raw[3 * i + 1], raw[3 * i + 2]
            if record is None or meta is None:
                continue  # deleted between listing and loading
            header, typed = _split_header(record)
            checkpoint: Checkpoint = self.serde.loads_typed(typed)
            found.append((ns, checkpoint_id, checkpoint, header["parent"], meta, writes))
        if not found:
            return []

        fields_per_item = [
            [
                self.keys.blob_field(channel, version)
                for channel, version in item[2]["channel_versions"].items()
            ]
            for item in found
        ]
        async with self.client.pipeline(transaction=False) as pipe:
            for item, fields in zip(found, fields_per_item, strict=True):
                if fields:
                    pipe.hmget(self.keys.blobs(thread_id, item[0]), fields)
            blob_results = iter(await pipe.execute())

        tuples = []
        for (ns, checkpoint_id, checkpoint, parent_id, meta, writes), fields in zip(
            found, fields_per_item, strict=True
        ):
            values: dict[str, Any] = {}
            if fields:
                channels = list(checkpoint["channel_versions"])
                for channel, blob in zip(channels, next(blob_results), strict=True):
                    if blob is None:
                        continue
                    typed = _unpack(blob)
                    if typed[0] != "empty":
                        values[channel] = self.serde.loads_typed(typed)
            tuples.append(
                CheckpointTuple(
                    config=_config(thread_id, ns, checkpoint_id),
                    checkpoint={**checkpoint, "channel_values": values},
                    metadata=self.serde.loads_typed(_unpack(meta)),
                    parent_config=_config(thread_id, ns, parent_id) if parent_id else None,
                    pending_writes=self._decode_writes(writes),
                )
            )
        return tuples

    def _decode_writes(self, raw: dict[bytes, bytes]) -> list[PendingWrite]:
        """Writes in `writes_sort_key` order, the order LangGraph applies them in."""
        decoded = []
        for record in raw.values():
            (task_id, channel, task_path, idx), typed = _split_header(record)
            decoded.append((writes_sort_key(task_path, task_id, idx), task_id, channel, typed))
        decoded.sort(key=lambda item: item[0])
        return [
            (task_id, channel, self.serde.loads_typed(typed))
            for _, task_id, channel, typed in decoded
        ]

    # -- thread maintenance -------------------------------------------------------

    async def _watch_thread_keys(self, pipe: Pipeline, thread_id: str) -> dict[str, list[str]]:
        """WATCH a thread's index keys and return its checkpoint ids per namespace.

        Watching the namespace set and every id index makes the following MULTI
        fail (and the caller retry) if a checkpoint is added meanwhile.
        """
        ns_key = self.keys.namespaces(thread_id)
        await pipe.watch(ns_key)
        namespaces = sorted(_decode(m) for m in await pipe.smembers(ns_key))
        ids: dict[str, list[str]] = {}
        for ns in namespaces:
            ids_key = self.keys.ids(thread_id, ns)
            await pipe.watch(ids_key)
            ids[ns] = [_decode(raw) for raw in await pipe.zrange(ids_key, 0, -1)]
        return ids

    async def aupdated_at(self, thread_id: str) -> float | None:
        """Epoch seconds of the thread's last write; None once it has no keys (deleted or
        expired), 0.0 for a thread with keys that the index lost."""
        thread_id = str(thread_id)
        if not await self.client.exists(self.keys.namespaces(thread_id)):
            return None
        score = await self.client.zscore(self.keys.threads(), thread_id)
        return (score or 0.0) / 1000

    async def adelete_thread(self, thread_id: str) -> None:
        """Remove every checkpoint, write and value of the thread, in all namespaces.

        Unlisted first: a checkpoint written meanwhile re-lists the thread before
        it writes, so the thread is never left unlisted with keys.
        """
        thread_id = str(thread_id)
        await self.client.zrem(self.keys.threads(), thread_id)
        for _ in range(_WATCH_RETRIES):
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    ids = await self._watch_thread_keys(pipe, thread_id)
                    pipe.multi()
                    pipe.unlink(*self.keys.thread_keys(thread_id, ids))
                    await pipe.execute()
                    return
                except WatchError:
                    continue
        raise WatchError(f"thread {thread_id!r} kept changing while being deleted")

    async def aset_thread_ttl(self, thread_id: str, seconds: int | None) -> bool:
        """Let a finished thread expire after `seconds` (None removes the expiry).

        Every key of the thread gets the same deadline, so it disappears whole. A
        later `aput` on the thread makes its shared keys permanent again; writes of
        checkpoints older than that keep their deadline (they are history only).
        Returns False if the thread does not exist.
        """
        thread_id = str(thread_id)
        for _ in range(_WATCH_RETRIES):
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    ids = await self._watch_thread_keys(pipe, thread_id)
                    if not ids:
                        return False
                    pipe.multi()
                    for key in self.keys.thread_keys(thread_id, ids):
                        if seconds is None:
                            pipe.persist(key)
                        else:
                            pipe.expire(key, seconds)
                    await pipe.execute()
                    return True
                except WatchError:
                    continue
        raise WatchError(f"thread {thread_id!r} kept changing while setting its TTL")

    async def acopy_thread(self, source_thread_id: str, target_thread_id: str) -> None:
        """Copy every checkpoint, write and value of a thread (all namespaces).

        Checkpoint ids are kept, so parent links and ordering carry over. Copying
        into an existing thread merges into it. The two threads live in different
        Cluster slots, so this is two transactions: a consistent read of the source
        (its WATCH must hold until an EXEC on its slot), then one write of the target.
        """
        src, dst = str(source_thread_id), str(target_thread_id)
        for _ in range(_WATCH_RETRIES):
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    ids = await self._watch_thread_keys(pipe, src)
                    if not ids:
                        return
                    snapshot = await self._read_thread(pipe, src, ids)
                    pipe.multi()
                    pipe.exists(self.keys.namespaces(src))
                    await pipe.execute()
                    break
                except WatchError:
                    continue
        else:
            raise WatchError(f"thread {src!r} kept changing while being copied")
        await self._index(dst)
        async with self.client.pipeline(transaction=True) as pipe:
            self._write_thread(pipe, dst, ids, snapshot)
            await pipe.execute()

    async def _read_thread(
        self, pipe: Pipeline, thread_id: str, ids: dict[str, list[str]]
    ) -> dict[str, dict[bytes, bytes]]:
        """Contents of every hash of a thread, keyed by the key's suffix."""
        snapshot: dict[str, dict[bytes, bytes]] = {}
        for ns, checkpoint_ids in ids.items():
            snapshot[f"cp|{ns}"] = await pipe.hgetall(self.keys.checkpoints(thread_id, ns))
            snapshot[f"md|{ns}"] = await pipe.hgetall(self.keys.metadata(thread_id, ns))
            snapshot[f"bl|{ns}"] = await pipe.hgetall(self.keys.blobs(thread_id, ns))
            for cid in checkpoint_ids:
                snapshot[f"w|{ns}|{cid}"] = await pipe.hgetall(self.keys.writes(thread_id, ns, cid))
        return snapshot

    def _write_thread(
        self,
        pipe: Pipeline,
        thread_id: str,
        ids: dict[str, list[str]],
        snapshot: dict[str, dict[bytes, bytes]],
    ) -> None:
        for ns, checkpoint_ids in ids.items():
            targets = {
                "cp": self.keys.checkpoints(thread_id, ns),
                "md": self.keys.metadata(thread_id, ns),
                "bl": self.keys.blobs(thread_id, ns),
            }
            for kind, key in targets.items():
                if contents := snapshot[f"{kind}|{ns}"]:
                    pipe.hset(key, mapping=contents)
            for cid in checkpoint_ids:
                if writes := snapshot[f"w|{ns}|{cid}"]:
                    pipe.hset(self.keys.writes(thread_id, ns, cid), mapping=writes)
            if checkpoint_ids:
                pipe.zadd(self.keys.ids(thread_id, ns), dict.fromkeys(checkpoint_ids, 0))
            pipe.sadd(self.keys.namespaces(thread_id), ns)

    async def aprune(self, thread_ids: Sequence[str], *, strategy: str = "keep_latest") -> None:
        """`keep_latest` keeps each namespace's newest checkpoint; `delete` drops all.

        `keep_latest` drops the older checkpoints, their writes and every value the
        kept checkpoint no longer references. Do not use it on graphs with
        LangGraph's (beta) DeltaChannel, whose state is rebuilt from older writes.
        """
        if strategy not in {"keep_latest", "delete"}:
            raise ValueError(f"unknown prune strategy {strategy!r}")
        for thread_id in thread_ids:
            if strategy == "delete":
                await self.adelete_thread(thread_id)
            else:
                await self._keep_latest(str(thread_id))

    async def _keep_latest(self, thread_id: str) -> None:
        for _ in range(_WATCH_RETRIES):
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    ids = await self._watch_thread_keys(pipe, thread_id)
                    plan = [await self._prune_plan(pipe, thread_id, ns, c) for ns, c in ids.items()]
                    pipe.multi()
                    for ns, dropped, stale_blobs in plan:
                        if dropped:
                            pipe.zrem(self.keys.ids(thread_id, ns), *dropped)
                            pipe.hdel(self.keys.checkpoints(thread_id, ns), *dropped)
                            pipe.hdel(self.keys.metadata(thread_id, ns), *dropped)
                            pipe.unlink(*[self.keys.writes(thread_id, ns, c) for c in dropped])
                        if stale_blobs:
                            pipe.hdel(self.keys.blobs(thread_id, ns), *stale_blobs)
                    await pipe.execute()
                    return
                except WatchError:
                    continue
        raise WatchError(f"thread {thread_id!r} kept changing while being pruned")

    async def _prune_plan(
        self, pipe: Pipeline, thread_id: str, ns: str, checkpoint_ids: list[str]
    ) -> tuple[str, list[str], list[bytes]]:
        """What to delete in one namespace: old checkpoint ids and unreferenced values."""
        if not checkpoint_ids:
            return ns, [], []
        latest = max(checkpoint_ids)
        dropped = [cid for cid in checkpoint_ids if cid != latest]
        record = await pipe.hget(self.keys.checkpoints(thread_id, ns), latest)
        keep: set[bytes] = set()
        if record is not None:
            _, typed = _split_header(record)
            versions = self.serde.loads_typed(typed)["channel_versions"]
            keep = {self.keys.blob_field(ch, v).encode() for ch, v in versions.items()}
        fields = await pipe.hkeys(self.keys.blobs(thread_id, ns))
        return ns, dropped, [f for f in fields if f not in keep]

    async def alist_threads(self, limit: int | None = None) -> list[ThreadSummary]:
        """Threads, most recently written first, with their latest root metadata.

        Threads that expired (see `aset_thread_ttl`) or were deleted are dropped
        from the index here, once their entry is older than `stale_index_seconds`.
        """
        if limit is not None and limit <= 0:
            return []
        stop = -1 if limit is None else limit - 1
        entries = await self.client.zrevrange(self.keys.threads(), 0, stop, withscores=True)
        thread_ids = [_decode(member) for member, _ in entries]
        async with self.client.pipeline(transaction=False) as pipe:
            for thread_id in thread_ids:
                pipe.exists(self.keys.namespaces(thread_id))
                pipe.zrevrange(self.keys.ids(thread_id, ""), 0, 0)
            raw = await pipe.execute()

        live: list[tuple[str, float, str | None]] = []
        stale: list[str] = []
        settled = (time.time() - self.stale_index_seconds) * 1000
        for i, (thread_id, (_, score)) in enumerate(zip(thread_ids, entries, strict=True)):
            exists, latest = raw[2 * i], raw[2 * i + 1]
            if not exists:
                if score < settled:
                    stale.append(thread_id)
                continue
            live.append((thread_id, score / 1000, _decode(latest[0]) if latest else None))
        if stale:
            await self.client.zrem(self.keys.threads(), *stale)

        async with self.client.pipeline(transaction=False) as pipe:
            for thread_id, _, checkpoint_id in live:
                if checkpoint_id is not None:
                    pipe.hget(self.keys.metadata(thread_id, ""), checkpoint_id)
            metas = iter(await pipe.execute())
        summaries = []
        for thread_id, updated_at, checkpoint_id in live:
            metadata: CheckpointMetadata = {}
            if checkpoint_id is not None and (raw_meta := next(metas)) is not None:
                metadata = self.serde.loads_typed(_unpack(raw_meta))
            summaries.append(ThreadSummary(thread_id, updated_at, checkpoint_id, metadata))
        return summaries

    async def migrate_untagged_threads(self) -> int:
        """Move threads written before keys carried a hash tag to the tagged names.

        Run once at start (see `bot.storage.layout`), on the standalone Redis the
        old layout could only have lived on. A key whose new name is taken is left
        where it is and logged, never overwritten. Returns the number of keys moved.
        """
        moved = 0
        async for raw in self.client.scan_iter(match=self.keys.untagged_pattern(), count=500):
            old = _decode(raw)
            new = self.keys.tagged_name(old)
            if new is None:
                continue
            try:
                moved += bool(await self.client.renamenx(old, new))
            except ResponseError:
                continue  # another worker moved it first
        return moved

    # -- versions -------------------------------------------------------------------

    def get_next_version(self, current: str | None, channel: None) -> str:
        """Monotonic version with a random tiebreak.

        Values are stored per (channel, version); when a thread forks from an older
        checkpoint (time travel, "back"), both branches reach version N+1 and the
        random part keeps one branch from overwriting the other's value.
        """
        if current is None:
            number = 0
        elif isinstance(current, int):
            number = current
        else:
            number = int(str(current).split(".")[0])
        return f"{number + 1:032}.{random.random():016}"

    # -- sync API: deliberately unsupported ------------------------------------------

    @staticmethod
    def _async_only() -> NoReturn:
        raise NotImplementedError(
            "RedisCheckpointSaver is async-only: use graph.ainvoke/astream or the a* methods"
        )

    def get_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        self._async_only()

    def list(
        self,
        config: RunnableConfig | None,
        *,
        filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None,
        limit: int | None = None,
    ) -> Iterator[CheckpointTuple]:
        self._async_only()

    def put(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        self._async_only()

    def put_writes(
        self,
        config: RunnableConfig,
        writes: Sequence[tuple[str, Any]],
        task_id: str,
        task_path: str = "",
    ) -> None:
        self._async_only()

    def delete_thread(self, thread_id: str) -> None:
        self._async_only()
