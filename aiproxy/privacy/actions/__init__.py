"""Redaction actions, one per module behind `Action`, looked up by the name policies use."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from aiproxy.privacy.actions.base import Action, ActionContext
from aiproxy.privacy.actions.hash import Hash
from aiproxy.privacy.actions.mask import Mask
from aiproxy.privacy.actions.pseudonymize import Pseudonymize
from aiproxy.privacy.actions.replace import Replace

__all__ = [
    "ACTIONS",
    "Action",
    "ActionContext",
    "Hash",
    "Mask",
    "Pseudonymize",
    "Replace",
    "get_action",
]

#: Read-only registry; actions are stateless so one instance serves every request.
ACTIONS: Mapping[str, Action] = MappingProxyType(
    {action.name: action for action in (Pseudonymize(), Replace(), Mask(), Hash())}
)


def get_action(name: str) -> Action:
    """The action registered under `name`; the policy schema only admits registered names."""
    try:
        return ACTIONS[name]
    except KeyError:
        raise ValueError(f"unknown redaction action {name!r}") from None
