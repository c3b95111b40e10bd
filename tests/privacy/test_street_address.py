"""Street addresses in US, UK and European word orders, never across lines or in prose."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.street_address import StreetAddressRecognizer
from tests.privacy.found import values


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
        address.split(",")[0] in v for v in values(f"at {address}.", StreetAddressRecognizer())
    )


def test_street_lookalike_is_ignored_when_lowercase_prose() -> None:
    assert values("we shipped 3 features down the road", StreetAddressRecognizer()) == []


@pytest.mark.parametrize("address", ["Peace Avenue 17", "14 Heol y Felin"])
def test_street_with_number_after_or_welsh_type_is_flagged(address: str) -> None:
    assert any(address in v for v in values(f"Ship to {address}.", StreetAddressRecognizer()))


def test_a_street_address_never_spans_two_lines() -> None:
    text = "Crown shade for case LAB-22917\nHi Dr Nakamura, shade A2 confirmed."
    assert values(text, StreetAddressRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Home: Bağdat Caddesi No:214, Kadikoy", "Bağdat Caddesi No:214, Kadikoy"),
        ("Alamat: Jl. Kenanga No. 17, Bandung", "Jl. Kenanga No. 17, Bandung"),
    ],
)
def test_street_with_a_number_sign_is_flagged(text: str, address: str) -> None:
    assert address in values(text, StreetAddressRecognizer())


@pytest.mark.parametrize(
    "text", ["Follow-up: 2025-11-04 09:30 via MedLink Video.", "Term: Spring 2026"]
)
def test_times_before_via_and_seasons_are_not_addresses(text: str) -> None:
    assert values(text, StreetAddressRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Vivo en Av. Las Araucarias 1450, depto 12B", "Av. Las Araucarias 1450"),
        ("Domiciliu: Str. Memorandumului 28, ap. 5, Cluj", "Str. Memorandumului 28"),
        ("Indirizzo: Via dell'Indipendenza 44, Bologna", "Via dell'Indipendenza 44"),
        ("Cím: Váci út 76, Budapest", "Váci út 76"),
        ("Адреса: вул. Сонячна, 12, кв. 4", "вул. Сонячна, 12"),
        ("Bill to: 99/14 Sukhumvit Soi 31, Bangkok", "99/14 Sukhumvit Soi 31"),
    ],
)
def test_streets_in_spanish_romanian_italian_hungarian_cyrillic_and_thai_forms(
    text: str, address: str
) -> None:
    assert any(address in v for v in values(text, StreetAddressRecognizer()))


@pytest.mark.parametrize(
    "text",
    ["Jr. developer role, 3 openings", "the ул. prefix", "Budapest office, 76 seats"],
)
def test_street_words_without_a_street_are_not_addresses(text: str) -> None:
    assert values(text, StreetAddressRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ご住所：東京都世田谷区北沢2-14-7", "東京都世田谷区北沢2-14-7"),
        ("Residencia: Carrera 43A # 18 Sur-135, El Poblado, Medellín", "Carrera 43A # 18 Sur-135"),
    ],
)
def test_japanese_and_colombian_grid_addresses(text: str, address: str) -> None:
    assert any(address in v for v in values(text, StreetAddressRecognizer()))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("bytem Kounicova 684/12, 602 00 Brno", "Kounicova 684/12, 602 00 Brno"),
        (
            "Adres: Atatürk Cd. No: 52 D: 7, Kadıköy, İstanbul\nMaaş",
            "Atatürk Cd. No: 52 D: 7, Kadıköy, İstanbul",
        ),
        (
            "giao tới 112/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh\n[14:05] NV Quang",
            "112/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh",
        ),
        ("地址：朝阳区建国路88号院3号楼1205吗？", "朝阳区建国路88号院3号楼1205"),
    ],
)
def test_czech_turkish_vietnamese_and_chinese_addresses(text: str, address: str) -> None:
    assert values(text, StreetAddressRecognizer()) == [address]


def test_a_ratio_and_a_spaced_number_are_no_czech_address() -> None:
    text = "Invoice 2025/11, 602 00 total; Version 2.4/1, 100 00 units shipped"
    assert values(text, StreetAddressRecognizer()) == []


def test_a_date_before_a_street_word_is_no_address() -> None:
    text = "Date of birth: 22 July 1983   Place of birth: Coimbra, Portugal"
    assert values(text, StreetAddressRecognizer()) == []
    assert values("Ship to 12 May Street, Leeds", StreetAddressRecognizer()) == [
        "12 May Street, Leeds"
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Delivery went to Flat 2, 17 Cranbourne Road, Leicester, so please don't",
            "Flat 2, 17 Cranbourne Road, Leicester",
        ),
        ("Dirección: Av. El Sol 612, dpto. 3, Cusco\n", "Av. El Sol 612, dpto. 3, Cusco"),
        (
            "in Via dei Mille 23, scala B, int. 7, Napoli; per",
            "Via dei Mille 23, scala B, int. 7, Napoli",
        ),
        (
            "адрес: ул. Профсоюзная, д. 64, кв. 118, Москва\n",
            "ул. Профсоюзная, д. 64, кв. 118, Москва",
        ),
        (
            "Rua Barão de Jaguara, 1481, ap. 52, Campinas - SP\n",
            "Rua Barão de Jaguara, 1481, ap. 52, Campinas - SP",
        ),
        (
            "Adres: Moda Caddesi No:47 Daire:5, Kadıköy/İstanbul\n",
            "Moda Caddesi No:47 Daire:5, Kadıköy/İstanbul",
        ),
        (
            "adress är Vasagatan 12 lgh 1103, 411 24 Göteborg. Mobil",
            "Vasagatan 12 lgh 1103, 411 24 Göteborg",
        ),
        (
            "New address: 3 Harbour View Terrace, Cobh, Co. Cork\n",
            "3 Harbour View Terrace, Cobh, Co. Cork",
        ),
        ("u paní Šťastné v Vinohradská 1874/52, Praha 2\n", "Vinohradská 1874/52, Praha 2"),
        (
            "verhuisd naar Oudegracht 231-bis, 3511 NK Utrecht en wil",
            "Oudegracht 231-bis, 3511 NK Utrecht",
        ),
        (
            "NIP 5213098472, ul. Piotrkowska 118 lok. 4, 90-006 Łódź\n",
            "ul. Piotrkowska 118 lok. 4, 90-006 Łódź",
        ),
        ("address ul. Długa 44/2, 80-827 Gdańsk.\nHe", "ul. Długa 44/2, 80-827 Gdańsk"),
        (
            "DNI ******21K · Passeig de Sant Joan, 148, 2n 1a, Barcelona\n",
            "Passeig de Sant Joan, 148",
        ),
        (
            "Lives at Unit 3/18 Chesterfield Circle, Nhulunbuy, NT; prefers",
            "18 Chesterfield Circle, Nhulunbuy, NT",
        ),
        ("1550 NW 95th Street,Miami,CC-310\n", "1550 NW 95th Street,Miami"),
    ],
)
def test_an_address_keeps_its_flat_postal_code_town_and_region(text: str, address: str) -> None:
    assert values(text, StreetAddressRecognizer()) == [address]


@pytest.mark.parametrize(
    "address",
    [
        "Οδός Αγίας Σοφίας 88",
        "東京都世田谷区桜新町1丁目14-9 メゾン桜302号室",
        "上海市浦东新区张杨路1208弄7号602室",
        "서울특별시 마포구 월드컵북로12길 34, 502호",
        "شارع الأمير سلطان، حي الروضة، جدة",
        "मकान नं. 47, गली नं. 3, शास्त्री नगर, जयपुर",
        "99/12 ซอยสุขุมวิท 49 เขตวัฒนา กรุงเทพฯ",
        "Laugavegur 118",
        "上海市徐汇区漕溪北路 398 号 12 楼 1203 室",
        "شارع الأمير سلطان، مبنى 12، الرياض",
        "फ्लैट 204, सेक्टर 62, नोएडा फेज़ 3, गौतम बुद्ध नगर, उत्तर प्रदेश",
        "Абай даңғылы 150, 47-пәтер, Алматы",
        "רחוב הרצל 45, דירה 8, חיפה",
        "No. 23, Jalan SS 15/4B, 47500 Subang Jaya, Selangor",
        "1189 S 900 E, Salt Lake City",
    ],
)
def test_greek_japanese_chinese_korean_arabic_hindi_thai_icelandic_addresses(address: str) -> None:
    assert values(f"Address: {address}\nPhone", StreetAddressRecognizer()) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Park Avenue 3-seater sofa in Harbour Grey — $1,899",
        "Baker Street reading lamp — $149\nRue de Rivoli bistro set — $429",
        "Your Form 1098 from Golden 1 Credit Union",
        "Flight 5T 442 via Iqaluit on Monday",
        "Classroom MH-ROSA-12  Rosa Parks Elementary",
    ],
)
def test_products_prices_and_credit_unions_are_no_addresses(text: str) -> None:
    assert values(text, StreetAddressRecognizer()) == []


def test_a_finnish_staircase_and_flat_and_a_romanian_nr_belong_to_the_street() -> None:
    text = "osoite Satakunnankatu 9 C 41, Pori"
    assert values(text, StreetAddressRecognizer()) == ["Satakunnankatu 9 C 41, Pori"]
    text = "Domiciliu: Str. Avram Iancu nr. 12, Cluj"
    assert values(text, StreetAddressRecognizer()) == ["Str. Avram Iancu nr. 12, Cluj"]


def test_a_japanese_address_with_the_iteration_mark_and_a_spaced_flat() -> None:
    text = "〒151-0053 東京都渋谷区代々木2-14-9 グランメゾン代々木 803号室 です"
    assert values(text, StreetAddressRecognizer()) == [
        "東京都渋谷区代々木2-14-9 グランメゾン代々木 803号室"
    ]


def test_an_italian_street_in_lower_case_in_prose_is_an_address() -> None:
    text = "L'immobile, via Garibaldi 18, int. 5, 10122 Torino, sarà consegnato"
    assert values(text, StreetAddressRecognizer()) == ["via Garibaldi 18, int. 5, 10122 Torino"]


@pytest.mark.parametrize(
    "text",
    [
        "Mój adres: ul. Kościuszki 27 m. 12, 31-103 Kraków",
        "Morada: Rua de Cedofeita 412, 2.º Esq., 4050-174 Porto",
        "Adres : Kortrijksesteenweg 1017 bus 3, 9051 Sint-Denijs-Westrem",
    ],
)
def test_polish_and_belgian_flats_and_portuguese_floors_keep_the_town_in_the_address(
    text: str, detector: Detector
) -> None:
    found = detector.analyze(text, DetectionSpec(entities=frozenset({"STREET_ADDRESS"})))
    assert [text[f.start : f.end] for f in found] == [text.split(": ", 1)[1]]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "die alte (Am Schillerpark 9, 13349 Berlin) ist noch aktiv",
            "Am Schillerpark 9, 13349 Berlin",
        ),
        ("Neue Adresse: Connewitzer Markt 14, 3. OG", "Connewitzer Markt 14"),
        ("Kezes: Kiss Ádám, Rákóczi Ferenc sgt. 12., Szeged", "Rákóczi Ferenc sgt. 12., Szeged"),
        (
            "Adres: ul. Stefana Żeromskiego 45 m. 12, 10-349 Olsztyn",
            "ul. Stefana Żeromskiego 45 m. 12, 10-349 Olsztyn",
        ),
        (
            "Huidig adres: Van Speijkstraat 58bis, 3581 KR Utrecht",
            "Speijkstraat 58bis, 3581 KR Utrecht",
        ),
        ("Najmodavac: Ivo Perić, Vlaška 40, 10000 Zagreb, tel. 01", "Vlaška 40, 10000 Zagreb"),
        ("Odberateľ: Mgr. Jana Hrušková\nMlynská 22\n040 01 Košice", "Mlynská 22\n040 01 Košice"),
        (
            "stan na adresi Ulica Ivana Gundulića 5, 2. kat, Zagreb",
            "Ulica Ivana Gundulića 5, 2. kat, Zagreb",
        ),
        ("Адреса: Булевар ослобођења 71, стан 18, 21000 Нови Сад", "Булевар ослобођења 71"),
        (
            "Indirizzo: Vicolo Santa Chiara 3, 90134 Palermo (PA)",
            "Vicolo Santa Chiara 3, 90134 Palermo",
        ),
    ],
)
def test_addresses_of_more_european_shapes_seen_on_heldout29(text: str, address: str) -> None:
    assert any(address in v for v in values(text, StreetAddressRecognizer()))


def test_a_preposition_street_needs_its_postcode_and_one_word_its_line_start() -> None:
    assert values("Am Montag 5 Leute im Büro", StreetAddressRecognizer()) == []
    found = values("Vicolo Santa Chiara 3, 90134 Palermo", StreetAddressRecognizer())
    assert "Chiara 3, 90134 Palermo" not in found
