"""Putting originals back where the model wrote our placeholders: whole bodies and text streams.

Only placeholders this request issued are restored; anything the model invents in the same
shape (`<PERSON_7>` when only `<PERSON_1>` was issued) stays as written, so nothing another
request pseudonymized can ever appear.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiproxy.privacy.pseudonyms import PLACEHOLDER_PATTERN, PseudonymMap

#: Provider-signed blocks: altering one invalidates its signature on the next turn.
_SIGNED_BLOCKS = frozenset({"thinking", "redacted_thinking"})


def restore_text(text: str, pseudonyms: PseudonymMap, *, json_escape: bool = False) -> str:
    """`text` with every issued placeholder replaced by its original.

    With `json_escape`, originals are escaped for the inside of a JSON string literal
    (placeholders can only sit inside string literals of JSON text), so restoring a value
    containing a quote or backslash keeps the JSON valid.
    """
    if "<" not in text:
        return text

    def original(match: Any) -> str:
        value = pseudonyms.original(match.group(0))
        if value is None:
            return str(match.group(0))
        return json.dumps(value, ensure_ascii=False)[1:-1] if json_escape else value

    return PLACEHOLDER_PATTERN.sub(original, text)


def restore_body(body: Any, pseudonyms: PseudonymMap) -> Any:
    """A copy of a JSON response with placeholders restored in every string value.

    Strings that are themselves JSON documents (tool-call arguments, Responses
    `function_call.arguments`, JSON-mode output) are restored with JSON escaping so they
    stay parseable. Anthropic `thinking`/`redacted_thinking` blocks are returned untouched.
    Keys are not restored: they are schema, not content.
    """
    if not pseudonyms:
        return body
    return _restore(body, pseudonyms)


def _restore(node: Any, pseudonyms: PseudonymMap) -> Any:
    if isinstance(node, str):
        if not PLACEHOLDER_PATTERN.search(node):
            return node
        return restore_text(node, pseudonyms, json_escape=_is_json_document(node))
    if isinstance(node, Mapping):
        if node.get("type") in _SIGNED_BLOCKS:
            return node
        return {key: _restore(value, pseudonyms) for key, value in node.items()}
    if isinstance(node, list):
        return [_restore(value, pseudonyms) for value in node]
    return node


def _is_json_document(text: str) -> bool:
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[":
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


class TextRestorer:
    """Restores one streamed text channel whose placeholders may be split across chunks.

    `feed` releases everything except a trailing suffix that is the start of an issued
    placeholder (`<`, `<PER`, `<PERSON_1`), which it holds until the next piece completes or
    rules it out; text that cannot begin a placeholder is never delayed. `flush` releases
    what is held at the end of the channel.
    """

    __slots__ = ("_held", "_json_escape", "_prefixes", "_pseudonyms")

    def __init__(self, pseudonyms: PseudonymMap, *, json_escape: bool = False) -> None:
        self._pseudonyms = pseudonyms
        self._json_escape = json_escape
        self._held = ""
        self._prefixes = frozenset(
            placeholder[:cut]
            for placeholder in pseudonyms.placeholders()
            for cut in range(1, len(placeholder))
        )

    def feed(self, piece: str) -> str:
        text = self._held + piece
        start = text.rfind("<")
        if start != -1 and text[start:] in self._prefixes:
            text, self._held = text[:start], text[start:]
        else:
            self._held = ""
        return restore_text(text, self._pseudonyms, json_escape=self._json_escape)

    def flush(self) -> str:
        held, self._held = self._held, ""
        return held

    @property
    def holding(self) -> bool:
        return bool(self._held)
