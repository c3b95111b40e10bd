"""Values declared secret away from them: a SQL column's header, a Terraform variable's name."""

from __future__ import annotations

from aiproxy.privacy.recognizers.declared_secrets import DeclaredSecretRecognizer
from tests.privacy.found import values

INSERT = """INSERT INTO `oauth_clients` (`id`,`name`,`client_secret`,`created`) VALUES
(7,'Ocelot Zapier Bridge','ocs_9Rk2Lw7Vq4Zt1Xm8Bn3Pc6Yd0Hf5Ja','2024-10-01'),
(8,'Ocelot Mobile','ocs_Tz4Qp8Wm1Vr6Ln3Kx9Bc2Hy7Jd5Fs0','2024-11-15');"""


def found(text: str) -> list[str]:
    return values(text, DeclaredSecretRecognizer())


def test_values_under_a_secret_column_of_a_sql_insert_are_secrets() -> None:
    assert found(INSERT) == [
        "ocs_9Rk2Lw7Vq4Zt1Xm8Bn3Pc6Yd0Hf5Ja",
        "ocs_Tz4Qp8Wm1Vr6Ln3Kx9Bc2Hy7Jd5Fs0",
    ]


def test_other_columns_and_blank_secrets_are_not() -> None:
    text = (
        "INSERT INTO oauth_clients (id, name, client_secret) VALUES\n"
        "(9, 'Ocelot Web2024', 'changeme'), (10, 'Ocelot CLI', 'REDACTED');"
    )
    assert found(text) == []


def test_a_secret_columns_cells_in_a_csv_export_are_secrets() -> None:
    text = "app,api_key,owner\nbilling,Zq8Lm2Vt7Kp4Rw9X,ops\nsearch,-,ops\n"
    assert found(text) == ["Zq8Lm2Vt7Kp4Rw9X"]


def test_a_terraform_variables_default_is_a_secret_when_its_name_says_so() -> None:
    text = (
        'variable "cloudflare_api_token" {\n'
        "  type    = string\n"
        '  default = "Xk4nL9qV2tZ7wR1mP8bC3yH6jD0fS5gA-uE2oT9"\n}\n'
        'variable "region" {\n  default = "ap-southeast-2"\n}\n'
    )
    assert found(text) == ["Xk4nL9qV2tZ7wR1mP8bC3yH6jD0fS5gA-uE2oT9"]


def test_a_terraform_default_that_is_a_blank_or_a_reference_is_not() -> None:
    text = 'variable "db_password" {\n  default = "var.generated_password"\n}\n'
    assert found(text) == []


def test_a_consul_acl_token_is_a_secret_though_it_is_a_uuid() -> None:
    text = (
        'acl {\n  enabled = true\n  tokens {\n    agent = "3f8a2c91-6d0e-4b7f-a1c5-e9d24b8f0a76"\n'
        "  }\n}\n"
    )
    assert found(text) == ["3f8a2c91-6d0e-4b7f-a1c5-e9d24b8f0a76"]
    assert found('service { id = "3f8a2c91-6d0e-4b7f-a1c5-e9d24b8f0a76" }') == []


def test_backup_codes_and_a_urls_key_parameter_are_secrets() -> None:
    text = '"backup_codes": ["4821-9930", "7730-1184"], "note": "x"'
    assert found(text) == ["4821-9930", "7730-1184"]
    hook = "curl 'https://api.render.com/deploy/srv-cn8kq2a1hbls73d4f9g0?key=Xq7mR2vK9tLp4WzN'"
    assert found(hook) == ["Xq7mR2vK9tLp4WzN"]
    assert found("https://shop.example/search?key=summer-dresses") == []
