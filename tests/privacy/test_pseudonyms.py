"""PseudonymMap: stable typed placeholders, per request, never shown in repr."""

from __future__ import annotations

from aiproxy.privacy.pseudonyms import PLACEHOLDER_PATTERN, PseudonymMap, label, normalize


def test_placeholder_is_typed_and_numbered_when_first_seen() -> None:
    pseudonyms = PseudonymMap()
    assert pseudonyms.placeholder_for("PERSON", "Jane Roe") == "<PERSON_1>"
    assert pseudonyms.placeholder_for("PERSON", "John Doe") == "<PERSON_2>"
    assert pseudonyms.placeholder_for("EMAIL_ADDRESS", "jane@example.com") == "<EMAIL_ADDRESS_1>"


def test_same_placeholder_when_value_repeats() -> None:
    pseudonyms = PseudonymMap()
    first = pseudonyms.placeholder_for("PERSON", "Jane Roe")
    assert pseudonyms.placeholder_for("PERSON", "Jane Roe") == first
    assert len(pseudonyms) == 1


def test_same_placeholder_when_whitespace_differs() -> None:
    pseudonyms = PseudonymMap()
    assert pseudonyms.placeholder_for("PERSON", "Jane  Roe") == pseudonyms.placeholder_for(
        "PERSON", " Jane\nRoe "
    )


def test_same_placeholder_when_email_case_differs() -> None:
    pseudonyms = PseudonymMap()
    first = pseudonyms.placeholder_for("EMAIL_ADDRESS", "Jane@Example.com")
    assert pseudonyms.placeholder_for("EMAIL_ADDRESS", "jane@example.COM") == first


def test_distinct_placeholders_when_person_case_differs() -> None:
    pseudonyms = PseudonymMap()
    assert pseudonyms.placeholder_for("PERSON", "Jane") != pseudonyms.placeholder_for(
        "PERSON", "JANE"
    )


def test_distinct_placeholders_when_types_differ() -> None:
    pseudonyms = PseudonymMap()
    assert pseudonyms.placeholder_for("PERSON", "Paris") != pseudonyms.placeholder_for(
        "LOCATION", "Paris"
    )


def test_original_returns_first_spelling_when_issued() -> None:
    pseudonyms = PseudonymMap()
    placeholder = pseudonyms.placeholder_for("EMAIL_ADDRESS", "Jane@Example.com")
    pseudonyms.placeholder_for("EMAIL_ADDRESS", "jane@example.com")
    assert pseudonyms.original(placeholder) == "Jane@Example.com"


def test_original_is_none_when_never_issued() -> None:
    pseudonyms = PseudonymMap()
    pseudonyms.placeholder_for("PERSON", "Jane")
    assert pseudonyms.original("<PERSON_2>") is None
    assert pseudonyms.original("PERSON_1") is None


def test_reserved_placeholders_are_skipped_when_user_typed_them() -> None:
    pseudonyms = PseudonymMap(reserved={"<PERSON_1>", "<PERSON_2>"})
    assert pseudonyms.placeholder_for("PERSON", "Jane") == "<PERSON_3>"
    assert pseudonyms.original("<PERSON_1>") is None


def test_repr_hides_values_when_populated() -> None:
    pseudonyms = PseudonymMap()
    pseudonyms.placeholder_for("PERSON", "Jane Roe")
    pseudonyms.placeholder_for("EMAIL_ADDRESS", "jane@example.com")
    text = repr(pseudonyms) + str(pseudonyms)
    assert "Jane" not in text
    assert "example" not in text
    assert "2" in text


def test_bool_and_len_when_empty_then_populated() -> None:
    pseudonyms = PseudonymMap()
    assert not pseudonyms
    assert len(pseudonyms) == 0
    pseudonyms.placeholder_for("PERSON", "Jane")
    assert pseudonyms
    assert len(pseudonyms) == 1
    assert "<PERSON_1>" in pseudonyms


def test_maps_are_independent_when_two_requests_run() -> None:
    first, second = PseudonymMap(), PseudonymMap()
    first.placeholder_for("PERSON", "Jane")
    assert second.original("<PERSON_1>") is None
    assert not second


def test_label_is_placeholder_safe_when_type_has_odd_characters() -> None:
    assert label("custom-id") == "CUSTOM_ID"
    pseudonyms = PseudonymMap()
    placeholder = pseudonyms.placeholder_for("custom-id", "x")
    assert PLACEHOLDER_PATTERN.fullmatch(placeholder)


def test_max_placeholder_length_when_populated() -> None:
    pseudonyms = PseudonymMap()
    assert pseudonyms.max_placeholder_length == 0
    pseudonyms.placeholder_for("EMAIL_ADDRESS", "a@b.c")
    assert pseudonyms.max_placeholder_length == len("<EMAIL_ADDRESS_1>")


def test_normalize_collapses_whitespace_when_not_email() -> None:
    assert normalize("PERSON", "  Jane \t Roe ") == "Jane Roe"
    assert normalize("EMAIL_ADDRESS", " A@B.com ") == "a@b.com"
