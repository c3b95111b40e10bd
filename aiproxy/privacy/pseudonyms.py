"""The per-request pseudonym map: which placeholder stands for which original value.

It lives only as long as one request (built by redaction, read by restoration) and never
on a shared object, so one request can never see another's values. Its `repr` shows a
count, never a value, so it is safe in tracebacks and debug logs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LABEL_UNSAFE = re.compile(r"[^A-Z0-9_]")
_WHITESPACE = re.compile(r"\s+")

#: Shape of every placeholder `placeholder_for` issues; restoration scans for exactly this.
PLACEHOLDER_PATTERN = re.compile(r"<[A-Z0-9_]+>")


def normalize(entity_type: str, value: str) -> str:
    """The form under which two spellings of one value count as the same value.

    Whitespace runs collapse everywhere; e-mail addresses also ignore case, because
    `Jane@Example.com` and `jane@example.com` reach the same person.
    """
    collapsed = _WHITESPACE.sub(" ", value).strip()
    return collapsed.casefold() if entity_type == "EMAIL_ADDRESS" else collapsed


def label(entity_type: str) -> str:
    """Entity type as it may appear inside a placeholder (`[A-Z0-9_]`, never empty)."""
    return _LABEL_UNSAFE.sub("_", entity_type.upper()) or "ENTITY"


class PseudonymMap:
    """Placeholder → original for one request; `<PERSON_1>`, `<EMAIL_ADDRESS_1>`, …

    Numbers count per entity type in order of first appearance. Placeholders listed in
    `reserved` (strings of that shape already present in the request text) are never
    issued, so a literal `<PERSON_1>` typed by the user is not mistaken for one of ours.
    """

    __slots__ = ("_counters", "_issued", "_originals", "_reserved")

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._issued: dict[tuple[str, str], str] = {}
        self._originals: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._reserved = frozenset(reserved)

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """The placeholder for `value`, issuing a new one the first time it is seen."""
        tag = label(entity_type)
        key = (tag, normalize(entity_type, value))
        existing = self._issued.get(key)
        if existing is not None:
            return existing
        number = self._counters.get(tag, 0)
        while True:
            number += 1
            placeholder = f"<{tag}_{number}>"
            if placeholder not in self._reserved:
                break
        self._counters[tag] = number
        self._issued[key] = placeholder
        self._originals[placeholder] = value
        return placeholder

    def original(self, placeholder: str) -> str | None:
        """The value `placeholder` stands for, or None if this request never issued it."""
        return self._originals.get(placeholder)

    def placeholders(self) -> frozenset[str]:
        """Every placeholder issued so far (no values)."""
        return frozenset(self._originals)

    @property
    def max_placeholder_length(self) -> int:
        return max((len(p) for p in self._originals), default=0)

    def __contains__(self, placeholder: object) -> bool:
        return placeholder in self._originals

    def __len__(self) -> int:
        return len(self._originals)

    def __bool__(self) -> bool:
        return bool(self._originals)

    def __repr__(self) -> str:
        return f"PseudonymMap(<{len(self._originals)} placeholders>)"
