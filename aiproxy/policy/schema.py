"""Typed models of the policy file; unknown keys and bad values are rejected, never ignored."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ProviderKind = Literal["openai", "anthropic", "azure_openai", "openai_compatible", "echo"]
RedactAction = Literal["pseudonymize", "replace", "mask", "hash"]
Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=100)]

_DURATION = re.compile(r"^(\d+)(m|h|d)$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def parse_duration(value: str) -> timedelta:
    """Parse `30m`, `72h` or `7d`."""
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"invalid duration {value!r}: use a number followed by m, h or d")
    amount, unit = int(match.group(1)), match.group(2)
    return {"m": timedelta(minutes=amount), "h": timedelta(hours=amount)}.get(
        unit, timedelta(days=amount)
    )


class Contract(Strict):
    """What the provider's contract with us guarantees."""

    no_training: bool = False
    zero_data_retention: bool = False
    regions: tuple[str, ...] = ()


class Timeouts(Strict):
    connect: float = Field(5.0, gt=0)
    read: float = Field(120.0, gt=0)
    write: float = Field(30.0, gt=0)
    pool: float = Field(10.0, gt=0)


class Provider(Strict):
    kind: ProviderKind
    base_url: str | None = None
    api_key_env: str | None = None
    contract: Contract = Contract()
    models: tuple[str, ...] = Field(min_length=1)
    timeout: Timeouts = Timeouts()
    #: Headers aiproxy sets on every upstream request, overriding anything else.
    force_headers: dict[str, str] = {}
    #: Azure OpenAI: the API version query parameter and model → deployment names.
    api_version: str | None = None
    deployments: dict[str, str] = {}
    #: openai_compatible providers that are OpenRouter get its data-collection routing flags.
    openrouter: bool = False
    #: Models that accept `prompt_cache_retention` (forced to "in_memory" for them).
    prompt_cache_retention_models: tuple[str, ...] = ()

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(f"invalid base_url {value!r}: must be an http(s) URL")
        return value.rstrip("/")


class Requirements(Strict):
    no_training: bool = True
    zero_data_retention: bool = False
    #: The provider must serve from at least one of these regions (empty: any region).
    regions: tuple[str, ...] = ()


class Attachments(Strict):
    images: bool = False
    audio: bool = False
    files: bool = False


class Redaction(Strict):
    entities: tuple[str, ...] = ()
    action: RedactAction = "pseudonymize"
    #: Per-entity action overrides, e.g. {EMAIL_ADDRESS: mask}.
    actions: dict[str, RedactAction] = {}
    block: tuple[str, ...] = ()
    #: Terms never redacted (the company's own product names, support addresses).
    allow_list: tuple[str, ...] = ()
    #: Minimum detector confidence for a finding to count.
    min_score: float = Field(0.5, ge=0, le=1)


class LogSettings(Strict):
    retention: str = "72h"
    content: Literal["none", "redacted"] = "redacted"

    @field_validator("retention")
    @classmethod
    def _duration(cls, value: str) -> str:
        parse_duration(value)
        return value

    @property
    def retention_delta(self) -> timedelta:
        return parse_duration(self.retention)


class LogLimits(Strict):
    """Deployment-wide bounds on prompt logs; no feature may keep content longer."""

    #: The longest any feature's `log.retention` may be.
    max_retention: str = "30d"
    #: How long rows without content (`log.content: none`, refusals) are kept.
    metadata_retention: str = "90d"

    @field_validator("max_retention", "metadata_retention")
    @classmethod
    def _duration(cls, value: str) -> str:
        if parse_duration(value) <= timedelta(0):
            raise ValueError(f"invalid duration {value!r}: must be longer than zero")
        return value

    @property
    def max_retention_delta(self) -> timedelta:
        return parse_duration(self.max_retention)

    @property
    def metadata_retention_delta(self) -> timedelta:
        return parse_duration(self.metadata_retention)


class Feature(Strict):
    purpose: str = Field(min_length=1)
    require: Requirements = Requirements()
    models: tuple[str, ...] = Field(min_length=1)
    #: Top-level request fields that may pass; everything else is dropped and reported.
    allow_fields: tuple[str, ...] = ("model", "messages", "input", "system", "max_tokens", "stream")
    max_input_tokens: int | None = Field(None, gt=0)
    #: Cap on the output token field (max_tokens / max_completion_tokens / max_output_tokens).
    max_output_tokens: int | None = Field(None, gt=0)
    overflow: Literal["reject", "truncate_history"] = "reject"
    attachments: Attachments = Attachments()
    #: anthropic-beta header values the caller may pass through.
    allow_beta_headers: tuple[str, ...] = ()
    redact: Redaction = Redaction()
    log: LogSettings = LogSettings()
    consent: Literal["not_required", "required"] = "not_required"
    #: Tokens the whole feature may use per UTC day, across all its users (unset: no cap).
    daily_tokens: int | None = Field(None, gt=0)


class Role(Strict):
    features: tuple[str, ...] = ()
    #: Tokens one user may use per UTC day; a user with several roles gets the most generous.
    daily_tokens: int | None = Field(None, gt=0)
    requests_per_minute: int | None = Field(None, gt=0)
    review_logs: bool = False
    admin: bool = False


class Policy(Strict):
    version: Literal[1]
    #: Largest request body accepted, in bytes.
    max_body_bytes: int = Field(4 * 1024 * 1024, gt=0)
    providers: dict[Name, Provider] = Field(min_length=1)
    features: dict[Name, Feature] = {}
    roles: dict[Name, Role] = {}
    logs: LogLimits = LogLimits()

    def serves(self, model: str) -> bool:
        """Whether any provider of the policy offers this model."""
        return any(model in provider.models for provider in self.providers.values())
