"""Audited access to stored personal data: the stated justification, and the record of every
attempt, refused ones included.

A successful access writes its audit entry in the same transaction as the access itself (the
endpoints do that); a refused one is recorded here, in a transaction of its own, with the
reason code and whatever justification was offered, before the refusal is returned.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aiproxy.api.errors import error_response
from aiproxy.auth.identity import presented_key
from aiproxy.errors import AIProxyError, JustificationRequired
from aiproxy.records import audit
from aiproxy.services import Services

log = logging.getLogger(__name__)

JUSTIFICATION_HEADER = "x-aiproxy-justification"
TICKET_HEADER = "x-aiproxy-ticket"
MIN_JUSTIFICATION = 20
MAX_JUSTIFICATION = 1000
_TICKET = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,99}$")
UNAUTHENTICATED = "(unauthenticated)"


@dataclass(frozen=True)
class Justification:
    """Why a person accesses stored data, and optionally the ticket that asked for it."""

    reason: str
    ticket: str | None = None

    def details(self) -> dict[str, Any]:
        return {"justification": self.reason, "ticket": self.ticket}


def _given(request: Request, header: str, field: str) -> str | None:
    value = request.headers.get(header)
    if value is None:
        value = request.query_params.get(field)
    return value.strip() if value is not None else None


def offered(request: Request) -> dict[str, Any]:
    """Whatever the caller offered (valid or not), clipped, for the record of a refusal."""
    reason = _given(request, JUSTIFICATION_HEADER, "justification")
    ticket = _given(request, TICKET_HEADER, "ticket")
    return {
        "justification": reason[:MAX_JUSTIFICATION] if reason else None,
        "ticket": ticket[:100] if ticket else None,
    }


def justification(request: Request) -> Justification:
    """The stated justification: header X-AIProxy-Justification or query `justification`
    (at least MIN_JUSTIFICATION characters), and optionally X-AIProxy-Ticket / `ticket`."""
    reason = _given(request, JUSTIFICATION_HEADER, "justification")
    if reason is None or len(reason) < MIN_JUSTIFICATION:
        raise JustificationRequired(
            f"state why you need this data in the X-AIProxy-Justification header or the "
            f"'justification' parameter (at least {MIN_JUSTIFICATION} characters)",
            param="justification",
        )
    if len(reason) > MAX_JUSTIFICATION:
        raise JustificationRequired(
            f"the justification is longer than {MAX_JUSTIFICATION} characters",
            param="justification",
        )
    ticket = _given(request, TICKET_HEADER, "ticket")
    if ticket is not None and not _TICKET.match(ticket):
        raise JustificationRequired(
            "a ticket reference is 1-100 characters of letters, digits and ._:/#-",
            param="ticket",
        )
    return Justification(reason, ticket or None)


async def actor_of(request: Request, services: Services) -> str:
    """The name behind the presented key, for recording a refused attempt."""
    try:
        key = presented_key({k.lower(): v for k, v in request.headers.items()})
    except AIProxyError:
        return UNAUTHENTICATED
    principal = await services.keys.authenticate(key)
    return principal.name if principal is not None else UNAUTHENTICATED


async def refused(
    request: Request,
    services: Services,
    action: str,
    subject: str,
    error: AIProxyError,
    **details: Any,
) -> Response:
    """Record a refused access attempt (`<action>.refused`), then answer with the error."""
    actor = await actor_of(request, services)
    record = {"code": error.code, "status": error.status, **offered(request), **details}
    async with services.database.session(immediate=True) as session:
        await audit.append(
            session, actor, f"{action}.refused", subject, record, clock=services.clock
        )
    log.info("refused %s by %s: %s", action, actor, error.code)
    return error_response(error, "openai", None)
