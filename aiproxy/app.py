"""The application factory: routes, error handling, and a lifespan that builds every service."""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response

from aiproxy.admin.setup import access_control
from aiproxy.api import admin as admin_api
from aiproxy.api import annex, ops, privacy, proxy, review, subjects
from aiproxy.api.errors import Shape, error_response
from aiproxy.api.request_id import RequestIdMiddleware, request_id_of
from aiproxy.auth.cache import AccessCaches
from aiproxy.auth.keys import KeyStore
from aiproxy.auth.roles import RoleStore
from aiproxy.errors import AIProxyError, BadRequest, NotFound, PolicyError
from aiproxy.keyring import Keyring, load_master_key
from aiproxy.observability.install import install as install_observability
from aiproxy.pipeline import Pipeline
from aiproxy.policy.loader import load_policy
from aiproxy.privacy.engine import DetectionService
from aiproxy.privacy.findings import Analyzer
from aiproxy.privacy.tokens import TokenCounter
from aiproxy.providers.registry import build_adapters, close_adapters
from aiproxy.records.crypto import verify_master_key
from aiproxy.records.setup import prompt_logging
from aiproxy.services import PolicyRuntime, Services
from aiproxy.settings import Settings
from aiproxy.store.database import Database

log = logging.getLogger("aiproxy")


def _shape(request: Request) -> Shape:
    return "anthropic" if request.url.path.startswith("/v1/messages") else "openai"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        error: AIProxyError = NotFound(f"no such endpoint: {request.method} {request.url.path}")
    elif exc.status_code == 405:
        error = BadRequest(f"method {request.method} is not allowed on {request.url.path}")
    else:
        error = AIProxyError(exc.detail)
    return error_response(error, _shape(request), None)


async def _unexpected(request: Request, exc: Exception) -> Response:
    """Last resort: log where it failed (type and frames only, never messages that might hold
    content) and answer with a generic error."""
    frames = "; ".join(f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__))
    request_id = request_id_of(request)
    fields = {"request_id": request_id}
    log.error("unhandled %s at %s", type(exc).__name__, frames, extra={"fields": fields})
    return error_response(AIProxyError("internal error"), _shape(request), request_id)


def create_app(settings: Settings, *, analyzer: Analyzer | None = None) -> Starlette:
    """Build the app. `analyzer` lets a caller share one warmed detection engine across apps
    (tests, several workers); otherwise the lifespan builds and owns one.

    The policy and master key are checked here, before any server starts, so a broken
    configuration stops start-up with its exact problems (PolicyError, MasterKeyError).
    """
    if settings.policy is None:
        raise PolicyError(["no policy: pass --policy PATH or set AIPROXY_POLICY"])
    loaded = load_policy(settings.policy)
    keyring = Keyring(
        load_master_key(
            settings.master_key.get_secret_value() if settings.master_key else None,
            settings.data_dir,
        )
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            database = await Database.connect(settings.resolved_database_url())
            stack.push_async_callback(database.close)
            await verify_master_key(database, keyring)
            adapters = build_adapters(loaded.policy)
            stack.push_async_callback(close_adapters, adapters)
            engine = analyzer
            if engine is None:
                owned = DetectionService(
                    spacy_model=settings.spacy_model,
                    workers=settings.resolved_detection_workers(),
                    timeout=settings.detection_timeout_seconds,
                )
                await owned.start()
                stack.push_async_callback(owned.close)
                engine = owned
            services = Services(
                settings=settings,
                runtime=PolicyRuntime(loaded, adapters),
                database=database,
                keys=KeyStore(database),
                roles=RoleStore(database),
                tokens=TokenCounter(allow_download=settings.tokenizer_download),
                analyzer=engine,
                keyring=keyring,
                access=AccessCaches(settings.access_cache_seconds),
                ready=True,
            )
            install_observability(services)
            stack.callback(services.metrics.close)
            app.state.admin = await stack.enter_async_context(access_control(services))
            await stack.enter_async_context(prompt_logging(services))
            stack.push_async_callback(services.background.drain)
            app.state.pipeline = Pipeline(services)
            log.info("aiproxy ready: policy %s version %s", loaded.path, loaded.version)
            yield

    return Starlette(
        routes=[
            *proxy.routes,
            *privacy.routes,
            *ops.routes,
            *annex.routes,
            *admin_api.routes,
            *review.routes,
            *subjects.routes,
        ],
        lifespan=lifespan,
        middleware=[Middleware(RequestIdMiddleware)],
        exception_handlers={HTTPException: _http_error, Exception: _unexpected},
    )
