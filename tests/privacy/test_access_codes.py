"""One-time and door codes: a number is a secret when a word asks for it or a lock is near."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.access_codes import AccessCodeRecognizer
from tests.privacy.found import values


def found(text: str) -> list[str]:
    return sorted(values(text, AccessCodeRecognizer()))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13:03:05 OTP 604218 sent to the old SIM", "604218"),
        ("Your verification code is 8812", "8812"),
        ("Sleutelkastje naast de voordeur, code 4179.", "4179"),
        ("Key safe left of the garage, code: 1987", "1987"),
        ("Gate code 2468#, then the blue door", "2468#"),
        ("set a port-out PIN 7731 on the account", "7731"),
        ("She asked about the door code for the package room: 2580*7.", "2580*7"),
        ("Kode verifikasi Anda saat ini: 583027 (berlaku 5 menit).", "583027"),
        ("El código del portón nuevo es 4719#, no lo compartan", "4719#"),
        ("Ihr Bestätigungscode lautet 90412.", "90412"),
        ("Your sign-in code for the portal is 330175", "330175"),
        ("vpn-gw01: user 'arjun.mehta' authenticated OTP 583 902", "583 902"),
        ("رمز التحقق لمرة واحدة: 734 118 — لا تشاركه مع أحد", "734 118"),
        ("Cash-out code for agent: 5920 1174. Do not share your PIN.", "5920 1174"),
        ("O código do cadeado da bicicletaria é 0619", "0619"),
    ],
)
def test_one_time_and_door_codes_are_secrets(text: str, value: str) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Error code 4179 from the payment service",
        "Postal code 2000, Antwerpen",
        "Flat 3, Koramangala, Bengaluru, PIN 560034",
        "Reason code 1042 on the 24.10.2025 batch",
        "El código postal es 28013, Madrid",
        "Verification code sent at 14:02 to the number on file",
        "OTP attempts: 3 of 5 on 24.10.2025",
        "Server returned error code 500 100 times today",
    ],
)
def test_other_codes_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_a_named_code_does_not_reach_across_a_line() -> None:
    assert found("Verification code\nOrder 55120 shipped") == []


def test_an_identifiers_number_after_a_pin_is_no_code() -> None:
    text = "Action items: CHK-1882 pin client; CHK-1883 add rate limit per source IP"
    assert values(text, AccessCodeRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Виктория (10:22): Код подтверждения из СМС — 5519, его назвать курьеру?", "5519"),
        ("ул. Большая Покровская, д. 24, кв. 71, домофон 71К4826", "71К4826"),
        ("マンションのオートロック番号は #4719 です。", "4719"),
        ("고객님 본인 확인용 인증번호는 283914 입니다.", "283914"),
        ("Dạ. Mã OTP xác nhận giao hàng khách gửi em: 649027", "649027"),
        ("Kód od schránky na klíče: 7306. Naše kancelář", "7306"),
        ("Am primit un SMS cu codul 731 904 pe care NU l-am dat", "731 904"),
        ("telefonunuza gelen 4 8 2 7 1 6 kodunu doğruladım", "4 8 2 7 1 6"),
        ("רשמתי. הקוד של הדלת בכניסה 2580#", "2580#"),
        ('body="Your Finchly code is 481 206. Don\'t share it."', "481 206"),
        (
            "Msimbo wa muda wa kuingia kwenye mfumo wa DonorBox niliopewa na Zawadi ni 804 331",
            "804 331",
        ),
    ],
)
def test_codes_named_in_other_languages_and_templates_are_secrets(text: str, value: str) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Your error code is 4012, please retry",
        "Your order code is 558120",
        "Код ошибки 4012 в журнале",  # an error code, no lock near
        "Kód produktu 7306 je vyprodaný",
        "OTP sent: the order number on the receipt is 558120 and nothing else matters here",
    ],
)
def test_codes_that_open_nothing_are_not_secrets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Atendente: informe o código que enviamos por SMS.\nCliente: É 902117. Meu celular é …",
            "902117",
        ),
        ("[9:21 am] Rakesh: OTP आया होगा?\n[9:22 am] सुनीता देशपांडे: हाँ 552873\n", "552873"),
    ],
)
def test_a_code_given_as_the_reply_to_the_turn_asking_for_it_is_a_secret(
    text: str, value: str
) -> None:
    assert found(text) == [value]


def test_a_number_replying_to_no_question_about_a_code_is_no_secret() -> None:
    assert found("Agent: How many seats do you need?\nCustomer: 2500\n") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Code d'accès au portail patient communiqué à la patiente : 482 913 (24h).", "482 913"),
        ("Code d'accès à l'espace client transmis par SMS : GSA-7742-QX", "gsa-7742-qx"),
        ("der Zugangscode lautet R7-KQ-55.", "r7-kq-55"),
        ("[10:05] العميل: وصلني الرمز 730815", "730815"),
        ("Ο κωδικός επιβεβαίωσης του ραντεβού σας είναι 5512", "5512"),
        ("የእርስዎ የማረጋገጫ ኮድ 583 104 ነው።", "583 104"),
    ],
)
def test_codes_named_in_french_german_arabic_greek_and_amharic(text: str, value: str) -> None:
    assert [v.lower() for v in found(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Action items: CHK-1882 pin client; CHK-1883 add rate limit",
        "Canterbury Cathedral precincts, gate G3. Event code WM25-CANT.",
        "الرمز البريدي 11564 الرياض",  # a postcode
    ],
)
def test_identifiers_and_postcodes_after_a_code_word_are_not_secrets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("קוד אימות שנשלח ללקוחה: 884102", "884102"),
        ("کد تحویل ۸۸۴۱ را به پیک داده است.", "۸۸۴۱"),
        ("Новий одноразовий код: KS-7Q2M-9XPL. Версія 7.2.3 ок.", "KS-7Q2M-9XPL"),
        ("Служител изпрати PIN за портала: 7314-9920.", "7314-9920"),
        ("SMS ile gelen doğrulama kodunu (731905) arayan birine verdi", "731905"),
        ("Yung 6-digit na code na na-send sa inyo kanina (663018) huwag ibigay", "663018"),
    ],
)
def test_codes_named_in_hebrew_persian_ukrainian_or_before_their_bracketed_digits(
    text: str, value: str
) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Read the code of conduct (2023) before the offsite.",
        "The job failed with error code (5012) again.",
        "HTTP status code (4040) is not a real status.",
    ],
)
def test_a_year_or_an_error_number_in_brackets_after_code_is_no_secret(text: str) -> None:
    assert found(text) == []


def test_codes_listed_after_a_found_one_are_secrets_when_they_share_its_shape() -> None:
    text = "the recovery codes you gave me were 7H2K-9QXP-4LMV and 3ZRT-8WBN-6CJD - used one"
    assert found(text) == ["3ZRT-8WBN-6CJD", "7H2K-9QXP-4LMV"]
    assert found("OTP 482913, 559120 or ticket 12345") == ["482913", "559120"]


def test_a_one_time_code_told_inside_the_reply_to_a_question_about_it_is_a_secret() -> None:
    text = (
        "10:18 Agent Hira: Kya aap ne kisi ko OTP diya tha?\n"
        "10:19 Customer: ek banda call kiya tha 0311-2098834 se, usko 509127 bataya"
    )
    assert found(text) == ["509127"]


def test_six_digits_under_a_heading_that_names_verification_are_no_code() -> None:
    text = "DEPENDENT VERIFICATION\nEmployee: Lupe Ortega   EE#: 448120"
    assert found(text) == []


def test_recovery_codes_of_five_character_groups_in_english_and_german() -> None:
    text = "Backup codes I saved: rawty-7suj2, 7qsfg-vvqgu, bztv7-5wkkn (the first two are used)"
    assert found(text) == ["7qsfg-vvqgu", "bztv7-5wkkn", "rawty-7suj2"]
    text = "Einmal-Wiederherstellungscodes hc8dj-v24gn und z8der-kxkjp."
    assert found(text) == ["hc8dj-v24gn", "z8der-kxkjp"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Домофон 47В, код от подъезда 2781#. Мой номер", "2781#"),
        ("Перевела. Пришёл код 5937 — это вам нужно?", "5937"),
        ("wniesienie na 3. piętro, kod do domofonu 12K3480.", "12K3480"),
        ("راستی رمز پویا که برام اومد ۸۴۱۲۷۳ بود، لازمه؟", "۸۴۱۲۷۳"),
        ("Mật khẩu cổng khu tập thể: 2468.", "2468"),
        ("09:25 ณัฐวุฒิ: รหัสประตูหมู่บ้าน #1205 ครับ", "1205"),
        ("গ্রাহক ভুল করে ওটিপি ৫৮২৯১৪ পাঠিয়েছেন", "৫৮২৯১৪"),
        ("Sie können es in der Box beim Eingang deponieren, Code 1966.", "1966"),
        ("and the bike store code is C1984X", "C1984X"),
        ('body="Ihr Anmeldecode lautet 448120. Gültig für 10 Minuten."', "448120"),
        ('body="Seu código Nimbus: G-771934"', "G-771934"),
        ('body="Doğrulama kodunuz: 120958"', "120958"),
        ("o código que chegou por SMS pra confirmar a conta foi 483920", "483920"),
        ("la cabaña tiene wifi y la caja de llaves 3390", "3390"),
    ],
)
def test_codes_named_in_more_languages_and_key_safes_are_secrets(text: str, value: str) -> None:
    assert found(text) == [value]


def test_generated_codes_listed_with_spaces_are_each_a_secret() -> None:
    text = "Recovery codes handed over: 8v4v-wqho nx86-p586 hok5-zr9x yp63-qzll\nStatus: ok"
    assert found(text) == ["8v4v-wqho", "hok5-zr9x", "nx86-p586", "yp63-qzll"]
    assert found("Recovery codes: 8v4v-wqho then 2024 was the year") == ["8v4v-wqho"]


@pytest.mark.parametrize(
    "text",
    [
        "Seu pedido Nimbus: 771934 foi enviado",  # an order, no code named
        "the bike store opens at 0900 tomorrow",
    ],
)
def test_numbers_near_those_words_without_a_code_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_a_quoted_six_digit_pin_is_a_secret_and_a_bare_one_a_postcode() -> None:
    assert found('Customer shared her account PIN verbally ("041981") — reminded her') == ["041981"]
    assert found("Bengaluru PIN 560034, Karnataka") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sleutel ligt in het kluisje bij de achterdeur, code 5820.", "5820"),
        ("Šifra ulaznih vrata: 3691#; ključ kod susjeda", "3691#"),
        ('"note": "Citofono Rossi, codice cancello 2468",', "2468"),
        ("Il portone si apre col codice 7350* e poi a destra", "7350*"),
        ("e la cassetta delle chiavi è 4812", "4812"),
        ("Le code de la porte d'en arrière : 2741, merci", "2741"),
        ("رمز البوابة الرئيسية: 5521#", "5521#"),
        ("快递柜取件码 37-2291，帮我取一下", "37-2291"),
        ("オートロックの番号は3318です。", "3318"),
        ("Klientka podała kod BLIK 402 118 oszustowi", "402 118"),
        ("Portal username: jdoe42, temp PIN 730516", "730516"),
    ],
)
def test_lock_codes_pickup_codes_and_given_pins_in_more_languages_are_secrets(
    text: str, value: str
) -> None:
    assert found(text) == [value]


def test_a_lock_code_told_in_reply_to_the_turn_asking_for_it_is_a_secret() -> None:
    spanish = (
        "[3/4/24, 10:01:10] Ana: ¿cuál era el código del portal?\n"
        "[3/4/24, 10:02:40] Luis: El del portal es 5172A y el otro no lo sé"
    )
    assert found(spanish) == ["5172A"]
    korean = "오후 2:06, 민지 : 현관 비번은?\n오후 2:07, 서준 : #2748* 누르면 돼"
    assert found(korean) == ["#2748*"]


def test_a_reply_to_a_question_about_no_lock_is_no_code() -> None:
    text = "[1/2/24, 09:00] Ana: what's the error code?\n[1/2/24, 09:01] Luis: it is 5172 again"
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ah e a senha do portão da garagem é 3691# caso precise", "3691#"),
        ("il codice del lucchetto è 2-5-8-0; la preghiamo di non diffonderlo", "2-5-8-0"),
        ("Portkod inför nästa besök: 5821C", "5821C"),
        ("le code reçu par SMS... je lui ai donné le code 552 907", "552 907"),
        ('"card": {"number": "…", "exp": "11/26", "cvc": "731" }', "731"),
    ],
)
def test_lock_passwords_spoken_digits_door_words_texted_codes_and_cvcs_are_secrets(
    text: str, value: str
) -> None:
    assert found(text) == [value]


def test_backup_codes_listed_a_line_each_are_each_a_secret() -> None:
    text = (
        "I printed my backup codes, which are still valid?\n> 7K2P-Q8ZD\n> R4MX-2VLB\n> My husband"
    )
    assert found(text) == ["7K2P-Q8ZD", "R4MX-2VLB"]


def test_a_password_word_without_a_lock_and_a_code_far_from_a_text_are_not_secrets() -> None:
    assert found("a senha do wifi é 3691, anotei") == []
    assert found("error code 5529 again on the dashboard") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The backup code you gave me at setup was 7731-2290-5518 but it fails", "7731-2290-5518"),
        ("recovery key is 418209-663014-275517-090332 (ID 7F3A)", "418209-663014-275517-090332"),
        ("ble levert 31. mars, og alarmkoden 8812 er nå byttet ut", "8812"),
        ("siis trepikoja uksekood on 2219B, korteri võti", "2219B"),
        ("> Kod pagar automatik: 7702", "7702"),
        ("tadi ada SMS kode 663014, perlu saya kasih?", "663014"),
        ("vence 08/26 y el código de atrás es 719", "719"),
    ],
)  # fmt: skip
def test_grouped_backup_codes_alarm_and_gate_codes_and_said_cvvs_are_secrets(
    text: str, value: str
) -> None:
    assert found(text) == [value]
