"""Irreversible replacement by the entity type alone: `<PERSON>`."""

from __future__ import annotations

from aiproxy.privacy.actions.base import Action, ActionContext
from aiproxy.privacy.pseudonyms import label


class Replace(Action):
    """The model learns only that a value of this type was there, not which one."""

    name = "replace"

    def apply(self, entity_type: str, value: str, context: ActionContext) -> str:
        return f"<{label(entity_type)}>"
