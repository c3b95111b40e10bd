"""IP_ADDRESS: IPv4 and IPv6 literals validated by `ipaddress`, excluding version strings."""

from __future__ import annotations

import ipaddress
import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, window

_VERSION_CONTEXT = re.compile(
    r"(?:(?<![a-z])(?:version|release|build|ver\.?|v|firmware|sdk|python|node|installer|package|app"
    r"|client|agent|driver|patch|update|upgrade|deployed|deploying|released|shipped|tagged"
    r"|rolled\s+out|bumped\s+to)\s*"
    r"|(?<![a-z])(?:version|ver|release|build|firmware|fw)(?:[_\-]?version)?[\"']?\s*[:=]\s*"
    r"[\"']?"  # not "server: 10.0.0.5"
    r"|versions?\s+(?:like|such\s+as|e\.g\.)\s+"
    r"|/[\w.\-]+:"  # an image tag: "registry.example.com/api:10.4.2.1"
    r"|[A-Za-z](?<!ip)[/\-])$",  # a user agent or file: "ShopApp/6.14.0.2", "aria-3.0.0.12"
    re.IGNORECASE,
)
#: A port right after: no version has one.
_PORT_AFTER = re.compile(r":\d{2,5}(?![\w.:])")
#: A product name right before: "CrewLink 8.4.0.12", "VoxScribe 4.2.0.118".
_PRODUCT_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[A-Z][a-z]+)+\s$")
#: Words that introduce an address: only these let a release-shaped quad be one.
_ADDRESS_CUE = re.compile(
    r"(?i)(?:\bip|addr(?:ess)?|host|from|src|dst|client|server|peer|remote|source|target"
    r"|egress|gateway|bastion|[@=])[\"':\s(]{0,3}$"
)


def _release_shaped(literal: str) -> bool:
    """ "4.2.0.17", "7.3.0.104": a one-digit major and a zero third part. Writers give
    versions this shape far more often than an address falls there (1 in 256 of 1.x-9.x)."""
    parts = literal.split(".")
    return len(parts) == 4 and len(parts[0]) == 1 and parts[2] == "0"


def _is_network(cidr: str) -> bool:
    try:
        network = ipaddress.ip_network(cidr, strict=True)
    except ValueError:
        return False
    return network.num_addresses > 1


def _host_address(match: re.Match[str], text: str) -> bool:
    """ "::" and "a:b" parse as IPv6 but are a null address and a time or a ratio."""
    literal = match.group().partition("/")[0]
    return literal.count(":") >= 2 and not ipaddress.ip_address(literal).is_unspecified


class IpAddressRecognizer(RegexRecognizer):
    """Four dotted octets or a colon-hex address; neighbours like `v` or `version` veto."""

    ENTITY = "IP_ADDRESS"
    RULES = (
        Rule(
            "ipv4",
            re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w]|\.\d)"),
            0.95,
        ),
        Rule(
            "ipv6",
            re.compile(
                r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}"
                r"|[0-9A-Fa-f]{1,4}(?:\.\d{1,3}){0,3})(?:/\d{1,3})?"
                # "…::4e:60111": an address, then a port; "from 2601:…::2c1: name" ends a clause
                r"(?=:\d{5}(?![\w:])|:(?:[ \t\n]|$)|(?![\w:]))"
            ),
            0.9,
            accept=_host_address,
        ),
        Rule(  # all eight groups, then a port of any length: "2a02:8108:…:4c21:6001"
            "ipv6_port",
            re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?=:\d{1,5}(?![\w:]))"),
            0.9,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        literal, _, prefix = match.group().partition("/")
        if prefix and _is_network(match.group()):
            return None  # "10.20.0.0/16": a range of addresses, no one's device
        try:
            address = ipaddress.ip_address(literal)
        except ValueError:
            return None
        if address.is_loopback or address.is_unspecified:
            return None  # 127.0.0.1, ::1 and 0.0.0.0 are every machine's own: nobody's
        if _PORT_AFTER.match(text, match.end()):
            return rule.score  # "nadia.k/102.89.34.17:51422": a client and its port
        if _VERSION_CONTEXT.search(window(text, match.start(), match.start(), before=30)):
            return None
        if _PRODUCT_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            return None
        if _release_shaped(literal) and not _ADDRESS_CUE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            return None
        return rule.score
