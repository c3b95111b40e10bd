"""A company's own address and switchboard are nobody's personal data; a person's are."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.organisations import is_organisation_contact

_SPEC = DetectionSpec(entities=frozenset({"PHONE_NUMBER", "STREET_ADDRESS", "LOCATION", "PERSON"}))


def _contact(text: str, value: str, entity: str) -> bool:
    start = text.index(value)
    return is_organisation_contact(text, start, start + len(value), entity)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "Parcelio GmbH, Torstraße 140, 10119 Berlin",
            "Torstraße 140, 10119 Berlin",
            "STREET_ADDRESS",
        ),
        (
            "> QuickKash MFB · 12B Admiralty Way, Lekki Phase 1, Lagos · 0700 7845 5274",
            "0700 7845 5274",
            "PHONE_NUMBER",
        ),
        (
            "Oficina: Paseo de la Castellana 95 — centralita +34 91 555 20 00",
            "+34 91 555 20 00",
            "PHONE_NUMBER",
        ),
        ("Tổng đài hỗ trợ: 1900 636 677", "1900 636 677", "PHONE_NUMBER"),
        (
            "Inkasso Nordwest GmbH\nAm Sandtorkai 41, 20457 Hamburg",
            "Am Sandtorkai 41",
            "STREET_ADDRESS",
        ),
    ],
)  # fmt: skip
def test_a_letterhead_or_a_switchboard_is_the_organisations(
    text: str, value: str, entity: str
) -> None:
    assert _contact(text, value, entity)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        # a mobile or a direct line on the company's line is the person's
        (
            "Tuko Print Ltd | +254 722 580 314 | www.tukoprint.co.ke",
            "+254 722 580 314",
            "PHONE_NUMBER",
        ),
        ("Brightwater Legal LLP | DD +44 113 496 0718", "+44 113 496 0718", "PHONE_NUMBER"),
        # a party in a form's field, and a record's row
        (
            "Shipper: Kowloon Precision Parts Ltd, Unit 1208, 68 Hoi Yuen Road",
            "Unit 1208, 68 Hoi Yuen Road",
            "STREET_ADDRESS",
        ),
        ("L-1,Amani,Njoroge,Coast Cold Chain Ltd,Director,Mombasa,Kenya", "Mombasa", "LOCATION"),
        # a home address after the employer's name
        (
            "Acme GmbH — privat: Lindenstraße 4, 10115 Berlin",
            "Lindenstraße 4, 10115 Berlin",
            "STREET_ADDRESS",
        ),
        # a person's name alone above is no letterhead; "Calgary, AB" is a province
        (
            "Grace Ochieng | Operations | Lumen Farms Ltd\nPlot 19, Kiambu Road, Nairobi",
            "Plot 19, Kiambu Road",
            "STREET_ADDRESS",
        ),
        ("Calgary, AB T2P 1J9, 88 Elm Crescent", "88 Elm Crescent", "STREET_ADDRESS"),
        # a phone under a company line is not the company's
        (
            "Gegenseite: Nordlicht Logistik GmbH\nTelefon: 030 5557 9016",
            "030 5557 9016",
            "PHONE_NUMBER",
        ),
    ],
)  # fmt: skip
def test_what_reaches_a_person_stays_personal(text: str, value: str, entity: str) -> None:
    assert not _contact(text, value, entity)


def test_the_detector_keeps_the_customer_and_drops_the_footer(detector: Detector) -> None:
    text = (
        "Bitte liefern Sie an Jonas Weber, Lindenstraße 4, 10115 Berlin, Tel. 030 5557 9016.\n"
        "--\nParcelio GmbH, Torstraße 140, 10119 Berlin · Zentrale 030 555 810 00"
    )
    found = {text[f.start : f.end] for f in detector.analyze(text, _SPEC)}
    assert {"Jonas Weber", "030 5557 9016"} <= found
    assert any(v.startswith("Lindenstraße 4") for v in found)
    assert not any("Torstraße" in v or v == "030 555 810 00" for v in found)


def test_a_name_read_inside_a_letterhead_address_goes_with_it(detector: Detector) -> None:
    text = "Joana Carvalho\n\nEnerLuz, S.A. · Av. da Boavista, 3265, 4100-137 Porto"
    found = {text[f.start : f.end] for f in detector.analyze(text, _SPEC)}
    assert "Joana Carvalho" in found
    assert not any("Boavista" in v or "Porto" in v for v in found)


@pytest.mark.parametrize(
    ("text", "value", "entity", "organisation"),
    [
        ("Kontor: Holmens Kanal 22, 1060 København K", "Holmens Kanal 22", "STREET_ADDRESS", True),
        (
            "Arbeitsplatz: Friedrichstraße 191, 10117 Berlin",
            "Friedrichstraße 191",
            "STREET_ADDRESS",
            True,
        ),
        ("Firmenzentrale: +49 30 2000 600", "+49 30 2000 600", "PHONE_NUMBER", True),
        ("Centralita de la clínica: +34 91 555 20 00", "+34 91 555 20 00", "PHONE_NUMBER", True),
        ("醫院總機：(02) 2709-3600", "(02) 2709-3600", "PHONE_NUMBER", True),
        ("Frågor? Ring 0771-75 75 75 eller skriv", "0771-75 75 75", "PHONE_NUMBER", True),
        # a workplace label files addresses, not the number of whoever sits there
        ("Office: +36 1 555 4400", "+36 1 555 4400", "PHONE_NUMBER", False),
        (
            "Call me on 0803 412 7789 or my office line 01 271 8804.",
            "01 271 8804",
            "PHONE_NUMBER",
            False,
        ),
        ("Home: Lindenstraße 4, 10115 Berlin", "Lindenstraße 4", "STREET_ADDRESS", False),
    ],
)  # fmt: skip
def test_workplace_labels_and_more_switchboard_words(
    text: str, value: str, entity: str, organisation: bool
) -> None:
    assert _contact(text, value, entity) is organisation


def test_a_suppliers_field_and_a_registered_seat_are_the_organisations() -> None:
    text = "Dodávateľ: TatraWeb s.r.o., Hlavná 45, 040 01 Košice, IČO 51 338 201"
    assert _contact(text, "Hlavná 45, 040 01 Košice", "STREET_ADDRESS")
    text = "Wystawiła: A. Nowak, Kadry · Siedziba: ul. Marynarska 15, 02-674 Warszawa"
    assert _contact(text, "ul. Marynarska 15, 02-674 Warszawa", "STREET_ADDRESS")
    text = "Odberateľ: Bistro Lipa s.r.o., Hlavná 45, 040 01 Košice"  # the buyer's: a party
    assert not _contact(text, "Hlavná 45, 040 01 Košice", "STREET_ADDRESS")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Service sinistres : 09 70 11 22 33 (appel non surtaxé)", "09 70 11 22 33"),
        ("Sekretariát školy: 495 512 330, reditelna@skola.example", "495 512 330"),
        ("Asiointitunnus: X-1 · Palvelunumero 03 5656 7000 · info@kunta.example", "03 5656 7000"),
        ("Τηλ. εξυπηρέτησης 210 355 0500 · info@travel.example", "210 355 0500"),
        ("Відділ кадрів: hr@soft.example, +380 32 245 10 00", "+380 32 245 10 00"),
        ("İK: ik@tekstil.example · 0232 462 10 00", "0232 462 10 00"),
        ("Cita previa: 944 00 43 00", "944 00 43 00"),
    ],
)
def test_a_service_or_departments_line_is_the_organisations(text: str, value: str) -> None:
    assert _contact(text, value, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mvh Karin Åberg, HR — 031-711 42 90", "031-711 42 90"),
        ("Jens Albrecht · Personalabteilung · Tel. +49 421 3391 227", "+49 421 3391 227"),
        ("HR: Leila's mobile +44 7700 900 123", "+44 7700 900 123"),
        ("Service engineer Tom Hale: 020 7946 0312", "020 7946 0312"),
    ],
)
def test_a_persons_line_after_their_department_stays_theirs(text: str, value: str) -> None:
    assert not _contact(text, value, "PHONE_NUMBER")
