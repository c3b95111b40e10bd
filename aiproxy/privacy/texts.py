"""Every piece of customer text a provider would read in a request, and how to write it back.

Redaction must see exactly what the provider sees, so this walks each dialect's request
shape and refuses (`UninspectableContent`) anything it cannot read, rather than letting an
unread part through. Walked: system prompts and instructions; message content of every role
(strings or text/refusal parts); tool-call arguments (a JSON string inside JSON: every
string leaf is its own slot, addressed through `EMBEDDED_JSON`; invalid JSON is scanned as
plain text); Anthropic `tool_use.input` leaves and `tool_result` content; Responses input
items; chat `prediction`; embeddings input. Not walked: tool definitions and schemas (our
callers' code, not customer content), message `name` fields, provider-signed Anthropic
`thinking`/`redacted_thinking` blocks, and top-level fields outside the content fields
(minimization's allowlist decides those).

Image, audio and file parts are not text. `attachment_kinds` reports which appear, so
minimization can refuse them unless the feature allows that kind; when allowed they go
upstream without inspection, which is the feature owner's documented choice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from aiproxy.errors import UninspectableContent

Path = tuple[str | int, ...]
Dialect = Literal["chat", "responses", "messages", "embeddings"]
DIALECTS: Final = frozenset(("chat", "responses", "messages", "embeddings"))
AttachmentKind = Literal["images", "audio", "files"]

#: Path step meaning "the string here is JSON; continue inside the parsed value".
EMBEDDED_JSON: Final = "$json"

_SAFE_TYPE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")

_CHAT_ATTACHMENTS: Final = {"image_url": "images", "input_audio": "audio", "file": "files"}
_RESPONSES_ATTACHMENTS: Final = {
    "input_image": "images",
    "input_audio": "audio",
    "input_file": "files",
}
_MESSAGES_ATTACHMENTS: Final = {"image": "images", "document": "files", "container_upload": "files"}
_SIGNED_BLOCKS: Final = frozenset({"thinking", "redacted_thinking"})


@dataclass(frozen=True, slots=True)
class TextSlot:
    """One string the provider would read, and where it sits in the body."""

    path: Path
    text: str


def text_slots(body: Mapping[str, Any], dialect: str) -> list[TextSlot]:
    """All non-empty text slots of `body`, in document order."""
    return _walk(body, dialect).slots


def attachment_kinds(body: Mapping[str, Any], dialect: str) -> set[AttachmentKind]:
    """Which of images/audio/files the body carries (raises on parts it cannot classify)."""
    return _walk(body, dialect).attachments


def apply(body: Mapping[str, Any], replacements: Mapping[Path, str]) -> dict[str, Any]:
    """A new body with each slot's text replaced; the input is never mutated.

    Containers on a replaced path are copied; untouched subtrees are shared with the input.
    Embedded JSON strings are parsed, edited and re-serialized once per string.
    """
    return dict(_replace(body, [(path, text) for path, text in replacements.items()]))


def describe(path: Path) -> str:
    """`messages[2].content[0]` — a path as error messages name it."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _replace(node: Any, edits: list[tuple[Path, str]]) -> Any:
    for path, text in edits:
        if not path:
            return text
    if isinstance(node, str):
        parsed = json.loads(node)
        inner = [(path[1:], text) for path, text in edits]
        return json.dumps(_replace(parsed, inner), ensure_ascii=False)
    groups: dict[str | int, list[tuple[Path, str]]] = {}
    for path, text in edits:
        groups.setdefault(path[0], []).append((path[1:], text))
    copy: Any = dict(node) if isinstance(node, Mapping) else list(node)
    for key, sub in groups.items():
        copy[key] = _replace(node[key], sub)
    return copy


def _walk(body: Mapping[str, Any], dialect: str) -> _Walker:
    walker = _Walker()
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}")
    getattr(walker, dialect)(body)
    return walker


def _refuse(path: Path, what: str) -> UninspectableContent:
    where = describe(path)
    return UninspectableContent(f"cannot inspect {where}: {what}", param=where, path=where)


def _type_name(value: Any) -> str:
    """A part's declared type, safe to echo: schema words only, never free text."""
    return repr(value) if isinstance(value, str) and _SAFE_TYPE.match(value) else "unrecognized"


class _Walker:
    """Collects slots and attachment kinds in one pass over a body."""

    def __init__(self) -> None:
        self.slots: list[TextSlot] = []
        self.attachments: set[AttachmentKind] = set()

    def chat(self, body: Mapping[str, Any]) -> None:
        for i, message in self._dicts(("messages",), body.get("messages")):
            path: Path = ("messages", i)
            if message.get("content") is not None:
                self._parts((*path, "content"), message["content"], _CHAT_ATTACHMENTS)
            if message.get("refusal") is not None:
                self._text((*path, "refusal"), message["refusal"])
            if message.get("audio") is not None:
                self.attachments.add("audio")
            for j, call in self._dicts((*path, "tool_calls"), message.get("tool_calls")):
                self._chat_tool_call((*path, "tool_calls", j), call)
            if message.get("function_call") is not None:
                call_path = (*path, "function_call")
                call = self._dict(call_path, message["function_call"])
                self._json_text((*call_path, "arguments"), call.get("arguments"))
        prediction = body.get("prediction")
        if prediction is not None:
            predicted = self._dict(("prediction",), prediction)
            self._parts(("prediction", "content"), predicted.get("content"), {})

    def responses(self, body: Mapping[str, Any]) -> None:
        if body.get("instructions") is not None:
            self._text(("instructions",), body["instructions"])
        items = body.get("input")
        if isinstance(items, str):
            self._text(("input",), items)
        else:
            for i, item in self._dicts(("input",), items):
                self._responses_item(("input", i), item)
        prompt = body.get("prompt")
        if prompt is not None:
            variables = self._dict(("prompt",), prompt).get("variables") or {}
            for name, value in self._dict(("prompt", "variables"), variables).items():
                var_path: Path = ("prompt", "variables", name)
                if isinstance(value, str):
                    self._text(var_path, value)
                else:
                    self._part(var_path, self._dict(var_path, value), _RESPONSES_ATTACHMENTS)

    def messages(self, body: Mapping[str, Any]) -> None:
        system = body.get("system")
        if system is not None:
            self._blocks(("system",), system, allowed=frozenset({"text"}))
        for i, message in self._dicts(("messages",), body.get("messages")):
            self._blocks(("messages", i, "content"), message.get("content"))

    def embeddings(self, body: Mapping[str, Any]) -> None:
        value = body.get("input")
        if isinstance(value, str):
            self._text(("input",), value)
            return
        if not isinstance(value, list):
            if value is not None:
                raise _refuse(("input",), f"expected text, got {type(value).__name__}")
            return
        for i, entry in enumerate(value):
            if not isinstance(entry, str):
                raise _refuse(("input", i), "token ids cannot be inspected; send text")
            self._text(("input", i), entry)

    def _chat_tool_call(self, path: Path, call: Mapping[str, Any]) -> None:
        kind = call.get("type", "function")
        if kind == "function":
            function = self._dict((*path, "function"), call.get("function"))
            self._json_text((*path, "function", "arguments"), function.get("arguments"))
        elif kind == "custom":
            custom = self._dict((*path, "custom"), call.get("custom"))
            self._text((*path, "custom", "input"), custom.get("input"))
        else:
            raise _refuse(path, f"unknown tool call type {_type_name(kind)}")

    def _responses_item(self, path: Path, item: Mapping[str, Any]) -> None:
        kind = item.get("type", "message" if "role" in item else None)
        if kind == "message":
            self._parts((*path, "content"), item.get("content"), _RESPONSES_ATTACHMENTS)
        elif kind == "function_call":
            self._json_text((*path, "arguments"), item.get("arguments"))
        elif kind in ("function_call_output", "custom_tool_call_output"):
            self._parts((*path, "output"), item.get("output"), _RESPONSES_ATTACHMENTS)
        elif kind == "custom_tool_call":
            self._text((*path, "input"), item.get("input"))
        elif kind == "reasoning":
            # Summaries are model text we may have restored; encrypted_content is the
            # provider's own ciphertext of already-redacted input and is passed back as is.
            for field in ("summary", "content"):
                if item.get(field) is not None:
                    self._parts((*path, field), item[field], {})
        elif kind != "item_reference":
            raise _refuse(path, f"unknown input item type {_type_name(kind)}")

    def _parts(self, path: Path, value: Any, attachments: Mapping[str, str]) -> None:
        """OpenAI content: a string or a list of content parts."""
        if isinstance(value, str):
            self._text(path, value)
            return
        for i, part in self._dicts(path, value):
            self._part((*path, i), part, attachments)

    def _part(self, path: Path, part: Mapping[str, Any], attachments: Mapping[str, str]) -> None:
        kind = part.get("type")
        if kind in ("text", "input_text", "output_text", "summary_text", "reasoning_text"):
            self._text((*path, "text"), part.get("text"))
        elif kind == "refusal":
            self._text((*path, "refusal"), part.get("refusal"))
        elif isinstance(kind, str) and kind in attachments:
            self.attachments.add(attachments[kind])  # type: ignore[arg-type]
        else:
            raise _refuse(path, f"unknown content part type {_type_name(kind)}")

    def _blocks(self, path: Path, value: Any, allowed: frozenset[str] | None = None) -> None:
        """Anthropic content: a string or a list of content blocks."""
        if isinstance(value, str):
            self._text(path, value)
            return
        for i, block in self._dicts(path, value):
            block_path = (*path, i)
            kind = block.get("type")
            if allowed is not None and kind not in allowed:
                raise _refuse(block_path, f"unexpected block type {_type_name(kind)}")
            if kind == "text":
                self._text((*block_path, "text"), block.get("text"))
            elif kind in ("tool_use", "server_tool_use"):
                self._json_value((*block_path, "input"), block.get("input"))
            elif kind == "tool_result":
                if block.get("content") is not None:
                    self._blocks((*block_path, "content"), block["content"])
            elif kind == "search_result":
                self._text((*block_path, "title"), block.get("title"))
                self._blocks((*block_path, "content"), block.get("content"), frozenset({"text"}))
            elif isinstance(kind, str) and kind in _MESSAGES_ATTACHMENTS:
                self.attachments.add(_MESSAGES_ATTACHMENTS[kind])  # type: ignore[arg-type]
            elif kind not in _SIGNED_BLOCKS:
                raise _refuse(block_path, f"unknown content block type {_type_name(kind)}")

    def _text(self, path: Path, value: Any) -> None:
        if not isinstance(value, str):
            raise _refuse(path, f"expected text, got {type(value).__name__}")
        if value:
            self.slots.append(TextSlot(path, value))

    def _json_text(self, path: Path, value: Any) -> None:
        """A JSON document carried as a string (tool-call arguments)."""
        if not isinstance(value, str):
            raise _refuse(path, f"expected a JSON string, got {type(value).__name__}")
        try:
            parsed = json.loads(value)
        except ValueError:
            self._text(path, value)
            return
        self._json_value((*path, EMBEDDED_JSON), parsed)

    def _json_value(self, path: Path, value: Any) -> None:
        """Every string leaf of a JSON value; keys are schema, numbers and booleans not text."""
        if isinstance(value, str):
            self._text(path, value)
        elif isinstance(value, Mapping):
            for key, child in value.items():
                self._json_value((*path, key), child)
        elif isinstance(value, list):
            for i, child in enumerate(value):
                self._json_value((*path, i), child)

    def _dicts(self, path: Path, value: Any) -> list[tuple[int, Mapping[str, Any]]]:
        """Entries of a list of objects (absent: none)."""
        if value is None:
            return []
        if not isinstance(value, list):
            raise _refuse(path, f"expected a list, got {type(value).__name__}")
        return [(i, self._dict((*path, i), entry)) for i, entry in enumerate(value)]

    def _dict(self, path: Path, value: Any) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise _refuse(path, f"expected an object, got {type(value).__name__}")
        return value
