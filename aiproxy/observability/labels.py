"""Label values an operator may see: only names the policy itself defines.

A caller chooses the model name, the fields and (through detection) nothing else we label by,
so every caller-chosen string is checked against the policy before it becomes a metric label
or a log field; anything the policy does not name becomes "unknown".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aiproxy.policy.loader import LoadedPolicy
from aiproxy.policy.schema import Policy

UNKNOWN = "unknown"
NONE = "none"


@dataclass(frozen=True)
class PolicyNames:
    features: frozenset[str]
    providers: frozenset[str]
    models: frozenset[str]
    entities: frozenset[str]

    @classmethod
    def of(cls, policy: Policy) -> PolicyNames:
        features = policy.features.values()
        return cls(
            features=frozenset(policy.features),
            providers=frozenset(policy.providers),
            models=frozenset(
                [m for p in policy.providers.values() for m in p.models]
                + [m for f in features for m in f.models]
            ),
            entities=frozenset(e for f in features for e in (*f.redact.entities, *f.redact.block)),
        )

    def feature(self, name: str | None) -> str:
        return _known(name, self.features)

    def provider(self, name: str | None) -> str:
        return _known(name, self.providers)

    def model(self, name: str | None) -> str:
        return _known(name, self.models)

    def entity(self, name: str) -> str:
        return _known(name, self.entities)


class CurrentNames:
    """The names of whichever policy is loaded now (a reload swaps it), rebuilt only on change."""

    def __init__(self, loaded: Callable[[], LoadedPolicy]) -> None:
        self._loaded = loaded
        self._cached: tuple[LoadedPolicy, PolicyNames] | None = None

    def __call__(self) -> PolicyNames:
        loaded = self._loaded()
        if self._cached is None or self._cached[0] is not loaded:
            self._cached = (loaded, PolicyNames.of(loaded.policy))
        return self._cached[1]


def _known(name: str | None, names: frozenset[str]) -> str:
    if name is None:
        return NONE
    return name if name in names else UNKNOWN


def outcome(record_outcome: str, reason_code: str | None) -> str:
    """ok, refused:<reason code>, upstream_error or interrupted. Reason codes are the stable
    class constants of aiproxy.errors, never text a caller wrote."""
    if record_outcome == "refused":
        return f"refused:{reason_code or UNKNOWN}"
    return record_outcome
