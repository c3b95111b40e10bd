"""The redaction step: detect personal data in every text slot, then block or replace it.

Detection runs once per request over all slots (one batched call), so the engine's cost
does not grow with the number of messages and pseudonyms stay consistent across slots.
Any failure here refuses the request; nothing unredacted is ever passed through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from aiproxy.errors import AIProxyError, BlockedEntities, DetectionFailed
from aiproxy.policy.schema import Redaction
from aiproxy.privacy.actions import ActionContext, get_action
from aiproxy.privacy.findings import Analyzer, DetectionSpec, Finding
from aiproxy.privacy.pseudonyms import PLACEHOLDER_PATTERN, PseudonymMap
from aiproxy.privacy.texts import Path, TextSlot, apply, text_slots


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Redacted:
    """What may go upstream, and what restoration and the records need to know about it."""

    body: dict[str, Any]
    #: Placeholder → original for this request only; never logged, never stored.
    pseudonyms: PseudonymMap = field(default_factory=PseudonymMap)
    #: Findings per entity type (types and numbers only, safe to log and audit).
    counts: Mapping[str, int] = field(default_factory=_empty)
    #: The action applied per entity type found.
    actions: Mapping[str, str] = field(default_factory=_empty)


def detection_spec(rules: Redaction, policy_version: str) -> DetectionSpec:
    """What to detect: the redacted entities and the blocked ones, which need not be listed
    twice in the policy to be found."""
    return DetectionSpec(
        entities=frozenset(rules.entities) | frozenset(rules.block),
        allow_list=frozenset(rules.allow_list),
        min_score=rules.min_score,
        policy_version=policy_version,
    )


@dataclass(frozen=True, slots=True)
class Detection:
    """Every text slot of a request with its findings, before any action is applied."""

    slots: Sequence[TextSlot]
    findings: Sequence[Sequence[Finding]]

    def counts(self, kinds: frozenset[str] | None = None) -> Counter[str]:
        return Counter(
            f.entity_type
            for found in self.findings
            for f in found
            if kinds is None or f.entity_type in kinds
        )


async def detect(
    body: dict[str, Any], dialect: str, rules: Redaction, analyzer: Analyzer, policy_version: str
) -> Detection:
    """Find what `rules` asks for in every text slot, in one batched detection call."""
    spec = detection_spec(rules, policy_version)
    if not spec.entities:
        return Detection((), ())
    slots = text_slots(body, dialect)
    if not slots:
        return Detection((), ())
    return Detection(slots, await _detect(analyzer, slots, spec))


def apply_actions(
    body: dict[str, Any], detection: Detection, rules: Redaction, hash_key: bytes
) -> Redacted:
    """Replace every finding with its action's output; skips nothing, blocks nothing."""
    pseudonyms = PseudonymMap(_placeholders_in(detection.slots))
    context = ActionContext(pseudonyms=pseudonyms, hash_key=hash_key)
    counts: Counter[str] = Counter()
    replacements: dict[Path, str] = {}
    for slot, found in zip(detection.slots, detection.findings, strict=True):
        found = _without_overlaps(found)
        if not found:
            continue
        pieces: list[str] = []
        cursor = 0
        for finding in found:
            action = get_action(rules.actions.get(finding.entity_type, rules.action))
            pieces.append(slot.text[cursor : finding.start])
            value = slot.text[finding.start : finding.end]
            pieces.append(action.apply(finding.entity_type, value, context))
            cursor = finding.end
            counts[finding.entity_type] += 1
        pieces.append(slot.text[cursor:])
        replacements[slot.path] = "".join(pieces)
    actions = {kind: rules.actions.get(kind, rules.action) for kind in counts}
    return Redacted(
        body=apply(body, replacements) if replacements else body,
        pseudonyms=pseudonyms,
        counts=MappingProxyType(dict(counts)),
        actions=MappingProxyType(actions),
    )


async def redact(
    body: dict[str, Any],
    dialect: str,
    rules: Redaction,
    analyzer: Analyzer,
    *,
    policy_version: str,
    hash_key: bytes,
) -> Redacted:
    """Redact `body` per `rules`; raises `BlockedEntities` if a blocked type is present."""
    detection = await detect(body, dialect, rules, analyzer, policy_version)
    if not detection.slots:
        return Redacted(body)
    refuse_blocked(detection, frozenset(rules.block))
    return apply_actions(body, detection, rules, hash_key)


async def _detect(
    analyzer: Analyzer, slots: Sequence[TextSlot], spec: DetectionSpec
) -> list[list[Finding]]:
    """One batched detection call; anything malformed coming back is a detection failure."""
    texts = [slot.text for slot in slots]
    try:
        results = await analyzer.analyze_many(texts, spec)
    except AIProxyError:
        raise
    except Exception as exc:
        raise DetectionFailed(
            f"personal data detection failed ({type(exc).__name__}); request not sent"
        ) from None
    if len(results) != len(texts):
        raise DetectionFailed("personal data detection returned an incomplete result")
    return [_usable(found, len(text), spec) for found, text in zip(results, texts, strict=True)]


def _usable(found: Sequence[Finding], length: int, spec: DetectionSpec) -> list[Finding]:
    """Findings of requested types, ordered by position (longest, then surest, first)."""
    for finding in found:
        if not 0 <= finding.start < finding.end <= length:
            raise DetectionFailed("personal data detection returned an invalid span")
    return sorted(
        (f for f in found if f.entity_type in spec.entities),
        key=lambda f: (f.start, -(f.end - f.start), -f.score),
    )


def _without_overlaps(ordered: Sequence[Finding]) -> list[Finding]:
    """The analyzer promises no overlaps; if it breaks that, the earlier, longer one wins.

    Runs after the block check, so a blocked finding hidden inside another still blocks.
    """
    kept: list[Finding] = []
    for finding in ordered:
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept


def refuse_blocked(detection: Detection, block: frozenset[str]) -> None:
    blocked = detection.counts(block)
    if blocked:
        summary = ", ".join(
            f"{kind}\N{MULTIPLICATION SIGN}{count}" for kind, count in sorted(blocked.items())
        )
        raise BlockedEntities(
            f"request contains blocked personal data: {summary}", counts=dict(blocked)
        )


def _placeholders_in(slots: Sequence[TextSlot]) -> set[str]:
    """Placeholder-shaped strings the caller already wrote; never issued for this request."""
    return {match for slot in slots for match in PLACEHOLDER_PATTERN.findall(slot.text)}
