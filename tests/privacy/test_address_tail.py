"""Where an address ends: the rest of its line's address after the street, and no further."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.address_tail import address_end


def _tail(text: str, street: str) -> str:
    start = text.index(street)
    return text[start : address_end(text, start + len(street))]


@pytest.mark.parametrize(
    ("text", "street", "address"),
    [
        (
            "os. Złotego Wieku 58/3, 31-616 Kraków (u mamy)",
            "os. Złotego Wieku 58/3",
            "os. Złotego Wieku 58/3, 31-616 Kraków",
        ),
        (
            "Λεωφόρος Αλεξάνδρας 112, 3ος όροφος, 114 73 Αθήνα\n",
            "Λεωφόρος Αλεξάνδρας 112",
            "Λεωφόρος Αλεξάνδρας 112, 3ος όροφος, 114 73 Αθήνα",
        ),
        (
            "רחוב ז'בוטינסקי 118, דירה 14, רמת גן 5250417\n",
            "רחוב ז'בוטינסקי 118",
            "רחוב ז'בוטינסקי 118, דירה 14, רמת גן 5250417",
        ),
        (
            "2245, rue Beaubien Est, app. 3, Montréal (Québec) H2G 1M8\n",
            "2245, rue Beaubien Est",
            "2245, rue Beaubien Est, app. 3, Montréal (Québec) H2G 1M8",
        ),
        (
            "вул. Городоцька, 174, кв. 31, м. Львів, 79022\n",
            "вул. Городоцька, 174",
            "вул. Городоцька, 174, кв. 31, м. Львів, 79022",
        ),
        (
            "Av. Corrientes 4120, 6° B, CABA (C1194AAR), mi cel 11 5723",
            "Av. Corrientes 4120",
            "Av. Corrientes 4120, 6° B, CABA (C1194AAR)",
        ),
        # a bracket with a year is a note, not the province
        (
            "855 N Lake Shore Dr, Unit 3004, Chicago (since 2021)",
            "855 N Lake Shore Dr",
            "855 N Lake Shore Dr, Unit 3004, Chicago",
        ),
    ],
)  # fmt: skip
def test_the_address_runs_on_to_its_town_province_and_postal_code(
    text: str, street: str, address: str
) -> None:
    assert _tail(text, street) == address


def test_a_house_numbers_full_stop_before_the_town_continues_the_address() -> None:
    text = "Kezes: Kiss Ádám, Rákóczi Ferenc sgt. 12., Szeged\nA befizetés"
    assert _tail(text, "Rákóczi Ferenc sgt. 12") == "Rákóczi Ferenc sgt. 12., Szeged"
