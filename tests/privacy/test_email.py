"""E-mail addresses: anyone's mailbox counts; example blanks, URL keys and robots do not."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.email import EmailAddressRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return sorted(values(text, EmailAddressRecognizer()))


@pytest.mark.parametrize(
    "address",
    [
        "kwame.mensah@example.com",  # a person's name at an example domain is still data
        "adaeze@tidepool.example.com",
        "noor.haddad@cedarworks.example",
        "test.lead@acme.io",
        "admin@northwind-foods.co.uk",
    ],
)
def test_a_persons_or_a_companys_mailbox_is_an_address(address: str) -> None:
    assert found(f"write to {address} today") == [address]


@pytest.mark.parametrize(
    "blank",
    [
        "test@example.com",
        "noreply@mail.example.com",
        "user+billing@example.org",
        "jane.doe@example.net",
        "dev@staging.test",
        "qa+loyalty@shop.example",
        "etl-runner@acme-analytics-prod.iam.gserviceaccount.com",
    ],
)
def test_example_blanks_and_service_accounts_are_no_ones_mailbox(blank: str) -> None:
    assert found(f"('Test User', '{blank}', '1900-01-01')") == []


def test_a_message_id_is_not_an_address() -> None:
    header = "Message-ID: <20251014074107.4F2A1C@mail.example.pl>\nFrom: Ola <ola.nowak@firma.pl>"
    assert found(header) == ["ola.nowak@firma.pl"]


def test_a_key_before_the_at_sign_of_a_url_is_not_an_address() -> None:
    dsn = "https://4f8a1c2e9b7d4e6f8a0b1c3d5e7f9a2b@o448812.ingest.sentry.io/5512093"
    assert found(f'sentry_dsn = "{dsn}"') == []


def test_mangled_email_addresses_are_still_addresses() -> None:
    for text, address in (
        ("TUAN NGUYEN   tuan.ng @example.com   12", "tuan.ng @example.com"),
        ("GET /reset?email=noor.haddad%40example.com HTTP/2.0", "noor.haddad%40example.com"),
    ):
        assert values(text, EmailAddressRecognizer()) == [address]
    assert values("ping @example.com about it", EmailAddressRecognizer()) == []


def test_an_airline_records_contact_email_is_an_address() -> None:
    text = "SSR CTCE BA HK1/KHALID.ALFARSI//GMAIL.COM\nSSR CTCM BA HK1/447700900123"
    assert found(text) == ["KHALID.ALFARSI//GMAIL.COM"]


def test_a_korean_particle_touching_an_address_does_not_hide_it() -> None:
    text = "알림 메일을 yunseo.choi@kakao.com으로 발송."
    assert values(text, EmailAddressRecognizer()) == ["yunseo.choi@kakao.com"]
