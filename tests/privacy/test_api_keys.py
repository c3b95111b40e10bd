"""Vendor keys found by their own shape, with no key name needed."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.api_keys import ApiKeyRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    "key",
    [
        "hvs.CAESIJqL3vR8xT2mN9pQ7wK4zB6yF1hD5gS0aU3eI8oP2lXc",
        "AAAAq3Zx9Lm:APA91bH7kR2mQ9vT4wX8zL1pN6cB3fJ5gD0sY2uE7iO4tK9nV1xM6lR3wZ8cB5hJ2fD7gS0aY4uE1iO6",
        "Xy78Q~kR2mQ9vT4wX8zL1pN6cB3fJ5gD0sY2uE",
        "pel_whsec_R4kZ9qW2mLx7Tv1Nb8Hc3Jd6",  # a webhook secret under a vendor's prefix
        "Rq7Zt2Lw9Vm4Xp.atlasv1.Hn3Kc8Bj1Yd6Fs0GeUoTz5Qw2Lr7Vx9Mp4Nb3Jc8Hk1Yd6Fs0GeUoTz5Q",
    ],
)
def test_vault_firebase_azure_webhook_and_terraform_cloud_secrets_are_flagged(key: str) -> None:
    assert values(f"see {key} in the ticket", ApiKeyRecognizer()) == [key]


@pytest.mark.parametrize(
    "text", ["AKIAIOSFODNN7EXAMPLE", "hvs.short", "fcm key AAAA1234567:notakey"]
)
def test_documented_examples_and_short_lookalikes_are_not_keys(text: str) -> None:
    assert values(text, ApiKeyRecognizer()) == []


def test_a_short_prefix_and_a_random_tail_is_a_key_but_a_long_name_is_not() -> None:
    key = "cfut_9xK2mQ7vT4pL8wR3cN6hJ1dF5gS0aYeUiOtKlMn"
    assert values(f"WAF token {key}", ApiKeyRecognizer()) == [key]
    name = "get_AccountServiceHandlerFactoryBuilderV2"
    assert values(f"call {name}()", ApiKeyRecognizer()) == []


def test_a_prefix_with_digits_and_a_random_tail_is_a_key() -> None:
    key = "hs256_7Yb2Lq9ZxT4vKp8RmW3nC6dF1jH0sA5e"
    assert values(f"the new one ({key}) was pasted", ApiKeyRecognizer()) == [key]


def test_aws_documented_secret_after_the_documented_key_id_is_not_a_key() -> None:
    text = "use the docs one AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert values(text, ApiKeyRecognizer()) == []


def test_stripe_object_ids_are_not_keys() -> None:
    text = '{"id": "evt_3QH7xK2eZvKYlo2C1dX9aB4m", "charge": "ch_3QxR7aLkT2mWv9Np0s8Bq4Zk"}'
    assert values(text, ApiKeyRecognizer()) == []
