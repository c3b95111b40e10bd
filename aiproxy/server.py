"""Running the app under uvicorn."""

from __future__ import annotations

import logging

import uvicorn

from aiproxy.app import create_app
from aiproxy.settings import Settings


def run(settings: Settings, host: str, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level="info",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=10,
    )
