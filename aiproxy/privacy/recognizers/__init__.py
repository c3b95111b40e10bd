"""aiproxy's recognizers, one per file, and the factory that builds a fresh set per detector."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    UrlRecognizer,
    UsBankRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
)

from aiproxy.privacy.recognizers.access_codes import AccessCodeRecognizer
from aiproxy.privacy.recognizers.api_keys import ApiKeyRecognizer
from aiproxy.privacy.recognizers.command_lines import CommandLineSecretRecognizer
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.credit_card import CardNumberRecognizer
from aiproxy.privacy.recognizers.date_of_birth import DateOfBirthRecognizer
from aiproxy.privacy.recognizers.declared_secrets import DeclaredSecretRecognizer
from aiproxy.privacy.recognizers.email import EmailAddressRecognizer
from aiproxy.privacy.recognizers.encoded_secrets import EncodedSecretRecognizer
from aiproxy.privacy.recognizers.env_fallbacks import EnvFallbackRecognizer
from aiproxy.privacy.recognizers.iban import IbanCodeRecognizer
from aiproxy.privacy.recognizers.ip_address import IpAddressRecognizer
from aiproxy.privacy.recognizers.jwt import JwtRecognizer
from aiproxy.privacy.recognizers.labelled_addresses import LabelledAddressRecognizer
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.location import LocationRecognizer
from aiproxy.privacy.recognizers.password_nearby import NearbyPasswordRecognizer
from aiproxy.privacy.recognizers.password_prose import PasswordProseRecognizer
from aiproxy.privacy.recognizers.person import PersonRecognizer
from aiproxy.privacy.recognizers.phone import PhoneNumberRecognizer
from aiproxy.privacy.recognizers.private_key import PrivateKeyRecognizer
from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from aiproxy.privacy.recognizers.street_address import StreetAddressRecognizer
from aiproxy.privacy.recognizers.us_ssn import SocialSecurityRecognizer

#: Entities whose recognizers read spaCy NER output; the others are pure pattern matching.
NER_ENTITIES = frozenset({"PERSON", "LOCATION"})

__all__ = ["NER_ENTITIES", "build_recognizers"]


def build_recognizers(lexicon: Lexicon) -> list[EntityRecognizer]:
    """Our recognizers plus Presidio's for the policy entities we do not replace."""
    return [
        ApiKeyRecognizer(),
        CredentialRecognizer(),
        CommandLineSecretRecognizer(),
        PasswordProseRecognizer(),
        NearbyPasswordRecognizer(),
        EnvFallbackRecognizer(),
        EncodedSecretRecognizer(),
        DeclaredSecretRecognizer(),
        AccessCodeRecognizer(),
        JwtRecognizer(),
        PrivateKeyRecognizer(),
        CardNumberRecognizer(),
        DateOfBirthRecognizer(),
        EmailAddressRecognizer(),
        IbanCodeRecognizer(),
        IpAddressRecognizer(),
        PhoneNumberRecognizer(),
        SpecialCategoryRecognizer(),
        StreetAddressRecognizer(),
        LabelledAddressRecognizer(),
        SocialSecurityRecognizer(),
        PersonRecognizer(lexicon),
        LocationRecognizer(lexicon),
        UrlRecognizer(),
        UsBankRecognizer(),
        UsLicenseRecognizer(),
        UsPassportRecognizer(),
    ]
