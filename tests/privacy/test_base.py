"""The regex recognizer base: rules run in order, each span once, a rule's own test applies."""

from __future__ import annotations

import re

import pytest

from aiproxy.privacy.recognizers.base import (
    RegexRecognizer,
    Rule,
    alternation,
    answers,
    fold_case,
    fold_pattern,
)


def _even(match: re.Match[str], text: str) -> bool:
    return int(match.group()) % 2 == 0


class _Numbers(RegexRecognizer):
    ENTITY = "NUMBER"
    RULES = (
        Rule("even", re.compile(r"\d+"), 0.9, accept=_even),
        Rule("any", re.compile(r"\d+"), 0.5),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        return None if match.group() == "0" else rule.score


def test_a_rule_that_rejects_a_match_leaves_it_to_the_next_rule() -> None:
    spans = {(s.start, s.end): s.score for s in _Numbers().spans("4 7 0")}
    assert spans == {(0, 1): 0.9, (2, 3): 0.5}


def test_the_recognizers_check_runs_before_any_rule_accepts() -> None:
    assert not any(s.start == 4 for s in _Numbers().spans("4 7 0"))


def test_a_group_rule_flags_only_its_group() -> None:
    class Keyed(RegexRecognizer):
        ENTITY = "SECRET"
        RULES = (Rule("kv", re.compile(r"key=(?P<value>\w+)"), 0.8, "value"),)

    assert [(s.start, s.end) for s in Keyed().spans("a key=abc")] == [(6, 9)]


def test_fold_case_lowers_letters_and_keeps_every_offset() -> None:
    text = "ÉPILEPSIE, Démence, İstanbul, ДИАБЕТ"
    folded = fold_case(text)
    assert len(folded) == len(text)
    assert folded.startswith("épilepsie, démence, istanbul") and folded.endswith("диабет")


def test_a_folded_rule_matches_any_case_at_the_texts_own_offsets() -> None:
    class Terms(RegexRecognizer):
        ENTITY = "SPECIAL_CATEGORY"
        RULES = (Rule("term", re.compile(r"\bdiabetes\b"), 0.7, folded=True),)

    text = "Note: DIABETES, then Diabetes"
    assert [text[s.start : s.end] for s in Terms().spans(text)] == ["DIABETES", "Diabetes"]


def test_fold_pattern_lowers_literals_and_keeps_escapes() -> None:
    pattern = re.compile(fold_pattern(r"\bDiagnosed\s+WITH\W[A-Z]\S+"))
    assert pattern.pattern == r"\bdiagnosed\s+with\W[a-z]\S+"
    assert pattern.search(fold_case("DIAGNOSED WITH:MS")) is not None


def test_fold_pattern_refuses_a_case_sensitive_part() -> None:
    with pytest.raises(ValueError):
        fold_pattern(r"\b(?-i:[A-Z]{2,6})\s+member")


def test_alternation_tests_a_shared_word_boundary_once_and_keeps_every_branch() -> None:
    sources = [r"\bkeeps\s+kosher", r"\bon\s+dialysis", "患有[\u4e00-\u9fff]{1,8}"]
    pattern = re.compile(alternation(sources))
    assert pattern.pattern.startswith(r"\b(?:(?:keeps")
    text = "she keeps kosher; unkeeps kosher; 他患有糖尿病; on dialysis"
    assert [m.group() for m in pattern.finditer(text)] == [
        "keeps kosher",
        "患有糖尿病",
        "on dialysis",
    ]


@pytest.mark.parametrize("source", [r"\bon\s+dialysis|dialysis\s+patient", r"\b(a)|(b)"])
def test_alternation_leaves_a_pattern_with_its_own_top_level_branches_whole(source: str) -> None:
    pattern = re.compile(alternation([source, r"\bother"]))
    assert f"(?:{source})" in pattern.pattern
    if "dialysis" in source:
        assert pattern.search("haemodialysis patient") is not None


def test_answers_are_turns_replying_to_the_line_that_asked() -> None:
    reply = re.compile(r"(?m)^[^\n:]+:[ \t]*(?P<value>\d{4,8})$")
    asked = re.compile(r"(?i)code")
    text = "Agent: what code did you get?\nCustomer: 4412\nAgent: how many seats?\nCustomer: 2500"
    assert [m.group("value") for m in answers(text, reply, asked)] == ["4412"]
