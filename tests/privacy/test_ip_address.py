"""IP addresses next to what makes a dotted quad a version instead."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.ip_address import IpAddressRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, IpAddressRecognizer())


@pytest.mark.parametrize(
    "text",
    [
        "deployed 3.2.0.17 to eu-north-1 in 4.2s",
        "roster published in CrewLink 8.4.0.12; peak roster locks 1 Dec",
        "transcribed by VoxScribe 4.2.0.118",
    ],
)
def test_a_release_or_a_product_version_is_not_an_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Failed password for invalid user admin from 185.220.101.47 port 51422", "185.220.101.47"),
        ("Server 10.0.0.5 stopped answering", "10.0.0.5"),
    ],
)
def test_an_address_after_an_ordinary_word_is_an_address(text: str, address: str) -> None:
    assert found(text) == [address]
