"""Build tests/data/corpus.jsonl: Faker-generated texts (fixed seed) + the hand-written slice.

Run: python tests/data/make_corpus.py  (deterministic; rewrites corpus.jsonl)

Each line: {"id", "text", "entities": [{"type","start","end"}], "hard_negatives":
[{"kind","start","end"}], "split": "generated"|"handwritten"}. The hand-written texts live in
handwritten.txt with inline markup: [[TYPE|value]] for entities, {{kind|value}} for hard
negatives, texts separated by lines holding only "---".
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker

HERE = Path(__file__).parent
SEED = 20240611
N_GENERATED = 340
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IE"]
#: Real places for LOCATION slots (Faker's en_US cities are fictional and would test nothing).
PLACES = [
    "Chicago", "Toronto", "Manchester", "Dublin", "Berlin", "Munich", "Lyon", "Madrid",
    "Barcelona", "Milan", "Rotterdam", "Lagos", "Nairobi", "Accra", "Mumbai", "Bangalore",
    "Singapore", "Sydney", "Melbourne", "Seattle", "Austin", "Boston", "Denver", "Glasgow",
    "Cardiff", "Vienna", "Warsaw", "Lisbon", "Oslo", "Stockholm", "Texas", "California",
    "Ontario", "Bavaria", "Germany", "France", "Spain", "Kenya", "Nigeria", "Ireland",
]  # fmt: skip
PHONE_REGIONS = ["US", "GB", "DE", "FR", "IN", "AU", "IE", "NL"]
SPECIAL = [
    "was diagnosed with type 2 diabetes", "is HIV positive", "she is pregnant",
    "is a practicing Muslim", "identifies as gay", "is a member of the Labour party",
    "has epilepsy", "is undergoing chemotherapy", "was diagnosed with bipolar disorder",
    "attends the local synagogue", "is a devout Catholic", "came out as bisexual",
    "is a registered Republican", "is on antidepressants", "suffers from chronic migraines",
    "is of Nigerian descent", "tested positive for hepatitis B", "is a member of the Green Party",
]  # fmt: skip
NEGATIVE_FILLERS: list[Callable[[random.Random], tuple[str, str]]] = [
    lambda r: ("order", f"order #{r.randint(10000, 9999999)}"),
    lambda r: ("order", f"ORD-{r.randint(2019, 2025)}-{r.randint(10000, 99999)}"),
    lambda r: ("invoice", f"INV-{r.randint(100, 99999):05d}"),
    lambda r: ("version", f"v{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}"),
    lambda r: ("version", f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}"),
    lambda r: ("build", f"10.0.{r.randint(17000, 22999)}.{r.randint(1, 3000)}"),
    lambda r: ("price", f"${r.randint(1, 9999):,}.{r.randint(0, 99):02d}"),
    lambda r: ("price", f"€{r.randint(1, 999)},{r.randint(0, 99):02d}"),
    lambda r: ("sku", f"SKU-{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
               f"-{r.randint(100, 99999)}"),
    lambda r: ("git_sha", "".join(r.choice("0123456789abcdef") for _ in range(40))),
    lambda r: ("git_sha", "".join(r.choice("0123456789abcdef") for _ in range(7))),
    lambda r: ("date", f"{r.randint(2021, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
    lambda r: ("date", f"{r.choice(['March', 'June', 'October'])} {r.randint(1, 28)}, 2024"),
    lambda r: ("ticket", f"JIRA-{r.randint(100, 9999)}"),
    lambda r: ("tracking", f"1Z{r.randint(100, 999)}AA1{r.randint(10**9, 10**10 - 1)}"),
    lambda r: ("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"),
    lambda r: ("product", r.choice(["ThinkPad X1 Carbon", "Galaxy S23", "Pixel 8 Pro",
                                    "Model 3", "iPhone 15", "Surface Pro 9"])),
    lambda r: ("quantity", f"{r.randint(2, 500)} units"),
    lambda r: ("port", f"localhost:{r.choice([3000, 5432, 6379, 8080, 8443])}"),
    lambda r: ("account_ref", f"customer ID {r.randint(100000, 99999999)}"),
]  # fmt: skip
NEGATIVE_PHRASES = [
    "the health check endpoint", "the Christmas sale", "a political science course",
    "our Diversity & Inclusion newsletter", "the union of both result sets",
    "the party size field", "the church street bakery promo", "a member of the support team",
]  # fmt: skip


class Builder:
    """Concatenates text pieces while recording labelled spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[dict[str, object]] = []
        self.negatives: list[dict[str, object]] = []

    def add(self, text: str, entity: str | None = None, negative: str | None = None) -> None:
        if entity:
            self.entities.append(
                {"type": entity, "start": self.length, "end": self.length + len(text)}
            )
        if negative:
            self.negatives.append(
                {"kind": negative, "start": self.length, "end": self.length + len(text)}
            )
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class Gen:
    """Slot values; every random choice flows from one seeded Random."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        for index, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed + index)

    def fake(self, locales: list[str] | None = None) -> Faker:
        return self.fakers[self.r.choice(locales or LOCALES)]

    def person(self) -> str:
        fake = self.fake()
        return f"{fake.first_name()} {fake.last_name()}"

    def email(self, name: str | None = None) -> str:
        if name and self.r.random() < 0.6:
            local = re.sub(r"[^a-z.]", "", name.lower().replace(" ", "."))
            return f"{local or 'user'}@{self.fake(['en_US']).domain_name()}"
        return str(self.fake(["en_US", "en_GB", "de_DE"]).email())

    def phone(self) -> str:
        region = self.r.choice(PHONE_REGIONS)
        while True:
            example = phonenumbers.example_number_for_type(
                region, phonenumbers.PhoneNumberType.MOBILE
            )
            national = str(example.national_number)
            digits = national[:3] + "".join(self.r.choice("0123456789") for _ in national[3:])
            number = phonenumbers.parse(f"+{example.country_code}{digits}")
            if phonenumbers.is_valid_number(number):
                style = self.r.choice(
                    [
                        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                        phonenumbers.PhoneNumberFormat.NATIONAL,
                        phonenumbers.PhoneNumberFormat.E164,
                    ]
                )
                return str(phonenumbers.format_number(number, style))

    def card(self) -> str:
        digits = str(
            self.fake(["en_US"]).credit_card_number(
                card_type=self.r.choice(["visa16", "mastercard", "amex", "discover"])
            )
        )
        sep = self.r.choice([" ", "-", ""])
        if len(digits) == 15:
            return sep.join([digits[:4], digits[4:10], digits[10:]])
        return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))

    def ssn(self) -> str:
        return str(self.fake(["en_US"]).ssn())

    def iban(self) -> str:
        value = str(self.fake(["de_DE", "en_GB", "fr_FR", "nl_NL", "es_ES", "it_IT"]).iban())
        if self.r.random() < 0.5:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def ip(self) -> str:
        fake = self.fake(["en_US"])
        return str(self.r.choice([fake.ipv4_public(), fake.ipv4_private(), fake.ipv6()]))

    def street(self) -> str:
        return str(
            self.fake(["en_US", "en_GB", "de_DE", "fr_FR", "en_IE"]).street_address()
        ).replace("\n", ", ")

    def place(self) -> str:
        return self.r.choice(PLACES)

    def dob(self) -> str:
        date = self.fake(["en_US"]).date_of_birth(minimum_age=18, maximum_age=85)
        return self.r.choice(
            [
                date.strftime("%m/%d/%Y"),
                date.strftime("%d.%m.%Y"),
                date.strftime("%Y-%m-%d"),
                date.strftime("%B %d, %Y"),
                date.strftime("%d %B %Y"),
            ]
        )

    def _token(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def secret(self) -> str:
        alnum = string.ascii_letters + string.digits
        kind = self.r.randrange(9)
        if kind == 0:
            return "AKIA" + self._token(string.ascii_uppercase + string.digits, 16)
        if kind == 1:
            return "ghp_" + self._token(alnum, 36)
        if kind == 2:
            team, bot = self._token(string.digits, 12), self._token(string.digits, 13)
            return f"xoxb-{team}-{bot}-{self._token(alnum, 24)}"
        if kind == 3:
            return "sk_live_" + self._token(alnum, 24)
        if kind == 4:
            return "sk-proj-" + self._token(alnum + "_-", 48)
        if kind == 5:
            return "sk-ant-api03-" + self._token(alnum + "_-", 64)
        if kind == 6:
            return "AIza" + self._token(alnum + "_-", 35)
        if kind == 7:
            header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
            payload = (
                base64.urlsafe_b64encode(
                    json.dumps({"sub": self._token(string.digits, 8)}).encode()
                )
                .rstrip(b"=")
                .decode()
            )
            return f"{header}.{payload}.{self._token(alnum + '_-', 43)}"
        body = "\n".join(self._token(alnum + "+/", 64) for _ in range(self.r.randint(3, 8)))
        return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"

    def password(self) -> str:
        return str(
            self.fake(["en_US"]).password(length=self.r.randint(10, 18), special_chars=False)
        )

    def negative(self) -> tuple[str, str]:
        return self.r.choice(NEGATIVE_FILLERS)(self.r)


def _support(g: Gen, b: Builder) -> None:
    name = g.person()
    b.add("Ticket from ")
    b.add(name, "PERSON")
    b.add(
        f" regarding {g.r.choice(['a failed payment', 'a login problem', 'a late delivery'])} on "
    )
    kind, value = g.negative()
    b.add(value, negative=kind)
    b.add(". Customer can be reached at ")
    b.add(g.email(name), "EMAIL_ADDRESS")
    b.add(" or ")
    b.add(g.phone(), "PHONE_NUMBER")
    b.add(". ")
    if g.r.random() < 0.5:
        b.add("They paid with card ")
        b.add(g.card(), "CREDIT_CARD")
        b.add(" and want a refund of ")
        kind, value = g.negative()
        b.add(value, negative=kind)
        b.add(".")
    else:
        b.add("Shipping address: ")
        b.add(g.street(), "STREET_ADDRESS")
        b.add(", ")
        b.add(g.place(), "LOCATION")
        b.add(".")


def _email(g: Gen, b: Builder) -> None:
    sender, other = g.person(), g.person()
    b.add("Hi ")
    b.add(other.split()[0], "PERSON")
    b.add(",\n\nI just spoke with ")
    b.add(other, "PERSON")
    b.add(f" from our {g.r.choice(['billing', 'logistics', 'sales'])} team about ")
    kind, value = g.negative()
    b.add(value, negative=kind)
    b.add(". Please wire the deposit to IBAN ")
    b.add(g.iban(), "IBAN_CODE")
    b.add(" before Friday. We also discussed ")
    b.add(g.r.choice(NEGATIVE_PHRASES), negative="topic")
    b.add(".\n\nBest regards,\n")
    b.add(sender, "PERSON")


def _hr(g: Gen, b: Builder) -> None:
    name = g.person()
    b.add("HR note: employee ")
    b.add(name, "PERSON")
    b.add(", SSN ")
    b.add(g.ssn(), "US_SSN")
    b.add(", date of birth ")
    b.add(g.dob(), "DATE_OF_BIRTH")
    b.add(". The employee ")
    b.add(g.r.choice(SPECIAL), "SPECIAL_CATEGORY")
    b.add(" and asked for flexible hours starting ")
    kind, value = g.negative()
    b.add(value, negative=kind)
    b.add(". Home: ")
    b.add(g.street(), "STREET_ADDRESS")
    b.add(".")


def _crm(g: Gen, b: Builder) -> None:
    name = g.person()
    b.add("CRM: met ")
    b.add(name, "PERSON")
    b.add(" in ")
    b.add(g.place(), "LOCATION")
    b.add(" to discuss renewal of ")
    kind, value = g.negative()
    b.add(value, negative=kind)
    b.add(". Direct line ")
    b.add(g.phone(), "PHONE_NUMBER")
    b.add(", email ")
    b.add(g.email(name), "EMAIL_ADDRESS")
    b.add(". Logged in from ")
    b.add(g.ip(), "IP_ADDRESS")
    b.add(" on ")
    kind, value = g.negative()
    b.add(value, negative=kind)
    b.add(".")


def _chat(g: Gen, b: Builder) -> None:
    customer, agent = g.person(), g.person()
    b.add("[09:14] ")
    b.add(customer, "PERSON")
    b.add(": hi, my card ")
    b.add(g.card(), "CREDIT_CARD")
    b.add(" was charged twice for ")
    kind, value = g.negative()
    b.add(value, negative=kind)
    b.add("\n[09:15] ")
    b.add(agent, "PERSON")
    b.add(": sorry about that! can you confirm your email?\n[09:16] ")
    b.add(customer, "PERSON")
    b.add(": sure it's ")
    b.add(g.email(customer), "EMAIL_ADDRESS")


def _config(g: Gen, b: Builder) -> None:
    style = g.r.randrange(3)
    if style == 0:
        b.add("DATABASE_URL=postgres://app_user:")
        b.add(g.password(), "SECRET")
        b.add(f"@db-{g.r.randint(1, 9)}.internal:5432/orders\nAPI_KEY=")
        b.add(g.secret(), "SECRET")
        b.add("\nAPP_VERSION=")
        kind, value = g.negative()
        b.add(value, negative=kind)
    elif style == 1:
        b.add("# deploy notes\naws:\n  access_key_id: ")
        b.add("AKIA" + g._token(string.ascii_uppercase + string.digits, 16), "SECRET")
        b.add("\n  secret_access_key: ")
        b.add(g._token(string.ascii_letters + string.digits + "/+", 40), "SECRET")
        b.add("\n  region: eu-west-1\nserver: ")
        b.add(g.ip(), "IP_ADDRESS")
        b.add("\ncommit: ")
        b.add("".join(g.r.choice("0123456789abcdef") for _ in range(40)), negative="git_sha")
    else:
        b.add("Can you check why this fails? I pasted our token by mistake:\n")
        b.add(g.secret(), "SECRET")
        b.add("\nThe request id was ")
        b.add(str(g.fake(["en_US"]).uuid4()), negative="uuid")
        b.add(" and the build ")
        kind, value = g.negative()
        b.add(value, negative=kind)
        b.add(".")


def _negatives_only(g: Gen, b: Builder) -> None:
    b.add("Release notes: upgraded to ")
    for _ in range(g.r.randint(2, 4)):
        kind, value = g.negative()
        b.add(value, negative=kind)
        b.add(", ")
    b.add("and fixed ")
    b.add(g.r.choice(NEGATIVE_PHRASES), negative="topic")
    b.add(".")


TEMPLATES = [_support, _email, _hr, _crm, _chat, _config, _negatives_only]


def generated(seed: int = SEED, count: int = N_GENERATED) -> list[dict[str, object]]:
    g = Gen(seed)
    rows = []
    for index in range(count):
        b = Builder()
        TEMPLATES[index % len(TEMPLATES)](g, b)
        rows.append(
            {
                "id": f"gen-{index:04d}",
                "text": b.text(),
                "entities": b.entities,
                "hard_negatives": b.negatives,
                "split": "generated",
            }
        )
    return rows


_MARKUP = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]|\{\{([a-z_]+)\|(.+?)\}\}", re.DOTALL)


def handwritten(path: Path = HERE / "handwritten.txt") -> list[dict[str, object]]:
    rows = []
    blocks = [blk.strip("\n") for blk in re.split(r"(?m)^---\s*$", path.read_text("utf-8"))]
    for index, block in enumerate(blk for blk in blocks if blk.strip()):
        b = Builder()
        position = 0
        for match in _MARKUP.finditer(block):
            b.add(block[position : match.start()])
            if match.group(1):
                b.add(match.group(2), match.group(1))
            else:
                b.add(match.group(4), negative=match.group(3))
            position = match.end()
        b.add(block[position:])
        rows.append(
            {
                "id": f"hand-{index:03d}",
                "text": b.text(),
                "entities": b.entities,
                "hard_negatives": b.negatives,
                "split": "handwritten",
            }
        )
    return rows


def main() -> None:
    rows = generated() + handwritten()
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} texts")


if __name__ == "__main__":
    main()
