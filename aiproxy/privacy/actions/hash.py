"""Keyed hashing: `<PERSON:ab12cd34ef>`, the same value gives the same tag per deployment."""

from __future__ import annotations

import hashlib
import hmac

from aiproxy.privacy.actions.base import Action, ActionContext
from aiproxy.privacy.pseudonyms import label, normalize

_DIGEST_CHARS = 10


class Hash(Action):
    """Irreversible but linkable: requests about one person can be correlated by the model
    or in logs without revealing who. Keyed (HMAC-SHA256) so nobody without the deployment
    key can confirm a guess by hashing candidate values."""

    name = "hash"

    def apply(self, entity_type: str, value: str, context: ActionContext) -> str:
        if not context.hash_key:
            raise ValueError("the hash action needs a non-empty deployment key")
        tag = label(entity_type)
        message = f"{tag}\x00{normalize(entity_type, value)}".encode()
        digest = hmac.new(context.hash_key, message, hashlib.sha256).hexdigest()
        return f"<{tag}:{digest[:_DIGEST_CHARS]}>"
