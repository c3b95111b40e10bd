"""Names that a record's structure marks: CSV columns, quoted name fields, SQL inserts."""

from __future__ import annotations

from aiproxy.privacy.recognizers.accounts import login_names
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.records import (
    column_cells,
    column_names,
    record_names,
    record_places,
    record_values,
)


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in record_names(text)]


def test_csv_values_under_a_name_column_are_names() -> None:
    text = (
        "run,employee_id,Full Name,iban\n"
        "R-11,E-1,Tevita Havili,GB33BUKB20201555555555\n"
        "R-11,E-2,Anneke van den Broek,\n"
        "R-11,E-3,payroll-bot,\n"
    )
    assert _names(text) == ["Tevita Havili", "Anneke van den Broek"]


def test_an_attendee_export_s_badge_names_are_names() -> None:
    text = (
        "badge_name | organisation | home_city\n"
        "Anneliese de la Fontaine | Banque Lorraine | Metz\n"
        "Musa bin Abdullah | Petronas Digital | Kuala Lumpur\n"
    )
    assert _names(text) == ["Anneliese de la Fontaine", "Musa bin Abdullah"]


def test_csv_rows_of_another_width_end_the_table() -> None:
    text = "id;name;plan\n7;Lucía Paredes;pro\n\nnote, not a row, really, at all\n"
    assert _names(text) == ["Lucía Paredes"]


def test_quoted_name_fields_hold_names_but_not_service_names() -> None:
    text = (
        'level=info user_id=9 name="Ilse Vermeulen" action=login\n'
        '{"name": "payments-api", "owner_name": "Growth Plan", "contact_name": "Aroha Ngata"}'
    )
    assert _names(text) == ["Ilse Vermeulen", "Aroha Ngata"]


def test_sql_insert_values_in_name_columns_are_names() -> None:
    text = (
        "INSERT INTO customers (id, full_name, email) VALUES\n"
        "(1, 'Sione Tuipulotu', 's@example.com'),\n"
        "(2, 'Mei-Ling Chua', 'm@example.com');"
    )
    assert _names(text) == ["Sione Tuipulotu", "Mei-Ling Chua"]


def test_a_maintainer_with_an_address_is_a_name() -> None:
    assert _names('  maintainer: "Vuk Marković <vuk@example.rs>",') == ["Vuk Marković"]


def test_rows_with_commas_in_an_address_and_headers_in_other_languages() -> None:
    text = "id,full_name,ssn,address\nE-1,Mercy Asamoah,730-45-2219,615 Grand Ave, Apt 3\n"
    assert _names(text) == ["Mercy Asamoah"]
    payroll = "Datum,Namn,IBAN\n2025-10-25,Saga Lindgren,SE30 6000 5137\n"
    assert _names(payroll) == ["Saga Lindgren"]
    assert _names("{'display_name': 'Rose Dlamini-Khumalo 🌸', 'id': 4}") == [
        "Rose Dlamini-Khumalo"
    ]


def test_markdown_tables_escaped_json_and_calendar_attendees() -> None:
    table = "| Account | ARR | CSM |\n|---|---|---|\n| Ferry Legal | $48k | Hope Castellanos |\n"
    assert "Hope Castellanos" in _names(table)
    assert _names('"raw": "{\\"name\\":\\"Bilal Chaudhry\\",\\"plan\\":1}"') == ["Bilal Chaudhry"]
    assert _names('ATTENDEE;CN="Okonjo, Hope";ROLE=REQ-PARTICIPANT') == ["Okonjo, Hope"]


def test_name_columns_in_capitals_or_headed_first_and_last_are_names() -> None:
    text = (
        "PLAN: Cobalt 401(k)   File 401K-CTB\n"
        "SSN,LAST,FIRST,DOB\n"
        "231-58-7704,OKONJO,ADAEZE,1986-07-19\n"
        "547-81-3392,PHAM,BAO NGOC,1999-02-28\n"
        "000-00-0000,TEST,RECORD,1900-01-01\n"
    )
    assert _names(text) == ["OKONJO", "ADAEZE", "PHAM", "BAO NGOC"]


def test_column_cells_split_fixed_width_lines_only() -> None:
    text = "Three claims:\n  CLM-7710231  Dwayne Castellanos  SSN 512-38-9046\nAll three list it."
    assert [text[s:e] for s, e in column_cells(text)] == [
        "CLM-7710231",
        "Dwayne Castellanos",
        "SSN 512-38-9046",
    ]


def test_the_name_of_a_name_value_pair_is_no_person() -> None:
    text = '"headers": [{ "name": "Authorization", "value": "Bearer x" }], "author": "Ebru Kaplan"'
    assert _names(text) == ["Ebru Kaplan"]


def test_personal_accounts_in_auth_logs_and_account_fields_are_names() -> None:
    for text, names in (
        ("sshd[1]: Failed password for invalid user admin from 185.220.101.47", []),
        ("Failed password for invalid user jsmith from 10.0.0.1", ["jsmith"]),
        ("sshd[5]: Accepted publickey for kmurugesan from 2a01::1 port 60218", ["kmurugesan"]),
        ("pam_unix(sshd:session): session opened for user kmurugesan(uid=1042)", ["kmurugesan"]),
        ("sudo: kmurugesan : TTY=pts/0 ; PWD=/srv/app ; USER=root", ["kmurugesan"]),
        ("[pypi]\nusername = kmorioka\npassword = pypi-AgE…", ["kmorioka"]),
        ("postgresql:\n  auth:\n    username: ledger_app\n", []),
        ("user: what are the options for a refund?", []),
    ):
        assert [text[s:e] for s, e in login_names(text)] == names, text


def test_a_column_cell_is_a_name_when_its_words_are_names(lexicon: Lexicon) -> None:
    text = (
        "  CLM-7711002  Tyrell Booker  SSN 455701838\n"
        "  10:30  NGUYEN, Van Long  Plea and Trial Preparation Hearing\n"
        "  R-2  Keane & Doyle Surveyors  invoice\n"
    )
    found = [text[s:e] for s, e in column_names(text, lexicon)]
    assert found == ["Tyrell Booker", "NGUYEN, Van Long"]


def test_a_form_cells_label_is_no_part_of_the_name(lexicon: Lexicon) -> None:
    text = (
        "Yönetici: Mehmet Aydın   Vardiya: B-Gece   Sözleşme rev. 3\n"
        "Reporter: Ann Lee   Priority: High   Component: Webhooks\n"
        "  ANDROID_KEYSTORE_PASS: $ANDROID_KEYSTORE_PASS   # masked CI variable\n"
    )
    found = [text[s:e] for s, e in column_names(text, lexicon)]
    assert found == ["Mehmet Aydın"]


def test_a_fixed_width_tables_column_holds_its_headers_values() -> None:
    table = (
        "Rx#       Patient                 DOB          Drug\n"
        "7730412   Okonkwo, Chidi          02/19/1961   metformin 500mg\n"
        "7730419   Reyes-Tan, Marisol      11/03/1990   sertraline 50mg\n"
        "Pharmacist on duty: R. Bala. Flu shots 01/02/2025   Saturday   9-12\n"
    )
    dates = record_values(table, frozenset({"dob"}), lambda text, s, e: (s, e))
    assert [table[s:e] for s, e in dates] == ["02/19/1961", "11/03/1990"]


def test_a_city_column_holds_places_not_names() -> None:
    text = "order_id,customer,email,city\n100483,joão pedro lima,jp@x.com.br,Niterói\n"
    assert [text[s:e] for s, e in record_places(text)] == ["Niterói"]
    assert record_places('{"city": "12 Rue X"}') == []


def test_a_chat_exports_real_and_display_names_are_names() -> None:
    text = '{"user":"U02X","real_name":"Batsaikhan Erdene","display_name":"Saraa Munkh"}'
    assert _names(text) == ["Batsaikhan Erdene", "Saraa Munkh"]


def test_a_country_column_holds_places_but_not_country_codes() -> None:
    text = "id,name,city,country\n1,Ana Lima,Recife,Brazil\n2,Levan K,Tbilisi,GE\n"
    assert [text[s:e] for s, e in record_places(text)] == ["Recife", "Brazil", "Tbilisi"]


def test_seller_and_donor_columns_hold_names() -> None:
    text = "seller_id,seller_name,iban\nS-1,Kovács Réka,HU93\n"
    assert _names(text) == ["Kovács Réka"]
    text = "donor,pledge_nzd,method\nSione Fakatava,250.00,card\n"
    assert _names(text) == ["Sione Fakatava"]


def test_a_chinese_surname_that_is_an_indonesian_word_stays_in_the_name() -> None:
    assert _names('{"card":"x","name":"Liu Yang"}') == ["Liu Yang"]


def test_a_birthplace_in_a_script_without_case_and_an_italian_column_are_places() -> None:
    text = '{\n  "name": "X",\n  "birthplace": "四川省乐山市",\n  "luogo_nascita": "Dakar"\n}'
    assert [text[s:e] for s, e in record_places(text)] == ["四川省乐山市", "Dakar"]
