"""The plain-language wording of the annex: names of entity types, actions and durations.

Kept apart from the document's structure so a privacy team can review the words in one place.
"""

from __future__ import annotations

from types import MappingProxyType

ENTITY_NAMES = MappingProxyType(
    {
        "PERSON": "names of people",
        "EMAIL_ADDRESS": "email addresses",
        "PHONE_NUMBER": "phone numbers",
        "CREDIT_CARD": "payment card numbers",
        "US_SSN": "US social security numbers",
        "IBAN_CODE": "bank account numbers (IBAN)",
        "IP_ADDRESS": "IP addresses",
        "SECRET": "passwords, API keys and other credentials",
        "LOCATION": "place names",
        "STREET_ADDRESS": "street addresses",
        "DATE_OF_BIRTH": "dates of birth",
        "SPECIAL_CATEGORY": "special-category data (health, religion, sexual orientation, …)",
        "URL": "web addresses",
        "US_BANK_NUMBER": "US bank account numbers",
        "US_PASSPORT": "US passport numbers",
        "US_DRIVER_LICENSE": "US driver's license numbers",
    }
)
#: What the model receives for each action: a sample and what it means for the data subject.
ACTION_SAMPLE = MappingProxyType(
    {
        "pseudonymize": "pseudonymized: `<{label}_1>`",
        "replace": "replaced: `<{label}>`",
        "mask": "masked: `{masked}`",
        "hash": "hashed: `<{label}:…>`",
    }
)
ACTION_MEANING = MappingProxyType(
    {
        "pseudonymize": "each distinct value becomes a numbered placeholder; the original is "
        "put back into the answer inside our systems, and the mapping is never stored",
        "replace": "the model learns only that a value of this type was there; not recoverable",
        "mask": "all but a few characters are replaced by `*` (card and phone numbers keep "
        "their last four digits)",
        "hash": "a keyed hash: repeated values can be linked, but not read or guessed",
    }
)
_UNITS = MappingProxyType({"m": "minutes", "h": "hours", "d": "days"})


def entity(code: str) -> str:
    name = ENTITY_NAMES.get(code)
    return f"{name} (`{code}`)" if name else f"`{code}`"


def duration(value: str) -> str:
    """`72h` → `72 hours`: the policy's own figure, spelled out."""
    amount, unit = value[:-1], value[-1]
    return f"{amount} {_UNITS[unit]}" if amount != "1" else f"1 {_UNITS[unit][:-1]}"


def masked_sample(code: str) -> str:
    return "**** **** **** 1234" if code in ("CREDIT_CARD", "PHONE_NUMBER") else "j*******"
