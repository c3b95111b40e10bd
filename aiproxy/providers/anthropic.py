"""Anthropic Messages API provider.

Forced on every request (Anthropic API reference): `metadata.user_id` replaced by the keyed
pseudonym (it is the only metadata field and identifies the end user), `inference_geo` set
from the feature's required region, and `anthropic-beta` headers dropped unless the feature
allows that beta (betas can enable server-side features that keep data, such as files).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from aiproxy.providers.base import Dialect, EnforceContext, Outbound, ProviderAdapter

DEFAULT_ANTHROPIC_VERSION = "2023-06-01"


class AnthropicAdapter(ProviderAdapter):
    kind = "anthropic"
    dialects: ClassVar[frozenset[Dialect]] = frozenset({"messages"})
    paths: ClassVar[Mapping[Dialect, str]] = {"messages": "/messages"}
    default_base_url = "https://api.anthropic.com/v1"

    def url(self, dialect: Dialect, model: str) -> str:
        return (self.config.base_url or self.default_base_url) + self.paths[dialect]

    def auth_headers(self) -> dict[str, str]:
        return {"x-api-key": self.api_key()}

    def enforce_kind(self, dialect: Dialect, out: Outbound, ctx: EnforceContext) -> None:
        out.headers["anthropic-version"] = ctx.caller_headers.get(
            "anthropic-version", DEFAULT_ANTHROPIC_VERSION
        )
        if "metadata" in out.body:
            out.force("metadata", {"user_id": ctx.user_pseudonym}, "metadata.user_id pseudonymized")
        geo = inference_geo(ctx.feature.require.regions, self.config.contract.regions)
        if geo:
            out.force("inference_geo", geo)
        requested = [
            b.strip() for b in ctx.caller_headers.get("anthropic-beta", "").split(",") if b.strip()
        ]
        allowed = [b for b in requested if b in ctx.feature.allow_beta_headers]
        if allowed:
            out.headers["anthropic-beta"] = ",".join(allowed)
        if len(allowed) < len(requested):
            out.forced.append("anthropic-beta dropped")


def inference_geo(required: tuple[str, ...], offered: tuple[str, ...]) -> str | None:
    """The first required region this provider's contract offers; None when any region will do."""
    if not required:
        return None
    for region in required:
        if region in offered:
            return region
    return required[0]
