"""Fixtures for detection tests: the spaCy-backed detector is built once per session."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()
