from __future__ import annotations

from aiproxy.privacy.normalize import normalize

FW_SHORT = "\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11"  # full-width digits


def test_text_is_unchanged_when_ascii() -> None:
    result = normalize("plain ascii text 123")
    assert result.text == "plain ascii text 123"
    assert result.origins is None
    assert result.to_original(6, 11) == (6, 11)


def test_invisible_chars_are_removed_when_inside_a_token() -> None:
    original = "jo\u200bhn@exa\u00admple.com and \ufeffmore\u2060"
    result = normalize(original)
    assert result.text == "john@example.com and more"


def test_span_covers_hidden_chars_when_mapped_back() -> None:
    original = "mail: jo\u200bhn@exa\u00admple.com!"
    result = normalize(original)
    start = result.text.index("john")
    end = start + len("john@example.com")
    o_start, o_end = result.to_original(start, end)
    assert original[o_start:o_end] == "jo\u200bhn@exa\u00admple.com"


def test_fullwidth_digits_become_ascii_when_nfkc_applies() -> None:
    original = f"card {FW_SHORT}"
    result = normalize(original)
    assert result.text == "card 4111 1111"
    assert result.to_original(5, 14) == (5, 14)


def test_offsets_stay_exact_when_one_char_expands() -> None:
    original = "\ufb01le: a@b.io"  # the "fi" ligature expands to two characters
    result = normalize(original)
    assert result.text == "file: a@b.io"
    start = result.text.index("a@b.io")
    assert result.to_original(start, start + 6) == (original.index("a@b.io"), len(original))
    assert result.to_original(0, 2) == (0, 1)


def test_nbsp_becomes_space_when_separating_digits() -> None:
    assert normalize("123\u00a045\u00a06789").text == "123 45 6789"
