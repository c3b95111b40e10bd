"""Secrets on a command line and in what a command printed, with the credentials' checks."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.command_lines import CommandLineSecretRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return values(text, CommandLineSecretRecognizer())


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mysql -h 10.0.12.8 -u report -pRep0rt#Tln88 analytics", "Rep0rt#Tln88"),
        ("docker login -u ci-bot -p 'Hq7Tz2Lw9Xv4Nb1M' registry.example.io", "Hq7Tz2Lw9Xv4Nb1M"),
        (
            "  512  vault operator unseal 1R2GVlGD0pYHY4aDmhXkZ2xcdMUecw/bosjnWRWo=",
            "1R2GVlGD0pYHY4aDmhXkZ2xcdMUecw/bosjnWRWo=",
        ),
        (
            "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\n"
            "CrmProd!2024secure\n",
            "CrmProd!2024secure",
        ),
    ],
)  # fmt: skip
def test_a_flag_an_argument_or_a_printed_value_is_a_secret(text: str, secret: str) -> None:
    assert found(text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "mysql -u report -p analytics",  # a prompt for the password, not one
        "docker run -p 8080:80 nginx",
        "$ kubectl get pods -o wide\nNAME READY STATUS\n",
    ],
)
def test_prompts_ports_and_other_output_are_not_secrets(text: str) -> None:
    assert found(text) == []
