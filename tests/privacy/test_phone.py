"""Phone numbers: what `phonenumbers` accepts, and what belongs to an organisation or a form."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.phone import PhoneNumberRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, PhoneNumberRecognizer())


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Owner: Ffion Pritchard, +44 7700 900 731, ffion.p@example.net", "+44 7700 900 731"),
        ("text Marcus at (555) 013-4477.", "(555) 013-4477"),
    ],
)
def test_a_number_in_an_unassigned_range_counts_when_written_in_full(
    text: str, number: str
) -> None:
    assert found(text) == [number]


def test_a_column_gap_ends_a_number() -> None:
    text = "CTCM +351 912 555 083  22 weeks"
    assert found(text) == ["+351 912 555 083"]


@pytest.mark.parametrize(
    "text",
    [
        "über unsere Servicenummer 0800 1000 4800.",
        "Helpline for stop smoking advice: 0300 123 1044",
        "Questions? call 800 555 0142 (toll-free)",
        "Ops bridge +41 44 000 00 00 is a test line only.",
    ],
)
def test_service_lines_and_blanks_are_not_personal_numbers(text: str) -> None:
    assert found(text) == []


def test_a_bracketed_date_is_not_a_number() -> None:
    assert found("Frist (31.01.2026) beachten") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Renrakusaki: 090-4418-2763 / haruki@example.jp", "090-4418-2763"),
        ("Lagos · 0803 417 2290, alt 0909 552 8814", "0909 552 8814"),
    ],
)
def test_a_premium_prefix_in_one_country_is_a_mobile_in_another(text: str, number: str) -> None:
    assert number in found(text)


def test_two_numbers_in_one_run_are_both_found() -> None:
    text = "call (555) 013-4477 / (555) 013-4478 after six"
    assert found(text) == ["(555) 013-4477", "(555) 013-4478"]
