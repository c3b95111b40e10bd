"""Recognizers in isolation: patterns, checksums and context rules, no spaCy model needed."""

from __future__ import annotations

import pytest

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
from aiproxy.privacy.recognizers.phone import PhoneNumberRecognizer
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


@pytest.mark.parametrize(
    "key",
    [
        "AKIAIOSFODNN7EXAMPLE",
        "ghp_" + "a1B2" * 9,
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "sk-proj-" + "Ab3dEf6hIj9kLmNoPqRsTuVwXyZ012345",
        "sk-ant-api03-" + "x" * 40,
        "AIzaSyD3kL9mQ2xR7tV5wN8pB4cF6hJ1gY0uE2s",
    ],
)
def test_vendor_key_is_flagged_when_prefix_matches(key: str) -> None:
    assert found(ApiKeyRecognizer(), f"token: {key} end") == [key]


def test_jwt_is_flagged_when_header_decodes_to_json() -> None:
    assert found(JwtRecognizer(), f"Authorization: Bearer {JWT}") == [JWT]


def test_jwt_lookalike_is_ignored_when_header_is_not_json() -> None:
    assert found(JwtRecognizer(), "eyAbCdEfGhIjKl.AbCdEfGhIjKlMn.AbCdEfGhIjKl") == []


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


def test_password_with_empty_user_is_flagged_when_in_redis_url() -> None:
    assert found(CredentialRecognizer(), "redis://:Rb7kP2mX9qLz4T@cache:6379/0") == [
        "Rb7kP2mX9qLz4T"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("password=hunter2hunter2", "hunter2hunter2"),
        ('api_key: "4f9a1c7e2b8d4e6fa03b"', "4f9a1c7e2b8d4e6fa03b"),
        ("client_secret = 'Zx9-Qw2Er4Ty6'", "Zx9-Qw2Er4Ty6"),
        ("my password is Tr0ub4dor&3", "Tr0ub4dor&3"),
    ],
)
def test_assignment_value_is_flagged_when_key_names_a_secret(text: str, value: str) -> None:
    assert value in found(CredentialRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "password=${DB_PASSWORD}",
        "api_key: <your-api-key>",
        "password: ********",
        "the password is incorrect",
        "token = os.environ['TOKEN']",
    ],
)
def test_placeholder_is_ignored_when_value_is_not_a_secret(text: str) -> None:
    assert found(CredentialRecognizer(), text) == []


def test_aws_secret_is_flagged_only_when_aws_context_is_near() -> None:
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert secret in found(CredentialRecognizer(), f"AWS secret key {secret}")
    assert found(CredentialRecognizer(), f"checksum {secret}") == []


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


@pytest.mark.parametrize("address", ["203.0.113.9", "2001:db8:85a3::8a2e:370:7334", "fe80::1"])
def test_ip_is_flagged_when_valid(address: str) -> None:
    assert found(IpAddressRecognizer(), f"from {address} at noon") == [address]


@pytest.mark.parametrize(
    "text",
    ["upgrade to 1.2.3", "version 10.0.0.1 released", "v1.2.3.4", "at 12:30:45", "999.1.1.1"],
)
def test_ip_lookalike_is_ignored_when_version_or_time(text: str) -> None:
    assert found(IpAddressRecognizer(), text) == []


def test_phone_is_flagged_when_international_format() -> None:
    spans = PhoneNumberRecognizer().spans("Call me on +44 20 7946 0958 tomorrow")
    assert [(s.start, s.end) for s in spans] == [(11, 27)]


@pytest.mark.parametrize(
    "text", ["order 4155550123 shipped", "version 2.14.3", "invoice 2024-118", "id 1234567"]
)
def test_phone_lookalike_is_ignored_when_identifier(text: str) -> None:
    assert PhoneNumberRecognizer().spans(text) == []


def test_date_is_birth_date_only_when_cued() -> None:
    assert found(DateOfBirthRecognizer(), "born on 12 March 1984") == ["12 March 1984"]
    assert found(DateOfBirthRecognizer(), "DOB: 03/11/1988") == ["03/11/1988"]
    assert found(DateOfBirthRecognizer(), "shipped on 12 March 1984") == []


@pytest.mark.parametrize(
    "text",
    [
        "He was diagnosed with diabetes last year.",
        "The patient is HIV positive.",
        "She is pregnant.",
        "He is a practicing Muslim.",
        "Alex identifies as gay.",
        "She is a member of the Labour party.",
    ],
)
def test_special_category_is_flagged_when_stated_about_a_person(text: str) -> None:
    assert found(SpecialCategoryRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "The health check endpoint returns 200.",
        "The Christmas sale starts Friday.",
        "She took a political science course.",
        "The app suffers from memory leaks.",
        "We are recovering from the outage.",
    ],
)
def test_special_category_is_ignored_when_only_topic_words(text: str) -> None:
    assert found(SpecialCategoryRecognizer(), text) == []


@pytest.mark.parametrize(
    "address",
    [
        "742 Evergreen Terrace",
        "221B Baker Street",
        "1600 Pennsylvania Avenue NW",
        "Friedrichstraße 68, 10117 Berlin",
        "Calle de Alcalá 48",
        "9 Rue de la Paix",
    ],
)
def test_street_address_is_flagged_when_number_name_and_type(address: str) -> None:
    assert any(
        address.split(",")[0] in v for v in found(StreetAddressRecognizer(), f"at {address}.")
    )


def test_street_lookalike_is_ignored_when_lowercase_prose() -> None:
    assert found(StreetAddressRecognizer(), "we shipped 3 features down the road") == []


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


def test_installer_version_is_not_an_ip_address() -> None:
    assert found(IpAddressRecognizer(), "Installer 10.2.0.14 published; checksum attached") == []


def test_faith_with_diacritics_is_special_category() -> None:
    assert found(SpecialCategoryRecognizer(), "She is a practising Bah\u00e1'\u00ed.") != []


@pytest.mark.parametrize("address", ["Peace Avenue 17", "14 Heol y Felin"])
def test_street_with_number_after_or_welsh_type_is_flagged(address: str) -> None:
    assert any(address in v for v in found(StreetAddressRecognizer(), f"Ship to {address}."))


@pytest.mark.parametrize(
    "text",
    [
        "Kofi has a severe peanut allergy, so please keep treats nut-free.",
        "I go to Friday prayers at the mosque and the new rota clashes.",
        "I am a shop steward for SIPTU and we meet that day.",
        "He has had two episodes of atrial fibrillation this month.",
        "She has been in treatment for major depressive disorder since 2021.",
        "I joined the warehouse workers' union last month.",
        "Mrs Okoro, who disclosed a bipolar diagnosis on the form, asked for a call.",
        "Tane uses a wheelchair because of a spinal injury.",
        "The claimant has chronic kidney disease and attends dialysis three times a week.",
        "Posts show he campaigns for the Green Party at weekends.",
        "Basis of claim: client is Rohingya and fled in 2017.",
        "He was hospitalised with a suspected concussion after the crash.",
        "Because you have a documented hearing impairment, captions are provided.",
        "Relevant history: HIV positive, on antiretroviral therapy since 2015",
        "She was signed off with glandular fever last week.",
        "Cerys is also a UCU union rep and attends the meetings.",
        "We were refused a room because we are a same-sex couple.",
        "He was a member of an opposition party before leaving.",
        "She is an active member of Congregation Beth Shalom.",
        "thank u, my asthma has been really bad this week",
    ],
)
def test_special_category_statements_in_everyday_words(text: str) -> None:
    assert SpecialCategoryRecognizer().analyze(text, ["SPECIAL_CATEGORY"]) != []


def test_a_birth_date_with_a_note_between_cue_and_date() -> None:
    text = "Date of birth (for airline manifest): 22 August 1994"
    (result,) = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert text[result.start : result.end] == "22 August 1994"


def test_an_image_tag_or_a_quoted_version_is_not_an_ip_address() -> None:
    for text in ("image: registry.example.com/api:10.4.2.1", "four-part versions like 1.2.10.4"):
        assert found(IpAddressRecognizer(), text) == [], text
    assert found(IpAddressRecognizer(), "host:10.0.0.5") == ["10.0.0.5"]


def test_a_street_address_never_spans_two_lines() -> None:
    text = "Crown shade for case LAB-22917\nHi Dr Nakamura, shade A2 confirmed."
    assert found(StreetAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The server has a disk failure on node 3.",
        "Join our rare disease awareness week.",
        "The wheelchair ramp at the depot is broken.",
        "Ask about the Green Party manifesto launch.",
    ],
)
def test_topic_words_without_a_person_are_not_special_category(text: str) -> None:
    assert found(SpecialCategoryRecognizer(), text) == []


def test_a_birth_date_under_a_quoted_dob_key() -> None:
    assert found(DateOfBirthRecognizer(), '{"dob": "1986-02-19", "plan": "pro"}') == ["1986-02-19"]


def test_a_birth_date_answered_on_the_next_line_or_cued_in_another_language() -> None:
    dialogue = "AGENT: Can you confirm your date of birth?\nCALLER: July 9th, 1979."
    assert found(DateOfBirthRecognizer(), dialogue) == ["July 9th, 1979"]
    assert found(DateOfBirthRecognizer(), "Data de nascimento: 14/02/1991") == ["14/02/1991"]
    assert found(DateOfBirthRecognizer(), "Geburtsdatum: 03.04.1975") == ["03.04.1975"]


@pytest.mark.parametrize(
    "text",
    [
        "Mozilla/5.0 Chrome/124.0.6367.91 Safari/537.36",
        "Wire transfers: routing number 021000021, SWIFT CHASUS33.",
        "Customs pre-alert, AWB 176-55019284",
    ],
)
def test_versions_routing_numbers_and_waybills_are_not_phone_numbers(text: str) -> None:
    assert PhoneNumberRecognizer().spans(text) == []


def test_networks_and_firmware_are_not_ip_addresses_but_clients_are() -> None:
    assert found(IpAddressRecognizer(), 'vpc_cidr = "10.20.0.0/16"') == []
    assert found(IpAddressRecognizer(), '{"fw":"4.12.0.7"}') == []
    assert found(IpAddressRecognizer(), "401 client=203.0.113.201") == ["203.0.113.201"]
    assert found(IpAddressRecognizer(), "allow 203.0.113.7/32") == ["203.0.113.7/32"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Home: Bağdat Caddesi No:214, Kadikoy", "Bağdat Caddesi No:214"),
        ("Alamat: Jl. Kenanga No. 17, Bandung", "Jl. Kenanga No. 17"),
    ],
)
def test_street_with_a_number_sign_is_flagged(text: str, address: str) -> None:
    assert address in found(StreetAddressRecognizer(), text)


@pytest.mark.parametrize(
    "text", ["Follow-up: 2025-11-04 09:30 via MedLink Video.", "Term: Spring 2026"]
)
def test_times_before_via_and_seasons_are_not_addresses(text: str) -> None:
    assert found(StreetAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            'curl -u "api_live_7Qm2Xv9Lr4Tb8Nc1:" https://api.example.com',
            "api_live_7Qm2Xv9Lr4Tb8Nc1",
        ),
        ("curl --user admin:S3cr3t!pw https://x.example", "S3cr3t!pw"),
        (
            'sid = os.environ.get("TWILIO_ACCOUNT_SID", "9f4c2a7e1b8d3f6a0c5e2b7d")',
            "9f4c2a7e1b8d3f6a0c5e2b7d",
        ),
        (
            "Protocol=https;AccountName=prod;AccountKey=q8Zr3Lm7Xv2Tb9Nc4Kw1Yh6==;Suffix=x",
            "q8Zr3Lm7Xv2Tb9Nc4Kw1Yh6==",
        ),
        ('{ botToken: "abcDEF123456ghiJKL789" }', "abcDEF123456ghiJKL789"),
    ],
)
def test_credentials_in_curl_env_fallbacks_connection_strings_and_camel_keys(
    text: str, secret: str
) -> None:
    assert secret in found(CredentialRecognizer(), text)


@pytest.mark.parametrize(
    "key",
    [
        "pypi-AgEIcHlwaS5vcmcCJGE3ZjJjOWQxLWI4ZTQtNDZhMS05YzNmLTJkOGU3YjFh",
        "MTE4NzQ1OTIzMDU2MTIzNDU2Nw.GkT2vX.q8Lr3Zm7Xv2Tb9Nc4Kw1Yh6Jf5Ds0Pa3",
        "shpat_" + "a1b2c3d4" * 4,
    ],
)
def test_more_vendor_tokens_are_flagged(key: str) -> None:
    assert found(ApiKeyRecognizer(), f"token: {key}") == [key]


def test_template_blanks_are_not_secrets_but_example_shaped_keys_are() -> None:
    assert found(ApiKeyRecognizer(), "STRIPE_SECRET_KEY=sk_test_REPLACE_ME") == []
    assert found(CredentialRecognizer(), 'PASSPHRASE: "CHANGE_ME_BEFORE_DEPLOY"') == []
    assert found(ApiKeyRecognizer(), "AKIAIOSFODNN7EXAMPLE") == ["AKIAIOSFODNN7EXAMPLE"]
    assert found(CredentialRecognizer(), 'os.getenv("AWS_REGION", "eu-west-1a")') == []


def test_user_agents_and_file_names_hold_versions_not_ip_addresses() -> None:
    for text in ('"ShopApp/6.14.0.2 (Android 15)"', "aria-3.0.0.12-linux-x64.tar.gz"):
        assert found(IpAddressRecognizer(), text) == [], text
    assert found(IpAddressRecognizer(), "node ip-10.0.0.9") == ["10.0.0.9"]


def test_parcel_tracking_digits_are_not_a_phone_number() -> None:
    assert PhoneNumberRecognizer().spans("Tracking number: 1Z 8V4 72E 03 4415 2289") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hélène Marchetti, née le 14 avril 1992, habite à Lyon", "14 avril 1992"),
        ("Małgorzata Zając, ur. 17.06.1995, zam. Gdańsk", "17.06.1995"),
        ("Assicurato: Matteo Russo, nato il 8 settembre 1979 a Bari", "8 settembre 1979"),
        ("MRN: 00481137   DOB: 11-Apr-1972", "11-Apr-1972"),
        ("[18:05] Agent: your date of birth?\n[18:06] Summer Reyes: 6/2/91", "6/2/91"),
        ("emp_id,name,dob,cc\nE-1,Grant Oduya,1988-04-17,CC-4410\n", "1988-04-17"),
        ("INSERT INTO p (id, dob) VALUES (1, '1977-12-01');", "1977-12-01"),
    ],
)
def test_birth_dates_in_other_languages_formats_chats_and_records(text: str, date: str) -> None:
    assert date in found(DateOfBirthRecognizer(), text)


def test_unset_dates_in_a_birth_date_column_are_no_birth_dates() -> None:
    assert found(DateOfBirthRecognizer(), "id,dob\n1,1970-01-01\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic group: Black or Black British - African\nReligion or belief: Christian",
        "Disability or long-term condition: Yes - dyslexia and ADHD",
        "Konfession (freiwillig): evangelisch-lutherisch",
        "Joy shared that she has relapsing-remitting multiple sclerosis.",
        "She wears a cochlear implant and needs a visual fire alarm.",
        "Reason: she is expecting her first child in late January",
        "Client reports panic attacks roughly twice a week.",
        "The Okafors were received into the Catholic Church at Easter.",
        "Rich is a registered member of the Democratic-Farmer-Labor Party.",
        "He is also a retired SEIU Local 26 member.",
        "As Huda will be observing a voluntary religious fast, please move it.",
        "He is an enrolled member of the Navajo Nation.",
        "ojo que estoy embarazada de 4 meses",
    ],
)
def test_special_category_in_forms_and_more_phrasings(text: str) -> None:
    assert found(SpecialCategoryRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Sexual orientation: Prefer not to say\nTrade union membership: No",
        "Race condition: two workers write the cache at once",
        "Root cause diagnosis: disk full on db-2",
    ],
)
def test_declined_form_answers_and_engineering_labels_are_not_special(text: str) -> None:
    assert found(SpecialCategoryRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Cookie: pg_session=s%3A7Hq2LmX9vRt4KzPw8; theme=dark", "s%3A7Hq2LmX9vRt4KzPw8"),
        ("Set-Cookie: JSESSIONID=8F3A1C9E27B4D60F; Path=/", "8F3A1C9E27B4D60F"),
        (
            "machine api.example.com\n  login vuk\n  password HRKU-7c1f2e9a-4b8d\n",
            "HRKU-7c1f2e9a-4b8d",
        ),
        ("Authorization: Basic c3ZjLXJlcG9ydHM6S3A0IXZS", "c3ZjLXJlcG9ydHM6S3A0IXZS"),
        (
            '{"auths": {"r.example": {"auth": "Z2l0bGFiK2RlcGxveS10b2tl"}}}',
            "Z2l0bGFiK2RlcGxveS10b2tl",
        ),
        ("Temporary password issued: Wiosna#2025-tmp! (change it)", "Wiosna#2025-tmp!"),
    ],
)
def test_cookies_netrc_auth_headers_and_issued_passwords_are_secrets(
    text: str, secret: str
) -> None:
    assert secret in found(CredentialRecognizer(), text)


def test_a_live_key_of_any_vendor_is_a_secret() -> None:
    assert found(ApiKeyRecognizer(), "it was ak_live_Hn7Lq2Xv9Rt4Mz8Pw3Kc6Yb1") == [
        "ak_live_Hn7Lq2Xv9Rt4Mz8Pw3Kc6Yb1"
    ]


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


def test_a_server_address_is_an_ip_address_whatever_word_ends_in_ver() -> None:
    assert found(IpAddressRecognizer(), "server: 146.62.60.89") == ["146.62.60.89"]
    assert found(IpAddressRecognizer(), "server 146.62.60.89") == ["146.62.60.89"]


@pytest.mark.parametrize(
    "text",
    [
        "This letter confirms that you are expecting your first child in February.",
        "Client receives SSDI for a spinal cord injury.",
        "Notes: attends the Ahmadiyya mosque on Fridays",
        "I rely on the alerts because I'm type 1 diabetic.",
        "Eligibility: specific learning disability (dyslexia)",
        "Tanvir reports low mood and insomnia since the separation.",
        "He was raised in a devout Muslim household.",
        "Disclosures: treated for prostate cancer in 2021; takes ramipril for hypertension.",
        "She is a member of the Bahá'í faith.",
        "Huda will be 30 weeks pregnant at departure.",
        "Malin is on sick leave after back surgery.",
        "Sie hatte mitgeteilt, dass sie schwanger ist.",
    ],
)
def test_special_category_in_letters_notes_and_benefit_claims(text: str) -> None:
    assert found(SpecialCategoryRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("verified by phone with DOB 3rd Feb '84 and employee number", "3rd Feb '84"),
        ("Tanggal lahir: 17-08-1992", "17-08-1992"),
        ("Data urodzenia Kacpra: 05.05.2014.", "05.05.2014"),
        ("nací el 9 de enero de 1979. Mi esposo", "9 de enero de 1979"),
    ],
)
def test_more_birth_date_formats_and_cues(text: str, date: str) -> None:
    assert date in found(DateOfBirthRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("office wifi pw  —  it is   Bl4ckr0ck!Gate7\n", "Bl4ckr0ck!Gate7"),
        (
            "the cookie connect.sid=s%3AqL8vR2xT9mZ4kP7w.N1bY6 should go",
            "s%3AqL8vR2xT9mZ4kP7w.N1bY6",
        ),
        ("  STRIPE_KEY: c2tfbGl2ZV81MVF4VjlrTHAycjRt", "c2tfbGl2ZV81MVF4VjlrTHAycjRt"),
    ],
)
def test_secrets_said_in_passing_session_ids_and_env_keys(text: str, secret: str) -> None:
    assert secret in found(CredentialRecognizer(), text)


def test_words_and_log_uuids_under_key_and_session_names_are_not_secrets() -> None:
    assert found(CredentialRecognizer(), "  PRIMARY_KEY: customer_id_column") == []
    text = "session=0b6e2d71-9c4f-4a83-b1d2-5e7f90a3c6b8 GET /v1"
    assert found(CredentialRecognizer(), text) == []


def test_mangled_email_addresses_are_still_addresses() -> None:
    for text, address in (
        ("TUAN NGUYEN   tuan.ng @example.com   12", "tuan.ng @example.com"),
        ("GET /reset?email=noor.haddad%40example.com HTTP/2.0", "noor.haddad%40example.com"),
    ):
        assert found(EmailAddressRecognizer(), text) == [address]
    assert found(EmailAddressRecognizer(), "ping @example.com about it") == []


def test_a_bare_ssn_after_a_named_one_is_an_ssn() -> None:
    text = "my SSN is 412-20-7791 and my wifes is 301559846, we file jointly"
    assert found(SocialSecurityRecognizer(), text) == ["412-20-7791", "301559846"]


def test_postman_keys_are_secrets() -> None:
    key = "PMAK-6729a1c4e8b2f30011d4e5f6-9c8b7a6d5e4f3a2b1c0d9e8f7a6b5c4d3e"
    assert found(ApiKeyRecognizer(), f'"value": "{key}"') == [key]


@pytest.mark.parametrize(
    "unit", ["A_B_", "a-b-", "Cookie: a=", "aB", "--a-", "a_b_token ", '"name": "x_', "x-csrf-"]
)
def test_repeated_key_parts_take_one_pass_not_one_per_part(unit: str) -> None:
    """64 KB of "A_B_…" once took minutes: the key pattern restarted after every "_". These
    inputs hold no secret; a regression shows up as this test taking minutes, not seconds."""
    text = unit * (65536 // len(unit))
    assert found(CredentialRecognizer(), text) == []
    assert found(ApiKeyRecognizer(), text) == []
