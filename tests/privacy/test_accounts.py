"""Personal accounts in logs, review threads and CI; shared, role and bot accounts are nobody's."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.accounts import actor_names, login_names, mentioned_accounts
from aiproxy.privacy.recognizers.lexicon import Lexicon


def _actors(text: str, lexicon: Lexicon) -> list[str]:
    return [text[s:e] for s, e in actor_names(text, lexicon)]


def test_accounts_acting_in_reviews_and_ci_logs_are_people(lexicon: Lexicon) -> None:
    text = (
        "amaka-obi commented on src/notify.py line 44:\n"
        "chinedu replied: my bad, copied from local.\n"
        "Job succeeded in 2m 41s. Triggered by hiroshi-tanaka.\n"
        "hi, my username is lucy_ferraro and i tried resetting\n"
    )
    assert _actors(text, lexicon) == ["amaka-obi", "chinedu", "hiroshi-tanaka", "lucy_ferraro"]


def test_bots_and_accounts_made_of_english_words_are_not(lexicon: Lexicon) -> None:
    text = (
        "dependabot opened a pull request\n"
        "github-actions commented on the run\n"
        "release-manager approved these changes\n"
        "Triggered by schedule.\n"
        "svc_billing pushed 3 commits\n"
    )
    assert _actors(text, lexicon) == []


def test_accounts_named_by_who_did_what_and_in_vpn_and_web_logs(lexicon: Lexicon) -> None:
    text = (
        "# annotated by lwanjiku during audit SEC-1182\n"
        "pasted into HELP-5521 by ifeoluwa.adeleke (why?)\n"
        "# note from leila.ahmadi: the JWT above is mine\n"
        'tags = { owner = "catalina.rojas", costcenter = "CC-4410" }\n'
        "openvpn[3318]: nadia.k/102.89.34.17:51422 MULTI: Learn, cert CN=bjorn.ek\n"
        '92.67.140.215 - joost "POST /login HTTP/2.0" 302\n'
    )
    assert _actors(text, lexicon) == [
        "lwanjiku",
        "ifeoluwa.adeleke",
        "leila.ahmadi",
        "catalina.rojas",
        "nadia.k",
        "bjorn.ek",
        "joost",
    ]


def test_tools_teams_and_user_agents_are_not_accounts(lexicon: Lexicon) -> None:
    text = (
        "Note from onboarding: Ingrid starts Monday\n"
        "committed in a91f3e2 (found by gitleaks):\n"
        '"GET /users/me HTTP/1.1" 200 512 "-" "okhttp/4.12.0"\n'
    )
    assert _actors(text, lexicon) == []


def test_quoted_json_and_registry_logins_are_people() -> None:
    text = (
        "ocserv[2210]: main: 102.89.34.117:51522 user 'fkamara' authenticated\n"
        '{"event":"login.success","user":"ville.heikkinen","src_ip":"91.152.48.221"}\n'
        "docker login registry.gitlab.com -u ngozi.adeyemi -p glpat-J7kWq3xRt9Lm2VbN8cZ\n"
    )
    names = [text[s:e] for s, e in login_names(text)]
    assert names == ["fkamara", "ville.heikkinen", "ngozi.adeyemi"]


def test_service_and_ci_logins_are_nobodys() -> None:
    text = (
        'password authentication failed for user "crm_sync"\n'
        "docker login -u ci-bot -p 'dckr_pat_Q7vR2mX9tL4bN8wZ'\n"
        "docker login -u harbor-ci -p dckr_pat_2Xq8LmT4vZ9rK1pW7\n"
    )
    assert login_names(text) == []


def test_mentions_owners_and_data_entry_name_accounts(lexicon: Lexicon) -> None:
    text = (
        "Notify: pinged @kwame.mensah and @ana.folau in #releases\n"
        "// TODO: move to env before release (owner: w.kowalczyk)\n"
        "Data entered into Contact Creator by callum.m at 16:40.\n"
    )
    expected = ["kwame.mensah", "ana.folau", "w.kowalczyk", "callum.m"]
    assert _actors(text, lexicon) == expected


def test_packages_decorators_and_team_owners_are_no_mentions(lexicon: Lexicon) -> None:
    text = (
        "npm i @babel/core @types/node\n@pytest.mark.parametrize\n@app.route('/x')\n"
        "owner: team-platform-hydra\nmail bob@ana.folau.com\n"
    )
    assert _actors(text, lexicon) == []


def test_ssh_users_home_directories_and_ipv6_web_log_users_are_accounts(
    lexicon: Lexicon,
) -> None:
    text = (
        "  508  scp report.csv siaosi.tuilagi@203.0.113.90:/home/siaosi.tuilagi/\n"
        '2001:db8:3c4d:15::1a2f - wanjiku.kamau [30/Oct/2025:08:15:41 +0000] "GET /x"\n'
        "ssh deploy@198.51.100.203 && cd /home/ubuntu\n"
    )
    assert _actors(text, lexicon) == ["siaosi.tuilagi", "siaosi.tuilagi", "wanjiku.kamau"]


def test_noted_todo_url_curl_and_alerted_accounts(lexicon: Lexicon) -> None:
    text = (
        "Agent note (rkapoor): refunded duplicate\n"
        "# TODO: move to vault before merging PR #482 (wmensah)\n"
        "https://ifeoluwa-adeleke:glpat-Vm3Rk8Xq2Tz7Lw9Nb4Cy@gitlab.com\n"
        "  508  curl -u olumide:Hb7!kPz2Wq https://nexus.internal\n"
        "- 13:02 deploy c0ffee42b7 by omar.farouk\n"
        "Impossible travel for farah.siddiqui: login from 39.44.187.12\n"
    )
    expected = [
        "rkapoor", "wmensah", "ifeoluwa-adeleke", "olumide", "omar.farouk", "farah.siddiqui",
    ]  # fmt: skip
    assert _actors(text, lexicon) == expected


def test_an_apps_database_user_and_a_versions_todo_are_nobodys(lexicon: Lexicon) -> None:
    text = (
        'DATABASE_URL: "postgresql://ledger:Lg8#pQ2vXz!m@ledger-db.prod:5432/ledger"\n'
        "mysql://qa_user:S7aging#Qa!2025@db-staging.internal:3306\n"
        "# TODO: bump version (v2)\n"
    )
    assert _actors(text, lexicon) == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("I'll send a sandbox login — username faith.ml, temporary password follows", "faith.ml"),
        ("db-01.kiln.lan ansible_host=192.168.40.21 ansible_user=feodora", "feodora"),
        ("-- Dumped by kmarchetti on 2025-02-17 03:00:01", "kmarchetti"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOTtGrZmn0vDhe3U2nwFzcd3on9Brll5R6 sani@lab", "sani"),
    ],
)
def test_usernames_inventories_dumps_and_key_comments_name_accounts(text: str, login: str) -> None:
    assert [text[s:e] for s, e in login_names(text)] == [login]


def test_a_dump_by_a_tool_names_no_account() -> None:
    assert login_names("-- Dumped by pg_dump version 15.4") == []


def test_a_dotted_login_signing_off_a_line_is_an_account() -> None:
    text = 'docker-compose.yml — local "prod-like" stack (do not commit!!) — ines.carvalho\n'
    assert [text[s:e] for s, e in login_names(text)] == ["ines.carvalho"]


def test_mentioned_handles_are_people_but_teams_tools_and_decorators_are_not(
    lexicon: Lexicon,
) -> None:
    text = (
        "That token was revoked by @mchoudhury.\n- 14:05 @hyunwoo acks; ping @sre-oncall and "
        "@pagerduty-payments\n@dataclass\nclass A: ...\nimport '@types/node'; write to a@b.io\n"
    )
    assert [text[s:e] for s, e in mentioned_accounts(text, lexicon)] == ["mchoudhury", "hyunwoo"]


def test_directory_accounts_author_filters_forks_and_git_authors_are_people() -> None:
    text = (
        "sAMAccountName: fvdlinde\n"
        "  504  gh pr list --author ksenia-volkova\n"
        "    Merge pull request #412 from tmokoena/feature/otp-login\n"
        "Author: dmitri-k <dmitri.kuznetsov@users.noreply.github.com>\n"
        "Author: ci-runner <noreply@github.com>\n"
    )
    assert sorted(text[s:e] for s, e in login_names(text)) == [
        "dmitri-k",
        "fvdlinde",
        "ksenia-volkova",
        "tmokoena",
    ]


def test_a_shell_prompts_user_is_a_person_and_a_service_accounts_is_not() -> None:
    text = "gaurav@bastion-01:~$ history | tail -n 22\nci-runner@build-7:/srv/app$ make\n"
    assert [text[s:e] for s, e in login_names(text)] == ["gaurav"]
