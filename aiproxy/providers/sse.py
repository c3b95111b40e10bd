"""Incremental Server-Sent Events parsing and encoding, so streams are relayed event by event."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: SSE line endings only: str.splitlines would also split on U+2028 and friends inside JSON.
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class SSEEvent:
    """One event; `data` is the joined data lines (JSON for both providers, or `[DONE]`)."""

    data: str
    event: str | None = None
    #: Lines other than event/data (id:, retry:, comments), kept so relaying is faithful.
    extra: tuple[str, ...] = ()
    #: False for comment-only blocks (keep-alives): relayed without a data line, so clients
    #: that parse every data line as JSON do not see an empty one.
    has_data: bool = True

    def encode(self) -> bytes:
        lines = list(self.extra)
        if self.event is not None:
            lines.append(f"event: {self.event}")
        if self.has_data:
            lines.extend(f"data: {line}" for line in self.data.split("\n"))
        return ("\n".join(lines) + "\n\n").encode()


class SSEDecoder:
    """Feed bytes as they arrive; get back every event completed so far.

    Only a partial trailing line is held, so a stream is never buffered whole.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._data: list[str] = []
        self._event: str | None = None
        self._extra: list[str] = []
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        # Incremental: a multi-byte character split across chunks is completed by the next one.
        self._buffer += self._decoder.decode(chunk)
        events: list[SSEEvent] = []
        cursor = 0
        for match in _LINE_END.finditer(self._buffer):
            if match.group() == "\r" and match.end() == len(self._buffer):
                break  # may be the first half of a \r\n split across chunks
            event = self._line(self._buffer[cursor : match.start()])
            cursor = match.end()
            if event is not None:
                events.append(event)
        self._buffer = self._buffer[cursor:]
        return events

    def close(self) -> list[SSEEvent]:
        """End of stream: an event without its final blank line still counts."""
        events = self.feed(b"\n\n") if (self._buffer or self._data) else []
        return events

    def _line(self, line: str) -> SSEEvent | None:
        if line == "":
            if not self._data and self._event is None and not self._extra:
                return None
            event = SSEEvent(
                "\n".join(self._data), self._event, tuple(self._extra), bool(self._data)
            )
            self._data, self._event, self._extra = [], None, []
            return event
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        else:
            self._extra.append(line)
        return None
