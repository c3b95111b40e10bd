"""Value objects for callers: who presented a key, and what an admin may see about a key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

PrincipalKind = Literal["service", "person"]


@dataclass(frozen=True)
class Principal:
    """The authenticated caller behind a request (a product service, or a person using a tool)."""

    name: str
    kind: PrincipalKind
    key_id: str
    #: The feature this key is limited to, if it is bound to one.
    bound_feature: str | None


@dataclass(frozen=True)
class KeyInfo:
    """Everything about an API key except its secret, which is never stored."""

    id: str
    principal: str
    kind: PrincipalKind
    feature: str | None
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None
