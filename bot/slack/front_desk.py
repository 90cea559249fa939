"""Slack's side of the bot on its own thread and event loop.

Fifty threads drafting at once keep the work loop busy for seconds (graph steps,
checkpoints, posts). If the HTTP server shared that loop, every ack would queue behind
them and Slack would retry what it thinks was missed. The front desk only verifies,
acks and hands off (handoff.py); the work loop never runs a request. The GIL is still
shared, which is why `coach slack` shortens the switch interval (server.py).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TypeVar

Served = TypeVar("Served")


@asynccontextmanager
async def front_desk(
    serve: Callable[[], AbstractAsyncContextManager[Served]],
) -> AsyncIterator[Served]:
    """Enters `serve()` on a thread and loop of its own and yields what it gave (a bound
    port, a connected socket); leaving closes it there, then ends the thread."""
    loop = asyncio.new_event_loop()
    opened: concurrent.futures.Future[Served] = concurrent.futures.Future()
    closed: concurrent.futures.Future[None] = concurrent.futures.Future()
    stop = asyncio.Event()

    async def desk() -> None:
        async with serve() as served:
            opened.set_result(served)
            await stop.wait()

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(desk())
            closed.set_result(None)
        except BaseException as exc:  # a port in use, a refused token: the caller raises it
            (closed if opened.done() else opened).set_exception(exc)
        finally:
            leftover = asyncio.all_tasks(loop)  # listeners that were acking at shutdown
            for task in leftover:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    thread = threading.Thread(target=run, name="slack-front-desk", daemon=True)
    thread.start()
    try:
        served = await asyncio.wrap_future(opened)
    except BaseException:
        await asyncio.to_thread(thread.join, 10)
        raise
    try:
        yield served
    finally:
        loop.call_soon_threadsafe(stop.set)
        try:
            await asyncio.wrap_future(closed)
        finally:
            await asyncio.to_thread(thread.join, 10)
