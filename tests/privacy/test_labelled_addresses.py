"""Addresses in scripts the patterns cannot read, found as the value of an address label."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.labelled_addresses import LabelledAddressRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "نشانی: تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۸، واحد ۶\n",
            "تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۸، واحد ۶",
        ),
        (
            "ঠিকানা: গ্রাম: চরকালিকাপুর, ইউনিয়ন: ভেদুরিয়া, ভোলা সদর, ভোলা\nমোবাইল: 01712",
            "গ্রাম: চরকালিকাপুর, ইউনিয়ন: ভেদুরিয়া, ভোলা সদর, ভোলা",
        ),
        (
            "முகவரி: 12, பாரதியார் தெரு, அண்ணா நகர், மதுரை 625020",
            "12, பாரதியார் தெரு, அண்ணா நகர், மதுரை 625020",
        ),
        ("አድራሻ: አዲስ አበባ፣ ቦሌ ክፍለ ከተማ", "አዲስ አበባ፣ ቦሌ ክፍለ ከተማ"),
    ],
)
def test_an_address_labels_value_is_an_address(text: str, address: str) -> None:
    assert values(text, LabelledAddressRecognizer()) == [address]


def test_a_label_whose_value_has_no_parts_of_an_address_is_none() -> None:
    assert values("آدرس: نامشخص\n", LabelledAddressRecognizer()) == []
    assert values("Address: 221B Baker Street", LabelledAddressRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Osoite: Hervannan valtaväylä 44 C 18, 33720 Tampere", "Hervannan valtaväylä 44 C 18"),
        ("Heimili: Barmahlíð 31, 105 Reykjavík", "Barmahlíð 31"),
        ("Адрес за доставка: ж.к. Младост 1, бл. 42, вх. Б, ап. 17, 1784 София", "бл. 42"),
        ("მისამართი: ჭავჭავაძის გამზ. 33, ბინა 15, თბილისი", "ბინა 15"),
        ("पत्ता: फ्लॅट १२, साईकृपा सोसायटी, कर्वे रोड, एरंडवणे, पुणे", "कर्वे रोड"),
        ("ご住所：〒152-0023 東京都目黒区八雲3丁目14-7 メゾン八雲201", "〒152-0023"),
    ],
)
def test_address_labels_in_more_languages_flag_their_value(text: str, address: str) -> None:
    assert any(address in value for value in values(text, LabelledAddressRecognizer()))


def test_a_latin_label_without_address_parts_flags_nothing() -> None:
    assert values("Osoite: ei tiedossa", LabelledAddressRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Teslimat adresi: Moda Cad. Şair Nefi Sok. No: 8 D: 5, Kadıköy / İstanbul\n",
            "Moda Cad. Şair Nefi Sok. No: 8 D: 5, Kadıköy / İstanbul",
        ),
        (
            "Địa chỉ: Số 27 ngõ 154 Đường Láng, Đống Đa, Hà Nội\n",
            "Số 27 ngõ 154 Đường Láng, Đống Đa, Hà Nội",
        ),
        (
            "آدرس ارسال مدارک: خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۴، تهران\n",
            "خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۴، تهران",
        ),
        ("پتہ: مکان نمبر 27، گلی نمبر 3، فیصل آباد\n", "مکان نمبر 27، گلی نمبر 3، فیصل آباد"),
        ("地址：臺中市西屯區文心路三段241號7樓之2\n", "臺中市西屯區文心路三段241號7樓之2"),
        (
            "Adres: ul. Piotrkowska 152 m. 8, 90-063 Łódź · tel. 512 884 021",
            "ul. Piotrkowska 152 m. 8, 90-063 Łódź",
        ),
    ],
)
def test_address_labels_in_more_languages_and_the_field_after_the_address(
    text: str, address: str
) -> None:
    assert values(text, LabelledAddressRecognizer()) == [address]
