"""Token counting works offline and uses the bundled encoding when the exact one is absent."""

from __future__ import annotations

from aiproxy.privacy.tokens import OFFLINE_ENCODING, TokenCounter, count_request


def test_unknown_models_count_with_the_offline_encoding() -> None:
    counter = TokenCounter()
    assert counter.encoding_for("my-local-model").name == OFFLINE_ENCODING
    assert counter.count_text("my-local-model", "hello world") == 2


def test_known_model_without_a_cached_encoding_falls_back_without_network(
    monkeypatch: object, tmp_path: object
) -> None:
    import os

    os.environ["TIKTOKEN_CACHE_DIR"] = str(tmp_path)
    try:
        counter = TokenCounter(allow_download=False)
        assert counter.encoding_for("gpt-4o-mini").name == OFFLINE_ENCODING
    finally:
        del os.environ["TIKTOKEN_CACHE_DIR"]


def test_special_token_text_is_counted_not_rejected() -> None:
    assert TokenCounter().count_text("x", "<|endoftext|>") > 0


def test_request_count_adds_framing_per_message() -> None:
    counter = TokenCounter()
    counts = [counter.count_text("x", text) for text in ("hello", "world")]
    assert count_request(counts, 2) == 2 + 8


def test_long_texts_are_counted_once_and_the_cache_stays_bounded() -> None:
    counter = TokenCounter(cache_size=2)
    texts = [f"turn {n}: " + "the export job failed again " * 40 for n in range(3)]
    first = [counter.count_text("x", text) for text in texts]
    encoded: list[str] = []
    original = counter._offline.encode

    def spy(text: str, **kwargs: object) -> list[int]:
        encoded.append(text)
        return original(text, **kwargs)  # type: ignore[arg-type]

    counter._offline.encode = spy  # type: ignore[method-assign]
    try:
        again = [counter.count_text("x", text) for text in texts[1:]]
        assert again == first[1:] and encoded == []  # the two newest were cached
        assert counter.count_text("x", texts[0]) == first[0] and encoded == [texts[0]]
    finally:
        counter._offline.encode = original  # type: ignore[method-assign]
    assert len(counter._counts) == 2
