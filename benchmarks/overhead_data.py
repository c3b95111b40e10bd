"""Seeded traffic for benchmarks/overhead.py: 1 KB support texts, five new personal values each.

Every message holds two person names, an e-mail address, a phone number and a card number
that no earlier message used, so the detection cache never helps a measured request.
Names come from hand-written lists of first and last names from many cultures, combined at
random; phone and card numbers are generated valid (phonenumbers, Luhn) so detection must
find them the way it would find real ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

FIRST = """Amara Bogdan Chiara Dmitri Elif Farah Gustavo Hana Ifeoma Jonas Kavya Lars Mei
Nikolai Oluwaseun Priya Quentin Rosalind Santiago Tomasz Ulrike Valentina Wei Ximena Yusuf
Zainab Aleksander Beatriz Cormac Dagny Emeka Fatima Giorgos Hiroshi Ingrid Jamal Keiko Leila
Mateus Nadia Olivier Pilar Rahul Saoirse Tariq Ugo Vivienne Wojciech Yara Zoltan""".split()  # noqa: SIM905
LAST = """Okafor Novak Rossi Ivanova Yilmaz Haddad Pereira Tanaka Eze Lindqvist Raghunathan
Andersen Zhang Volkov Adeyemi Sharma Dubois Whitfield Castillo Kowalski Brandt Moretti
Nakamura Alvarez Demir Mensah Johansson Fitzgerald Oyelaran Gunnarsdottir Nwosu Bakr
Karamanlis Sato Halvorsen Rahimi Matsumoto Oliveira Petrenko Laurent Navarro Iyer
Donnelly Qureshi Obi Lefebvre Wiśniewski Farouk Szabo""".split()  # noqa: SIM905
DOMAINS = ["example.com", "mail.example.org", "corp.example.net", "example.co.uk", "example.de"]
PRODUCTS = ["Acme Cloud", "Ledger Pro", "the Android app", "Sprocket CRM", "the billing portal"]
FILLER = [
    "The invoice for March was charged twice and the refund has not arrived yet.",
    "Our records show the subscription renewed on the first of the month as usual.",
    "Please check whether the export job failed again after the last deployment.",
    "The customer asked for the order to be shipped to the new office instead.",
    "Support already reset the two-factor device, but the login still fails.",
    "According to the logs the webhook returned a timeout three times this week.",
    "The contract says the SLA credit applies only after four hours of downtime.",
    "They would like a call back before Friday, ideally in the afternoon.",
    "A replacement unit was promised in ticket 48213 but never dispatched.",
    "Version 4.2.1 fixed the sync issue for most accounts, though not for this one.",
    "The warehouse in Rotterdam confirmed the parcel left on Tuesday morning.",
    "Could you draft a polite reply that explains the delay and offers a discount?",
]


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    values: tuple[str, ...]  # the five personal values, in order: name, name, email, phone, card


class Traffic:
    """A seeded source of messages; each one's personal values are new."""

    def __init__(self, seed: int = 7) -> None:
        self._rng = random.Random(seed)
        self._used: set[str] = set()

    def _fresh(self, make: object) -> str:
        while True:
            value = make()  # type: ignore[operator]
            if value not in self._used:
                self._used.add(value)
                return str(value)

    def name(self) -> str:
        """First and last name, sometimes a middle name or a second surname (~250k combinations)."""

        def make() -> str:
            first, last = self._rng.choice(FIRST), self._rng.choice(LAST)
            shape = self._rng.randrange(4)
            if shape == 1:
                return f"{first} {self._rng.choice(FIRST)} {last}"
            if shape == 2:
                return f"{first} {last} {self._rng.choice(LAST)}"
            return f"{first} {last}"

        return self._fresh(make)

    def email(self) -> str:
        def make() -> str:
            first, last = self._rng.choice(FIRST).lower(), self._rng.choice(LAST).lower()
            tag = self._rng.randrange(10, 9999)
            return f"{first}.{last[:6]}{tag}@{self._rng.choice(DOMAINS)}".encode(
                "ascii", "ignore"
            ).decode()

        return self._fresh(make)

    def phone(self) -> str:
        def make() -> str:
            while True:
                kind = self._rng.randrange(3)
                if kind == 0:
                    area = self._rng.choice([212, 312, 415, 617, 646, 702, 818, 917])
                    exchange, line = self._rng.randrange(201, 999), self._rng.randrange(10**4)
                    number = f"({area}) {exchange}-{line:04d}"
                    region = "US"
                elif kind == 1:
                    prefix, line = self._rng.randrange(400, 999), self._rng.randrange(10**6)
                    number = f"+44 7{prefix} {line:06d}"
                    region = "GB"
                else:
                    number = f"+49 30 {self._rng.randrange(10**7, 10**8)}"
                    region = "DE"
                if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                    return number

        return self._fresh(make)

    def card(self) -> str:
        def make() -> str:
            digits = [4] + [self._rng.randrange(10) for _ in range(14)]
            total = 0
            for index, digit in enumerate(reversed(digits)):
                doubled = digit * 2 if index % 2 == 0 else digit
                total += doubled - 9 if doubled > 9 else doubled
            digits.append((10 - total % 10) % 10)
            sep = self._rng.choice([" ", "-"])
            raw = "".join(map(str, digits))
            return sep.join(raw[i : i + 4] for i in range(0, 16, 4))

        return self._fresh(make)

    def message(self, size: int = 1024) -> Message:
        """About `size` bytes of ticket text carrying five new personal values."""
        first, second = self.name(), self.name()
        email, phone, card = self.email(), self.phone(), self.card()
        product = self._rng.choice(PRODUCTS)
        head = (
            f"Hi team, customer {first} contacted us about {product}. "
            f"The e-mail on file is {email} and the phone number is {phone}. "
            f"They paid with card {card} and want the second charge reversed. "
        )
        tail = f"Escalated to {second} in billing, who will follow up tomorrow."
        body: list[str] = []
        while len((head + " ".join(body) + tail).encode()) < size - 50:
            body.append(self._rng.choice(FILLER))
        return Message(f"{head}{' '.join(body)} {tail}", (first, second, email, phone, card))

    def reply(self) -> str:
        """A short assistant answer without personal data, as a conversation history holds."""
        return self._rng.choice(
            [
                "Understood. I drafted a reply that apologises and confirms the refund.",
                "Here is a summary of the ticket and the next steps for billing.",
                "I have listed the open questions for the customer below.",
                "The refund policy allows this; I suggest offering a credit as well.",
            ]
        )
