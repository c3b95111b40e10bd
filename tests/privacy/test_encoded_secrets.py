"""Base64 values whose decoding holds a credential."""

from __future__ import annotations

import base64

import pytest

from aiproxy.privacy.recognizers.encoded_secrets import EncodedSecretRecognizer, decode
from tests.privacy.found import values


def encoded(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "secret",
    [
        "postgres://ledger:Hq7!zLp2#Vm9Tk@pg-ledger:5432/ledger",
        "sk_live_51Hq7Lm2Np9Vb4Xc8Zq3Rt6",
        "DB_PASSWORD=Hq7!zLp2#Vm9Tk",
    ],
)
def test_base64_of_a_credential_is_a_secret(secret: str) -> None:
    value = encoded(secret)
    assert values(f"data:\n  url: {value}\n", EncodedSecretRecognizer()) == [value]


@pytest.mark.parametrize(
    "plain",
    ["postgres://pg-ledger:5432/ledger", "just a readable sentence here", "replicas: 3 and more"],
)
def test_base64_of_plain_text_is_not_a_secret(plain: str) -> None:
    assert values(f"config: {encoded(plain)}", EncodedSecretRecognizer()) == []


def test_paths_words_and_binary_are_not_decoded_as_text() -> None:
    assert decode("usr/local/bin/python3/site") is None
    assert decode(base64.b64encode(bytes(range(256))).decode()) is None
    assert values("see /usr/local/lib/python3.11/site-packages", EncodedSecretRecognizer()) == []


def test_an_encoded_user_and_password_pair_is_a_secret() -> None:
    text = (
        "  LDAP_BIND: c3ZjX3JlcG9ydGluZzpXaW50M3IjSGFyYjB1cg==\n  POSTGRES_HOST: MTAuMC4xMi40NQ==\n"
    )
    assert values(text, EncodedSecretRecognizer()) == ["c3ZjX3JlcG9ydGluZzpXaW50M3IjSGFyYjB1cg=="]


def test_a_private_key_file_cut_short_in_a_paste_is_still_a_secret() -> None:
    head = encoded("-----BEGIN PRIVATE KEY-----\nMIIEv")[:-2]
    value = head + "IIuhJZNrIp3yLZb4BQIrupc+upi29bEjagSoOJMxNMQsYYeoyTdHULapSGaKj/csnzDeaB"
    assert decode(value) is None  # the garbled tail no longer decodes as text
    assert values(f"  tls.key: {value}\n", EncodedSecretRecognizer()) == [value]


def test_a_certificate_file_is_no_secret() -> None:
    value = encoded("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE")
    assert values(f"  tls.crt: {value}\n", EncodedSecretRecognizer()) == []
