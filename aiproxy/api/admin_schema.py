"""The admin API's OpenAPI 3.1 description, built from the policy in force (role names are an
enum of the roles it defines), served at GET /admin/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from aiproxy.api.admin_common import MAX_PAGE_SIZE
from aiproxy.policy.schema import Policy

Schema = dict[str, Any]

_PRINCIPAL = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$"
_USER_ID = {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._@:+-]{0,199}$"}
_ERRORS = {
    "400": "Malformed or invalid input (code names the problem)",
    "401": "Missing, unknown or revoked API key",
    "403": "The key's principal holds no admin role",
    "404": "Unknown user, key or endpoint",
    "409": "Conflicts with the current state (double grant, last admin, …)",
}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(required: list[str], **props: Schema) -> Schema:
    return {"type": "object", "required": required, "properties": props}


def _list(item: str, cursor: Schema) -> Schema:
    return _obj(
        ["object", "data", "next_after"],
        object={"const": "list"},
        data={"type": "array", "items": _ref(item)},
        next_after={"anyOf": [cursor, {"type": "null"}]},
    )


def _components(roles: list[str]) -> Schema:
    text, stamp = {"type": "string"}, {"type": "string", "format": "date-time"}
    nullable = {"type": ["string", "null"]}
    key = _obj(
        ["id", "principal", "kind", "feature", "created_at", "revoked_at", "active"],
        id=text,
        principal=text,
        kind={"enum": ["service", "person"]},
        feature=nullable,
        created_at=stamp,
        revoked_at={"anyOf": [stamp, {"type": "null"}]},
        active={"type": "boolean"},
    )
    error_detail = _obj(
        ["message", "type", "code"],
        message=text,
        type=text,
        param=nullable,
        code=text,
        problems={"type": "array", "items": text},
    )
    standing = _obj(
        ["user", "status", "consent"],
        user=text,
        status={"enum": ["active", "suspended"]},
        consent={"enum": ["given", "withdrawn"]},
    )
    user = {**standing, "required": [*standing["required"], "roles"]}
    user["properties"] = {**standing["properties"], "roles": {"type": "array", "items": text}}
    assignment = _obj(
        ["user", "role", "granted_by", "granted_at"],
        user=text,
        role=text,
        granted_by=text,
        granted_at=stamp,
        revoked={"type": "boolean"},
    )
    new_key = {**key, "required": [*key["required"], "key"]}
    new_key["properties"] = {**key["properties"], "key": text, "replaces": text}
    audit_entry = _obj(
        ["id", "at", "actor", "action", "subject", "details", "prev_hash", "hash"],
        id={"type": "integer"},
        at=stamp,
        actor=text,
        action=text,
        subject=text,
        details={"type": "object"},
        prev_hash=text,
        hash=text,
    )
    return {
        "schemas": {
            "Error": _obj(["error"], error=error_detail),
            "User": user,
            "Standing": standing,
            "Assignment": assignment,
            "Key": key,
            "NewKey": new_key,
            "AuditEntry": audit_entry,
            "UserList": _list("User", text),
            "KeyList": _list("Key", text),
            "AuditList": _list("AuditEntry", {"type": "integer"}),
            "Grant": {
                "type": "object",
                "required": ["role"],
                "additionalProperties": False,
                "properties": {"role": {"enum": roles} if roles else text},
            },
            "KeyRequest": {
                "type": "object",
                "required": ["principal"],
                "additionalProperties": False,
                "properties": {
                    "principal": {"type": "string", "pattern": _PRINCIPAL},
                    "kind": {"enum": ["service", "person"]},
                    "feature": {"type": "string"},
                },
            },
            "Policy": _obj(["version", "path", "policy"], version=text, path=text, policy={}),
            "Reloaded": _obj(["previous_version", "version"], previous_version=text, version=text),
        },
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    }


def _op(summary: str, ok: str, schema: str, *, status: str = "200", **extra: Any) -> Schema:
    responses: Schema = {
        status: {"description": ok, "content": {"application/json": {"schema": _ref(schema)}}}
    }
    for code, why in _ERRORS.items():
        content = {"application/json": {"schema": _ref("Error")}}
        responses[code] = {"description": why, "content": content}
    return {"summary": summary, "responses": responses, **extra}


def _param(name: str, where: str, schema: Schema, required: bool = False) -> Schema:
    return {"name": name, "in": where, "required": required or where == "path", "schema": schema}


def _body(schema: str) -> Schema:
    return {"required": True, "content": {"application/json": {"schema": _ref(schema)}}}


def admin_openapi(policy: Policy) -> Schema:
    roles = sorted(policy.roles)
    user = _param("user", "path", _USER_ID)
    key_id = _param("key_id", "path", {"type": "string"})
    limit = _param("limit", "query", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE})
    text_filter = {"type": "string", "minLength": 1, "maxLength": 255}
    moment = {"type": "string", "format": "date-time"}
    standing = "Standing"
    return {
        "openapi": "3.1.0",
        "info": {"title": "aiproxy admin API", "version": "1"},
        "security": [{"bearer": []}],
        "paths": {
            "/admin/v1/users": {
                "get": _op(
                    "List users with roles, status and consent",
                    "A page of users",
                    "UserList",
                    parameters=[limit, _param("after", "query", _USER_ID)],
                )
            },
            "/admin/v1/users/{user}": {
                "get": _op("Show one user", "The user", "User", parameters=[user])
            },
            "/admin/v1/users/{user}/roles": {
                "post": _op(
                    "Grant a role the policy defines",
                    "Granted",
                    "Assignment",
                    status="201",
                    parameters=[user],
                    requestBody=_body("Grant"),
                )
            },
            "/admin/v1/users/{user}/roles/{role}": {
                "delete": _op(
                    "Revoke a role (the last admin cannot be revoked)",
                    "Revoked",
                    "Assignment",
                    parameters=[user, _param("role", "path", {"type": "string"})],
                )
            },
            "/admin/v1/users/{user}/suspend": {
                "post": _op("Suspend from AI features", "Suspended", standing, parameters=[user])
            },
            "/admin/v1/users/{user}/reinstate": {
                "post": _op("Lift a suspension", "Reinstated", standing, parameters=[user])
            },
            "/admin/v1/users/{user}/consent/withdraw": {
                "post": _op("Record withdrawn consent", "Recorded", standing, parameters=[user])
            },
            "/admin/v1/users/{user}/consent/restore": {
                "post": _op("Record consent given again", "Recorded", standing, parameters=[user])
            },
            "/admin/v1/keys": {
                "get": _op("List API keys (never secrets)", "Every key", "KeyList"),
                "post": _op(
                    "Create an API key (its secret is in this response only)",
                    "Created",
                    "NewKey",
                    status="201",
                    requestBody=_body("KeyRequest"),
                ),
            },
            "/admin/v1/keys/{key_id}/rotate": {
                "post": _op(
                    "Revoke a key and issue its successor",
                    "Successor",
                    "NewKey",
                    status="201",
                    parameters=[key_id],
                )
            },
            "/admin/v1/keys/{key_id}/revoke": {
                "post": _op("Revoke a key now", "Revoked", "Key", parameters=[key_id])
            },
            "/admin/v1/policy": {"get": _op("The policy in force", "Policy", "Policy")},
            "/admin/v1/policy/reload": {
                "post": _op("Reload the policy from disk", "Reloaded", "Reloaded")
            },
            "/admin/v1/audit": {
                "get": _op(
                    "Audit entries, oldest first",
                    "A page of entries",
                    "AuditList",
                    parameters=[
                        _param("actor", "query", text_filter),
                        _param("subject", "query", text_filter),
                        _param("action", "query", text_filter),
                        _param("since", "query", moment),
                        _param("until", "query", moment),
                        _param("after", "query", {"type": "integer", "minimum": 0}),
                        limit,
                    ],
                )
            },
        },
        "components": _components(roles),
    }
