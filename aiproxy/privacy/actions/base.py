"""The abstract redaction action: what replaces one detected value in the text that leaves."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar

from aiproxy.privacy.pseudonyms import PseudonymMap


@dataclass(frozen=True, slots=True)
class ActionContext:
    """Per-request state an action may need; built by redaction, never shared across requests."""

    pseudonyms: PseudonymMap
    #: Deployment secret for `hash`; hidden from repr so it never reaches a log.
    hash_key: bytes = field(default=b"", repr=False)


class Action(ABC):
    """One way of replacing a detected value. Actions are stateless; state lives in the context."""

    #: The name policies use (`redact.action`, `redact.actions`).
    name: ClassVar[str]
    #: Whether restoration can bring the original back in the response.
    reversible: ClassVar[bool] = False

    @abstractmethod
    def apply(self, entity_type: str, value: str, context: ActionContext) -> str:
        """Return the text that goes upstream instead of `value`."""
