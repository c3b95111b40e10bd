"""Who is calling, and on whose behalf: credentials and the end-user and feature headers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from aiproxy.errors import BadRequest, Unauthenticated

USER_HEADER = "x-aiproxy-user"
FEATURE_HEADER = "x-aiproxy-feature"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@:+-]{0,199}$")


@dataclass(frozen=True)
class CallerClaims:
    """What the request says about itself, before anything is verified."""

    key: str
    user: str | None
    feature: str | None


def presented_key(headers: Mapping[str, str]) -> str:
    """The key from `Authorization: Bearer` (OpenAI SDK) or `x-api-key` (Anthropic SDK)."""
    auth = headers.get("authorization", "")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    key = headers.get("x-api-key", "").strip()
    if key:
        return key
    raise Unauthenticated("missing API key: send 'Authorization: Bearer <key>' or 'x-api-key'")


def claims(headers: Mapping[str, str]) -> CallerClaims:
    user = headers.get(USER_HEADER)
    if user is not None and not _ID.match(user):
        raise BadRequest("X-AIProxy-User must be 1-200 characters of letters, digits and ._@:+-")
    feature = headers.get(FEATURE_HEADER) or None
    return CallerClaims(presented_key(headers), user, feature)
