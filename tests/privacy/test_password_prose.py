"""Passwords told in prose, in English and other languages."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.password_prose import PasswordProseRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the staging db password is still Kh7#pQz2vLw9!e in the runbook", "Kh7#pQz2vLw9!e"),
        ("my password is Tr0ub4dor&3", "Tr0ub4dor&3"),
        ("Temporary password issued: Wiosna#2025-tmp! (change it)", "Wiosna#2025-tmp!"),
        ("office wifi pw  —  it is   Bl4ckr0ck!Gate7\n", "Bl4ckr0ck!Gate7"),
        ("Nywila ya wifi ya nyumbani ni Tumaini2024! ukifika.", "Tumaini2024!"),
        ("la contraseña nueva es Q7!vLm29pQe, cámbiala", "Q7!vLm29pQe"),
        ("회의실 도어락 비밀번호는 0415*야", "0415*"),
        ("reset done. temp password Kite-Mango-7731!, change it", "Kite-Mango-7731!"),
        ("client portal ka login: user ops_portal pass Neelam@2025#, deck", "Neelam@2025#"),
        ("Wachtwoord van de demo-laptop is nog steeds Tulp!2024beurs?", "Tulp!2024beurs?"),
        ("Het wachtwoord? Nee, gewijzigd naar Gracht#77vrij, zie IT-4410", "Gracht#77vrij"),
        ("管理员密码改成Lj@2025yun!pan了，别外传", "Lj@2025yun!pan"),
        ("Login wie gehabt: Benutzer svc_migr, Passwort Rz!Nord2025#Umzug", "Rz!Nord2025#Umzug"),
    ],
)
def test_a_password_told_in_a_sentence_is_a_secret(text: str, value: str) -> None:
    assert values(text, PasswordProseRecognizer()) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the password is incorrect, please try again",
        "Passwort vergessen? Klicken Sie auf den Link",
        "I changed it to the new layout yesterday",
        "temp password policy applies to contractors",
        "la contraseña es demasiado corta",
    ],
)
def test_talk_about_passwords_without_one_is_not_a_secret(text: str) -> None:
    assert values(text, PasswordProseRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Guest wifi password changed this morning, it's now Kr4n!chPark7", "Kr4n!chPark7"),
        ("Temporary password given verbally: Tmp#Vx-48213q (change it)", "Tmp#Vx-48213q"),
    ],
)
def test_a_password_changed_or_handed_over_is_a_secret(text: str, value: str) -> None:
    assert values(text, PasswordProseRecognizer()) == [value]


def test_it_is_now_without_a_password_nearby_is_no_secret() -> None:
    assert values("The build is green, it's now Deploy-Ready2025", PasswordProseRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Пароль до гугл-таблиці складу: lev3nya_sklad_2024", "lev3nya_sklad_2024"),
        ("رمز موقت پرتال حقوق که برای او فرستاده شد: Ar1an#7702pz", "Ar1an#7702pz"),
        ("Κωδικός πύλης ασθενούς (εστάλη με SMS): Q7kz-29Lm", "Q7kz-29Lm"),
        ("user alor_field3 / পাসওয়ার্ড Bhola@Field#2025", "Bhola@Field#2025"),
        ('red "MOVISTAR_8F2A", clave kT7bW2qX9pLmRv4z', "kT7bW2qX9pLmRv4z"),
        ("user guidance01 / pass Sampaguita!2024g — palitan", "Sampaguita!2024g"),
        ("Konto entsperrt, Initialpasswort Stg-Vpn!4471kx telefonisch", "Stg-Vpn!4471kx"),
    ],
)
def test_a_password_in_another_script_or_a_compound_is_a_secret(text: str, value: str) -> None:
    assert values(text, PasswordProseRecognizer()) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Пароль от почты: сменить до пятницы",  # no value, only what to do
        "palabra clave Marketing, sin número",
        "Initialpasswort muss geändert werden",
    ],
)
def test_password_words_before_words_are_not_secrets(text: str) -> None:
    assert values(text, PasswordProseRecognizer()) == []


def test_the_old_one_after_a_password_and_redeemable_codes_are_secrets() -> None:
    text = "reset the password; the old one, Milwaukee2024!, was visible in the audit log"
    assert values(text, PasswordProseRecognizer()) == ["Milwaukee2024!"]
    text = "also our discord nitro code is Nx7Q-K2vR-9TbW-pL4z dont share lol"
    assert values(text, PasswordProseRecognizer()) == ["Nx7Q-K2vR-9TbW-pL4z"]


def test_the_old_one_without_a_password_nearby_is_no_secret() -> None:
    assert (
        values(
            "we replaced the router; the old one, TP-Link2019, was slow", PasswordProseRecognizer()
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "can you rotate the grafana admin pw? currently it's Gr4f@na-Pr0d-2024! and",
            "Gr4f@na-Pr0d-2024!",
        ),
        ("my acc is on EU-West 3, login grimsby_lad / Scunthorpe1994 if u want", "Scunthorpe1994"),
        (
            "Testipalvelin 192.168.14.30, tunnukset testi / Kuusi6Kuusi! (vaihdetaan)",
            "Kuusi6Kuusi!",
        ),
        ("ERP 临时账号：huatuo_buyer / Ht@2024sz!（已提醒客户）", "Ht@2024sz!"),
        ("[10/04/2024 20:22] Karim: wifi f dar khalti: Maarif@2024 ila jiti", "Maarif@2024"),
        ("pinalitan ko na password ng Netflix natin: TitasOfManila2024! wag", "TitasOfManila2024!"),
        (
            "jeg kan ikke logge ind i Visma, koden er Rugbrød2024! men den virker ikke",
            "Rugbrød2024!",
        ),
        ("ikke del passord her 🙈 jeg resetter, midlertidig: Visma-Tmp-8841", "Visma-Tmp-8841"),
        (
            'console.log("admin login", "admin@mirae-shop.kr", "pw:", "MiraeAdm!n2024");',
            "MiraeAdm!n2024",
        ),
        ("김민준 : 회의실 와이파이 비번 GFC21f!guest 이래요", "GFC21f!guest"),
        (
            "[8:19 pm] Asha: wifi ka password kya hai?\n[8:20 pm] Rohit: ShantiKunj@2024 — SSID",
            "ShantiKunj@2024",
        ),
    ],
)
def test_passwords_in_pairs_replies_and_more_languages_are_secrets(text: str, value: str) -> None:
    assert value in values(text, PasswordProseRecognizer())


@pytest.mark.parametrize(
    "text",
    [
        "Agent: what's your account number?\nCustomer: AB-2291-X is on the letter",
        "wifi: available in the lobby and rooms 1-40",
        "release notes — currently it's v2.4.1 in prod",
    ],
)
def test_replies_and_wifi_notes_without_a_password_are_not_secrets(text: str) -> None:
    assert values(text, PasswordProseRecognizer()) == []


def test_the_old_and_new_one_after_a_reset_are_secrets_without_a_password_word() -> None:
    text = (
        "I reset it like you said but now it wants the old one too. The old one was "
        "Quillfield2023 and the new one I set is Bluebell-Meadow-48 (don't laugh)."
    )
    assert sorted(values(text, PasswordProseRecognizer())) == [
        "Bluebell-Meadow-48",
        "Quillfield2023",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "K: a hasło do panelu dalej to samo?\nA: zmienione w poniedziałek, teraz Pierogi2024!!",
            "Pierogi2024!!",
        ),
        ('oma Fatima – wachtwoord bij de deur is "regenboog" (door moeder)', "regenboog"),
        (
            "your steam login popped up on stream earlier, tiana_b / kittycat4ever!. change it",
            "kittycat4ever!",
        ),
        (
            'smtp.PlainAuth("", "joana.frade@sapo.pt", "Saudade#Lisboa77", smtpHost)',
            "Saudade#Lisboa77",
        ),
        ('client.login("ops@acme.io", "Hk7!q2Lm")', "Hk7!q2Lm"),
        ("Клиент сообщил кодовое слово: «бауырсақ1988».", "бауырсақ1988"),
    ],
)
def test_passwords_after_now_in_quotes_in_spaced_pairs_and_login_calls_are_secrets(
    text: str, value: str
) -> None:
    assert values(text, PasswordProseRecognizer()) == [value]


@pytest.mark.parametrize(
    "text",
    [
        'the error said the password is "incorrect" again',
        "we shipped it; now Version2024 is live",
        'auth("admin", "password")',
    ],
)
def test_states_in_quotes_and_placeholder_logins_are_not_secrets(text: str) -> None:
    assert values(text, PasswordProseRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("from when I enabled it, the secret was JVXANJCYQ3OIECKZX6SDBBPFNI63KHDX. Backup", None),
        ("Rotate the Loggly token `9b2e71c4-88af-4d10-b3e5-7f16c0a9d2e4` today.", None),
        ('đã đưa mật khẩu máy chủ staging ("SaoViet@Stg2024") lên nhóm Zalo', "SaoViet@Stg2024"),
        ("كلمة مرور نظام مسير المؤقتة له: Yasser@Taif1410", "Yasser@Taif1410"),
    ],
)
def test_seeds_backticked_tokens_and_bracketed_or_arabic_passwords_are_secrets(
    text: str, value: str | None
) -> None:
    found = values(text, PasswordProseRecognizer())
    assert found == [value] if value else len(found) == 1


def test_a_sample_key_in_backticks_is_no_secret() -> None:
    text = "The examples below use the public demo key `pw_test_4eC39HqLyjWDarjtT1zdp7dc` and"
    assert values(text, PasswordProseRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Elle m'a dicté son mot de passe de l'espace client pour que je vérifie la "
            "connexion : « Meuse1968! » — je lui ai conseillé de le changer.",
            "Meuse1968!",
        ),
        ("courriel x@y.ca, mot de passe temporaire Castor!2016", "Castor!2016"),
        (
            'fyi the guest Wi-Fi at the Manchester office is now "Ancoats-Guest-7731" and',
            "Ancoats-Guest-7731",
        ),
        (
            "# Test-Login für die Abnahme (bitte nach Go-Live löschen): elif.demirtas / "
            "Brezel-Sonntag-2024",
            "Brezel-Sonntag-2024",
        ),
        (
            "[9:48 PM] Rohit: WiFi ka password bhi change hua kya?\n"
            '[9:50 PM] Ramesh: Haan ab "GurgaonRent2024" hai.',
            "GurgaonRent2024",
        ),
    ],
)
def test_passwords_quoted_in_french_wifi_news_and_chat_replies_are_secrets(
    text: str, value: str
) -> None:
    assert values(text, PasswordProseRecognizer()) == [value]


def test_a_quoted_user_agent_after_a_reset_link_is_no_reply() -> None:
    text = (
        '1.2.3.4 - - [04/Nov/2024:10:00:00 +0000] "GET /reset-password?token=x HTTP/1.1" 200\n'
        '1.2.3.4 - - [04/Nov/2024:10:00:01 +0000] "GET /healthz HTTP/1.1" 200 "kube-probe/1.31"'
    )
    assert values(text, PasswordProseRecognizer()) == []


def test_a_pass_for_a_system_and_a_russian_password_after_quotes_are_secrets() -> None:
    text = 'echo "mysql pass for staging is stag1ng_Maple!88" >> notes.txt'
    assert values(text, PasswordProseRecognizer()) == ["stag1ng_Maple!88"]
    text = "Пишет «неверный пароль», хотя я ввожу правильный: Kuzya_2017! (знаю)"
    assert values(text, PasswordProseRecognizer()) == ["Kuzya_2017!"]
    assert values("my pass for the gym is expired", PasswordProseRecognizer()) == []


def test_a_quoted_reply_to_a_password_question_is_a_secret_even_without_symbols() -> None:
    text = 'AGENT: Can you confirm the password on the account?\nCUSTOMER: It\'s "marigold1981"'
    assert "marigold1981" in values(text, PasswordProseRecognizer())


def test_a_category_after_a_password_word_and_a_password_manager_are_no_passwords() -> None:
    assert values("Categoria: Acesso / Senha · Notebook: NB-04471", PasswordProseRecognizer()) == []
    assert values("パスワードは1Passwordの「prod-mysql」です", PasswordProseRecognizer()) == []
