"""SECRET: vendor API keys and tokens recognisable by their fixed prefixes and alphabets."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule
from aiproxy.privacy.recognizers.placeholders import is_placeholder

_END = r"(?![A-Za-z0-9_\-])"
_START = r"(?<![A-Za-z0-9_\-])"


def _random_tail(match: re.Match[str], text: str) -> bool:
    """Capitals, lower case and at least three digits: generated, not a snake_case name."""
    tail = match.group("tail")
    digits = sum(c.isdigit() for c in tail)
    return digits >= 3 and any(c.isupper() for c in tail) and any(c.islower() for c in tail)


def _rule(name: str, body: str, score: float = 0.95) -> Rule:
    return Rule(name, re.compile(_START + body + _END), score)


class ApiKeyRecognizer(RegexRecognizer):
    """Keys whose format is published by the vendor; a prefix match is close to certain."""

    ENTITY = "SECRET"
    RULES = (
        _rule("aws_access_key_id", r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}"),
        Rule(  # the secret pasted right after its key id: "AKIA… / J6xUXets…"
            "aws_pair",
            re.compile(
                r"\b(?:AKIA|ASIA)[0-9A-Z]{16}[ \t]*[/:,|][ \t]*(?P<value>[A-Za-z0-9/+=]{40})" + _END
            ),
            0.9,
            "value",
        ),
        _rule("age_secret_key", r"AGE-SECRET-KEY-1[0-9A-Z]{58}"),
        _rule("github_token", r"gh[pousr]_[A-Za-z0-9]{36,255}"),
        _rule("github_fine_grained", r"github_pat_[A-Za-z0-9_]{22,255}"),
        _rule("gitlab_token", r"glpat-[A-Za-z0-9_\-]{20,64}"),
        _rule("slack_token", r"xox[abposre]-[A-Za-z0-9\-]{10,250}"),
        # written without its scheme too: "hooks.slack.com/services/T02X…/B07…/vK8m…"
        _rule("slack_webhook", r"(?:https://)?hooks\.slack\.com/services/[A-Za-z0-9/]{20,120}"),
        _rule("stripe_live", r"(?:sk|rk)_live_[A-Za-z0-9]{10,247}"),
        _rule("stripe_test", r"(?:sk|rk)_test_[A-Za-z0-9]{10,247}", 0.85),
        _rule("anthropic", r"sk-ant-[A-Za-z0-9_\-]{20,200}"),
        _rule("openai", r"sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,200}"),
        _rule("google_api_key", r"AIza[0-9A-Za-z_\-]{35}"),
        _rule("npm_token", r"npm_[A-Za-z0-9]{36}"),
        _rule("sendgrid", r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"),
        _rule("twilio_sid_key", r"SK[0-9a-f]{32}", 0.7),
        _rule("huggingface", r"hf_[A-Za-z0-9]{34,40}"),
        _rule("pypi_token", r"pypi-AgE[A-Za-z0-9_\-]{40,}"),
        _rule("postman_key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
        _rule(
            "discord_bot_token",
            r"[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}",
            0.85,
        ),
        _rule("shopify_token", r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"),
        _rule("digitalocean_token", r"do[por]_v1_[a-f0-9]{64}"),
        _rule("databricks_token", r"dapi[a-f0-9]{32}"),
        _rule("mailgun_key", r"key-[0-9a-f]{32}", 0.85),
        _rule("mailchimp_key", r"[0-9a-f]{32}-us\d{1,2}"),
        # Stripe's webhook secret, or another vendor's built the same way: "pel_whsec_R4kZ…"
        _rule("webhook_secret", r"(?:[a-z]{2,8}_)?whsec_[A-Za-z0-9]{20,100}"),
        _rule("terraform_cloud_token", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-]{40,100}"),
        Rule(  # an auth token next to its account SID: twilio('AC3f9e…', '9c4e7b…')
            "twilio_auth_token",
            re.compile(r"AC[0-9a-f]{32}[\"']?\s*,\s*[\"']?(?P<value>[0-9a-f]{32})" + _END),
            0.9,
            "value",
        ),
        _rule(
            "teams_webhook",
            r"https://[\w\-]+\.webhook\.office\.com/webhookb2/[\w\-@]+/IncomingWebhook/[\w\-/]+",
        ),
        _rule("zapier_webhook", r"https://hooks\.zapier\.com/hooks/catch/\d+/[A-Za-z0-9]+/?"),
        _rule("telegram_bot_token", r"\d{8,10}:AA[A-Za-z0-9_\-]{33}"),
        _rule("docker_pat", r"dckr_pat_[A-Za-z0-9_\-]{20,64}"),
        _rule("vault_token", r"hv[sbr]\.[A-Za-z0-9_\-]{24,255}"),
        _rule("firebase_server_key", r"AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{60,200}"),
        _rule("azure_client_secret", r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}", 0.9),
        _rule(
            "discord_webhook",
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{6,20}/[\w\-]{40,100}",
        ),
        # Any vendor's live or secret key: "ak_live_Hn7L…", "acme_sk_…". Not "pk_live_…": a
        # publishable key is public by design (it ships in web pages); sent as a token, the
        # credential rules still find it by its key name.
        _rule(
            "generic_live_key",
            r"(?!pk_)[a-z]{2,8}_(?:live|prod|secret|sk)_[A-Za-z0-9]{16,200}",
            0.85,
        ),
        # A short vendor prefix and a long random tail: "cfut_9xK2mQ7v…" (Cloudflare), "hs256_…",
        # the shape most new vendors pick. Only a tail with capitals, lower case and digits counts.
        Rule(
            "prefixed_token",
            re.compile(_START + r"[a-z][a-z0-9]{1,7}_(?P<tail>[A-Za-z0-9]{32,200})" + _END),
            0.8,
            accept=_random_tail,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        """ "sk_test_REPLACE_ME" is a template's blank, not a key; so is AWS's documented
        AKIAIOSFODNN7EXAMPLE. A pair's value is judged on its own: the documented secret key
        follows the documented key id."""
        value = match.groupdict().get("value") or match.group()
        return None if is_placeholder(value) else rule.score

    def prefilter(self, text: str) -> bool:
        return len(text) >= 20
