"""SECRET: passwords and keys given by context: URL userinfo, config assignments, headers.

Passwords told in prose ("the password is …") live in password_prose.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule
from aiproxy.privacy.recognizers.placeholders import is_placeholder
from aiproxy.privacy.recognizers.secret_values import (
    IDENTIFIER,
    assigned,
    aws_secret,
    community,
    generated,
    mixed_value,
    plausible_define,
    plausible_secret,
    session,
    spaced,
    value_of,
)

_KEY_NAMES = (
    r"password|passwd|passphrase|passcode|pwd|pass|db_pass(?:word)?|secret|client_secret|app_secret"
    r"|secret_key|secret_access_key|aws_secret_access_key|api[_\-]?key|apikey|access_?key"
    r"|access_?token|auth_?token|refresh_?token|bearer_?token|token|private_?key|credentials?"
    r"|account_?key|shared_?access_?key|signing_?key|hmac(?:_?key|_?secret)?|app_?key"
    r"|application_?key|encrypt(?:ion)?_?key|encrypt"  # Consul's gossip key: encrypt = "pUqJ…="
    r"|routing_?key|integration_?key"  # PagerDuty's: whoever holds it pages the on-call
    r"|unseal_?key"  # Vault's: enough of them open the whole vault
)

#: Key names that say the value is meant to be public: "STRIPE_PUBLISHABLE_KEY", and search-only
#: keys that ship in web pages ("ALGOLIA_SEARCH_KEY").
_PUBLIC_KEY = re.compile(r"(?i)publishable|public|search[_\-]?(?:only[_\-]?)?(?:api[_\-]?)?key")
#: Session cookies by name: "connect.sid", "JSESSIONID", "pg_session", "csrftoken", "PHPSESSID".
_SESSION_NAMES = (
    r"connect\.sid|sid|jsessionid|phpsessid|[\w\-]*session(?:[_\-.]?id)?"
    r"|[\w\-]*[cx]srf(?:[_\-]?token)?|[\w\-]*sessid"
)


#: A camelCase name closing a call or a literal: "Password: twilioAuthToken})".
_NAME_IN_CODE = re.compile(IDENTIFIER + r"[)}\]]+[,;]?")


class CredentialRecognizer(RegexRecognizer):
    """Flags the secret value itself so the surrounding config stays readable to the model."""

    ENTITY = "SECRET"
    RULES: ClassVar[Sequence[Rule]] = (
        Rule(
            "url_userinfo",
            re.compile(
                r"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,30}://[^\s:/@\"'<>]{0,128}:"
                r"(?P<value>[^\s@/\"'<>]{1,256})@[A-Za-z0-9\[]"
            ),
            0.95,
            "value",
        ),
        Rule(  # a token as the whole userinfo: "https://ghp_…@github.com/…", a Sentry DSN key
            "url_token",
            re.compile(
                r"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,30}://(?P<value>[A-Za-z0-9_\-]{20,256})@[A-Za-z0-9]"
            ),
            0.9,
            "value",
            accept=mixed_value,
        ),
        Rule(
            "assignment",
            re.compile(
                # a key starts where a token does, never after "_", "." or "x-": starting
                # inside "A_B_C_…" at every part made this rule quadratic in the text
                # ".npmrc": "//registry.npmjs.org/:_authToken=npm_…" (one leading "_")
                rf"(?i)(?<![A-Za-z0-9_.])(?<![A-Za-z0-9]-)[\"']?(?P<key>_?(?:[A-Za-z0-9]+[_.\-]"
                rf"|(?-i:[A-Z]?[a-z][a-z0-9]*(?=[A-Z]))|(?-i:[A-Z]{{2,8}}(?=PASS|SECRET|TOKEN)))*"
                # numbered keys too: "vault_unseal_key_1=…", "token2="
                rf"(?:{_KEY_NAMES})(?:[_\-]?\d{{1,2}})?"
                # or a camelCase key that opens with the word: "PasswordLlavePrivada"
                r"|(?-i:(?:Password|Passwort|Secret|Token)(?:[A-Z][a-z]+){1,3}))[\"']?"
                # a typed constant: "pub const TOKEN: &str = …", "const KEY: string = …"
                r"\s*(?::[ \t]*&?(?:'static[ \t]+)?(?:str|String|string|\[u8\])[ \t]*=|:=|=>|[:=])"
                # on the key's line, or indented under it as YAML allows ("password:\n  Hk7…");
                # not the next line's start: "password: \nLast login: …" gave "Last"
                r"(?:[ \t]*\n[ \t]+)?[ \t]*(?:\[\]byte\(|Buffer\.from\(|b(?=[\"']))?(?P<q>[\"'`]?)"
                # "${GH_TOKEN:?missing}" is the shell's error message, not a value
                r"(?P<value>(?!\?)[^\s\"'`,;}{)(\]\[]{4,512})(?P=q)"
            ),
            0.85,
            "value",
            accept=assigned,
        ),
        Rule(  # a settings table's row, key then value: "('smtp_pass', 'B0ttega!Napoli#24')"
            "key_value_row",
            re.compile(
                rf"(?i)\(\s*['\"](?P<key>[\w.\-]*(?:{_KEY_NAMES})[\w.\-]*)['\"]\s*,\s*"
                r"['\"](?P<value>[^'\"\s]{4,256})['\"]\s*\)"
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # PHP's define( 'DB_PASSWORD', '…' ) and WordPress salts: define( 'AUTH_KEY', '…' )
            "php_define",
            re.compile(
                r"\bdefine\(\s*['\"](?P<key>[A-Z_]*(?:PASSWORD|PASS|KEY|SALT|SECRET|TOKEN)[A-Z_]*)"
                r"['\"]\s*,\s*(?P<q>['\"])(?P<value>(?:(?!(?P=q)\s*\)).){4,256})(?P=q)\s*\)"
            ),
            0.9,
            "value",
            accept=plausible_define,
        ),
        Rule(  # JSON inside a JSON string, as HAR files keep request bodies: \"password\":\"…\"
            "escaped_json",
            re.compile(
                r"\\\"(?P<key>password|passwd|secret|client_secret|token|access_token|api_?key)"
                r"\\\"\s*:\s*\\\"(?P<value>[^\"\\]{4,256})\\\""
            ),
            0.9,
            "value",
        ),
        Rule(  # an app password's four groups: 'password: "wvxq ptle hzro mkfa"'
            "app_password",
            re.compile(
                r"(?i)(?:password|passwd|pass|app[_ \-]?password)[\"']?\s*[:=]?\s*[\"'`]?"
                r"(?P<value>(?-i:[a-z]{4}(?: [a-z]{4}){3}))\b"
            ),
            0.85,
            "value",
        ),
        Rule(  # Go's MySQL DSN: "sync:M7v!qR2z#Kp4@tcp(mysql.internal:3306)/shipments"
            "go_dsn",
            re.compile(r"[\"'`][\w.\-]{1,64}:(?P<value>[^\s@\"'`/]{4,128})@(?:tcp|unix)\("),
            0.9,
            "value",
        ),
        Rule(  # a registry's stored login, as in ~/.docker/config.json: "auth": "Z2l0…"
            "quoted_auth",
            re.compile(r"[\"']auth[\"']\s*:\s*[\"'](?P<value>[A-Za-z0-9+/=]{16,4096})[\"']"),
            0.9,
            "value",
        ),
        Rule(  # .netrc and similar: "password HRKU-7c1f…" on a line of its own
            "netrc",
            re.compile(r"(?im)^[ \t]*(?:password|passwd)[ \t]+(?P<value>[^\s]{4,256})[ \t]*$"),
            0.85,
            "value",
        ),
        Rule(  # "Authorization: Basic c3Zj…", "X-Upstream-Auth: Bearer …", "Token abc…"
            "authorization_header",
            re.compile(
                # from the literal "auth" on ("Authorization", "X-Upstream-Auth"): the name's
                # start is not needed, and a literal first is far cheaper to search for
                r"(?i)auth[\w\-]{0,30}?[\"']?\s*[:=]\s*[\"']?(?:basic|bearer|token|apikey|digest)\s+"
                r"(?P<value>[A-Za-z0-9+/=._~\-]{8,4096})"
            ),
            0.9,
            "value",
        ),
        Rule(  # session ids, in a Cookie header or not: "pg_session=s%3A7Hq…", "JSESSIONID=8F3A…"
            "session_id",
            re.compile(rf"(?i)(?<![\w.\-])(?:{_SESSION_NAMES})=(?P<value>[^;\s\"',&]{{16,4096}})"),
            0.85,
            "value",
            accept=session,
        ),
        Rule(  # a key and its value separated by blanks: "aws configure set
            # aws_secret_access_key p7Lw…", "--password Hq7…", "set-token x9Q…" (mixed only)
            "spaced",
            re.compile(
                rf"(?i)(?<![\w.\-])(?P<key>--?(?:[a-z0-9]+[_\-])*(?:{_KEY_NAMES})"
                rf"|(?:[a-z0-9]+[_\-])+(?:{_KEY_NAMES}))[ \t]+[\"']?"
                r"(?P<value>[^\s\"'`,;=]{8,512}={0,2})(?![^\s\"'`,;])"  # not "attempt=3"
            ),
            0.85,
            "value",
            accept=spaced,
        ),
        Rule(  # an Azure SAS URL's signature: "…&sp=r&sig=Jk8mN2pQ%2Fr4t…%3D"
            "sas_signature",
            re.compile(r"[?&]sig=(?P<value>[A-Za-z0-9%+/=]{24,256})(?=[&\"'\s]|$)"),
            0.9,
            "value",
            accept=mixed_value,
        ),
        Rule(  # name and value as separate JSON fields, as Postman and HAR files keep them:
            # { "key": "clientSecret", "value": "Zr8q…" }, { "name": "X-Api-Key", "value": … }
            "json_pair",
            re.compile(
                rf"(?i)\"(?:key|name)\"\s*:\s*\"(?P<key>[\w.\-]{{0,40}}(?:{_KEY_NAMES}))\"\s*,"
                r"\s*\"value\"\s*:\s*\"(?P<value>[^\"\s]{4,4096})\""
            ),
            0.9,
            "value",
        ),
        Rule(  # a cookie as a HAR file or a browser export keeps it: {"name":"sid","value":"s%3A…"}
            "json_cookie",
            re.compile(
                rf"(?i)\"name\"\s*:\s*\"(?:{_SESSION_NAMES})\"\s*,"
                r"\s*\"value\"\s*:\s*\"(?P<value>[^\"\s]{16,4096})\""
            ),
            0.85,
            "value",
            accept=session,
        ),
        Rule(  # an environment key by its name: "STRIPE_KEY: c2tfbGl2ZV8…" (random-looking only)
            "env_key",
            re.compile(
                r"(?<![A-Za-z0-9_])(?P<key>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_KEY)[\"']?\s*[:=]\s*[\"']?"
                r"(?P<value>[A-Za-z0-9+/=_\-]{16,512})"
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # an SNMP community is a password: 'community string "orca-RO-2019"'
            "snmp_community",
            re.compile(
                r"(?i)\b(?:snmp[\w\- ]{0,20}?community|community(?=[ _\-]?string))"
                r"(?:[ _\-]?strings?)?[\"']?"
                r"(?:\s*[:=]\s*|\s+(?:is\s+)?)[\"'`]?(?P<value>[^\s\"'`,;]{4,64})"
            ),
            0.85,
            "value",
            accept=community,
        ),
        Rule(  # a default account's login written as a pair: "admin / cisco123!Orca"
            "login_pair",
            re.compile(
                r"(?i)\b(?:admin|administrator|root|sa|ubnt|pi|guest|operator)[ \t]*"
                r"(?:/|\\|:)[ \t]*(?P<value>[^\s\"'`,;/]{6,64})"
            ),
            0.8,
            "value",
            accept=generated,
        ),
        Rule(  # Twilio's auth token passed bare: Client(os.environ["TWILIO_ACCOUNT_SID"], "9f4c…")
            "twilio_token_in_context",
            re.compile(r"(?i)twilio[^\n]{0,80}?[\"'](?P<value>[0-9a-f]{32})[\"']"),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(
            "aws_secret_in_context",
            re.compile(r"(?<![A-Za-z0-9/+=])(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"),
            0.9,
            "value",
            accept=aws_secret,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        """Every rule's value must look like a secret, not a placeholder or a template."""
        value = value_of(match)
        if not plausible_secret(value) or is_placeholder(value) or value.endswith("("):
            return None  # "token = req.get(": a call, whose result is not written here
        if _NAME_IN_CODE.fullmatch(value):
            return None  # "Password: twilioAuthToken})": a variable's name, in code
        if _PUBLIC_KEY.search(match.groupdict().get("key") or ""):
            return None  # "STRIPE_PUBLISHABLE_KEY=pk_live_…": public by design
        return rule.score
