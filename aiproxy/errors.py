"""The aiproxy exception tree: every refusal has one class, one HTTP status and one stable code.

    AIProxyError                      500 internal_error
    ├── BadRequest                    400 invalid_request
    │   ├── MalformedBody             400 malformed_body
    │   ├── UnknownFeature            400 unknown_feature
    │   ├── FieldNotAllowed           400 field_not_allowed
    │   ├── ContentNotAllowed         400 content_not_allowed   (image/audio/file parts)
    │   ├── UninspectableContent      400 uninspectable_content (a part redaction cannot read)
    │   ├── OverTokenBudget           400 over_token_budget
    │   ├── BlockedEntities           400 blocked_entities
    │   ├── StatefulRequestRefused    400 stateful_request_refused
    │   ├── ModelNotServed            400 model_not_served
    │   ├── JustificationRequired     400 justification_required
    │   └── PolicyInvalid             400 policy_invalid        (a reload refused)
    ├── BodyTooLarge                  413 body_too_large
    ├── NotFound                      404 not_found
    ├── Conflict                      409 conflict
    ├── Gone                          410 gone                  (expired or erased records)
    ├── Unauthenticated               401 unauthenticated
    ├── Forbidden                     403 forbidden
    │   ├── UserNotAllowed            403 user_not_allowed
    │   ├── UserSuspended             403 user_suspended
    │   ├── ConsentWithdrawn          403 consent_withdrawn
    │   ├── ModelNotAllowed           403 model_not_allowed
    │   ├── NoCompliantProvider       403 no_compliant_provider
    │   ├── AdminRequired             403 admin_required
    │   └── ReviewerRequired          403 reviewer_required
    ├── TooManyRequests               429 too_many_requests
    │   ├── RateLimited               429 rate_limited          (retry after the window)
    │   └── QuotaExceeded             429 quota_exceeded        (daily tokens used up)
    ├── DetectionFailed               503 detection_failed      (fail closed)
    ├── ProviderNotConfigured         503 provider_not_configured
    └── UpstreamError                 502 upstream_error
        ├── UpstreamTimeout           504 upstream_timeout
        └── UpstreamUnavailable       502 upstream_unavailable

Messages never contain customer content: they name types, counts, fields and limits only.
Rendering into the OpenAI or Anthropic error shape happens once, in `aiproxy.api.errors`.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AIProxyError(Exception):
    """Base of every error aiproxy reports to a caller."""

    status: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"
    #: Policy refusals must not be retried by SDKs; transient upstream trouble may be.
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, param: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.details = details
        self.headers: dict[str, str] = {}


class BadRequest(AIProxyError):
    status = 400
    code = "invalid_request"


class MalformedBody(BadRequest):
    code = "malformed_body"


class UnknownFeature(BadRequest):
    code = "unknown_feature"


class FieldNotAllowed(BadRequest):
    code = "field_not_allowed"


class ContentNotAllowed(BadRequest):
    code = "content_not_allowed"


class UninspectableContent(BadRequest):
    code = "uninspectable_content"


class OverTokenBudget(BadRequest):
    code = "over_token_budget"


class BlockedEntities(BadRequest):
    code = "blocked_entities"


class StatefulRequestRefused(BadRequest):
    code = "stateful_request_refused"


class ModelNotServed(BadRequest):
    code = "model_not_served"


class JustificationRequired(BadRequest):
    code = "justification_required"


class PolicyInvalid(BadRequest):
    """A policy reload was refused; `details["problems"]` lists each problem with its path."""

    code = "policy_invalid"


class BodyTooLarge(AIProxyError):
    status = 413
    code = "body_too_large"


class NotFound(AIProxyError):
    status = 404
    code = "not_found"


class Conflict(AIProxyError):
    status = 409
    code = "conflict"


class Gone(AIProxyError):
    status = 410
    code = "gone"


class Unauthenticated(AIProxyError):
    status = 401
    code = "unauthenticated"


class Forbidden(AIProxyError):
    status = 403
    code = "forbidden"


class UserNotAllowed(Forbidden):
    code = "user_not_allowed"


class UserSuspended(Forbidden):
    code = "user_suspended"


class ConsentWithdrawn(Forbidden):
    code = "consent_withdrawn"


class AdminRequired(Forbidden):
    code = "admin_required"


class ReviewerRequired(Forbidden):
    code = "reviewer_required"


class TooManyRequests(AIProxyError):
    status = 429
    code = "too_many_requests"

    def __init__(self, message: str, *, retry_after: int, **details: Any) -> None:
        super().__init__(message, **details)
        self.headers["retry-after"] = str(max(1, retry_after))


class RateLimited(TooManyRequests):
    code = "rate_limited"
    retryable = True


class QuotaExceeded(TooManyRequests):
    code = "quota_exceeded"


class ModelNotAllowed(Forbidden):
    code = "model_not_allowed"


class NoCompliantProvider(Forbidden):
    code = "no_compliant_provider"


class DetectionFailed(AIProxyError):
    status = 503
    code = "detection_failed"


class ProviderNotConfigured(AIProxyError):
    status = 503
    code = "provider_not_configured"


class UpstreamError(AIProxyError):
    status = 502
    code = "upstream_error"
    retryable = True


class UpstreamTimeout(UpstreamError):
    status = 504
    code = "upstream_timeout"


class UpstreamUnavailable(UpstreamError):
    code = "upstream_unavailable"


class PolicyError(Exception):
    """An invalid policy file. Not an HTTP error: it stops start-up or a reload."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
