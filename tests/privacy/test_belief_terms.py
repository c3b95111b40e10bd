"""Faith and union words said of a person count; menus, sales and festivals alone do not."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, SpecialCategoryRecognizer())


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Amir says he was refused Eid leave despite being the only Muslim on nights", "Eid"),
        ("Catatan: pasien berpuasa Ramadan, jadwal obat disesuaikan", "berpuasa"),
        ("vous a licenciée après que vous êtes déléguée syndicale CGT", "syndicale"),
        ("zapisałem się do NSZZ Solidarność w marcu, mam prawo do urlopu", "NSZZ"),
        ("Baraka na Zawadi wamejiunga na chama cha wafanyakazi mwezi huu", "chama cha"),
        ("Note: he took his shahada with us last Friday", "shahada"),
    ],
)
def test_a_faith_or_union_word_said_of_someone_is_special_category(text: str, term: str) -> None:
    assert any(term in value for value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Eid sale: 20% off all homeware this weekend",
        "Halal meals available on request at the canteen",
        "Namaste parivar, is saal Diwali puja 20 October ko hogi",
        "Our blood tests need an early fasting appointment slot",
    ],
)
def test_a_faith_word_in_an_offer_or_a_festival_alone_is_not(text: str) -> None:
    assert found(text) == []


def test_friday_prayer_a_sikh_articles_and_a_czech_union_are_special_category() -> None:
    assert found("Asked to keep Fridays 12–2 pm free for Jumu'ah prayer, says he.")
    assert found("Gurpreet requested accommodation to wear her kirpan at work")
    assert found("– členka odborové organizace OS KOVO, srážka členského příspěvku")
