"""An organisation's premises, said on the line before an address or a phone number."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.business_lines import on_a_business_line
from aiproxy.privacy.recognizers.phone import PhoneNumberRecognizer
from aiproxy.privacy.recognizers.street_address import StreetAddressRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    "text",
    [
        "I've blocked both cards. Our branch is 250 NW Franklin Ave, Bend.",
        "L'employeur a son siège 14 avenue Jean Jaurès, 67100 Strasbourg.",
        "Mark: One ask — our offices are at 1200 W Marshall Field Blvd, Chicago",
        "Firmensitz: Friedrichstraße 68, 10117 Berlin – Vorlage HR-Form v2.3.1",
        "/* adresse boutique : 9 place du Marché, 44000 Nantes */",
    ],
)
def test_an_organisations_premises_are_no_ones_address(text: str) -> None:
    assert values(text, StreetAddressRecognizer()) == []


def test_an_offices_phone_on_its_line_is_no_ones_phone() -> None:
    text = "Kód od schránky: 7306. Naše kancelář: Vinohradská 48, Praha 2, +420 222 514 100."
    assert values(text, PhoneNumberRecognizer()) == []
    assert (
        values("12 rue des Tanneurs – Tél. cabinet 03 88 21 40 90", PhoneNumberRecognizer()) == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Our office moved to 1200 Harbor Boulevard, Oakland.",  # a sole trader's, say the labels
        "Operations Manager, Boateng Freight Ltd, 14 Liberation Road, Accra",
        "Office: Váci út 76, 1133 Budapest",  # a CRM contact's workplace
    ],
)
def test_an_office_or_a_legal_form_alone_does_not_make_an_address_public(text: str) -> None:
    assert values(text, StreetAddressRecognizer()) != []


def test_only_the_line_before_the_value_counts() -> None:
    text = "Our branch is closed today.\nShe lives at 14 Carrow Mews, Norwich."
    assert not on_a_business_line(text, text.index("14 Carrow"))
    assert values(text, StreetAddressRecognizer()) == ["14 Carrow Mews, Norwich"]


def test_the_town_of_an_organisations_premises_is_no_ones_place(detector: Detector) -> None:
    text = "Mark: One ask — our offices are at 1200 W Marshall Field Blvd, Chicago, and we'd"
    spec = DetectionSpec(entities=frozenset({"LOCATION", "STREET_ADDRESS"}))
    assert detector.analyze(text, spec) == []
