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


@pytest.mark.parametrize("address", ["203.0.113.9", "2001:db8:85a3::8a2e:370:7334", "fe80::1"])
def test_ip_is_flagged_when_valid(address: str) -> None:
    assert values(f"from {address} at noon", IpAddressRecognizer()) == [address]


@pytest.mark.parametrize(
    "text",
    ["upgrade to 1.2.3", "version 10.0.0.1 released", "v1.2.3.4", "at 12:30:45", "999.1.1.1"],
)
def test_ip_lookalike_is_ignored_when_version_or_time(text: str) -> None:
    assert values(text, IpAddressRecognizer()) == []


def test_installer_version_is_not_an_ip_address() -> None:
    assert values("Installer 10.2.0.14 published; checksum attached", IpAddressRecognizer()) == []


def test_an_image_tag_or_a_quoted_version_is_not_an_ip_address() -> None:
    for text in ("image: registry.example.com/api:10.4.2.1", "four-part versions like 1.2.10.4"):
        assert values(text, IpAddressRecognizer()) == [], text
    assert values("host:10.0.0.5", IpAddressRecognizer()) == ["10.0.0.5"]


def test_networks_and_firmware_are_not_ip_addresses_but_clients_are() -> None:
    assert values('vpc_cidr = "10.20.0.0/16"', IpAddressRecognizer()) == []
    assert values('{"fw":"4.12.0.7"}', IpAddressRecognizer()) == []
    assert values("401 client=203.0.113.201", IpAddressRecognizer()) == ["203.0.113.201"]
    assert values("allow 203.0.113.7/32", IpAddressRecognizer()) == ["203.0.113.7/32"]


def test_user_agents_and_file_names_hold_versions_not_ip_addresses() -> None:
    for text in ('"ShopApp/6.14.0.2 (Android 15)"', "aria-3.0.0.12-linux-x64.tar.gz"):
        assert values(text, IpAddressRecognizer()) == [], text
    assert values("node ip-10.0.0.9", IpAddressRecognizer()) == ["10.0.0.9"]


def test_a_server_address_is_an_ip_address_whatever_word_ends_in_ver() -> None:
    assert values("server: 146.62.60.89", IpAddressRecognizer()) == ["146.62.60.89"]
    assert values("server 146.62.60.89", IpAddressRecognizer()) == ["146.62.60.89"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("openvpn[3318]: nadia.k/102.89.34.17:51422 MULTI: Learn", "102.89.34.17"),
        ("openvpn[3318]: bjorn.ek/2a00:801:3f2:1c::4e:60111 TLS Auth Error", "2a00:801:3f2:1c::4e"),
    ],
)
def test_a_client_address_with_its_port_is_an_address_after_a_user_name(
    text: str, address: str
) -> None:
    assert address in found(text)


def test_a_full_ipv6_address_before_a_short_port_is_an_address() -> None:
    text = "main: 2a02:8108:1140:3e00:5d1c:92ab:7f10:4c21:6001 user 'lena.vogel'"
    assert values(text, IpAddressRecognizer()) == ["2a02:8108:1140:3e00:5d1c:92ab:7f10:4c21"]


@pytest.mark.parametrize(
    "text",
    [
        "USD,Denver Outfitters,127.0.0.1",
        "listen [::1]:8080",
        "Default bind address changed from 0.0.0.0 to localhost",
    ],
)
def test_loopback_and_the_unspecified_address_are_nobodys(text: str) -> None:
    assert values(text, IpAddressRecognizer()) == []


def test_an_ipv6_address_before_a_clauses_colon_is_found() -> None:
    text = '- `POST /checkout` from 2601:646:8d01:5e50::2c1: name="Rosa"'
    assert values(text, IpAddressRecognizer()) == ["2601:646:8d01:5e50::2c1"]
