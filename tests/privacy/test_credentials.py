"""Secrets found by their context: key names, and JSON name/value pairs."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.api_keys import ApiKeyRecognizer
from aiproxy.privacy.recognizers.command_lines import CommandLineSecretRecognizer
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.env_fallbacks import EnvFallbackRecognizer
from aiproxy.privacy.recognizers.password_prose import PasswordProseRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return sorted(
        values(
            text,
            CredentialRecognizer(),
            CommandLineSecretRecognizer(),
            PasswordProseRecognizer(),
            EnvFallbackRecognizer(),
            ApiKeyRecognizer(),
        )
    )


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


def test_password_with_empty_user_is_flagged_when_in_redis_url() -> None:
    assert found("redis://:Rb7kP2mX9qLz4T@cache:6379/0") == ["Rb7kP2mX9qLz4T"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("password=hunter2hunter2", "hunter2hunter2"),
        ('api_key: "4f9a1c7e2b8d4e6fa03b"', "4f9a1c7e2b8d4e6fa03b"),
        ("client_secret = 'Zx9-Qw2Er4Ty6'", "Zx9-Qw2Er4Ty6"),
    ],
)
def test_assignment_value_is_flagged_when_key_names_a_secret(text: str, value: str) -> None:
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "password=${DB_PASSWORD}",
        "api_key: <your-api-key>",
        "password: ********",
        "the password is incorrect",
        "token = os.environ['TOKEN']",
    ],
)
def test_placeholder_is_ignored_when_value_is_not_a_secret(text: str) -> None:
    assert found(text) == []


def test_aws_secret_is_flagged_only_when_aws_context_is_near() -> None:
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY7q2Lm9Vx4K"
    assert secret in found(f"AWS secret key {secret}")
    assert found(f"checksum {secret}") == []


def test_aws_documented_secret_is_not_flagged() -> None:
    documented = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert found(f"aws_secret_access_key = {documented}") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            'curl -u "api_live_7Qm2Xv9Lr4Tb8Nc1:" https://api.example.com',
            "api_live_7Qm2Xv9Lr4Tb8Nc1",
        ),
        ("curl --user admin:S3cr3t!pw https://x.example", "S3cr3t!pw"),
        (
            'sid = os.environ.get("TWILIO_ACCOUNT_SID", "9f4c2a7e1b8d3f6a0c5e2b7d")',
            "9f4c2a7e1b8d3f6a0c5e2b7d",
        ),
        (
            "Protocol=https;AccountName=prod;AccountKey=q8Zr3Lm7Xv2Tb9Nc4Kw1Yh6==;Suffix=x",
            "q8Zr3Lm7Xv2Tb9Nc4Kw1Yh6==",
        ),
        ('{ botToken: "abcDEF123456ghiJKL789" }', "abcDEF123456ghiJKL789"),
    ],
)
def test_credentials_in_curl_env_fallbacks_connection_strings_and_camel_keys(
    text: str, secret: str
) -> None:
    assert secret in found(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Cookie: pg_session=s%3A7Hq2LmX9vRt4KzPw8; theme=dark", "s%3A7Hq2LmX9vRt4KzPw8"),
        ("Set-Cookie: JSESSIONID=8F3A1C9E27B4D60F; Path=/", "8F3A1C9E27B4D60F"),
        (
            "machine api.example.com\n  login vuk\n  password HRKU-7c1f2e9a-4b8d\n",
            "HRKU-7c1f2e9a-4b8d",
        ),
        ("Authorization: Basic c3ZjLXJlcG9ydHM6S3A0IXZS", "c3ZjLXJlcG9ydHM6S3A0IXZS"),
        (
            '{"auths": {"r.example": {"auth": "Z2l0bGFiK2RlcGxveS10b2tl"}}}',
            "Z2l0bGFiK2RlcGxveS10b2tl",
        ),
    ],
)
def test_cookies_netrc_auth_headers_and_issued_passwords_are_secrets(
    text: str, secret: str
) -> None:
    assert secret in found(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "the cookie connect.sid=s%3AqL8vR2xT9mZ4kP7w.N1bY6 should go",
            "s%3AqL8vR2xT9mZ4kP7w.N1bY6",
        ),
        ("  STRIPE_KEY: c2tfbGl2ZV81MVF4VjlrTHAycjRt", "c2tfbGl2ZV81MVF4VjlrTHAycjRt"),
    ],
)
def test_secrets_said_in_passing_session_ids_and_env_keys(text: str, secret: str) -> None:
    assert secret in found(text)


def test_words_and_log_uuids_under_key_and_session_names_are_not_secrets() -> None:
    assert found("  PRIMARY_KEY: customer_id_column") == []
    text = "session=0b6e2d71-9c4f-4a83-b1d2-5e7f90a3c6b8 GET /v1"
    assert found(text) == []


@pytest.mark.parametrize(
    "key",
    [
        "AKIAZ7Q4NVB2X9LM3KQP",
        "ghp_" + "a1B2" * 9,
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "sk-proj-" + "Ab3dEf6hIj9kLmNoPqRsTuVwXyZ012345",
        "sk-ant-api03-" + "Qx7vL2mK9pR4tW8zB3nC6hJ1dF5gY0sA" + "x" * 8,
        "AIzaSyD3kL9mQ2xR7tV5wN8pB4cF6hJ1gY0uE2s",
    ],
)
def test_vendor_key_is_flagged_when_prefix_matches(key: str) -> None:
    assert values(f"token: {key} end", ApiKeyRecognizer()) == [key]


@pytest.mark.parametrize(
    "key",
    [
        "pypi-AgEIcHlwaS5vcmcCJGE3ZjJjOWQxLWI4ZTQtNDZhMS05YzNmLTJkOGU3YjFh",
        "MTE4NzQ1OTIzMDU2MTIzNDU2Nw.GkT2vX.q8Lr3Zm7Xv2Tb9Nc4Kw1Yh6Jf5Ds0Pa3",
        "shpat_" + "a1b2c3d4" * 4,
    ],
)
def test_more_vendor_tokens_are_flagged(key: str) -> None:
    assert values(f"token: {key}", ApiKeyRecognizer()) == [key]


def test_a_live_key_of_any_vendor_is_a_secret() -> None:
    assert values("it was ak_live_Hn7Lq2Xv9Rt4Mz8Pw3Kc6Yb1", ApiKeyRecognizer()) == [
        "ak_live_Hn7Lq2Xv9Rt4Mz8Pw3Kc6Yb1"
    ]


def test_postman_keys_are_secrets() -> None:
    key = "PMAK-6729a1c4e8b2f30011d4e5f6-9c8b7a6d5e4f3a2b1c0d9e8f7a6b5c4d3e"
    assert values(f'"value": "{key}"', ApiKeyRecognizer()) == [key]


def test_a_webhook_with_its_token_crossed_out_is_a_template() -> None:
    blank = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
    assert found(f'SLACK_DOCS_WEBHOOK = "{blank}"') == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'sql.Open("mysql", "sync:M7v!qR2z#Kp4@tcp(mysql.internal:3306)/shipments")',
            "M7v!qR2z#Kp4",
        ),
        (
            "curl -d @r.json https://hooks.zapier.com/hooks/catch/4419021/b7x2kqp/",
            "https://hooks.zapier.com/hooks/catch/4419021/b7x2kqp/",
        ),
    ],
)
def test_passwords_in_other_languages_named_passwords_and_dsns_are_secrets(
    text: str, value: str
) -> None:
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'os.environ.get("HUBSPOT_TOKEN", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")',
        "api_key = sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "new password policy applies from Monday",
        "La contraseña es incorrecta",
    ],
)
def test_crossed_out_keys_and_password_talk_are_not_secrets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("new signing secret is whsec_Rk7fQ2mN9xLp4TzV8bWc3HdJ", "whsec_Rk7fQ2mN9xLp4TzV8bWc3HdJ"),
        (
            'ENV.fetch("MAILCHIMP_KEY") { "3f8c1a9e2b7d4065c1e8f9a2b3c4d5e6-us21" }',
            "3f8c1a9e2b7d4065c1e8f9a2b3c4d5e6-us21",
        ),
        (
            "twilio('AC3f9e21b7d04c6a58e9f1b2c3d4e5f6a7', '9c4e7b2a1f0d8e6c5b3a2f1e0d9c8b7a')",
            "9c4e7b2a1f0d8e6c5b3a2f1e0d9c8b7a",
        ),
        ("DJANGO_SECRET_KEY=d9$k2!qz@7w#m4p%x8v(h5j)w0", "d9$k2!qz@7w#m4p%x8v"),
        ('    password: "wvxq ptle hzro mkfa"   # app password', "wvxq ptle hzro mkfa"),
        (
            'var jwtSigningKey = []byte("f3Kp9Lm2Qx7Vt4Nb8Rc1Wy5Hd0Sa6PeU")',
            "f3Kp9Lm2Qx7Vt4Nb8Rc1Wy5Hd0Sa6PeU",
        ),
        ('  WEBHOOK_HMAC: "4F2E9A1C7B3D8E0F6A5C2B9D1E7F3A8C"', "4F2E9A1C7B3D8E0F6A5C2B9D1E7F3A8C"),
        (
            '  app_key = "1a8801f718bdb91c084ce4b002ed7516930b8566"',
            "1a8801f718bdb91c084ce4b002ed7516930b8566",
        ),
        ('pub const DO_TOKEN: &str = "f3Kp9Lm2Qx7Vt4Nb8Rc1";', "f3Kp9Lm2Qx7Vt4Nb8Rc1"),
        ("define( 'DB_PASSWORD', 'Mireia#Sol3r-2025' );", "Mireia#Sol3r-2025"),
        ("define( 'AUTH_KEY', 'OR3jiJn/dlW6qq|}|N:^E!U[fYcH' );", "OR3jiJn/dlW6qq|}|N:^E!U[fYcH"),
        ('{\\"user\\":\\"q@x.vn\\",\\"password\\":\\"Bao@Saigon1990\\"}', "Bao@Saigon1990"),
    ],
)
def test_webhook_secrets_vendor_keys_and_changed_passwords_are_secrets(
    text: str, value: str
) -> None:
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'API_KEY = os.getenv("CRM_API_KEY")',
        "the whsec_test_XXXXXXXX in the README is a placeholder",
        "Nee, gewijzigd naar vrijdag, zie de planning",
        "hmac: sha256",
        "define( 'NONCE_SALT', 'put your unique phrase here' );",
        "See the password reset2024 policy; the password field holds 12345678.",
    ],
)
def test_a_call_fetching_a_key_and_a_changed_date_are_not_secrets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('kafkaSaslPassword: "Ny7#qLm2Vx9R"', "Ny7#qLm2Vx9R"),
        ('ClientSecret = "Ny7qLm2Vx9RkT4"', "Ny7qLm2Vx9RkT4"),
        ('const s = process.env.NEXTAUTH_SECRET ?? "f3Kq9LmV2xR7tB1w";', "f3Kq9LmV2xR7tB1w"),
        ("snmp-server community orca-RO-2019 RO", "orca-RO-2019"),
        ('the SNMP community string is "Orca7RW!net"', "Orca7RW!net"),
        ("default login admin / cisco123!Orca for the switch", "cisco123!Orca"),
    ],
)
def test_capitalised_keys_js_fallbacks_snmp_communities_and_login_pairs_are_secrets(
    text: str, value: str
) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "snmp community public",
        "SNMP community string: private",
        "password=DB_PASS",
        "admin / dashboard",
        'const u = process.env.API_URL ?? "https://api.example.com"',
    ],
)
def test_default_communities_constant_names_and_plain_fallbacks_are_not_secrets(
    text: str,
) -> None:
    assert found(text) == []


def test_a_session_cookie_in_a_har_style_json_pair_is_a_secret() -> None:
    value = "s%3AqT9xL2mV7pK4wR8c.ZbN6hJ1dF5gS0aYeU2iOt"
    theme = '{"name":"theme","value":"dark-mode-on-2024"}'
    text = f'"cookies":[{{"name":"sid","value":"{value}"}},{theme}]'
    assert found(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('command: ["redis-server", "--requirepass", "Lq7vR2xM9tK4pz"]', "Lq7vR2xM9tK4pz"),
        (
            'SAS="https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=Qm4xT9%2Bz8LpR2vK7'
            'wN3cH6jY1dF5gS0a%3D"',
            "Qm4xT9%2Bz8LpR2vK7wN3cH6jY1dF5gS0a%3D",
        ),
        (
            '2025-02-11 cookie="sid=s%3AvK2pQ8xL4mT7.rN9cH3jZ6wB1dF5gS0aYe"',
            "s%3AvK2pQ8xL4mT7.rN9cH3jZ6wB1dF5gS0aYe",
        ),
    ],
)
def test_argument_list_passwords_sas_signatures_and_sid_cookies_are_secrets(
    text: str, value: str
) -> None:
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "  const token = req.get('X-Internal-Auth');",
        "STRIPE_PUBLISHABLE_KEY=pk_live_51Mx7QaHf2KpLxWq0Ue3Tb9YmN7rZ1cVs5Ad2hK",
        'TEST_STRIPE_KEY: "sk_test_FAKE_for_unit_tests_only_0000"',
        # a search-only key ships in web pages, as a publishable key does
        'export const ALGOLIA_SEARCH_KEY = "4f2b9e1c7a3d5f60b8e2a9c1d7f3b5e2";',
    ],
)
def test_calls_publishable_keys_and_self_declared_fixtures_are_not_secrets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'client = Client(os.environ["TWILIO_ACCOUNT_SID"], "3c9f1e7a2b8d4f6a0c5e2b7d4a1f8c9e")',
            "3c9f1e7a2b8d4f6a0c5e2b7d4a1f8c9e",
        ),
        (
            'encrypt    = "Vq3JrXyPRk5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s="',
            "Vq3JrXyPRk5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=",
        ),
    ],
)
def test_a_bare_twilio_token_and_a_consul_gossip_key_are_secrets(text: str, value: str) -> None:
    assert value in found(text)


def test_an_encrypt_flag_is_no_secret() -> None:
    assert found("encrypt = true\nencryption: enabled") == []


@pytest.mark.parametrize(
    "text",
    [
        "client := twilio.NewRestClientWithParams(twilio.ClientParams{Password: twilioAuthToken})",
        "      MINIO_ROOT_PASSWORD: minioadmin",
        'wget --header="X-API-Key: 0123456789abcdef" https://api.parcelwise.io/v1',
        '"mfa": {"type": "totp", "docs_sample_secret": "JBSWY3DPEHPK3PXP"}',
    ],
)
def test_names_in_code_shipped_defaults_and_tutorial_secrets_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_a_js_fallback_assigned_with_or_equals_is_a_secret() -> None:
    text = 'process.env.ALGOLIA_ADMIN_KEY ||= "f3a9c1e7b2d84f6a0c5e8b1d3f7a9c2e";'
    assert found(text) == ["f3a9c1e7b2d84f6a0c5e8b1d3f7a9c2e"]


def test_a_camel_case_key_that_opens_with_password_holds_a_secret() -> None:
    text = '"PasswordLlavePrivada": "Xime#CSD2024"'
    assert values(text, CredentialRecognizer()) == ["Xime#CSD2024"]


def test_a_routing_key_and_a_vault_unseal_share_are_secrets() -> None:
    assert found('  pagerdutyRoutingKey: "10a4a9fa69772944d1cd019c8ac9da5a"') == [
        "10a4a9fa69772944d1cd019c8ac9da5a"
    ]
    assert found("  512  vault operator unseal 1R2GVlGD0pYHY4aDmhXkZ2xcdMUecw/bosjnWRWo=") == [
        "1R2GVlGD0pYHY4aDmhXkZ2xcdMUecw/bosjnWRWo="
    ]


def test_a_secret_kubectl_printed_is_a_secret_and_a_shell_error_message_is_not() -> None:
    text = (
        "ikaika@ops:~$ kubectl get secret crm-db -o jsonpath='{.data.password}' | base64 -d\n"
        "CrmProd!2024secure\nikaika@ops:~$ ls\n"
    )
    assert found(text) == ["CrmProd!2024secure"]
    assert found('export GH_TOKEN="${GH_TOKEN:?missing}"') == []
    assert found("deploy@10.0.0.5's password: \nLast login: Mon Apr  8 23:57:01 2024") == []


def test_a_yaml_value_indented_under_its_key_is_a_secret() -> None:
    assert found("db:\n  password:\n    Hk7!q2Lm-Zx9\n  host: db1") == ["Hk7!q2Lm-Zx9"]


def test_a_settings_rows_secret_a_numbered_unseal_key_and_a_bare_slack_hook_are_secrets() -> None:
    assert "Gr4ppa!Milano#9" in found(
        "INSERT INTO `config` VALUES ('smtp_pass', 'Gr4ppa!Milano#9');"
    )
    key = "Tq2vP8mLk3Rt7Zx4Wb8Nc1Yh6Df0Jg5Sa3Pe7Uo2Iq4="
    assert key in found(f"vault_unseal_key_2={key}")
    hook = "hooks.slack.com/services/T01ABCDEF/B02GHIJKL/aB3cD4eF5gH6iJ7kL8mN9oP0"
    assert any(hook in v for v in values(f"pasted (`{hook}`) in the channel", ApiKeyRecognizer()))


def test_a_meetings_passcode_is_a_secret() -> None:
    assert "Xk7p2Q" in found("Meeting ID: 841 2093 7715\nPasscode: Xk7p2Q\nDial-in: +353 1 …")
