"""Running the app under uvicorn."""

from __future__ import annotations

import logging.config

import uvicorn

from aiproxy.app import create_app
from aiproxy.observability.logging import logging_config
from aiproxy.settings import Settings


def run(settings: Settings, host: str, port: int) -> None:
    config = logging_config("INFO")  # JSON lines for aiproxy and uvicorn alike
    logging.config.dictConfig(config)  # before create_app, so its start-up lines are JSON too
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level="info",
        log_config=config,
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=10,
    )
