"""The detection service: off-loop execution, caching, and failing closed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

import pytest

from aiproxy.errors import DetectionFailed
from aiproxy.privacy.detect import Detector
from aiproxy.privacy.engine import DetectionService
from aiproxy.privacy.findings import DetectionSpec, Finding

SPEC = DetectionSpec(entities=frozenset({"EMAIL_ADDRESS", "PERSON"}))
SECRET_TEXT = "kwame.mensah@example.com is the customer's address"


class CountingDetector:
    """Finds an e-mail-sized span at the start of every text and counts the texts it saw."""

    def __init__(self, model: str) -> None:
        self.seen: list[str] = []

    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        self.seen.extend(texts)
        return [[Finding("EMAIL_ADDRESS", 0, 5, 1.0)] for _ in texts]


class FailingDetector:
    def __init__(self, model: str) -> None:
        pass

    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        raise ValueError(f"cannot parse {texts[0]}")  # a careless error that echoes input


class SlowDetector(FailingDetector):
    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        time.sleep(0.5)
        return [[] for _ in texts]


class BatchRecordingDetector:
    """Slow enough that requests pile up while it works; records each call's texts and
    fails any call that holds a text marked poison."""

    def __init__(self, model: str) -> None:
        self.calls: list[list[str]] = []

    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        self.calls.append(list(texts))
        time.sleep(0.1)
        if any("poison" in text for text in texts):
            raise ValueError("bad text")
        return [[Finding("PERSON", 0, 1, 0.9)] for _ in texts]


def broken_factory(model: str) -> CountingDetector:
    raise OSError(f"model {model} missing")


async def started(factory: object, **kwargs: object) -> DetectionService:
    service = DetectionService(detector_factory=factory, **kwargs)  # type: ignore[arg-type]
    await service.start()
    return service


async def test_repeated_text_is_served_from_cache_when_spec_is_same() -> None:
    service = await started(CountingDetector)
    try:
        first = await service.analyze_many(["turn one", "turn two"], SPEC)
        second = await service.analyze_many(["turn one", "turn two", "turn three"], SPEC)
        assert second[:2] == first
        assert service._local is not None
        assert service._local.seen == ["turn one", "turn two", "turn three"]  # type: ignore[attr-defined]
        assert service.cache_hits == 2
    finally:
        await service.close()


async def test_cache_is_bypassed_when_spec_changes() -> None:
    service = await started(CountingDetector)
    try:
        await service.analyze_many(["same text"], SPEC)
        await service.analyze_many(["same text"], DetectionSpec(SPEC.entities, policy_version="v2"))
        assert service.cache_misses == 2
    finally:
        await service.close()


async def test_oldest_entry_is_evicted_when_cache_is_full() -> None:
    service = await started(CountingDetector, cache_size=2)
    try:
        await service.analyze_many(["a", "b", "c"], SPEC)
        await service.analyze_many(["a"], SPEC)
        assert service.cache_misses == 4
    finally:
        await service.close()


async def test_detection_fails_closed_without_text_when_detector_raises() -> None:
    service = await started(FailingDetector)
    try:
        with pytest.raises(DetectionFailed) as caught:
            await service.analyze_many([SECRET_TEXT], SPEC)
        assert "kwame" not in str(caught.value)
        assert caught.value.__cause__ is None and caught.value.__suppress_context__
    finally:
        await service.close()


async def test_detection_fails_closed_when_timeout_expires() -> None:
    service = await started(SlowDetector, timeout=0.05)
    try:
        with pytest.raises(DetectionFailed, match="timed out"):
            await service.analyze_many([SECRET_TEXT], SPEC)
    finally:
        await service.close()


async def test_start_fails_closed_when_factory_raises() -> None:
    service = DetectionService(detector_factory=broken_factory)
    with pytest.raises(DetectionFailed, match="OSError"):
        await service.start()


async def test_analyze_refuses_when_service_not_started() -> None:
    service = DetectionService(detector_factory=CountingDetector)
    with pytest.raises(DetectionFailed):
        await service.analyze_many(["x"], SPEC)


async def test_process_worker_matches_in_process_when_started(detector: Detector) -> None:
    service = DetectionService(workers=1, timeout=60)
    await service.start()
    try:
        texts = ["Ask Priyanka Raghunathan at priyanka@example.in", "nothing to see"]
        assert await service.analyze_many(texts, SPEC) == detector.analyze_batch(texts, SPEC)
    finally:
        await service.close()


async def test_waiting_requests_share_one_call_when_worker_is_busy() -> None:
    service = await started(BatchRecordingDetector)
    try:
        first = asyncio.ensure_future(service.analyze_many(["first"], SPEC))
        await asyncio.sleep(0.02)  # the worker is now busy with "first"
        rest = [service.analyze_many([f"text {i}", f"more {i}"], SPEC) for i in range(3)]
        results = await asyncio.gather(first, *rest)
        assert all(len(found) == 1 for result in results for found in result)
        calls = service._local.calls  # type: ignore[union-attr]
        assert calls[0] == ["first"]
        assert sorted(calls[1]) == sorted(f"{w} {i}" for i in range(3) for w in ("text", "more"))
    finally:
        await service.close()


async def test_other_requests_succeed_when_a_batched_text_fails() -> None:
    service = await started(BatchRecordingDetector)
    try:
        first = asyncio.ensure_future(service.analyze_many(["first"], SPEC))
        await asyncio.sleep(0.02)
        bad = asyncio.ensure_future(service.analyze_many(["poison pill"], SPEC))
        good = asyncio.ensure_future(service.analyze_many(["fine text"], SPEC))
        await first
        assert await good == [[Finding("PERSON", 0, 1, 0.9)]]
        with pytest.raises(DetectionFailed, match="ValueError"):
            await bad
        assert service._local.calls[1:] == [  # type: ignore[union-attr]
            ["poison pill", "fine text"],
            ["poison pill"],
            ["fine text"],
        ]
    finally:
        await service.close()
