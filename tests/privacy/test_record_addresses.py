"""Streets and postcodes under record columns and keys."""

from __future__ import annotations

from aiproxy.privacy.recognizers.record_addresses import record_addresses


def _values(text: str) -> list[str]:
    return sorted(text[s:e] for s, e in record_addresses(text))


def test_a_csv_postcode_column_files_postcodes_of_any_shape() -> None:
    text = (
        "customer_id,first_name,city,postcode,plan\n"
        "C-1,Aoife,Galway,H91 E2K3,Pro\n"
        "C-2,Mehmet,Köln,50667,Basic\n"
    )
    assert _values(text) == ["50667", "H91 E2K3"]


def test_an_sql_insert_files_its_street_and_zip() -> None:
    text = (
        "INSERT INTO `customers` (`id`,`street`,`city`,`zip`) VALUES\n"
        "(1,'ul. Lipowa 8 m. 12','Lublin','20-020');"
    )
    assert _values(text) == ["20-020", "ul. Lipowa 8 m. 12"]


def test_a_json_zip_key_and_values_that_are_no_postcode_or_street() -> None:
    assert _values('{"zip": "96797", "address": "see notes", "postcode": "n/a"}') == ["96797"]


def test_a_postcode_cell_with_its_town_and_a_morada_column_are_filed() -> None:
    text = (
        "matricula;nome;morada;codigo_postal\n"
        "00731;João;Rua Morais Soares 112, 3.º Dto;1900-345 Lisboa\n"
        "00732;Ana;Av. da República 1604;4450-014 Matosinhos\n"
    )
    assert "1900-345 Lisboa" in _values(text)
    assert "Rua Morais Soares 112, 3.º Dto" in _values(text)
