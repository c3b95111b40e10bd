"""The provider adapter base: how a request becomes an upstream HTTP request, and what is forced.

Each provider kind is one small subclass registered by name. The upstream URL is built only
from the policy (base_url, deployment names), never from anything the caller sent.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import httpx

from aiproxy.errors import ProviderNotConfigured, StatefulRequestRefused
from aiproxy.policy.schema import Feature, Provider

Dialect = Literal["chat", "responses", "embeddings", "messages"]


@dataclass(frozen=True)
class EnforceContext:
    """What enforcement needs to know about the request, beyond the body."""

    feature: Feature
    #: Stable keyed pseudonym of the end user: the only user identifier that may leave.
    user_pseudonym: str
    caller_headers: Mapping[str, str]


@dataclass
class Outbound:
    """A request body and headers after enforcement, plus the list of what was forced."""

    body: dict[str, Any]
    headers: dict[str, str]
    forced: list[str] = field(default_factory=list)

    def force(self, key: str, value: Any, label: str | None = None) -> None:
        if self.body.get(key, _MISSING) != value:
            self.body[key] = value
        self.forced.append(label or f"{key}={_show(value)}")

    def remove(self, key: str) -> None:
        if key in self.body:
            del self.body[key]
            self.forced.append(f"{key} removed")


_MISSING = object()


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class ProviderAdapter(ABC):
    """One configured provider: builds upstream requests and enforces its no-training rules."""

    kind: ClassVar[str]
    dialects: ClassVar[frozenset[Dialect]]
    paths: ClassVar[Mapping[Dialect, str]]

    def __init__(self, name: str, config: Provider, client: httpx.AsyncClient) -> None:
        self.name = name
        self.config = config
        self.client = client

    def api_key(self) -> str:
        """Read the key at request time so a rotated environment needs no restart."""
        env = self.config.api_key_env
        value = os.environ.get(env) if env else None
        if not value:
            raise ProviderNotConfigured(
                f"provider {self.name!r} has no API key: set the environment variable {env}"
            )
        return value

    def url(self, dialect: Dialect, model: str) -> str:
        base = self.config.base_url or ""
        return base + self.paths[dialect]

    def params(self) -> dict[str, str]:
        return {}

    @abstractmethod
    def auth_headers(self) -> dict[str, str]:
        """Provider credentials; never the caller's."""

    def enforce(self, dialect: Dialect, body: dict[str, Any], ctx: EnforceContext) -> Outbound:
        """Force no-training and no-retention settings; shared rules first, then the kind's."""
        out = Outbound(body=dict(body), headers={"content-type": "application/json"})
        if ctx.feature.require.zero_data_retention:
            for key in ("previous_response_id", "conversation"):
                if body.get(key):
                    raise StatefulRequestRefused(
                        f"'{key}' refers to state stored at the provider, which this feature's "
                        "zero-data-retention requirement forbids",
                        param=key,
                    )
            if body.get("background"):
                raise StatefulRequestRefused(
                    "background mode stores the response at the provider, which this feature's "
                    "zero-data-retention requirement forbids",
                    param="background",
                )
        self.enforce_kind(dialect, out, ctx)
        for header, value in self.config.force_headers.items():
            out.headers[header.lower()] = value
            out.forced.append(f"header {header}")
        return out

    @abstractmethod
    def enforce_kind(self, dialect: Dialect, out: Outbound, ctx: EnforceContext) -> None:
        """The kind's own list of forced and stripped fields and headers."""

    def build_request(self, dialect: Dialect, out: Outbound, model: str) -> httpx.Request:
        headers = {**out.headers, **self.auth_headers()}
        return self.client.build_request(
            "POST", self.url(dialect, model), params=self.params(), json=out.body, headers=headers
        )
