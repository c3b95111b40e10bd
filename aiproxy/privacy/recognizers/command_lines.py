"""SECRET: passwords and keys on a command line, and what a command printed for them.

Shell histories, runbooks and CI logs carry credentials as flags ("mysql -pRep0rt#Tln88",
"docker login -u ci-bot -p …", "curl -u olumide:Hb7!…"), as arguments ("vault operator
unseal 1R2G…=") and as the output of a command that read a secret ("kubectl get secret … -o
jsonpath='{.data.password}'" and the value on the next line). Split from the config-shaped
credentials, whose value check (no placeholder, no template blank) they share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from aiproxy.privacy.recognizers.base import Rule
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.secret_values import mixed_strong, mixed_value


class CommandLineSecretRecognizer(CredentialRecognizer):
    """The credential recognizer's check over command-line rules."""

    RULES: ClassVar[Sequence[Rule]] = (
        Rule(  # a login's password flag: "docker login -u ci-bot -p 'dckr_pat_…'"
            "password_flag",
            re.compile(
                r"(?m)\blogin\b[^\n]{0,200}?(?:\s-p|--password)[ =][\"']?(?P<value>[^\s\"']{8,256})"
            ),
            0.85,
            "value",
            accept=mixed_strong,
        ),
        Rule(  # a server's password flag in an argument list: "--requirepass", "zq8M…"
            "argument_password",
            re.compile(
                r"(?i)[\"']--(?:requirepass|masterauth|password|pass|auth-token|token|secret)[\"']"
                r"\s*,\s*[\"'](?P<value>[^\s\"']{6,256})[\"']"
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # MySQL's password glued to its flag: "mysql -u report -pRep0rt#Tln88 analytics"
            "mysql_password",
            re.compile(
                r"(?m)\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]{0,200}?"
                r"\s(?:-p|--password=)[\"']?(?P<value>[^\s\"']{4,256})"
            ),
            0.85,
            "value",
        ),
        Rule(  # what a shell printed for "kubectl get secret … -o jsonpath='{.data.password}'"
            "printed_secret",
            re.compile(
                r"(?m)^[^\n]*\bkubectl\b[^\n]*\bget[ \t]+secrets?\b[^\n]*"
                r"\{\.data\.[\w.\-]*\}[^\n]*\n(?P<value>[^\s$#>]{6,512})[ \t]*$"
            ),
            0.9,
            "value",
        ),
        Rule(  # a Vault unseal share on the command line: "vault operator unseal 1R2GVl…="
            "vault_unseal",
            re.compile(
                r"\bvault[ \t]+operator[ \t]+unseal[ \t]+(?P<value>[A-Za-z0-9+/]{20,}={0,2})"
            ),
            0.9,
            "value",
        ),
        Rule(  # curl -u user:password, or -u token: (the token is the user, no password)
            "basic_auth_password",
            re.compile(r"(?:\s-u|--user)[ =][\"']?[^\s:\"']+:(?P<value>[^\s\"']{4,256})"),
            0.9,
            "value",
        ),
        Rule(
            "basic_auth_token",
            re.compile(r"(?:\s-u|--user)[ =][\"']?(?P<value>[^\s:\"']{12,256}):[\"'\s]"),
            0.85,
            "value",
        ),
    )
