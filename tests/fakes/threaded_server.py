"""An aiohttp application served from its own thread and event loop.

Both fakes need this: a test may call them from synchronous clients and from an
async client on the test's own loop at once, and neither may deadlock the other.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from types import TracebackType
from typing import Any, Self

from aiohttp import web


class ThreadedServer:
    """Subclasses build the application; this binds a free port and runs it until stopped."""

    thread_name = "fake-server"

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    def _application(self) -> tuple[web.Application, dict[str, Any]]:
        """The app and the keyword arguments for its `AppRunner`."""
        raise NotImplementedError

    @property
    def origin(self) -> str:
        return f"http://{self._host}:{self._port}"

    def start(self) -> Self:
        """Bind a free port and serve until `stop()`; returns self for chaining."""
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, 0))
        self._port = sock.getsockname()[1]
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()
        self._loop = loop

        async def serve() -> None:
            app, options = self._application()
            self._runner = web.AppRunner(app, access_log=None, **options)
            await self._runner.setup()
            await web.SockSite(self._runner, sock).start()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(serve())
            except BaseException as exc:  # surfaced to the starting thread
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()

        self._thread = threading.Thread(target=run, name=self.thread_name, daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            sock.close()
            self._thread.join(5)
            loop.close()
            self._loop = self._thread = None
            raise RuntimeError(f"{self.thread_name} failed to start") from failure[0]
        return self

    def stop(self) -> None:
        """Shut the server down and join its thread; safe to call twice."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        self._loop = self._thread = self._runner = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
