"""Operational endpoints: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.pipeline import Pipeline


async def healthz(request: Request) -> Response:
    """The process is up and serving; says nothing about dependencies."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    """Policy loaded, detection warmed up and the database reachable."""
    pipeline: Pipeline | None = getattr(request.app.state, "pipeline", None)
    checks = {"policy": False, "database": False, "detection": False}
    if pipeline is not None:
        services = pipeline.services
        checks["policy"] = True
        checks["detection"] = services.ready
        checks["database"] = await services.database.ping()
    ok = all(checks.values())
    body = {"status": "ready" if ok else "not_ready", "checks": checks}
    if pipeline is not None:
        body["policy_version"] = pipeline.services.runtime.loaded.version
    return JSONResponse(body, status_code=200 if ok else 503)


async def metrics(request: Request) -> Response:
    """Prometheus exposition (OpenMetrics, with request-id exemplars, when the scraper asks).

    Unauthenticated like /healthz: it holds no content or identities, only policy names and
    counts. Expose it on an internal network only."""
    pipeline: Pipeline | None = getattr(request.app.state, "pipeline", None)
    if pipeline is None:
        return JSONResponse({"status": "not_ready"}, status_code=503)
    services = pipeline.services
    services.metrics.policy_loaded(services.runtime.loaded.version)  # follows reloads
    body, content_type = services.metrics.render(request.headers.get("accept"))
    return Response(body, headers={"content-type": content_type})


routes = [
    Route("/healthz", healthz, methods=["GET"]),
    Route("/readyz", readyz, methods=["GET"]),
    Route("/metrics", metrics, methods=["GET"]),
]
