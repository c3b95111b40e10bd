"""Personal accounts: who logged in, pushed, commented or triggered a job, by user name.

Logs and developer tools name people by their accounts ("Accepted publickey for kmurugesan",
"amaka-obi commented on src/notify.py", "Triggered by hiroshi-tanaka"). A shared system or
role account ("ledger_app", "svc_billing", "dependabot") is nobody's.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.names import COMMON_ZIPF
from aiproxy.privacy.recognizers.vocabulary import SYSTEM_ACCOUNTS

#: Who logged in, in auth logs and account fields: "Accepted publickey for kmurugesan",
#: "session opened for user kmurugesan(uid=1042)", "sudo: kmurugesan :", "username = kmorioka".
_LOGIN = re.compile(
    r"(?i:\b(?:(?:(?:accepted|failed)[ \t]+\w+[ \t]+)?for(?:[ \t]+invalid)?[ \t]+user"
    r"|(?:accepted|failed)[ \t]+\w+[ \t]+for|sudo:|logged[ \t]+in[ \t]+as)[ \t]+)"
    r"(?P<name>[a-z][a-z0-9._]{2,31})(?![\w@.\-])"
    # a field holds the account and nothing else: "user: what are…" is a chat turn
    r"|(?i:\b(?:user(?:name)?|login)[ \t]*[=:][ \t]*)(?P<field>[a-z][a-z0-9._]{2,31})"
    r"(?=[ \t]*(?:$|[,;&)(]))"
    # quoted, in a log line or a JSON log: "user 'fkamara' authenticated",
    # "user":"ville.heikkinen"; a registry login: "docker login … -u ngozi.adeyemi"
    r"|(?i:\buser(?:name)?[\"']?(?:[ \t]+|[ \t]*:[ \t]*))[\"']"
    r"(?P<quoted>[a-z][a-z0-9._\-]{2,31})[\"']"
    r"|(?i:\blogin\b[^\n]{0,120}?[ \t](?:-u|--username)[ \t=])[\"']?"
    r"(?P<flag>[a-z][a-z0-9._\-]{2,31})(?![\w@])"
    # "a sandbox login — username faith.ml, …"; an inventory's "ansible_user=feodora"
    r"|(?i:\busername)[ \t]+(?P<spaced>[a-z][a-z0-9._]{2,31})(?=[ \t]*(?:$|[,;)]))"
    r"|\b(?:ansible_(?:ssh_)?user|remote_user|ssh_user)[ \t]*[=:][ \t]*"
    r"(?P<inventory>[a-z][a-z0-9._\-]{2,31})(?![\w@])"
    # a dump's author: "-- Dumped by kmarchetti on 2025-02-17" (not "by pg_dump version")
    r"|(?i:\b(?:dumped|exported)[ \t]+by)[ \t]+(?P<dumper>[a-z][a-z0-9._\-]{2,31})(?=[ \t]+on\b)"
    # a dotted login signing a line off: "… (do not commit!!) — ines.carvalho"
    r"|[\u2014\u2013][ \t]+(?P<signoff>[a-z]+[._][a-z]+)[ \t]*$"
    # a public key's comment: "ssh-ed25519 AAAAC3… sani@thinkpad-lab"
    r"|\bssh-(?:ed25519|rsa|dss|ecdsa-[\w\-]+)[ \t]+[A-Za-z0-9+/=]{40,}[ \t]+"
    r"(?P<key_owner>[a-z][a-z0-9._\-]{1,31})@"
    # a directory's account ("sAMAccountName: fvdlinde"), a CLI's author filter ("gh pr list
    # --author ksenia-volkova"), a merge commit's fork ("Merge pull request #412 from tmokoena/…")
    r"|(?i:\b(?:samaccountname|uid)[ \t]*[=:][ \t]*)(?P<directory>[a-z][a-z0-9._\-]{2,31})(?![\w@])"
    r"|--author[ \t=][\"']?(?P<author_flag>[a-z][a-z0-9._\-]{2,38})(?![\w@])"
    r"|\bMerge[ \t]+pull[ \t]+request[ \t]+#\d+[ \t]+from[ \t]+(?P<fork>[a-z][a-z0-9\-]{2,38})/"
    # a shell prompt's user: "gaurav@bastion-01:~$ history"
    r"|^(?P<prompt>[a-z][a-z0-9._\-]{1,31})@[\w.\-]{1,63}:[~/][^\n$#]{0,80}[$#]"
    # a git author's handle before their address: "Author: dmitri-k <dmitri.kuznetsov@…>"
    r"|^(?:Author|Commit|Co-authored-by|Signed-off-by):[ \t]+"
    r"(?P<git_author>[a-z][a-z0-9._\-]{2,38})"
    r"[ \t]+<(?P<local>[^@\s>]+)@",
    re.MULTILINE,
)
#: Accounts named for what they do: "ledger_app", "etl.reader", "svc_billing".
_ROLE_ACCOUNT = re.compile(
    r"(?:^|[._\-])(?:app|svc|bot|service|api|etl|reader|writer|ro|rw|admin|readonly|replica"
    r"|backup|deploy|ci|cd|sync|cron|job|jobs|worker|agent|system|sys|crm|erp|team|ops|build"
    r"|runner|release|monitor|monitoring|integration|user|qa|test|staging|prod|demo"
    # a team's or a tool's handle: "@sre-oncall", "@pagerduty-payments"
    r"|oncall|alerts?|squad|pagerduty|opsgenie|slack|sre|devops|captains|crew|channel|here"
    r"|everyone|admins|leads|owners)(?:$|[._\-])"
)

_BOT = re.compile(r"bot$|\[bot\]|^github|^gitlab|^ci$|actions$|^renovate|^snyk")


#: A mention of a person's handle in a log, a thread or a runbook: "revoked by @mchoudhury.",
#: "owner @hyunwoo"; not an e-mail's "@", an npm scope ("@types/node") or a decorator (at a
#: line's start, or called: "@app.route(").
_MENTION = re.compile(r"(?<=[ \t(,])@(?P<name>[a-z][a-z0-9._\-]{2,31})(?![\w@/(]|\.[a-z]{2,}\b)")


def mentioned_accounts(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Handles mentioned with "@"; teams, bots and English words ("@here", "@oncall") are
    nobody's."""
    spans = []
    for mention in _MENTION.finditer(text):
        name = mention.group("name").rstrip(".-")
        if name in SYSTEM_ACCOUNTS or _ROLE_ACCOUNT.search(name) or _BOT.search(name):
            continue
        words = re.findall(r"[a-z]+", name)
        if all(lexicon.zipf(w) >= COMMON_ZIPF for w in words):
            continue
        spans.append((mention.start("name"), mention.start("name") + len(name)))
    return spans


def _shares_a_part(handle: str, local: str) -> bool:
    """ "dmitri-k" and "dmitri.kuznetsov": a part of four letters or more in both."""
    return any(len(part) >= 4 and part in local.lower() for part in re.split(r"[._\-]", handle))


def login_names(text: str) -> list[tuple[int, int]]:
    """Personal account names in logs and account fields; shared system accounts are not."""
    spans = []
    for login in _LOGIN.finditer(text):
        group = next(g for g, value in login.groupdict().items() if value)
        name = login.group(group)
        if group == "git_author" and not _shares_a_part(name, login.group("local")):
            continue  # "Author: ci-runner <noreply@…>"
        if name not in SYSTEM_ACCOUNTS and not _ROLE_ACCOUNT.search(name) and not _BOT.search(name):
            spans.append(login.span(group))
    return spans


#: An account name: lower case, up to four parts joined by ".", "_" or "-".
_HANDLE = r"[a-z][a-z0-9]*(?:[._\-][a-z0-9]+){0,3}"
#: An account acting in a review thread, a CI log or a VPN or web log: "amaka-obi commented
#: on …", "Triggered by hiroshi-tanaka.", "annotated by lwanjiku", "note from leila.ahmadi:",
#: "my username is lucy_ferraro", "owner = \"catalina.rojas\"", "nadia.k/102.89.34.17:51422",
#: "cert CN=nadia.k", "92.67.140.215 - joost \"POST /login", "/home/siaosi.tuilagi/".
_ACTOR = re.compile(
    rf"(?m:^[ \t]*(?P<actor>{_HANDLE})[ \t]+(?:commented|replied"
    r"|approved|reviewed|requested\s+changes|opened|merged|pushed|closed|reopened|wrote)\b)"
    r"|(?:(?i:\b(?:triggered|started|initiated|requested|deployed|annotated|pushed|reported"
    r"|pasted|committed|reviewed|approved|rotated|added|written|created|opened|merged|assigned"
    r"|deploy|build|run|job|release"
    r"|edited|noted|sent|signed|entered|uploaded|updated|modified|submitted|filed|recorded"
    r"|escalated|resolved)(?:[ \t]+[^\s()]+){0,3}?[ \t]+by"
    r"|\bmy\s+(?:user\s*name|login|handle)\s+is)[ \t]+"
    r"|(?i:\b(?:owner|assignee|author|created_by|username|user_name|login)[\"']?[ \t]*[=:][ \t]*)"
    r"(?:[\"']|(?=[a-z][a-z0-9]*\.[a-z]))|\bCN=|\d{1,3}(?:\.\d{1,3}){3}[ \t]+-[ \t]+"
    r"|(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}[ \t]+-[ \t]+"  # an IPv6 client's log line
    r"|(?<![\w.])/(?:home|Users)/)"  # a home directory: "/home/siaosi.tuilagi/"
    rf"(?P<account>{_HANDLE})(?![\w@\-])"
    # a mention of a handle with parts: "pinged @kwame.mensah" (not "@babel/core", not mail)
    r"|(?<![\w.@])@(?P<mention>[a-z][a-z0-9]*[._][a-z0-9]+)(?![\w@\-/.(])"
    # a note's sender, when a handle with parts ("Note from onboarding:" is a team)
    r"|(?i:\b(?:note|message|reply|ping|dm)[ \t]+from[ \t]+)"
    r"(?P<sender>[a-z][a-z0-9]*(?:[._][a-z0-9]+){1,3})(?![\w@\-])"
    # a note's author in brackets: "Agent note (rkapoor):", "Internal note (kwame.asante)";
    # a TODO's owner at its line's end: "# TODO: move to vault (wmensah)"
    r"|(?i:\b(?:note|notes|comment|remark))[ \t]*\("
    r"(?P<noted>[A-Za-z][a-z0-9]*(?:[._\-][a-z0-9]+){0,3})\)"
    rf"|(?i:\b(?:TODO|FIXME)\b)[^\n]*\((?P<todo>{_HANDLE})\)(?=[ \t]*(?:\n|$))"
    # a URL's user with a first and a last name, or curl's, before a password:
    # "https://ifeoluwa-adeleke:glpat-…@gitlab.com", "curl -u olumide:Hb7!…" (a URL's one
    # word is a database's or an app's: "postgresql://ledger:…@ledger-db")
    r"|://(?P<url_user>[a-z]{2,}[._\-][a-z]{2,}):(?=[^\s@/]{4,}@)"
    rf"|\s-u[ \t]+(?P<curl_user>{_HANDLE}):(?=[^\s@/]{{4,}}\s)"
    # a dotted account after "by" ("DEBUG enabled by renata.okafor", "posted … by
    # kelsey.marr:"), and a login before its password ("login: kmurphy / Lendly$Migr8")
    r"|\bby[ \t]+(?P<by>[a-z][a-z0-9]*\.[a-z]{4,})(?![\w@.\-])"
    rf"|[:\uff1a][ \t]*(?P<pair_user>{_HANDLE})[ \t]+/[ \t]+(?=\S)"
    # whom a security alert is for: "Impossible travel for farah.siddiqui:"
    r"|\bfor[ \t]+(?P<alerted>[a-z][a-z0-9]*\.[a-z][a-z0-9]*)(?=:|\s+(?:from|at|on)\b)"
    # ssh and scp to a machine by address: "scp report.csv siaosi.tuilagi@203.0.113.90:"
    rf"|(?<![\w.\-])(?P<ssh>{_HANDLE})@(?=\d{{1,3}}(?:\.\d{{1,3}}){{3}}(?:[:\s]|$))"
    # a VPN's "user/address": "nadia.k/102.89.34.17:51422", "bjorn.ek/2a00:801:…"
    rf"|(?<![\w./\-])(?P<vpn>{_HANDLE})/"
    r"(?=\d{1,3}(?:\.\d{1,3}){3}:\d|[0-9a-f]{1,4}:[0-9a-f]{0,4}:)"
)


_ACTOR_GROUPS = (
    *("actor", "account", "sender", "vpn", "mention", "ssh", "noted", "todo", "url_user"),
    *("curl_user", "alerted", "by", "pair_user"),
)


def actor_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Accounts acting in review threads and CI logs with a part rare in English and none an
    English word, so "amaka-obi" and "lucy_ferraro" count and "release-manager" does not."""
    spans = []
    for actor in _ACTOR.finditer(text):
        group = next(g for g in _ACTOR_GROUPS if actor.group(g))
        name = actor.group(group)
        if name in SYSTEM_ACCOUNTS or _ROLE_ACCOUNT.search(name) or _BOT.search(name):
            continue
        if sum(c.isalpha() for c in name) < 3:
            continue  # "(v2)", "(a1)"
        parts = [p for p in re.split(r"[._\-]", name) if not p.isdigit()]
        words = [p for p in parts if len(p) > 1]
        rare = any(lexicon.zipf(p) < COMMON_ZIPF for p in words)
        if rare and not any(lexicon.is_english_word(p) for p in words):
            spans.append(actor.span(group))
    return spans
