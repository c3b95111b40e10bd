"""Who may use the admin and review surfaces: principals whose own name holds a role with the
flag (`admin` or `review_logs`) in the policy in force.

The principal's name is the subject whose role assignments count, so an admin is made with
`aiproxy keys create --principal NAME --kind person` plus `aiproxy users grant NAME admin`.
Assignments are read on every call (no cache), so a revoked admin is refused at once on every
replica.
"""

from __future__ import annotations

from typing import Literal

from starlette.requests import Request

from aiproxy.auth.identity import presented_key
from aiproxy.auth.principal import Principal
from aiproxy.errors import AdminRequired, ReviewerRequired, Unauthenticated
from aiproxy.services import Services

Flag = Literal["admin", "review_logs"]


def services_of(request: Request) -> Services:
    services: Services = request.app.state.pipeline.services
    return services


async def require_flag(request: Request, flag: Flag) -> Principal:
    """The authenticated principal, if one of its roles has `flag`; 401 for a bad key, else 403."""
    services = services_of(request)
    key = presented_key({k.lower(): v for k, v in request.headers.items()})
    principal = await services.keys.authenticate(key)
    if principal is None:
        raise Unauthenticated("invalid or revoked API key")
    roles = await services.roles.roles_for(principal.name)
    defined = services.runtime.loaded.policy.roles
    if any(name in defined and getattr(defined[name], flag) for name in roles):
        return principal
    if flag == "admin":
        raise AdminRequired("this API key's principal holds no role with admin: true")
    raise ReviewerRequired("this API key's principal holds no role with review_logs: true")
