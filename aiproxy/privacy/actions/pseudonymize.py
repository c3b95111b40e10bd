"""Reversible pseudonymization: `<PERSON_1>` upstream, the original restored in the response."""

from __future__ import annotations

from aiproxy.privacy.actions.base import Action, ActionContext


class Pseudonymize(Action):
    """Each distinct value gets one stable typed placeholder across every slot of a request,
    so the model can still tell two people apart and refer back to them."""

    name = "pseudonymize"
    reversible = True

    def apply(self, entity_type: str, value: str, context: ActionContext) -> str:
        return context.pseudonyms.placeholder_for(entity_type, value)
