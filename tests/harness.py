"""The one way tests run servers: a background event loop hosting real uvicorn servers.

Every server (the proxy under test and the fake upstream) runs in one loop on a daemon thread,
so tests can drive them with the official sync or async SDKs from their own thread.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Coroutine
from typing import Any, TypeVar

import uvicorn
from starlette.types import ASGIApp

T = TypeVar("T")


class ServerLoop:
    """A private event loop on a thread; `call` runs a coroutine there and returns its result."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 120) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


class RunningServer:
    """A uvicorn server on 127.0.0.1 and a port the OS chose."""

    def __init__(self, loop: ServerLoop, app: ASGIApp) -> None:
        self._loop = loop
        self.app = app
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app,
            lifespan="on",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=5,
        )
        self.server = uvicorn.Server(config)
        self._task: asyncio.Task[None] | None = None

    def start(self, timeout: float = 120) -> RunningServer:
        self._loop.call(self._start(timeout), timeout + 5)
        return self

    async def _start(self, limit: float) -> None:
        self._task = asyncio.get_running_loop().create_task(self.server.serve([self._sock]))
        deadline = asyncio.get_running_loop().time() + limit
        while not self.server.started:
            if self._task.done():
                self._task.result()  # raises the start-up failure
                raise RuntimeError("server exited during start-up")
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("server did not start")
            await asyncio.sleep(0.005)

    def stop(self) -> None:
        self._loop.call(self._stop())

    async def _stop(self) -> None:
        self.server.should_exit = True
        if self._task is not None:
            await self._task

    def run(self, coro: Awaitable[T]) -> T:
        async def wrap() -> T:
            return await coro

        return self._loop.call(wrap())
