"""SSE decoding is incremental: events complete whatever the chunking."""

from __future__ import annotations

from aiproxy.providers.sse import SSEDecoder, SSEEvent

STREAM = (
    'event: message_start\ndata: {"a": "h\u00e9llo"}\n\n'
    ": keep-alive comment\n\n"
    'data: {"b": 1}\r\n\r\n'
    "data: [DONE]\n\n"
).encode()


def decode(chunks: list[bytes]) -> list[SSEEvent]:
    decoder = SSEDecoder()
    events = [e for chunk in chunks for e in decoder.feed(chunk)]
    return events + decoder.close()


def test_events_are_the_same_for_every_chunk_size() -> None:
    whole = decode([STREAM])
    assert [e.data for e in whole] == ['{"a": "h\u00e9llo"}', "", '{"b": 1}', "[DONE]"]
    assert whole[0].event == "message_start"
    for size in range(1, 9):
        pieces = [STREAM[i : i + size] for i in range(0, len(STREAM), size)]
        assert decode(pieces) == whole


def test_last_event_without_blank_line_still_counts() -> None:
    assert [e.data for e in decode([b"data: x"])] == ["x"]


def test_comment_only_block_is_relayed_without_a_data_line() -> None:
    [comment] = decode([b": ping\n\n"])
    assert comment.encode() == b": ping\n\n"


def test_encode_round_trips() -> None:
    event = SSEEvent('{"x": 1}', event="delta")
    assert decode([event.encode()]) == [event]
