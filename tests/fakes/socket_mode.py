"""Slack's Socket Mode as the fake Web API serves it, for the install the manifest defaults to.

The bot asks `apps.connections.open` (with the app-level token, `xapp-…`; a bot token gets
`not_allowed_token_type`, as from Slack) for a WebSocket URL, connects, and gets `hello`.
Slack then sends each event, interaction and command as an envelope and expects the
envelope's id back within three seconds, or it sends the envelope again. `deliver` does
what Slack does with a request a test built: wraps it, sends it down the socket and waits
for the ack, which it hands back. `refresh` does what Slack does every few hours: a
`disconnect` message (reason `refresh_requested`), then the old socket closed; the app
must open a new connection itself, or it hears nothing more.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.fakes.slack_requests import SlackRequest

APP_TOKEN = "xapp-1-A0FAKE0001-1-fakeAppLevelTokenForSocketMode"
ACK_WITHIN = 3.0
"""Seconds Slack waits for an envelope's ack before it sends the envelope again."""


def envelope_type(payload: dict[str, Any]) -> str:
    if payload.get("type") == "event_callback":
        return "events_api"
    if "command" in payload:
        return "slash_commands"
    return "interactive"


class SocketModeLink:
    """The WebSocket side: tickets from `apps.connections.open`, one live socket, acks."""

    def __init__(self) -> None:
        self._tickets: set[str] = set()
        self._socket: web.WebSocketResponse | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._acks: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self.hellos = 0

    def open_connection(self, origin: str) -> dict[str, Any]:
        ticket = secrets.token_hex(8)
        self._tickets.add(ticket)
        return {"url": f"{origin.replace('http://', 'ws://')}/link/?ticket={ticket}"}

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """A ticket is good for one connection, as Slack's are."""
        ticket = request.query.get("ticket", "")
        if ticket not in self._tickets:
            return web.Response(status=401, text="invalid ticket")
        self._tickets.discard(ticket)
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        self._socket, self._loop = socket, asyncio.get_running_loop()
        self.hellos += 1
        await socket.send_json(
            {
                "type": "hello",
                "num_connections": 1,
                "connection_info": {"app_id": "A0FAKE0001"},
                "debug_info": {"host": "fake-socket-mode", "approximate_connection_time": 3600},
            }
        )
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                ack = message.json()
                if "envelope_id" in ack:
                    self._acks[ack["envelope_id"]] = {"at": time.monotonic(), **ack}
        if self._socket is socket:
            self._socket = None
        return socket

    async def refresh(self, grace: float = 0.5) -> None:
        """Ask the app to reconnect, then close the socket it had, as Slack does."""
        await self.connected()
        old, loop = self._socket, self._loop
        assert old is not None and loop is not None
        message = {"type": "disconnect", "reason": "refresh_requested",
                   "debug_info": {"host": "fake-socket-mode"}}  # fmt: skip

        async def close_later() -> None:
            await old.send_json(message)
            await asyncio.sleep(grace)
            await old.close()

        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(close_later(), loop))
        if self._socket is old:
            self._socket = None

    async def connected(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while self._socket is None:
            assert time.monotonic() < deadline, "the bot never opened its Socket Mode connection"
            await asyncio.sleep(0.02)

    async def deliver(self, request: SlackRequest) -> dict[str, Any]:
        """Send `request` as Slack's envelope and return the bot's ack of it."""
        await self.connected()
        assert self._socket is not None and self._loop is not None
        envelope_id = f"env-{next(self._ids)}"
        envelope = {
            "envelope_id": envelope_id,
            "type": envelope_type(request.payload),
            "payload": request.payload,
            "accepts_response_payload": envelope_type(request.payload) != "events_api",
            "retry_attempt": 0,
            "retry_reason": "",
        }
        sent = time.monotonic()
        await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(self._socket.send_json(envelope), self._loop)
        )
        while envelope_id not in self._acks:
            assert time.monotonic() - sent < ACK_WITHIN, f"{envelope_id} not acked in 3 s"
            await asyncio.sleep(0.005)
        return self._acks[envelope_id]
