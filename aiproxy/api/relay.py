"""Relaying the upstream answer (step 9: restore pseudonyms, also across streamed chunks).

Upstream status codes and error bodies reach the caller as they came; only issued
placeholders are replaced by their originals, and only a possible placeholder prefix is ever
held back from a stream. The exchange record gets the unrestored response for step 10.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from typing import Any

from starlette.responses import Response, StreamingResponse

from aiproxy.api.errors import Shape, error_event
from aiproxy.api.exchange import Exchange
from aiproxy.errors import AIProxyError
from aiproxy.pipeline import Prepared
from aiproxy.privacy.restore import restore_body
from aiproxy.privacy.restore_stream import stream_restorer
from aiproxy.providers.forward import Upstream, relayed_headers
from aiproxy.providers.sse import SSEDecoder
from aiproxy.providers.usage import StreamUsage, generated_text, usage_of


def proxy_headers(prepared: Prepared) -> dict[str, str]:
    headers = {
        "x-aiproxy-request-id": prepared.call.request_id,
        "x-aiproxy-provider": prepared.adapter.name,
    }
    if prepared.outbound.forced:
        headers["x-aiproxy-enforced"] = ", ".join(prepared.outbound.forced)
    if prepared.minimized.dropped_fields:
        headers["x-aiproxy-dropped"] = ", ".join(prepared.minimized.dropped_fields)
    if prepared.redacted.counts:
        headers["x-aiproxy-redacted"] = ", ".join(
            f"{kind}={count}" for kind, count in sorted(prepared.redacted.counts.items())
        )
    if prepared.minimized.truncated_turns:
        headers["x-aiproxy-truncated-turns"] = str(prepared.minimized.truncated_turns)
    return headers


async def relay(
    prepared: Prepared, upstream: Upstream, shape: Shape, exchange: Exchange
) -> Response:
    headers = {**relayed_headers(upstream.response), **proxy_headers(prepared)}
    if upstream.status == 200 and upstream.is_event_stream:
        return StreamingResponse(
            exchange.services.metrics.streaming(_stream(prepared, upstream, shape, exchange)),
            media_type="text/event-stream",
            headers={**headers, "cache-control": "no-cache", "x-accel-buffering": "no"},
        )
    raw = await upstream.read()
    exchange.upstream_finished()
    content_type = upstream.response.headers.get("content-type", "application/json")
    body = _json(raw)
    exchange.record.response_text = raw.decode("utf-8", "replace")
    dialect = prepared.call.dialect
    if upstream.status == 200:
        exchange.usage(usage_of(dialect, body), generated_text(dialect, body))
    exchange.finish(upstream.status)
    pseudonyms = prepared.redacted.pseudonyms
    if pseudonyms and body is not None:
        raw = json.dumps(restore_body(body, pseudonyms), ensure_ascii=False).encode()
    return Response(raw, status_code=upstream.status, media_type=content_type, headers=headers)


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None  # not JSON: relayed as it came


async def _stream(
    prepared: Prepared, upstream: Upstream, shape: Shape, exchange: Exchange
) -> AsyncGenerator[bytes, None]:
    decoder = SSEDecoder()
    restorer = stream_restorer(prepared.call.dialect, prepared.redacted.pseudonyms)
    usage = StreamUsage(prepared.call.dialect)
    received: list[str] = []
    outcome = "interrupted"  # until the upstream stream ends properly
    try:
        async for chunk in upstream.chunks():
            for event in decoder.feed(chunk):
                usage.see(event)
                received.append(event.encode().decode())
                for out in restorer.feed(event):
                    yield out.encode()
        for event in decoder.close():
            usage.see(event)
            received.append(event.encode().decode())
            for out in restorer.feed(event):
                yield out.encode()
        for out in restorer.flush():
            yield out.encode()
        outcome = "ok"
    except AIProxyError as error:
        # Headers are already sent: report the failure the way each SDK reads stream errors.
        exchange.record.reason_code = error.code
        for out in restorer.flush():
            yield out.encode()
        yield error_event(error, shape)
    finally:
        exchange.upstream_finished()
        exchange.record.response_text = "".join(received)
        exchange.usage(usage.usage, "".join(usage.text))
        exchange.finish(200, outcome)
