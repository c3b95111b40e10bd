"""Phone numbers: what `phonenumbers` accepts, and what belongs to an organisation or a form."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.phone import PhoneNumberRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, PhoneNumberRecognizer())


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Owner: Ffion Pritchard, +44 7700 900 731, ffion.p@example.net", "+44 7700 900 731"),
        ("text Marcus at (555) 013-4477.", "(555) 013-4477"),
    ],
)
def test_a_number_in_an_unassigned_range_counts_when_written_in_full(
    text: str, number: str
) -> None:
    assert found(text) == [number]


def test_a_column_gap_ends_a_number() -> None:
    text = "CTCM +351 912 555 083  22 weeks"
    assert found(text) == ["+351 912 555 083"]


@pytest.mark.parametrize(
    "text",
    [
        "über unsere Servicenummer 0800 1000 4800.",
        "Helpline for stop smoking advice: 0300 123 1044",
        "Questions? call 800 555 0142 (toll-free)",
        "Ops bridge +41 44 000 00 00 is a test line only.",
    ],
)
def test_service_lines_and_blanks_are_not_personal_numbers(text: str) -> None:
    assert found(text) == []


def test_a_bracketed_date_is_not_a_number() -> None:
    assert found("Frist (31.01.2026) beachten") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Renrakusaki: 090-4418-2763 / haruki@example.jp", "090-4418-2763"),
        ("Lagos · 0803 417 2290, alt 0909 552 8814", "0909 552 8814"),
    ],
)
def test_a_premium_prefix_in_one_country_is_a_mobile_in_another(text: str, number: str) -> None:
    assert number in found(text)


def test_a_philippine_mobile_after_tagalog_po_is_a_phone() -> None:
    assert found("GCash ko po 0917 384 2915") == ["0917 384 2915"]


def test_a_number_that_only_contains_a_toll_free_code_is_still_a_phone() -> None:
    assert found("my cell is 312 800 4471") == ["312 800 4471"]


def test_two_numbers_in_one_run_are_both_found() -> None:
    text = "call (555) 013-4477 / (555) 013-4478 after six"
    assert found(text) == ["(555) 013-4477", "(555) 013-4478"]


@pytest.mark.parametrize(
    "text",
    [
        "[21.03.2025 18:40] Олена: вода з 10:00",
        "Reklamace platby — objednávka 2025-118822",
        "Plan docs: BlueShield Silver 3500 2026.1.0.4; covers therapy",
        "Klantenservice gratis: 0800-0224.",
        "Pedido nº 4471 2209 18 enviado",
        "or ring our billing team on 800 124 4040 any weekday",
        "Call us toll free at +1 (888) 555 0199.",
        "フリーダイヤル 0120-444-888 まで",
        "Línea gratuita 01 8000 519 519",
        "Meblex Sp. z o.o., NIP 525-238-41-77",
        "referring physician: Dr. Akana, NPI 1487392011",
        "Date:   Thu Oct 23 18:20:12 2025 -0400",
        "PO 4471 2209 18 approved",
        "[04.11.25 18:02:17] Zdeněk: Ahoj",
        "Employer identification number: 84-2917730",
    ],
)
def test_dates_orders_versions_and_freephone_are_not_phones(text: str) -> None:
    assert found(text) == []


def test_a_french_number_written_with_dots_is_still_a_phone() -> None:
    assert found("Portable : 06.12.34.56.78") == ["06.12.34.56.78"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Pode me ligar no +55 11 98765-4321? É sobre o pedido", "+55 11 98765-4321"),
        ("Teléfono: +34 944 55 81 27", "+34 944 55 81 27"),
    ],
)
def test_a_word_ending_like_an_order_abbreviation_does_not_hide_a_phone(
    text: str, number: str
) -> None:
    assert found(text) == [number]


def test_a_name_ending_like_an_identifier_word_does_not_hide_a_phone() -> None:
    assert found("Mobile for Astrid 0412 550 193, for Ingvild 0413 661 204") == [
        "0412 550 193",
        "0413 661 204",
    ]


def test_phone_is_flagged_when_international_format() -> None:
    spans = PhoneNumberRecognizer().spans("Call me on +44 20 7946 0958 tomorrow")
    assert [(s.start, s.end) for s in spans] == [(11, 27)]


@pytest.mark.parametrize(
    "text",
    [
        "order 4155550123 shipped",
        "version 2.14.3",
        "invoice 2024-118",
        "id 1234567",
        "b  EIN: 84-1739205",
    ],
)
def test_phone_lookalike_is_ignored_when_identifier(text: str) -> None:
    assert PhoneNumberRecognizer().spans(text) == []


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


def test_parcel_tracking_digits_are_not_a_phone_number() -> None:
    assert PhoneNumberRecognizer().spans("Tracking number: 1Z 8V4 72E 03 4415 2289") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("이지현: 내 새 번호 010-4823-1967로 저장해줘", "010-4823-1967"),
        ("SSR CTCM BA HK1/447911384260", "447911384260"),
    ],
)
def test_a_number_touching_a_korean_particle_and_an_airline_contact_are_phones(
    text: str, number: str
) -> None:
    assert number in found(text)


def test_a_chinese_mobile_in_a_chinese_text_is_read_whole() -> None:
    text = "客户：陈思远\n手机：138 2047 5519　座机：021-6482 3917"
    assert "138 2047 5519" in values(text, PhoneNumberRecognizer())


def test_a_script_region_counts_only_someones_own_line() -> None:
    text = "Müşteri hizmetleri: 444 0 555 · Cep: 0532 555 17 48 (Ayşe Doğan)"
    assert values(text, PhoneNumberRecognizer()) == ["0532 555 17 48"]


@pytest.mark.parametrize("text", ["NUBAN 0158 2947 31", "IMEI 35 472109 884103 7"])
def test_a_bank_account_or_a_handsets_number_is_no_phone(text: str) -> None:
    assert values(text, PhoneNumberRecognizer()) == []


@pytest.mark.parametrize(
    "text",
    [
        "07:14 to=+15005550006 tpl=otp_login status=queued",  # Twilio's test number
        "SSN on the card: 078-05-1120 (the Woolworth sample)",
    ],
)
def test_test_numbers_and_ssn_shapes_are_no_phones(text: str) -> None:
    assert found(text) == []


def test_no_after_a_possessive_or_a_phone_word_is_a_phones_number_not_an_orders() -> None:
    assert found("wife Pooja ko de dena, uska no. +91 98110 47263") == ["+91 98110 47263"]
    assert found("mobile no. +44 7911 123456") == ["+44 7911 123456"]
    assert found("order no. +4471 2209 18") == []


def test_a_country_code_in_the_text_lets_its_national_numbers_be_read() -> None:
    text = "utleier +47 482 19 907; samboer Aleksander (922 40 318)"
    assert found(text) == ["+47 482 19 907", "922 40 318"]
    assert found("samboer Aleksander (922 40 318)") == []


def test_an_msisdn_is_read_as_an_international_number_without_its_plus() -> None:
    assert found('{"provider": "MTN", "msisdn": "233244187720"}') == ["233244187720"]


def test_a_year_and_month_before_a_running_number_is_an_invoice() -> None:
    assert found("Фактура № 2025-03-1187 от 12.03.2025") == []


def test_a_phone_word_in_arabic_gives_a_bare_number_its_context() -> None:
    assert found("فهد الشمري: الجوال ٠٥٤٧٣٨٢٩١٠، والإيميل") == ["٠٥٤٧٣٨٢٩١٠"]
