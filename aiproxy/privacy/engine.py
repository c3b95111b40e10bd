"""The detection service: runs the detector off the event loop, caches results, fails closed.

spaCy holds the GIL, so real parallelism needs processes: each worker builds its own
`Detector` once, in the pool initializer. `workers=0` runs one detector in a thread of this
process instead (tests, small deployments). Every failure or timeout becomes
`DetectionFailed`, whose message names only the failure's type, never the text.

Texts wait in one queue and each worker slot takes work as soon as it is free: an idle
service sends a request's texts at once (no added latency), while under load every text
that arrived during a worker's last call goes in its next call, one `nlp.pipe` batch,
which costs less per text than separate calls and crosses the process boundary once.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import multiprocessing
import os
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol

from aiproxy.errors import DetectionFailed
from aiproxy.privacy.detect import DEFAULT_SPACY_MODEL, Detector, SpacyModelNotInstalled
from aiproxy.privacy.findings import DetectionSpec, Finding

#: Texts at least this long (in total) are split across idle workers rather than sent to one.
SPLIT_THRESHOLD_CHARS = 8_000
#: A worker call takes at most this much text, so one call stays well inside the timeout.
MAX_BATCH_CHARS = 200_000


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


@dataclass(eq=False, slots=True)
class _Job:
    """One text waiting for a worker, and the request (`owner`) that waits for it."""

    text: str
    spec: DetectionSpec
    owner: int
    future: asyncio.Future[list[Finding]]


def _failure(exc: BaseException) -> DetectionFailed:
    return DetectionFailed(f"detection failed ({type(exc).__name__})")


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
        self._queue: deque[_Job] = deque()
        self._idle = 0
        self._owners = itertools.count()
        self._calls: set[asyncio.Task[None]] = set()
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
            self._idle = 1
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
        self._idle = self._workers

    async def close(self) -> None:
        executor, self._executor, self._local = self._executor, None, None
        self._idle = 0
        for job in self._queue:
            job.future.cancel()
        self._queue.clear()
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
        loop = asyncio.get_running_loop()
        owner = next(self._owners)
        jobs = [_Job(text, spec, owner, loop.create_future()) for text in texts]
        self._queue.extend(jobs)
        self._dispatch()
        try:
            waiting = asyncio.gather(*(job.future for job in jobs))
            return list(await asyncio.wait_for(waiting, self._timeout))
        except TimeoutError:
            raise DetectionFailed(f"detection timed out after {self._timeout:g}s") from None
        except DetectionFailed as failed:  # set by a worker slot: a fresh one, unchained
            raise DetectionFailed(failed.message) from None
        except Exception as exc:
            raise _failure(exc) from None
        finally:
            for job in jobs:  # queued texts nobody awaits any more are never analysed
                if not job.future.done():
                    job.future.cancel()
                elif not job.future.cancelled():
                    job.future.exception()  # mark retrieved: no "never retrieved" log line

    def _dispatch(self) -> None:
        """Hand queued texts to every idle worker slot; called on arrival and on completion."""
        while self._idle and self._executor is not None:
            batch = self._take()
            if not batch:
                return
            self._idle -= 1
            task = asyncio.get_running_loop().create_task(self._execute(batch))
            self._calls.add(task)
            task.add_done_callback(self._calls.discard)

    def _take(self) -> list[_Job]:
        """The oldest waiting text and those queued after it for the same spec, up to this
        slot's share: a large request is split across the idle workers."""
        while self._queue and self._queue[0].future.done():
            self._queue.popleft()
        if not self._queue:
            return []
        spec = self._queue[0].spec
        same = [job for job in self._queue if job.spec == spec and not job.future.done()]
        total = sum(len(job.text) for job in same)
        share = total / self._idle if total >= SPLIT_THRESHOLD_CHARS else total
        batch: list[_Job] = []
        size = 0
        for job in same:
            if batch and (size >= share or size + len(job.text) > MAX_BATCH_CHARS):
                break
            batch.append(job)
            size += len(job.text)
        taken = {id(job) for job in batch}
        self._queue = deque(job for job in self._queue if id(job) not in taken)
        return batch

    async def _execute(self, batch: list[_Job]) -> None:
        try:
            failure = await self._attempt(batch)
            owners = sorted({job.owner for job in batch})
            if failure is not None and len(owners) > 1:
                # One request's text must not fail another's: retry each request on its own.
                for owner in owners:
                    group = [job for job in batch if job.owner == owner]
                    self._fail(group, await self._attempt(group))
            else:
                self._fail(batch, failure)
        finally:
            self._fail(batch, DetectionFailed("detection service closed"))  # only if unsettled
            self._idle += 1
            self._dispatch()

    async def _attempt(self, jobs: list[_Job]) -> DetectionFailed | None:
        """Analyse `jobs` in one call and resolve their futures, or say why it failed."""
        try:
            results = await self._call([job.text for job in jobs], jobs[0].spec)
            if len(results) != len(jobs):
                raise DetectionFailed("detection returned a wrong number of results")
        except Exception as exc:
            return _failure(exc)
        for job, findings in zip(jobs, results, strict=True):
            if not job.future.done():
                job.future.set_result(findings)
        return None

    @staticmethod
    def _fail(jobs: list[_Job], failure: DetectionFailed | None) -> None:
        for job in jobs:
            if failure is not None and not job.future.done():
                job.future.set_exception(failure)

    async def _call(self, texts: list[str], spec: DetectionSpec) -> list[list[Finding]]:
        loop = asyncio.get_running_loop()
        if self._local is not None:
            return await loop.run_in_executor(
                self._executor, self._local.analyze_batch, texts, spec
            )
        return await loop.run_in_executor(self._executor, _worker_analyze, texts, spec)
