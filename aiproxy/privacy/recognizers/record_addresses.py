"""Streets and postcodes a record files under an address column or key.

A CSV export's "Galway,H91 E2K3", an insert's 'ul. Lipowa 8 m. 12','Lublin','20-020', a
JSON "zip": "95126": the values have no shape the street patterns can rely on (an Irish
Eircode, a bare number), but the column says what they are. Read by the street-address
recognizer; cities under a city column are the location recognizer's (`record_places`).
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.record_fields import strip_value
from aiproxy.privacy.recognizers.records import record_values

#: Columns and keys whose value is a street line.
_STREET_FIELDS = frozenset(
    {
        *("street", "street address", "address", "address line 1", "address line1", "address1"),
        *("home address", "residential address", "street line", "addr", "adres", "adresse"),
        *("strasse", "straße", "calle", "direccion", "dirección", "endereco", "endereço"),
        *("indirizzo", "rua", "ulica", "via", "home street", "morada"),
    }
)
#: Columns and keys whose value is a postcode.
_POSTCODE_FIELDS = frozenset(
    {
        *("postcode", "post code", "postal code", "postalcode", "zip", "zip code", "zipcode"),
        *("plz", "postleitzahl", "cp", "code postal", "codigo postal", "código postal", "cap"),
        *("kod pocztowy", "postnummer", "postnr", "cep", "pin code", "pincode", "eircode"),
    }
)
#: A postcode: letters and digits with at most one space or hyphen inside, a digit in it.
#: The town may share the cell: "1900-345 Lisboa".
_POSTCODE = re.compile(
    r"(?=[^\d]*\d)[A-Za-z0-9]{2,5}(?:[ \-][A-Za-z0-9]{2,5})?(?:[ \t]+[^\W\d_][\w'\-]*){0,2}"
)


def _street(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_value(text, start, end)
    value = text[start:end]
    has_number = any(c.isdigit() for c in value)
    plausible = 4 <= len(value) <= 80 and not any(c in value for c in "@/=<>{}[]|_")
    return (start, end) if has_number and plausible and value[:1].isalnum() else None


def _postcode(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_value(text, start, end)
    return (start, end) if _POSTCODE.fullmatch(text, start, end) else None


def record_addresses(text: str) -> list[tuple[int, int]]:
    """Street lines and postcodes under their record columns or keys."""
    return record_values(text, _STREET_FIELDS, _street) + record_values(
        text, _POSTCODE_FIELDS, _postcode
    )
