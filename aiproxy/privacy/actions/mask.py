"""Masking with `*`: keeps just enough of a value for a human to recognize it."""

from __future__ import annotations

from aiproxy.privacy.actions.base import Action, ActionContext

#: Types whose last four characters identify without exposing (the receipt convention).
_KEEP_LAST_FOUR = frozenset({"CREDIT_CARD", "PHONE_NUMBER"})


class Mask(Action):
    """Cards and phones keep their last four digits (separators stay, so the format reads);
    every other type keeps only its first character."""

    name = "mask"

    def apply(self, entity_type: str, value: str, context: ActionContext) -> str:
        if entity_type in _KEEP_LAST_FOUR:
            return _mask_keep_last_alnum(value, 4)
        return value[:1] + "*" * (len(value) - 1)


def _mask_keep_last_alnum(value: str, keep: int) -> str:
    total = sum(char.isalnum() for char in value)
    seen = 0
    masked = []
    for char in value:
        if char.isalnum():
            seen += 1
            masked.append(char if seen > total - keep else "*")
        else:
            masked.append(char)
    return "".join(masked)
