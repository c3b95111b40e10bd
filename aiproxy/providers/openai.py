"""OpenAI-family providers: OpenAI itself, any OpenAI-compatible server, and Azure OpenAI.

Forced on every request (OpenAI API reference): `store: false` (chat completions and responses
are otherwise kept for evals and distillation), `metadata` removed (it is attached to stored
objects), end-user identifiers (`user`, `safety_identifier`, `prompt_cache_key`) replaced by
the keyed pseudonym, `prompt_cache_retention: in_memory` where the model accepts it (extended
retention keeps cached prefixes on the provider's disk), and OpenRouter's data-collection
routing flags when the feature requires no training or zero retention.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import quote

from aiproxy.providers.base import Dialect, EnforceContext, Outbound, ProviderAdapter

_USER_FIELDS = ("user", "safety_identifier", "prompt_cache_key")


class OpenAIAdapter(ProviderAdapter):
    kind = "openai"
    dialects: ClassVar[frozenset[Dialect]] = frozenset({"chat", "responses", "embeddings"})
    paths: ClassVar[Mapping[Dialect, str]] = {
        "chat": "/chat/completions",
        "responses": "/responses",
        "embeddings": "/embeddings",
    }
    default_base_url = "https://api.openai.com/v1"

    def url(self, dialect: Dialect, model: str) -> str:
        return (self.config.base_url or self.default_base_url) + self.paths[dialect]

    def auth_headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.api_key()}"}

    def enforce_kind(self, dialect: Dialect, out: Outbound, ctx: EnforceContext) -> None:
        if dialect in ("chat", "responses"):
            out.force("store", False)
            out.remove("metadata")
            model = out.body.get("model")
            if model in self.config.prompt_cache_retention_models:
                out.force("prompt_cache_retention", "in_memory")
            elif "prompt_cache_retention" in out.body:
                out.remove("prompt_cache_retention")
        for key in _USER_FIELDS:
            if key in out.body:
                out.force(key, ctx.user_pseudonym, f"{key} pseudonymized")


class OpenAICompatibleAdapter(OpenAIAdapter):
    """Any server speaking the OpenAI API at the policy's base_url (vLLM, OpenRouter, …)."""

    kind = "openai_compatible"

    def enforce_kind(self, dialect: Dialect, out: Outbound, ctx: EnforceContext) -> None:
        super().enforce_kind(dialect, out, ctx)
        if not self.config.openrouter:
            return
        routing: dict[str, Any] = {}
        if ctx.feature.require.no_training:
            routing["data_collection"] = "deny"
        if ctx.feature.require.zero_data_retention:
            routing["zdr"] = True
        if routing:
            client = out.body.get("provider")
            merged = {**client, **routing} if isinstance(client, dict) else routing
            out.force(
                "provider",
                merged,
                "provider."
                + ",provider.".join(
                    f"{k}={'true' if v is True else v}" for k, v in routing.items()
                ),
            )


class AzureOpenAIAdapter(OpenAIAdapter):
    """Azure OpenAI: deployment URLs, an api-version parameter and the `api-key` header."""

    kind = "azure_openai"

    def url(self, dialect: Dialect, model: str) -> str:
        deployment = quote(self.config.deployments.get(model, model), safe="")
        base = self.config.base_url or ""
        if dialect == "responses":
            return f"{base}/openai/responses"
        return f"{base}/openai/deployments/{deployment}{self.paths[dialect]}"

    def params(self) -> dict[str, str]:
        return {"api-version": self.config.api_version or ""}

    def auth_headers(self) -> dict[str, str]:
        return {"api-key": self.api_key()}
