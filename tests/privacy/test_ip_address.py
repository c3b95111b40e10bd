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


@pytest.mark.parametrize(
    "text",
    [
        "[08:02] deploybot: helsinki 4.2.0.17 rolled out to eu-north-1",
        "Release notes — Atlas Sync 7.3.0.104",
        'image:\n  tag: "5.1.0.22"',
        "the deploy key for samoa-edge 2.2.0.9",
    ],
)
def test_release_shaped_quads_are_versions(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("login from 5.9.0.14 at 02:10", "5.9.0.14"),
        ("src=2.16.0.77 dst=10.0.0.5", "2.16.0.77"),
        ("host: 8.8.0.8", "8.8.0.8"),
    ],
)
def test_a_release_shaped_quad_after_an_address_word_is_an_address(text: str, address: str) -> None:
    assert address in found(text)
