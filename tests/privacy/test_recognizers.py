"""Recognizers in isolation: patterns, checksums and context rules, no spaCy model needed."""

from __future__ import annotations

import base64
import time

import pytest

from aiproxy.privacy.recognizers.access_codes import AccessCodeRecognizer
from aiproxy.privacy.recognizers.api_keys import ApiKeyRecognizer
from aiproxy.privacy.recognizers.base import RegexRecognizer
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.credit_card import CardNumberRecognizer, luhn_ok
from aiproxy.privacy.recognizers.date_of_birth import DateOfBirthRecognizer
from aiproxy.privacy.recognizers.email import EmailAddressRecognizer
from aiproxy.privacy.recognizers.iban import IbanCodeRecognizer, iban_ok
from aiproxy.privacy.recognizers.ip_address import IpAddressRecognizer
from aiproxy.privacy.recognizers.jwt import JwtRecognizer
from aiproxy.privacy.recognizers.ner_scope import ner_view
from aiproxy.privacy.recognizers.private_key import PrivateKeyRecognizer
from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from aiproxy.privacy.recognizers.street_address import StreetAddressRecognizer
from aiproxy.privacy.recognizers.us_ssn import SocialSecurityRecognizer
from tests.privacy.found import values

JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
)


def found(recognizer: RegexRecognizer, text: str) -> list[str]:
    return values(text, recognizer)


def test_jwt_is_flagged_when_header_decodes_to_json() -> None:
    assert found(JwtRecognizer(), f"Authorization: Bearer {JWT}") == [JWT]


def test_jwt_lookalike_is_ignored_when_header_is_not_json() -> None:
    assert found(JwtRecognizer(), "eyAbCdEfGhIjKl.AbCdEfGhIjKlMn.AbCdEfGhIjKl") == []


#: jwt.io's sample: John Doe, subject 1234567890, signed with "your-256-bit-secret".
SAMPLE_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
    "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_jwt_ios_sample_token_is_not_a_secret_anywhere() -> None:
    text = f'const exampleToken = "{SAMPLE_JWT}"'
    assert found(JwtRecognizer(), text) == []
    assert values(text, CredentialRecognizer()) == []


def test_private_key_block_is_flagged_when_complete_or_truncated() -> None:
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"
    assert block in found(PrivateKeyRecognizer(), f"key:\n{block}\nthanks")
    truncated = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
    assert any(v.startswith(truncated) for v in found(PrivateKeyRecognizer(), truncated))


def test_only_password_is_flagged_when_url_has_userinfo() -> None:
    text = "DATABASE_URL=postgres://app:S3cr3t-Pa55@db.internal:5432/orders"
    assert "S3cr3t-Pa55" in found(CredentialRecognizer(), text)
    assert found(EmailAddressRecognizer(), text) == []


@pytest.mark.parametrize("password", ["Qx7#vLp2!nRt", "a!b#c$d%e&f9"])
def test_password_with_symbols_is_not_cut_by_an_address_when_in_url(password: str) -> None:
    # The tail after "!" or "#" reads like the local part of an address at the host: the
    # address must not win over the credential, or the head of the password goes upstream.
    text = f"https://deployer:{password}@git.internal.example/ops/infra.git"
    assert found(CredentialRecognizer(), text) == [password]
    assert found(EmailAddressRecognizer(), text) == []


def test_luhn_accepts_valid_and_rejects_off_by_one() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


@pytest.mark.parametrize("card", ["4111 1111 1111 1111", "5425-2334-3010-9903", "378282246310005"])
def test_card_is_flagged_when_grouped_and_luhn_valid(card: str) -> None:
    assert found(CardNumberRecognizer(), f"paid with {card}.") == [card]


@pytest.mark.parametrize(
    "text", ["order 4111111111111112", "4111 1111-1111 1111", "tracking 1234567890123456"]
)
def test_card_lookalike_is_ignored_when_checks_fail(text: str) -> None:
    assert found(CardNumberRecognizer(), text) == []


def test_ssn_is_flagged_when_dashed_and_valid() -> None:
    assert found(SocialSecurityRecognizer(), "SSN 512-44-3197") == ["512-44-3197"]


@pytest.mark.parametrize("ssn", ["000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567"])
def test_ssn_is_ignored_when_area_group_or_serial_invalid(ssn: str) -> None:
    assert found(SocialSecurityRecognizer(), f"SSN {ssn}") == []


def test_bare_nine_digits_are_ssn_only_when_context_says_so() -> None:
    assert found(SocialSecurityRecognizer(), "social security number 512443197") == ["512443197"]
    assert found(SocialSecurityRecognizer(), "batch 512443197 shipped") == []


def test_iban_is_flagged_when_mod97_holds() -> None:
    assert iban_ok("DE89370400440532013000")
    assert not iban_ok("DE89370400440532013001")
    text = "IBAN GB33 BUKB 2020 1555 5555 55, thanks"
    assert found(IbanCodeRecognizer(), text) == ["GB33 BUKB 2020 1555 5555 55"]


def test_ibans_of_countries_outside_the_core_registry_are_flagged() -> None:
    assert iban_ok("IR230550000000123456789012")  # Iran: شبا
    assert iban_ok("MA64011519000001205000534921")  # Morocco
    assert found(IbanCodeRecognizer(), "شبا: IR23 0550 0000 0012 3456 7890 12") == [
        "IR23 0550 0000 0012 3456 7890 12"
    ]


def test_iban_is_flagged_when_its_country_code_stands_apart() -> None:
    text = "na rachunek DE 89 3704 0044 0532 0130 00 proszę"
    assert found(IbanCodeRecognizer(), text) == ["DE 89 3704 0044 0532 0130 00"]


def test_ner_view_keeps_offsets_when_it_blanks_text() -> None:
    text = "The invoice was paid twice. " * 10 + "Escalated to Kwame Mensah today."
    view = ner_view(text, context=2)
    assert view is not None and len(view) == len(text)
    start = text.index("Kwame Mensah")
    assert view[start : start + 12] == "Kwame Mensah"
    assert view[:30].strip() == ""


@pytest.mark.parametrize(
    "text",
    [
        "all lower case text with kwame@example.com",
        "Hi",
        "The refund was issued. Please check the export job on Monday.",
        "Thanks, Support",
        "The SLA credit applies after the CRM and API checks.",
    ],
)
def test_ner_view_is_empty_when_no_word_could_start_a_name(text: str) -> None:
    assert ner_view(text) is None


@pytest.mark.parametrize(
    "text",
    ["Kwame called", "The refund for Kwame was issued.", "Will Smith called.", "in Lyon", "in UK"],
)
def test_ner_view_keeps_text_when_a_word_could_start_a_name(text: str) -> None:
    assert ner_view(text) == text


def test_template_blanks_and_documented_example_keys_are_not_secrets() -> None:
    assert found(ApiKeyRecognizer(), "STRIPE_SECRET_KEY=sk_test_REPLACE_ME") == []
    assert found(CredentialRecognizer(), 'PASSPHRASE: "CHANGE_ME_BEFORE_DEPLOY"') == []
    assert found(ApiKeyRecognizer(), "AKIAIOSFODNN7EXAMPLE") == []
    assert found(ApiKeyRecognizer(), "AKIAZ7Q4EXAMPLE3NVB2") == ["AKIAZ7Q4EXAMPLE3NVB2"]
    assert found(CredentialRecognizer(), 'os.getenv("AWS_REGION", "eu-west-1a")') == []


@pytest.mark.parametrize(
    "text",
    [
        "existingSecret: redis-auth",
        'adminPassword: "changeme"',
        "//registry.npmjs.org/:_authToken=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "password = <see 1Password: PyPI internal>",
        "password          = var.db_password",
        'SECRET_KEY = "changeme-insecure-test-key"',
        "2025-10-03T08:21:44Z INFO  auth: login ok",
    ],
)
def test_references_and_crossed_out_values_are_not_secrets(text: str) -> None:
    assert found(CredentialRecognizer(), text) == []
    assert found(ApiKeyRecognizer(), text) == []


def test_an_ssn_column_and_a_question_before_make_any_form_an_ssn() -> None:
    table = (
        "employee_id,first_name,ssn,hire_date\n"
        "E0932,Mateus,429321246,2020-07-20\n"
        "E0933,Joy,129 67 3565,2021-01-11\n"
    )
    assert found(SocialSecurityRecognizer(), table) == ["429321246", "129 67 3565"]
    call = "AGENT: the last four of your social?\nCALLER: just take the whole thing, 241 72 7205."
    assert found(SocialSecurityRecognizer(), call) == ["241 72 7205"]


def test_a_dotted_ssn_after_its_label_and_a_troy_card_are_found() -> None:
    text = "Part I  Social security number: 233.47.1092   or   EIN: 84-2917730"
    assert found(SocialSecurityRecognizer(), text) == ["233.47.1092"]
    assert found(CardNumberRecognizer(), "DSP-77  Troy  9792-0481-7735-1204 ₺3.250") == [
        "9792-0481-7735-1204"
    ]
    assert found(SocialSecurityRecognizer(), "release 233.47.1092 shipped") == []


def test_humo_and_uzcard_numbers_are_cards_but_an_imei_is_not() -> None:
    text = "Humo 9860 0314 7725 6106, UzCard 8600-4931-8820-1770"
    assert found(CardNumberRecognizer(), text) == ["9860 0314 7725 6106", "8600-4931-8820-1770"]
    assert found(CardNumberRecognizer(), "IMEI of the handset: 352904188227653") == []
    assert found(CardNumberRecognizer(), "JCB 352904188227653") == ["352904188227653"]


def test_context_words_are_whole_words_and_a_published_example_needs_them_on_its_line() -> None:
    assert found(SocialSecurityRecognizer(), "routing 512 44 3197 in the meeting") == []
    text = "3) Ruiz \u2014 SSN 367 08 5512\nSample in the deck uses 123-45-6789; do not copy it."
    assert found(SocialSecurityRecognizer(), text) == ["367 08 5512"]


def test_a_bare_ssn_after_a_named_one_is_an_ssn() -> None:
    text = "my SSN is 412-20-7791 and my wifes is 301559846, we file jointly"
    assert found(SocialSecurityRecognizer(), text) == ["412-20-7791", "301559846"]


@pytest.mark.parametrize(
    "unit", ["A_B_", "a-b-", "Cookie: a=", "aB", "--a-", "a_b_token ", '"name": "x_', "x-csrf-"]
)
def test_repeated_key_parts_take_one_pass_not_one_per_part(unit: str) -> None:
    """64 KB of "A_B_…" once took minutes: the key pattern restarted after every "_". These
    inputs hold no secret; a regression shows up as this test taking minutes, not seconds."""
    text = unit * (65536 // len(unit))
    assert found(CredentialRecognizer(), text) == []
    assert found(ApiKeyRecognizer(), text) == []


def test_an_iban_a_digit_short_still_counts_when_mod97_holds() -> None:
    text = "auf IBAN CH40 0076 2016 2837 4015 (Luzerner Kantonalbank)"
    assert values(text, IbanCodeRecognizer()) == ["CH40 0076 2016 2837 4015"]
    assert values("ref CH41 0076 2016 2837 4015", IbanCodeRecognizer()) == []


@pytest.mark.parametrize(
    "unit",
    [
        "x-auth-",
        "auth auth ",
        "code a b c ",
        "OTP word ",
        "mysql -u a ",
        "login -u a ",
        "https://aaaaaaaaaaaaaaaaaaaaaaaa",
        "changed it to ",
        "user a pass ",
        "contraseña a b ",
        "temp password ",
        "비밀번호 ",
        '"a:b@tcp(',
        "вул. Аа ",
        "Born in Aa Bb ",
        "Data urodzenia a b c ",
        "a.b@c.example ",
        "2a00:801:",
        "Via dell'A ",
    ],
)
def test_repeated_cue_parts_take_one_pass_in_every_pattern_recognizer(unit: str) -> None:
    """The same guard for the patterns added later: 64 KB of a cue's parts, no value. One
    pass takes well under a second; a pattern that rescans to the end of the line from
    every cue takes tens of seconds (the mysql rule did, before its reach was bounded)."""
    text = unit * (65536 // len(unit))
    started = time.process_time()
    recognizers = [
        AccessCodeRecognizer(), CredentialRecognizer(), DateOfBirthRecognizer(),
        EmailAddressRecognizer(), IpAddressRecognizer(), StreetAddressRecognizer(),
        SpecialCategoryRecognizer(),
    ]  # fmt: skip
    for recognizer in recognizers:
        list(recognizer.spans(text))
    assert time.process_time() - started < 3


def test_an_aws_secret_after_its_key_id_and_an_age_key_are_secrets() -> None:
    pair = "here it is: AKIAUI2KKW6BQFZPIUSN / J6xUXetsGJRXpxAUqNeHtrfUrQPnL8JT2QkPRLlZ"
    assert found(ApiKeyRecognizer(), pair) == [
        "AKIAUI2KKW6BQFZPIUSN",
        "J6xUXetsGJRXpxAUqNeHtrfUrQPnL8JT2QkPRLlZ",
    ]
    age = "AGE-SECRET-KEY-1G3KLCLVMELAHLTX9K9UKP7EWURY4FFGQCZLAH5MTQZE3MYU82Q55HCNLPH"
    assert found(ApiKeyRecognizer(), f'AGE_IDENTITY: &str = "{age}";') == [age]


def test_a_published_example_iban_said_to_be_one_is_no_account() -> None:
    text = "Hinweis: Die Beispiel-IBAN DE89 3704 0044 0532 0130 00 im alten Formular ist ungültig."
    assert found(IbanCodeRecognizer(), text) == []


def test_a_published_example_iban_given_as_an_account_is_still_one() -> None:
    text = "Erstattung bitte auf DE89 3704 0044 0532 0130 00 (mein Girokonto)."
    assert found(IbanCodeRecognizer(), text) == ["DE89 3704 0044 0532 0130 00"]


def test_a_jwt_nested_too_deep_to_parse_is_flagged_not_a_detection_failure() -> None:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256"}').decode().rstrip("=")
    payload = base64.urlsafe_b64encode(b"[" * 100_000).decode().rstrip("=")
    token = f"{header}.{payload}.c2lnbmF0dXJl"
    assert found(JwtRecognizer(), f"Bearer {token}") == [token]


def test_a_korean_particle_touching_a_card_number_does_not_hide_it() -> None:
    text = "환불은 결제하신 카드 3539 1844 5328 1848로 진행."
    assert values(text, CardNumberRecognizer()) == ["3539 1844 5328 1848"]


def test_a_vietnamese_napas_card_is_a_card() -> None:
    text = "Thanh toán hoàn tiền qua thẻ 9704 1800 1234 5674."
    assert found(CardNumberRecognizer(), text) == ["9704 1800 1234 5674"]
