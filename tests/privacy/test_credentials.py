"""Secrets found by their context: key names, and JSON name/value pairs."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.api_keys import ApiKeyRecognizer
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return sorted(values(text, CredentialRecognizer(), ApiKeyRecognizer()))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "+ aws configure set aws_secret_access_key p7Lw2Xq9Rz4Tk8Vb1Nc6Hm3Yd0Fs5Ja+Eu2Gi/Q",
            "p7Lw2Xq9Rz4Tk8Vb1Nc6Hm3Yd0Fs5Ja+Eu2Gi/Q",
        ),
        ("mysql -h db --password Hq7Tz2Lw9Xv4 -e 'select 1'", "Hq7Tz2Lw9Xv4"),
    ],
)
def test_a_value_after_a_secret_key_and_blanks_is_a_secret(text: str, value: str) -> None:
    assert found(text) == [value]


def test_a_word_after_a_secret_key_and_blanks_is_not_a_secret() -> None:
    assert found("Rotate the db_password regularly, see the runbook") == []


CLIENT_SECRET = "Zr8qW2vN5tLp0xKc7HmB3yFd9GsJ6eUa"
BEARER = "pk_live_7Hq2Lm9XvT4rB8nZ1wK6cY3f"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f'{{ "key": "clientSecret", "value": "{CLIENT_SECRET}" }}', CLIENT_SECRET),
        ('{ "name": "X-Api-Key", "value": "k9Lq2vTz7XwR4mPb" }', "k9Lq2vTz7XwR4mPb"),
        (f'"bearer": [ {{ "key": "token", "value": "{BEARER}" }} ]', BEARER),
    ],
)
def test_a_value_in_a_json_pair_named_as_a_secret_is_a_secret(text: str, value: str) -> None:
    assert found(text) == [value]


def test_a_publishable_key_alone_is_not_a_secret() -> None:
    assert found("publishableKey: pk_live_51PzK8mLt2VqR7xNc0aBcDeFgHiJkLmNoPq") == []


def test_a_csrf_cookie_is_a_secret() -> None:
    assert found("Set-Cookie: nc_csrf=Hq7Tz2Lw9Xv4Nb1Mk8Rc; Path=/") == ["Hq7Tz2Lw9Xv4Nb1Mk8Rc"]


def test_a_working_directory_is_not_a_password() -> None:
    assert found("sudo: kmurugesan : TTY=pts/0 ; PWD=/srv/app ; USER=root") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("  502  export PGPASSWORD='Lk9!vQ2#tRz7'", "Lk9!vQ2#tRz7"),
        ("docker login -u ci-bot -p 'Hq7Tz2Lw9Xv4Nb1M' registry.example.io", "Hq7Tz2Lw9Xv4Nb1M"),
        ("token: dckr_pat_Q7vR2mX9tL4bN8wZ1kC5hJ3y", "dckr_pat_Q7vR2mX9tL4bN8wZ1kC5hJ3y"),
    ],
)
def test_glued_key_names_login_flags_and_docker_tokens_are_secrets(text: str, value: str) -> None:
    assert value in found(text)


def test_a_discord_webhook_is_a_secret() -> None:
    url = "https://discord.com/api/webhooks/1288412207734519808/" + "Xq9vL2mT7rB4nW8z" * 4
    assert found(f"  webhook: {url}") == [url]


@pytest.mark.parametrize(
    "text",
    [
        "login failed user=m.santos ip=177.54.201.9 reason=bad_password attempt=3",
        "STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
        "docker run -p 8080:80 nginx  # no login here",
    ],
)
def test_neighbouring_fields_and_crossed_out_keys_are_not_secrets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the staging db password is still Kh7#pQz2vLw9!e in the runbook", "Kh7#pQz2vLw9!e"),
        ("mysql -h 10.0.12.8 -u report -pRep0rt#Tln88 analytics", "Rep0rt#Tln88"),
        ("mysqldump --password=Dm9!kQ2z shop > shop.sql", "Dm9!kQ2z"),
        (
            "git clone https://ghp_Q7vLx2Rt9Kb4Nm8Hc1Zw@github.com/acme/app.git",
            "ghp_Q7vLx2Rt9Kb4Nm8Hc1Zw",
        ),
        (
            'dsn = "https://4f8a1c2e9b7d4e6f8a0b1c3d5e7f9a2b@o448812.ingest.sentry.io/5512093"',
            "4f8a1c2e9b7d4e6f8a0b1c3d5e7f9a2b",
        ),
    ],
)
def test_passwords_in_prose_flags_and_urls_are_secrets(text: str, value: str) -> None:
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mysql -u report -p analytics",  # a prompt for the password, not one
        "https://docs.example.com@mirror.example.org/",
        "git clone https://github-actions@github.com/acme/app.git",
    ],
)
def test_a_password_prompt_or_a_plain_user_in_a_url_is_not_a_secret(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "secret",
    [
        "https://kestrel.webhook.office.com/webhookb2/4d1c9e7a-2b3f-4a11-9c8e-77f0a1b2c3d4@5e6f"
        "/IncomingWebhook/a9b8c7d6e5f4/Q2w3E4r5T6y7U8i9",
        "7391048822:AAH4kZ9vQ2mLx7Rt1nB8cY3hD6fJ0sAuGiK",
    ],
)
def test_teams_webhooks_and_telegram_bot_tokens_are_secrets(secret: str) -> None:
    assert secret in found(f"notify: {secret}\n")
