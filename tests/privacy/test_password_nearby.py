"""A generated-looking value on a password word's line, in any language or word order."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.password_nearby import NearbyPasswordRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, NearbyPasswordRecognizer())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nytt passord til felles innboks drift@fjordnett.no er satt: Havbris!Kø77 — byttes",
            "Havbris!Kø77",
        ),
        ("ssh ops@10.0.0.5、パスワードは一時的に Sora-2025!umi に変えてます", "Sora-2025!umi"),
        ("የይለፍ ቃል: Abeba@2031", "Abeba@2031"),
        ("mật khẩu tạm Lotus@2025vn đã gửi qua SMS", "Lotus@2025vn"),
        ("Wi-Fi Casa_5G pw limone2024!", "limone2024!"),
        (
            "Also the API key for their staging ERP: ak_stg_7Tq2Lm9Vx4Rn8Wz1Yb",
            "ak_stg_7Tq2Lm9Vx4Rn8Wz1Yb",
        ),
    ],
)
def test_a_generated_value_on_a_password_or_key_line_is_a_secret(text: str, value: str) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "login failed reason=bad_password attempt=3 user=alice",
        "aws ecr get-login-password --region ca-central-1",
        "Password reset for order F-2024-33190 on the SM-A536E",
        "password reset link sent to lena.berg@example-mail.com",
        "The jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decodes to HS256",
        "test mode uses the docs key sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "password policy: see https://wiki.acme.io/it/pw-policy-2024 for details",
    ],
)
def test_words_names_links_and_samples_on_a_password_line_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_a_password_after_a_login_address_and_a_slash_is_a_secret() -> None:
    assert found("demo-admin@tenant.example / Lilac!Demo2025 — please don't paste") == [
        "Lilac!Demo2025"
    ]


def test_a_password_word_spelt_in_indic_and_urdu_letters_counts() -> None:
    assert found("وائی فائی کا پاس ورڈ Saleem@4471 ہوگا") == ["Saleem@4471"]
    assert found("போர்ட்டல் லாகின் பாஸ்வேர்ட் Appa@1961, கிளைம்") == ["Appa@1961"]
