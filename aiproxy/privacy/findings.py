"""Value objects shared by detection and redaction: what was found, and what to look for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity. Offsets index the original text (before any normalization)."""

    entity_type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class DetectionSpec:
    """What a feature asks detection to find; hashable so results can be cached per spec."""

    entities: frozenset[str]
    allow_list: frozenset[str] = frozenset()
    min_score: float = 0.5
    #: Changes whenever the loaded policy does, so cached results never outlive their policy.
    policy_version: str = ""


class Analyzer(Protocol):
    """The detection service as the redaction step sees it."""

    async def analyze_many(
        self, texts: Sequence[str], spec: DetectionSpec
    ) -> list[list[Finding]]: ...
