"""Fixtures for detection tests: the spaCy-backed detector and the lexicon (about 2 s to
build each) are built once per session."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.recognizers.lexicon import Lexicon, load_lexicon


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()
