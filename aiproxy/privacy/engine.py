"""The detection service: runs the detector off the event loop, caches results, fails closed.

spaCy holds the GIL, so real parallelism needs processes: each worker builds its own
`Detector` once, in the pool initializer. `workers=0` runs one detector in a thread of this
process instead (tests, small deployments). Every failure or timeout becomes
`DetectionFailed`, whose message names only the failure's type, never the text.
"""

from __future__ import annotations

import asyncio
import hashlib
import multiprocessing
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Protocol

from aiproxy.errors import DetectionFailed
from aiproxy.privacy.detect import DEFAULT_SPACY_MODEL, Detector, SpacyModelNotInstalled
from aiproxy.privacy.findings import DetectionSpec, Finding

#: Texts at least this long (in total) are split across workers rather than sent to one.
SPLIT_THRESHOLD_CHARS = 8_000


class DetectorLike(Protocol):
    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]: ...


DetectorFactory = Callable[[str], DetectorLike]


class _WorkerState:
    """The detector of this worker process, set once by the pool initializer.

    Process-local by construction: the parent never sets it, each spawned worker sets its own.
    A failed build is kept so the first call re-raises it instead of the pool breaking.
    """

    detector: DetectorLike | None = None
    error: BaseException | None = None


def _init_worker(factory: DetectorFactory, spacy_model: str) -> None:
    try:
        _WorkerState.detector = factory(spacy_model)
    except Exception as exc:  # re-raised on first use, where the caller can see it
        _WorkerState.error = exc


def _worker_detector() -> DetectorLike:
    if _WorkerState.detector is None:
        raise _WorkerState.error or RuntimeError("detector not initialised")
    return _WorkerState.detector


def _worker_ping() -> int:
    _worker_detector()
    return os.getpid()


def _worker_analyze(texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
    return _worker_detector().analyze_batch(texts, spec)


def _cache_key(text: str, spec: DetectionSpec) -> bytes:
    """A digest, so the cache holds no customer text, only what was found where."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=32)
    digest.update(repr(sorted(spec.entities)).encode())
    digest.update(repr(sorted(spec.allow_list)).encode("utf-8", "surrogatepass"))
    digest.update(f"{spec.min_score}|{spec.policy_version}".encode())
    return digest.digest()


class DetectionService:
    """Async facade over detector workers; implements `aiproxy.privacy.findings.Analyzer`."""

    def __init__(
        self,
        *,
        spacy_model: str = DEFAULT_SPACY_MODEL,
        workers: int = 0,
        timeout: float = 10.0,
        cache_size: int = 4096,
        detector_factory: DetectorFactory = Detector,
    ) -> None:
        self._spacy_model = spacy_model
        self._workers = workers
        self._timeout = timeout
        self._cache_size = cache_size
        self._factory = detector_factory
        self._cache: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()
        self._executor: Executor | None = None
        self._local: DetectorLike | None = None
        self.cache_hits = 0
        self.cache_misses = 0

    @property
    def parallelism(self) -> int:
        return max(1, self._workers)

    async def start(self) -> None:
        """Build every detector now, so the server reports ready only when detection is."""
        try:
            await self._start()
        except SpacyModelNotInstalled:
            await self.close()
            raise
        except Exception as exc:
            await self.close()
            raise DetectionFailed(f"detector failed to start ({type(exc).__name__})") from None

    async def _start(self) -> None:
        loop = asyncio.get_running_loop()
        if self._workers == 0:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="aiproxy-detect")
            self._local = await loop.run_in_executor(
                self._executor, self._factory, self._spacy_model
            )
            return
        self._executor = ProcessPoolExecutor(
            self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self._factory, self._spacy_model),
        )
        pids: set[int] = set()
        while len(pids) < self._workers:
            pings = [
                loop.run_in_executor(self._executor, _worker_ping) for _ in range(self._workers)
            ]
            pids.update(await asyncio.gather(*pings))

    async def close(self) -> None:
        executor, self._executor, self._local = self._executor, None, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, True, cancel_futures=True)
        self._cache.clear()

    async def analyze_many(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        """Findings per text; only texts not seen before (for this spec) are analysed."""
        keys = [_cache_key(text, spec) for text in texts]
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in self._cache:
                self._cache.move_to_end(key)
                self.cache_hits += 1
            elif key not in missing:
                missing[key] = text
                self.cache_misses += 1
        if missing:
            fresh = await self._run(list(missing.values()), spec)
            for key, findings in zip(missing, fresh, strict=True):
                self._remember(key, tuple(findings))
        return [list(self._cache[key]) if key in self._cache else [] for key in keys]

    def _remember(self, key: bytes, findings: tuple[Finding, ...]) -> None:
        self._cache[key] = findings
        self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    async def _run(self, texts: list[str], spec: DetectionSpec) -> list[list[Finding]]:
        if self._executor is None:
            raise DetectionFailed("detection service is not started")
        try:
            batches = _split(texts, self.parallelism)
            calls = [self._submit(batch, spec) for batch in batches]
            results = await asyncio.wait_for(asyncio.gather(*calls), self._timeout)
        except TimeoutError:
            raise DetectionFailed(f"detection timed out after {self._timeout:g}s") from None
        except Exception as exc:
            raise DetectionFailed(f"detection failed ({type(exc).__name__})") from None
        merged = [findings for batch in results for findings in batch]
        if len(merged) != len(texts):
            raise DetectionFailed("detection returned a wrong number of results")
        return merged

    async def _submit(self, texts: list[str], spec: DetectionSpec) -> list[list[Finding]]:
        loop = asyncio.get_running_loop()
        if self._local is not None:
            return await loop.run_in_executor(
                self._executor, self._local.analyze_batch, texts, spec
            )
        return await loop.run_in_executor(self._executor, _worker_analyze, texts, spec)


def _split(texts: list[str], parts: int) -> list[list[str]]:
    """Contiguous batches of similar total size, so big requests use every worker."""
    total = sum(len(t) for t in texts)
    if parts <= 1 or len(texts) == 1 or total < SPLIT_THRESHOLD_CHARS:
        return [texts]
    target = total / parts
    batches: list[list[str]] = [[]]
    size = 0
    for text in texts:
        if batches[-1] and size >= target and len(batches) < parts:
            batches.append([])
            size = 0
        batches[-1].append(text)
        size += len(text)
    return batches
