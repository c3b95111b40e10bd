"""The redaction glue: one batched detection call, block lists, actions per type."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest

from aiproxy.errors import BlockedEntities, DetectionFailed, UninspectableContent
from aiproxy.policy.schema import Redaction
from aiproxy.privacy.findings import DetectionSpec, Finding
from aiproxy.privacy.redact import redact

KEY = b"test-hash-key"


class LiteralAnalyzer:
    """Finds fixed literal strings; records every call so tests can check batching."""

    def __init__(self, literals: dict[str, str], extra: Sequence[Finding] = ()) -> None:
        self.literals = literals
        self.extra = list(extra)
        self.calls: list[tuple[list[str], DetectionSpec]] = []

    async def analyze_many(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        self.calls.append((list(texts), spec))
        results: list[list[Finding]] = []
        for text in texts:
            found = []
            for literal, entity_type in self.literals.items():
                if entity_type not in spec.entities:
                    continue
                start = text.find(literal)
                while start != -1:
                    found.append(Finding(entity_type, start, start + len(literal), 0.9))
                    start = text.find(literal, start + 1)
            found.extend(f for f in self.extra if f.end <= len(text))
            results.append(sorted(found, key=lambda f: f.start))
        return results


class BrokenAnalyzer:
    def __init__(self, result: Any = None, exc: Exception | None = None) -> None:
        self.result, self.exc = result, exc

    async def analyze_many(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        if self.exc is not None:
            raise self.exc
        return self.result  # type: ignore[no-any-return]


def chat(*contents: str) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": c} for c in contents]}


def contents(body: dict[str, Any]) -> list[str]:
    return [m["content"] for m in body["messages"]]


PEOPLE = {"Jane Roe": "PERSON", "jane@example.com": "EMAIL_ADDRESS", "John Doe": "PERSON"}
RULES = Redaction(entities=("PERSON", "EMAIL_ADDRESS"))


async def run(
    body: dict[str, Any],
    rules: Redaction = RULES,
    analyzer: Any = None,
    dialect: str = "chat",
) -> Any:
    analyzer = analyzer if analyzer is not None else LiteralAnalyzer(PEOPLE)
    return await redact(body, dialect, rules, analyzer, policy_version="v1", hash_key=KEY)


async def test_pseudonymizes_consistently_when_value_repeats_across_slots() -> None:
    body = chat("Jane Roe wrote", "to John Doe and Jane Roe", "mail jane@example.com")
    result = await run(body)
    assert contents(result.body) == [
        "<PERSON_1> wrote",
        "to <PERSON_2> and <PERSON_1>",
        "mail <EMAIL_ADDRESS_1>",
    ]
    assert result.pseudonyms.original("<PERSON_1>") == "Jane Roe"
    assert dict(result.counts) == {"PERSON": 3, "EMAIL_ADDRESS": 1}
    assert dict(result.actions) == {"PERSON": "pseudonymize", "EMAIL_ADDRESS": "pseudonymize"}


async def test_calls_analyzer_once_when_many_slots() -> None:
    analyzer = LiteralAnalyzer(PEOPLE)
    await run(chat("a Jane Roe", "b", "c"), analyzer=analyzer)
    assert len(analyzer.calls) == 1
    texts, spec = analyzer.calls[0]
    assert texts == ["a Jane Roe", "b", "c"]
    assert spec.policy_version == "v1"


async def test_input_body_unchanged_when_redacted() -> None:
    body = chat("Jane Roe")
    await run(body)
    assert contents(body) == ["Jane Roe"]


async def test_returns_body_untouched_without_analyzer_when_no_entities_or_block() -> None:
    analyzer = LiteralAnalyzer(PEOPLE)
    body = chat("Jane Roe")
    result = await run(body, Redaction(), analyzer)
    assert result.body is body
    assert analyzer.calls == []
    assert not result.pseudonyms
    assert dict(result.counts) == {}


async def test_skips_analyzer_when_body_has_no_text() -> None:
    analyzer = LiteralAnalyzer(PEOPLE)
    result = await run({"model": "m", "messages": []}, analyzer=analyzer)
    assert analyzer.calls == []
    assert result.body == {"model": "m", "messages": []}


async def test_per_entity_action_overrides_default_when_configured() -> None:
    rules = Redaction(
        entities=("PERSON", "EMAIL_ADDRESS"),
        action="replace",
        actions={"EMAIL_ADDRESS": "mask"},
    )
    result = await run(chat("Jane Roe <jane@example.com>"), rules)
    assert contents(result.body) == ["<PERSON> <j***************>"]
    assert dict(result.actions) == {"PERSON": "replace", "EMAIL_ADDRESS": "mask"}
    assert not result.pseudonyms


async def test_hash_action_uses_key_when_configured() -> None:
    result = await run(chat("Jane Roe"), Redaction(entities=("PERSON",), action="hash"))
    (text,) = contents(result.body)
    assert text.startswith("<PERSON:") and len(text) == len("<PERSON:") + 11


async def test_blocks_with_types_and_counts_only_when_blocked_type_found() -> None:
    literals = {**PEOPLE, "123-45-6789": "US_SSN", "diabetes": "SPECIAL_CATEGORY"}
    rules = Redaction(entities=("PERSON",), block=("US_SSN", "SPECIAL_CATEGORY"))
    body = chat("Jane Roe 123-45-6789", "diabetes and diabetes")
    with pytest.raises(BlockedEntities) as caught:
        await run(body, rules, LiteralAnalyzer(literals))
    error = caught.value
    assert error.message == (
        "request contains blocked personal data: SPECIAL_CATEGORY\N{MULTIPLICATION SIGN}2, "
        "US_SSN\N{MULTIPLICATION SIGN}1"
    )
    assert error.details == {"counts": {"SPECIAL_CATEGORY": 2, "US_SSN": 1}}
    assert "123-45" not in str(error) and "Jane" not in str(error)


async def test_detects_block_types_when_not_in_entities() -> None:
    analyzer = LiteralAnalyzer({"123-45-6789": "US_SSN"})
    with pytest.raises(BlockedEntities):
        await run(chat("ssn 123-45-6789"), Redaction(block=("US_SSN",)), analyzer)
    assert analyzer.calls[0][1].entities == frozenset({"US_SSN"})


async def test_spec_carries_policy_settings_when_detecting() -> None:
    analyzer = LiteralAnalyzer(PEOPLE)
    rules = Redaction(entities=("PERSON",), block=("US_SSN",), allow_list=("Acme",), min_score=0.7)
    await run(chat("x"), rules, analyzer)
    spec = analyzer.calls[0][1]
    assert spec == DetectionSpec(frozenset({"PERSON", "US_SSN"}), frozenset({"Acme"}), 0.7, "v1")


async def test_blocks_when_blocked_finding_overlaps_another() -> None:
    overlapping = [Finding("PHONE_NUMBER", 0, 11, 0.9), Finding("US_SSN", 0, 11, 0.8)]
    analyzer = LiteralAnalyzer({}, extra=overlapping)
    rules = Redaction(entities=("PHONE_NUMBER",), block=("US_SSN",))
    with pytest.raises(BlockedEntities):
        await run(chat("123-45-6789"), rules, analyzer)


async def test_resolves_overlaps_when_analyzer_returns_them() -> None:
    overlapping = [
        Finding("PERSON", 0, 4, 0.9),
        Finding("PERSON", 0, 8, 0.6),
        Finding("EMAIL_ADDRESS", 5, 12, 0.9),
    ]
    result = await run(chat("Jane Roe xyz!"), analyzer=LiteralAnalyzer({}, extra=overlapping))
    assert contents(result.body) == ["<PERSON_1> xyz!"]
    assert dict(result.counts) == {"PERSON": 1}


async def test_ignores_unrequested_types_when_analyzer_returns_them() -> None:
    extra = [Finding("LOCATION", 0, 4, 0.99)]
    result = await run(chat("Rome"), analyzer=LiteralAnalyzer({}, extra=extra))
    assert contents(result.body) == ["Rome"]


async def test_skips_user_typed_placeholders_when_numbering() -> None:
    result = await run(chat("<PERSON_1> is not Jane Roe"))
    assert contents(result.body) == ["<PERSON_1> is not <PERSON_2>"]
    assert result.pseudonyms.original("<PERSON_1>") is None


async def test_redacts_tool_arguments_and_keeps_json_when_chat_tool_call() -> None:
    body = {
        "messages": [
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "type": "function",
                        "function": {"name": "f", "arguments": '{"to": "Jane Roe"}'},
                    }
                ],
            }
        ]
    }
    result = await run(body)
    arguments = result.body["messages"][0]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(arguments) == {"to": "<PERSON_1>"}


async def test_redacts_anthropic_body_when_messages_dialect() -> None:
    body = {
        "system": "Agent for Jane Roe",
        "messages": [
            {"role": "user", "content": [{"type": "tool_result", "content": "jane@example.com"}]},
            {"role": "assistant", "content": [{"type": "tool_use", "input": {"who": "Jane Roe"}}]},
        ],
    }
    result = await run(body, dialect="messages")
    assert result.body["system"] == "Agent for <PERSON_1>"
    assert result.body["messages"][0]["content"][0]["content"] == "<EMAIL_ADDRESS_1>"
    assert result.body["messages"][1]["content"][0]["input"] == {"who": "<PERSON_1>"}


async def test_refuses_before_detection_when_content_uninspectable() -> None:
    analyzer = LiteralAnalyzer(PEOPLE)
    body = {"messages": [{"role": "user", "content": [{"type": "mystery"}]}]}
    with pytest.raises(UninspectableContent):
        await run(body, analyzer=analyzer)
    assert analyzer.calls == []


async def test_detection_failed_when_analyzer_raises() -> None:
    with pytest.raises(DetectionFailed):
        await run(chat("x"), analyzer=BrokenAnalyzer(exc=RuntimeError("boom Jane")))


async def test_detection_failed_propagates_when_engine_reports_it() -> None:
    with pytest.raises(DetectionFailed, match="engine down"):
        await run(chat("x"), analyzer=BrokenAnalyzer(exc=DetectionFailed("engine down")))


async def test_detection_failed_when_result_count_mismatches() -> None:
    with pytest.raises(DetectionFailed):
        await run(chat("x", "y"), analyzer=BrokenAnalyzer(result=[[]]))


async def test_detection_failed_when_span_out_of_range() -> None:
    bad = [[Finding("PERSON", 0, 99, 0.9)]]
    with pytest.raises(DetectionFailed):
        await run(chat("short"), analyzer=BrokenAnalyzer(result=bad))


async def test_redacted_repr_hides_values_when_printed() -> None:
    result = await run(chat("Jane Roe"))
    assert "Jane" not in repr(result.pseudonyms)
