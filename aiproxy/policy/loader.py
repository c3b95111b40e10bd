"""Reads a policy file, validates it completely and names the exact path of every problem."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from aiproxy.errors import PolicyError
from aiproxy.policy.schema import Policy

KNOWN_ENTITIES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "IBAN_CODE",
        "IP_ADDRESS",
        "SECRET",
        "LOCATION",
        "STREET_ADDRESS",
        "DATE_OF_BIRTH",
        "SPECIAL_CATEGORY",
        "URL",
        "US_BANK_NUMBER",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
    }
)


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    #: Short content hash: changes whenever the file does; keys caches and logs.
    version: str
    path: str


def _format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _pydantic_problems(error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and "[" in p))
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        problems.append(f"{_format_loc(loc)}: {message}")
    return problems


def _reference_problems(policy: Policy) -> list[str]:
    problems: list[str] = []
    served = {m for p in policy.providers.values() for m in p.models}
    for pname, provider in policy.providers.items():
        if provider.kind in ("openai_compatible", "azure_openai") and not provider.base_url:
            problems.append(f"providers.{pname}.base_url: required for kind {provider.kind!r}")
        if provider.kind == "azure_openai" and not provider.api_version:
            problems.append(f"providers.{pname}.api_version: required for kind 'azure_openai'")
        if provider.kind != "echo" and not provider.api_key_env:
            problems.append(f"providers.{pname}.api_key_env: required for kind {provider.kind!r}")
        for i, model in enumerate(provider.prompt_cache_retention_models):
            if model not in provider.models:
                problems.append(
                    f"providers.{pname}.prompt_cache_retention_models[{i}]: "
                    f"model {model!r} is not in this provider's models"
                )
    for fname, feature in policy.features.items():
        for i, model in enumerate(feature.models):
            if model not in served:
                problems.append(f"features.{fname}.models[{i}]: unknown model {model!r}")
        for field in ("entities", "block"):
            for i, entity in enumerate(getattr(feature.redact, field)):
                if entity not in KNOWN_ENTITIES:
                    problems.append(
                        f"features.{fname}.redact.{field}[{i}]: unknown entity type {entity!r}"
                    )
        for entity in feature.redact.actions:
            if entity not in feature.redact.entities:
                problems.append(
                    f"features.{fname}.redact.actions.{entity}: "
                    "entity type is not listed in redact.entities"
                )
        if "model" not in feature.allow_fields:
            problems.append(f"features.{fname}.allow_fields: must include 'model'")
        if feature.log.retention_delta > policy.logs.max_retention_delta:
            problems.append(
                f"features.{fname}.log.retention: {feature.log.retention} exceeds "
                f"logs.max_retention ({policy.logs.max_retention})"
            )
    for rname, role in policy.roles.items():
        for i, feature_name in enumerate(role.features):
            if feature_name not in policy.features:
                problems.append(f"roles.{rname}.features[{i}]: unknown feature {feature_name!r}")
    return problems


def parse_policy(text: str, path: str = "<string>") -> LoadedPolicy:
    """Validate policy text; raise PolicyError listing every problem with its path."""
    try:
        raw: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError([f"{path}: not valid YAML{where}"]) from None
    if not isinstance(raw, dict):
        raise PolicyError([f"{path}: the policy must be a mapping with 'version' and 'providers'"])
    try:
        policy = Policy.model_validate(raw)
    except ValidationError as exc:
        raise PolicyError(_pydantic_problems(exc)) from None
    problems = _reference_problems(policy)
    if problems:
        raise PolicyError(problems)
    version = hashlib.sha256(text.encode()).hexdigest()[:12]
    return LoadedPolicy(policy=policy, version=version, path=path)


def load_policy(path: str | Path) -> LoadedPolicy:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError([f"{path}: cannot read policy file ({exc.strerror})"]) from None
    return parse_policy(text, str(path))
