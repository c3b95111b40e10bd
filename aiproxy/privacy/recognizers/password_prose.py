"""SECRET: passwords told in prose, in many languages: "the password is …", "Passwort …".

Split from the config-shaped credentials because prose needs its own evidence: a value after
a word for "password" is a secret only if it looks generated (digits, letters and a symbol or
capital), since people also write "the password is incorrect" or "password reset link".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from aiproxy.privacy.recognizers.base import Rule, Span, answers
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.secret_values import (
    code_or_strong,
    generated,
    mixed_strong,
    mixed_value,
    new_password,
    offered_as_sample,
    plausible_value,
    reset_password,
    strong_or_quoted,
)

#: A chat turn that opens with a generated value: "[8:20 pm] Rohit Bhaiya: ShantiKunj@2024 — …".
_REPLY = re.compile(r"(?m)^[^\n]{1,80}?:[ \t]*(?P<value>[^\s\"'`,;]{6,64})(?=[ \t]|$)")
#: A quoted value inside the reply: 'Haan ab "GurgaonRent2024" hai'.
_QUOTED_REPLY = re.compile(
    r"(?m)^[^\n]{1,80}?:[ \t][^\n]*?[\"\u201c\u00ab](?P<value>[^\s\"\u201d\u00bb]{6,64})"
    r"[\"\u201d\u00bb]"
)
#: The turn before asks for a password: "wifi ka password kya hai?", "what's the pw?".
_ASKS_FOR_A_PASSWORD = re.compile(
    r"(?i)(?:password|passwort|passord|\bpw\b|\bpwd\b|contrase[ñn]a|senha|mot de passe|пароль"
    r"|비밀번호|비번|密码|パスワード)[^\n]{0,40}\?"
)


#: The word for a password in the Latin-script languages customers write in.
_LATIN_SCRIPT_WORDS = (
    r"contrase[ñn]a|senha|mot\s+de\s+passe|passwort|kennwort|wachtwoord|has[łl]o|[şs]ifre"
    r"|nywila|kata\s+sandi|parola|l[öo]senord|adgangskode|passord|salasana"
)


def _no_sample(match: re.Match[str], text: str) -> bool:
    return mixed_value(match, text) and not offered_as_sample(text, match.start())


class PasswordProseRecognizer(CredentialRecognizer):
    """Shares the credentials' value check (no placeholder, no template blank)."""

    def spans(self, text: str) -> Iterator[Span]:
        yield from super().spans(text)
        for reply in answers(text, _REPLY, _ASKS_FOR_A_PASSWORD):  # the reply to "pw?"
            if generated(reply, text):
                yield Span(*reply.span("value"), 0.8)
        for reply in answers(text, _QUOTED_REPLY, _ASKS_FOR_A_PASSWORD):
            if mixed_value(reply, text):  # quoted as the answer: 'It's "bluebell1972"'
                yield Span(*reply.span("value"), 0.8)

    RULES: ClassVar[Sequence[Rule]] = (
        Rule(
            "prose",
            re.compile(
                r"(?i)\b(?:password|passcode|passphrase|pwd|pw|pin|api key|secret key|token"
                # "mysql pass for staging is stag1ng_Maple!88"
                r"|pass(?=\s+for\s))(?:\s+for\s+[\w.\-]{2,30})?"
                r"(?:\s+(?:issued|reset|set|changed|generated|created|given|sent))?"
                r"(?:\s*:|\s*[\u2014\u2013\-]+\s*(?:it\s+is|it's)?"
                r"|\s+(?:is|was|=|to|set to|changed to|it\s+is|it's)"
                r"(?:\s+(?:still|now|currently|also|literally))?)\s+[\"'`]?"
                r"(?P<value>[^\s\"'`]{4,128})"
            ),
            0.8,
            "value",
            accept=strong_or_quoted,
        ),
        Rule(  # "Benutzer svc_migr, Passwort Rz!Nord2025#Umzug": the word, then a value only
            # a generator or a password policy writes (digits, letters and a symbol or capital)
            "bare_password",
            re.compile(  # German compounds too: "Initialpasswort Stg-Vpn!4471kx"
                r"(?i)\b(?:password|(?:initial|start|einmal|neues|tempor[äa]res)?(?:passwort|kennwort)"
                r"|wachtwoord|contrase[ñn]a|clave|senha|has[łl]o"
                r"|mot\s+de\s+passe(?:\s+(?:temporaire|provisoire))?"
                r"|[şs]ifre|parola|l[öo]senord|passord|salasana|adgangskode|pwd)"
                r"\s+[\"'`]?(?P<value>[^\s\"'`,;]{8,128})"
            ),
            0.8,
            "value",
            accept=generated,
        ),
        Rule(  # "temp password Kite-Mango-7731!", "user ops_portal pass Neelam@2025#"
            "named_password",
            re.compile(
                r"(?i)\b(?:(?:temp(?:orary)?|new|initial|one-time|default|reset)\s+(?:password|passcode"
                r"|pw|pin)|user(?:name)?\s+\S{2,40}\s+(?:/\s+)?(?:pass(?:word)?|pwd|pw))"
                # how it was handed over: "Temporary password given verbally: Tmp#Sg-…"
                r"(?:\s+(?:given|issued|sent|set|read\s+out)(?:\s+(?:verbally|by\s+phone|over"
                r"\s+the\s+phone|in\s+person))?)?\s*:?\s+[\"'`]?"
                r"(?P<value>[^\s\"'`,;]{6,128})"
            ),
            0.8,
            "value",
            accept=mixed_strong,
        ),
        Rule(  # the word for a password in other languages: "Nywila ya wifi ni Tumaini2024!",
            # "la contraseña es Q7!…", "das Passwort ist …", "비밀번호는 0415*야"
            "foreign_prose",
            re.compile(
                rf"(?i)\b(?:{_LATIN_SCRIPT_WORDS}|koden|koodi)"
                # never across a line ("contraseña X⏎[14/5/24, 19:06:02] …" is a chat's time) nor
                # a field's separator ("Categoria: Acesso / Senha · Patrimônio do notebook: NB-…")
                r"(?:[ \t]+[^\s:=·•|]+){0,4}?[ \t]*(?:[ \t](?:es|é|est|ist|is|jest|ni|adalah|è|är"
                r"|er|on|era|was)[ \t]|[:=])[ \t]*(?:(?:nog steeds|nog|nu|toujours|encore|ainda"
                r"|immer noch|noch|jetzt|todav[íi]a|a[úu]n|ancora|wci[ąa][żz]|nadal|teraz|hala"
                r"|still|now)\s+)?"
                r"[\"'`]?(?P<value>[^\s\"'`,;]{4,128})"
            ),
            0.8,
            "value",
            accept=strong_or_quoted,
        ),
        Rule(  # the word, what it opens, a colon and the value in quotes: "son mot de passe de
            # l'espace client pour que je vérifie la connexion : « Meuse1968! »"
            "foreign_quoted",
            re.compile(
                rf"(?i)\b(?:{_LATIN_SCRIPT_WORDS}|password)"
                r"(?:[ \t]+[^\s:=]+){0,10}?[ \t]*:[ \t]*[\"'\u201c\u00ab][ \t\u00a0]?"
                r"(?P<value>[^\s\"'\u201d\u00bb]{4,128})[ \t\u00a0]?[\"'\u201d\u00bb]"
            ),
            0.8,
            "value",
            accept=generated,
        ),
        Rule(  # the word in other scripts, a few words about what it opens, then a colon:
            # "Пароль до гугл-таблиці складу: lev3nya…", "رمز موقت پرتال …: Ar1an#7702pz",
            # "Κωδικός πύλης ασθενούς (εστάλη με SMS): Q7kz-29Lm"; only a mixed value counts
            "script_prose",
            re.compile(
                r"(?i)(?<!\w)(?:пароль|паролем|пароля|кодов(?:ое|ого) слов[оа]|кодове слово"
                # a Greek booking or order code is no password ("Κωδικός κράτησης: X7QK2M")
                r"|κωδικός(?!\s+(?:κράτησης|παραγγελίας|πελάτη|προϊόντος|αποστολής))|συνθηματικό"
                r"|رمز|كلمة (?:ال)?(?:مرور|سر)"
                r"|گذرواژه|סיסמה|סיסמא|पासवर्ड|পাসওয়ার্ড|পাসওয়ার্ড|รหัสผ่าน|mật khẩu|heslo|jelszó"
                r"|clave|kata sandi|nywila|parool|lozinka|geslo|slaptažodis|parole)"
                r"[»\"',.]{0,2}"  # "«неверный пароль», хотя …: Kuzya_2017!"
                r"(?:(?:[ \t]+[^\s:=]+){0,8}?[ \t]*(?::|[\u2014\u2013]|\s(?:es|je|ni|là))|[ \t]+"
                # or quoted in brackets after a few words: 'mật khẩu máy chủ staging ("SaoViet@…")'
                r"|(?:[ \t]+[^\s:=(]+){0,6}?[ \t]+\((?=[\"'`«]))"
                r"[ \t]*[\"'`«]?(?P<value>[^\s\"'`,;»]{6,128})"
            ),
            0.8,
            "value",
            accept=mixed_strong,
        ),
        Rule(  # "비밀번호는 0415*야", "パスワード：Hk7!…": the value, then perhaps a particle
            "cjk_prose",
            re.compile(
                r"(?:비밀번호|비번|암호|パスワード|密码|密碼)[는은이가:\uff1a\s]*"
                r"(?:改成|改为|改為|换成|換成|是|为|為|は|を)?[:\uff1a\s]*"
                r"(?P<value>[A-Za-z0-9!@#$%^&*._\-]{4,64})"
            ),
            0.8,
            "value",
            accept=code_or_strong,
        ),
        Rule(  # '"Guest" password changed this morning, it's now Bl0ssom!Tram42'
            "now_is",
            re.compile(
                # and "the grafana admin pw? currently it's Gr4f@na-Pr0d-2024!"
                r"(?i)\b(?:(?:it'?s|it\s+is|it\u2019s)\s+now|(?:currently|right\s+now)\s+"
                r"(?:it'?s|it\u2019s|it\s+is)"
                # "zmienione w poniedziałek, teraz Pierogi2024!!", "jetzt: Rz!Nord2025"
                r"|(?<=[,;:] )(?:teraz|jetzt|ahora|agora|maintenant|adesso|nu|şimdi|теперь|сейчас)"
                r"[:]?)\s+[\"'`]?(?P<value>[^\s\"'`,]{6,128})"
            ),
            0.8,
            "value",
            accept=new_password,
        ),
        Rule(  # "thanks, I changed it to Sunflower!Soweto88": a new password, told in reply
            "changed_to",
            re.compile(
                r"(?i)\b(?:changed|reset|set|updated|switched)\s+(?:it|mine|my\s+(?:password|pw)"
                r"|the\s+(?:password|pw))\s+(?:back\s+)?to\s+[\"'`]?(?P<value>[^\s\"'`,]{6,128})"
            ),
            0.8,
            "value",
            accept=new_password,
        ),
        Rule(  # a login and its password as a pair: "login grimsby_lad / Scunthorpe1994",
            # "tunnukset testi / Kuusi6Kuusi!", "临时账号：huatuo_buyer / Ht@2024sz!"
            "login_pair",
            re.compile(
                r"(?i)(?:\b(?:login|user(?:name)?|account|acc|tunnukset|credentials?|creds"
                r"|anv[äa]ndare|benutzer)|账号|帳號|アカウント|계정)(?:[\uff1a:\s]+[\w.\-@]{2,40}"
                r"[ \t]*/[ \t]*"
                # a few words may come between when the pair is spaced out: "your steam login
                # popped up on stream earlier, tiana_b / kittycat4ever!"
                r"|(?:[ \t]+[^\s/]{1,20}){1,8}?[ \t]+[\w.\-@]{2,40}[ \t]+/[ \t]+)"
                r"(?P<value>[^\s/,;()\uff08\uff09]{5,63}[^\s/,;().\uff08\uff09])"
            ),
            0.8,
            "value",
            accept=mixed_strong,
        ),
        Rule(  # "wifi f dar khalti: Maarif@2024", "office wifi — Bl4ck…": a network's password
            "wifi",
            re.compile(r"(?i)\bwi-?fi\b[^\n:]{0,40}:[ \t]*(?P<value>[^\s\"'`,;]{6,64})"),
            0.8,
            "value",
            accept=generated,
        ),
        Rule(  # 'the guest Wi-Fi at the Manchester office … is now "Ancoats-Guest-7731"'
            "wifi_quoted",
            re.compile(
                r"(?i)\bwi-?fi\b[^\n:\"]{0,60}\b(?:is|was|ist|est|es|é)(?:[ \t]+(?:now|jetzt"
                r"|maintenant|ahora|agora))?[ \t]+[\"“«](?P<value>[^\s\"”»]{6,64})"
                r"[\"”»]"
            ),
            0.8,
            "value",
            accept=generated,
        ),
        Rule(  # "pinalitan ko na password ng Netflix natin: TitasOfManila2024!"
            "password_words_colon",
            re.compile(
                r"(?i)\b(?:password|passwort|passord|pw)\b(?:[ \t]+[^\s:]+){1,4}[ \t]*:[ \t]*"
                r"(?P<value>[^\s\"'`,;]{6,64})"
            ),
            0.8,
            "value",
            accept=generated,
        ),
        Rule(  # a temporary password in other languages: "midlertidig: Visma-Tmp-8841"
            "temporary_foreign",
            re.compile(
                r"(?i)\b(?:midlertidig|tillf[äa]lligt?|vorl[äa]ufig(?:es)?|tempor[äa]r(?:es)?"
                r"|temporal|provis[óo]ri[ao]|provisoire|tymczasowe|ge[çc]ici)[ \t]*:[ \t]*"
                r"(?P<value>[^\s\"'`,;]{6,64})"
            ),
            0.8,
            "value",
            accept=new_password,
        ),
        Rule(  # a password passed to a login call: smtp.PlainAuth("", user, "Saudade#77", host),
            # client.login("ops@acme.io", "Hk7!q2Lm"), conn.simple_bind_s(dn, "…")
            "login_call",
            re.compile(
                r"(?i)\b(?:plainauth\(\s*(?:\"[^\"\n]*\"|\w+)\s*,"
                r"|(?:login|log_in|logIn|authenticate|auth|sign_?in|bind|simple_bind_s)\()"
                r"\s*(?:\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'|[\w.]{1,40})\s*,\s*[\"']"
                r"(?P<value>[^\"'\s]{4,128})[\"']"
            ),
            0.8,
            "value",
            accept=plausible_value,
        ),
        Rule(  # an authenticator's seed told in prose: "the secret was JVXANJCYQ3OIECKZ…"
            "totp_seed",
            re.compile(
                r"(?i)\b(?:secret|seed|setup\s+key)(?:\s+(?:is|was|key\s+is))?\s*:?\s+[\"'`]?"
                r"(?P<value>(?-i:[A-Z2-7]{16,64}))(?![A-Za-z0-9])"
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # a secret word, then the value in Markdown code: "the Loggly token `9b2e…`"
            "backticked",
            re.compile(
                r"(?i)\b(?:token|password|secret|api\s+key|key)\s+`(?P<value>[^`\s]{8,256})`"
            ),
            0.8,
            "value",
            accept=_no_sample,
        ),
        Rule(  # arguments of a log call: console.log("pw:", "MiraeAdm!n2024")
            "quoted_argument",
            re.compile(
                r"(?i)[\"'](?:pw|pwd|pass(?:word)?)[ \t]*[:=]?[\"'][ \t]*,[ \t]*[\"']"
                r"(?P<value>[^\"'\s]{6,128})[\"']"
            ),
            0.8,
            "value",
            accept=mixed_strong,
        ),
        Rule(  # "reset the password; the old one, Milwaukee2024!, was visible"
            "old_one",
            re.compile(
                r"(?i)\b(?:the\s+|my\s+)?(?:old|new|previous|current|temporary)\s+one"
                # "the new one I set is Bluebell-Meadow-48"
                r"(?:\s+(?:I|we)\s+(?:set|chose|picked|made|use|used|typed))?"
                r"(?:\s+(?:is|was))?[,:]?\s+[\"'`]?(?P<value>[^\s\"'`,;]{6,64})"
            ),
            0.8,
            "value",
            accept=reset_password,
        ),
        Rule(  # "our discord nitro code is Nx7Q-K2vR-9TbW-pL4z", "recovery codes: 8f3k-2m9q-…"
            "redeemable_code",
            re.compile(
                r"(?i)\b(?:nitro|gift|recovery|backup|activation|redeem|redemption)\s+(?:card\s+)?"
                r"(?:codes?|keys?)(?:\s+(?:is|are|was))?\s*:?\s+[\"'`]?"
                r"(?P<value>[A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{3,8}){2,5})"
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # the same in other languages: "Nee, gewijzigd naar Gracht#77vrij"
            "changed_to_foreign",
            re.compile(
                r"(?i)\b(?:(?:gewijzigd|veranderd|aangepast)\s+(?:naar|in)|ge[äa]ndert\s+(?:auf|zu|in)"
                r"|chang[ée]e?\s+(?:en|pour)|modifi[ée]e?\s+en|cambi(?:ad[oa]|[ée])\s+a"
                r"|(?:alterad[oa]|mudad[oa]|alterei|mudei)\s+para|cambiat[oa]\s+in"
                r"|zmieni(?:[łl]em|[łl]am|ono)\s+na|de[ğg]i[şs]tirdim)\s+[\"'`]?"
                r"(?P<value>[^\s\"'`,]{6,128})"
            ),
            0.8,
            "value",
            accept=new_password,
        ),
    )
