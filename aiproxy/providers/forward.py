"""Sending a request upstream; the one place where httpx errors become aiproxy errors."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx

from aiproxy.errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable

#: Upstream response headers worth relaying to the caller; everything else stays behind.
RELAYED_RESPONSE_HEADERS = ("retry-after", "x-request-id", "request-id", "openai-processing-ms")
RELAYED_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")


@contextlib.contextmanager
def translate_httpx_errors(provider: str) -> Iterator[None]:
    """Map transport failures to aiproxy errors; messages name the provider, never content."""
    try:
        yield
    except httpx.TimeoutException:
        raise UpstreamTimeout(f"provider {provider!r} did not answer in time") from None
    except httpx.TransportError as exc:
        raise UpstreamUnavailable(
            f"provider {provider!r} could not be reached ({type(exc).__name__})"
        ) from None
    except httpx.HTTPError as exc:
        raise UpstreamError(f"provider {provider!r} failed ({type(exc).__name__})") from None


def relayed_headers(response: httpx.Response) -> dict[str, str]:
    return {
        k: v
        for k, v in response.headers.items()
        if k in RELAYED_RESPONSE_HEADERS or k.startswith(RELAYED_PREFIXES)
    }


@dataclass
class Upstream:
    """An upstream response whose headers have arrived; the body is read or streamed after."""

    provider: str
    response: httpx.Response

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def is_event_stream(self) -> bool:
        content_type: str = self.response.headers.get("content-type", "")
        return content_type.startswith("text/event-stream")

    async def read(self) -> bytes:
        with translate_httpx_errors(self.provider):
            try:
                return await self.response.aread()
            finally:
                await self.response.aclose()

    async def chunks(self) -> AsyncIterator[bytes]:
        """Raw bytes as they arrive; a broken connection raises an aiproxy error."""
        try:
            with translate_httpx_errors(self.provider):
                async for chunk in self.response.aiter_bytes():
                    yield chunk
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()


async def send(client: httpx.AsyncClient, provider: str, request: httpx.Request) -> Upstream:
    with translate_httpx_errors(provider):
        response = await client.send(request, stream=True, follow_redirects=False)
    if 300 <= response.status_code < 400:
        await response.aclose()
        raise UpstreamError(
            f"provider {provider!r} answered with a redirect, which is not followed"
        )
    return Upstream(provider, response)
