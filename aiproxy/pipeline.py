"""One request, top to bottom: the ten steps of design.md, one call each, in order.

Steps 1-7 only decide and transform; nothing leaves aiproxy before step 8, so any refusal or
failure before then sends nothing upstream. Steps 9 and 10 happen while the response is
relayed (see aiproxy.api.relay), because a stream is restored and accounted as it flows.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiproxy.auth.identity import claims
from aiproxy.auth.principal import Principal
from aiproxy.errors import MalformedBody, Unauthenticated
from aiproxy.hooks import UNKNOWN_MODEL, ExchangeRecord, GateContext
from aiproxy.policy.decide import Decision, decide, resolve_feature
from aiproxy.privacy.minimize import Minimized, minimize
from aiproxy.privacy.redact import Redacted, redact
from aiproxy.privacy.texts import attachment_kinds, text_slots
from aiproxy.privacy.tokens import count_request
from aiproxy.providers.base import Dialect, EnforceContext, Outbound, ProviderAdapter
from aiproxy.providers.forward import Upstream, send
from aiproxy.providers.routing import route
from aiproxy.services import Services


@dataclass(frozen=True)
class Call:
    """A parsed inbound API call: which API, its JSON body, its (lower-cased) headers."""

    dialect: Dialect
    body: dict[str, Any]
    headers: Mapping[str, str]
    request_id: str


@dataclass(frozen=True)
class Prepared:
    """Everything decided about a call before it may be forwarded."""

    call: Call
    principal: Principal
    user: str
    decision: Decision
    minimized: Minimized
    redacted: Redacted
    adapter: ProviderAdapter
    outbound: Outbound
    model: str
    policy_version: str

    @property
    def stream(self) -> bool:
        return bool(self.outbound.body.get("stream"))


def new_request_id() -> str:
    return "req_" + uuid.uuid4().hex


def model_of(body: Mapping[str, Any]) -> str:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise MalformedBody("'model' is required and must be a string", param="model")
    return model


class Pipeline:
    def __init__(self, services: Services) -> None:
        self.services = services

    async def prepare(self, call: Call, record: ExchangeRecord) -> Prepared:
        """Steps 1-7. `record` is filled in as each step completes, so a refusal is recorded
        with everything known up to the step that refused."""
        s = self.services
        runtime = s.runtime  # one policy snapshot for the whole request
        policy = runtime.loaded.policy
        record.policy_version = runtime.loaded.version
        said = claims(call.headers)

        principal = await self.authenticate(said.key)  # 1
        record.principal = principal.name
        user = said.user or principal.name  # 2
        record.user, record.user_pseudonym = user, s.keyring.user_pseudonym(user)
        roles = await s.access.roles.get(user, lambda: s.roles.roles_for(user))
        feature_name = resolve_feature(policy, said.feature, principal.bound_feature)  # 3
        record.feature = feature_name
        model = model_of(call.body)
        # The caller chooses this string: only a name the policy knows goes into any record.
        record.model = model if policy.serves(model) else UNKNOWN_MODEL
        decision = decide(policy, feature_name, roles, model)
        await self.check_gates(call, principal.name, user, decision, model)
        minimized = self.minimize(call.dialect, call.body, decision, model)  # 4
        record.dropped_fields = minimized.dropped_fields
        record.input_tokens = minimized.input_tokens
        started = time.perf_counter()
        redacted = await self.redact(call.dialect, minimized, decision, runtime.loaded.version)  # 5
        record.redaction_ms = (time.perf_counter() - started) * 1000
        record.redactions, record.actions = dict(redacted.counts), dict(redacted.actions)
        adapter = route(runtime.adapters, model, call.dialect, decision.feature.require)  # 6
        record.provider = adapter.name
        enforce_ctx = EnforceContext(decision.feature, record.user_pseudonym, call.headers)
        outbound = adapter.enforce(call.dialect, redacted.body, enforce_ctx)  # 7
        record.enforced, record.request_body = tuple(outbound.forced), outbound.body
        record.stream = bool(outbound.body.get("stream"))
        return Prepared(
            call,
            principal,
            user,
            decision,
            minimized,
            redacted,
            adapter,
            outbound,
            model,
            runtime.loaded.version,
        )

    async def forward(self, prepared: Prepared) -> Upstream:  # 8
        adapter = prepared.adapter
        request = adapter.build_request(prepared.call.dialect, prepared.outbound, prepared.model)
        return await send(adapter.client, adapter.name, request)

    async def check_gates(
        self, call: Call, principal: str, user: str, decision: Decision, model: str
    ) -> None:
        ctx = GateContext(call.request_id, principal, user, decision, model)
        for gate in self.services.gates:
            await gate.check(ctx)

    async def authenticate(self, key: str) -> Principal:
        s = self.services
        digest = hashlib.sha256(key.encode()).hexdigest()  # the cache never holds the key
        principal = await s.access.principals.get(digest, lambda: s.keys.authenticate(key))
        if principal is None:
            raise Unauthenticated("invalid or revoked API key")
        return principal

    def minimize(
        self, dialect: Dialect, body: dict[str, Any], decision: Decision, model: str
    ) -> Minimized:
        counter = self.services.tokens
        known: dict[str, int] = {}  # history truncation recounts: encode each text once

        def tokens_of(text: str) -> int:
            if text not in known:
                known[text] = counter.count_text(model, text)
            return known[text]

        def count(candidate: dict[str, Any]) -> int:
            slots = text_slots(candidate, dialect)
            history = candidate.get("messages") or candidate.get("input")
            units = len(history) if isinstance(history, list) else 1
            return count_request((tokens_of(slot.text) for slot in slots), units)

        return minimize(
            body, dialect, decision.feature, lambda b: attachment_kinds(b, dialect), count
        )

    async def redact(
        self, dialect: Dialect, minimized: Minimized, decision: Decision, policy_version: str
    ) -> Redacted:
        return await redact(
            minimized.body,
            dialect,
            decision.feature.redact,
            self.services.analyzer,
            policy_version=policy_version,
            hash_key=self.services.keyring.derive("hash-action"),
        )
