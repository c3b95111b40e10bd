"""Senders that chat exports' layouts give away: LINE, IRC, stamped, bracketed, bulleted."""

from __future__ import annotations

from aiproxy.privacy.recognizers.chat_exports import (
    bracketed_speakers,
    bulleted_speakers,
    irc_nicks,
    posted_by,
    script_senders,
    stamped_full_names,
    tabbed_senders,
)
from aiproxy.privacy.recognizers.lexicon import Lexicon


def _values(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_line_exports_senders_are_people_once_they_speak_twice(lexicon: Lexicon) -> None:
    text = "20:02\tวรรณา ทองดี\tสวัสดีค่ะ\n20:03\tKittisak\tครับ\n20:05\tวรรณา ทองดี\tขอบคุณค่ะ\n"
    assert _values(text, tabbed_senders(text, lexicon)) == ["วรรณา ทองดี", "วรรณา ทองดี"]
    assert tabbed_senders("09:00\tbackup job\tok\n10:00\tbackup job\tok\n", lexicon) == []


def test_a_speaker_in_brackets_after_a_role_is_a_person(lexicon: Lexicon) -> None:
    text = "Reply (Maëlle, Partner Integrations): Hi\nCatatan apoteker (Wulandari): pasien …"
    assert _values(text, bracketed_speakers(text, lexicon)) == ["Maëlle", "Wulandari"]
    text = "F-03 (High): default credentials\nRespuesta de Iker Etxeberria (Soporte): Lo sentimos"
    assert bracketed_speakers(text, lexicon) == []


def test_a_timed_senders_company_in_brackets_is_no_speaker(lexicon: Lexicon) -> None:
    text = (
        "[22/03/24, 6:44 pm] Sunil Yadav (Ekart): sir location bhejo\n"
        "10:23 AM Haziq (Takaful Bestari): Waalaikumsalam cik\n"
        "Vastaus (Eetu, tuki): katsotaan\n"
    )
    assert _values(text, bracketed_speakers(text, lexicon)) == ["Eetu"]


def test_full_names_opening_a_bulleted_list_are_people(lexicon: Lexicon) -> None:
    text = "- Ngaire Parata: visiting on Tuesday\n- Tawhiri Rangi: driving\n- Travel Pass: £2/day\n"
    assert _values(text, bulleted_speakers(text, lexicon)) == ["Ngaire Parata", "Tawhiri Rangi"]
    assert bulleted_speakers("- Ngaire Parata: visiting on Tuesday\n", lexicon) == []


def test_senders_of_several_words_after_a_chat_stamp_are_people() -> None:
    text = "08:12 Lê Thị Hồng: Chị ơi\n08:13 Phạm Quốc Bảo: dạ\n08:15 Lê Thị Hồng: ok\n"
    assert _values(text, stamped_full_names(text)) == ["Lê Thị Hồng", "Lê Thị Hồng"]


def test_irc_nicks_are_people_but_bots_are_not(lexicon: Lexicon) -> None:
    text = (
        "[2025-02-15 21:04] <ModBot> message removed\n[2025-02-15 21:04] <xX_ruya_Xx> bruh\n"
        "[2025-02-15 21:06] <kaan.dmr> geç gelirim\n[2025-02-15 21:09] <Arbiter> banned\n"
    )
    assert _values(text, irc_nicks(text, lexicon)) == ["xX_ruya_Xx", "kaan.dmr"]


def test_a_regions_code_before_a_bracketed_speaker_counts(lexicon: Lexicon) -> None:
    text = "AR (Facu): La clienta sigue sin poder\nBR (Larissa): O cliente João"
    assert _values(text, bracketed_speakers(text, lexicon)) == ["Facu", "Larissa"]


def test_senders_in_scripts_without_latin_letters_are_people_once_they_speak_twice() -> None:
    line = "19:02 佐々木 美穂 お疲れさまです\n19:03 高橋 健太 はい\n19:05 佐々木 美穂 了解です\n"
    assert _values(line, script_senders(line)) == ["佐々木 美穂", "佐々木 美穂"]
    hebrew = "אורית בן-שושן 21:14: ערב טוב\nיונתן 21:16: היי\nאורית בן-שושן 21:18: כן\n"
    assert _values(hebrew, script_senders(hebrew)) == ["אורית בן-שושן", "אורית בן-שושן"]
    whatsapp = (
        "[05/01/25, 9:12 am] सुनीता देशपांडे: भैया आज का ऑर्डर\n"
        "[05/01/25, 9:14 am] राजू: ठीक है\n[05/01/25, 9:15 am] सुनीता देशपांडे: हाँ।\n"
    )
    assert _values(whatsapp, script_senders(whatsapp)) == ["सुनीता देशपांडे", "सुनीता देशपांडे"]


def test_a_stamped_heading_said_once_is_no_sender() -> None:
    text = "10:00 会議 開始\n10:30 休憩 です\n"
    assert script_senders(text) == []


def test_bulleted_people_before_a_dash_are_people(lexicon: Lexicon) -> None:
    text = "• Summer Oduya — relocating from Leeds\n• Grant Abernethy — currently renting\n"
    assert _values(text, bulleted_speakers(text, lexicon)) == ["Summer Oduya", "Grant Abernethy"]


def test_kakaotalk_senders_and_stamped_handles_are_people_once_they_speak_twice() -> None:
    kakao = (
        "2024. 4. 2. 오후 3:12, 김민준 : 팀장님 안녕하세요\n"
        "2024. 4. 2. 오후 3:15, 박서연 팀장 : 네\n"
        "2024. 4. 2. 오후 3:16, 김민준 : 감사합니다\n"
    )
    assert _values(kakao, script_senders(kakao)) == ["김민준", "김민준"]
    game = (
        "[2024-03-22 19:41] xX_valkyrie_Xx: anyone selling?\n[2024-03-22 19:42] ModBot: no\n"
        "[2024-03-22 19:43] xX_valkyrie_Xx: sent dm\n"
    )
    assert _values(game, script_senders(game)) == ["xX_valkyrie_Xx", "xX_valkyrie_Xx"]


def test_senders_after_a_time_or_a_korean_date_are_people_once_they_speak_twice() -> None:
    text = (
        "10:03 王建国: @小刘 客户又打电话来了\n10:04 王建国: 手机那个\n10:12 系统消息: 撤回了\n"
        "৮:১৩ PM তাসনিম আক্তার: বাসা ৪\n৮:১৫ PM তাসনিম আক্তার: বিকাশ\n"
        "2025년 1월 8일 오후 7:02, 김지훈 : 안녕하세요\n2025년 1월 8일 오후 7:06, 김지훈 : 혹시\n"
    )
    assert set(_values(text, script_senders(text))) == {"김지훈", "王建国", "তাসনিম আক্তার"}


def test_an_irc_nick_of_a_name_and_a_letter_is_a_person(lexicon: Lexicon) -> None:
    text = "[22:03] <bruce_k> paste the log\n[22:04] <build_status> ok\n"
    assert _values(text, irc_nicks(text, lexicon)) == ["bruce_k"]


def test_senders_before_a_bracketed_time_or_alone_in_a_caseless_script_speak_twice() -> None:
    text = (
        "Гульнара Хабибуллина [10:14]: Коллеги\nГульнара Хабибуллина [10:15]: Про\n"
        "Nadia Benali 09:02 : Bonjour\nNadia Benali 09:20 : Merci\n"
        "فهد الشمري: السلام عليكم\nفهد الشمري: الجوال\n"
        "Status Update 10:00 : ok\n"
    )
    assert set(_values(text, script_senders(text))) == {
        "Гульнара Хабибуллина",
        "Nadia Benali",
        "فهد الشمري",
    }


def test_a_chat_role_in_another_script_is_no_sender_name() -> None:
    text = (
        "[۱۰:۱۵] پشتیبانی: سلام سارا جان\n[۱۰:۱۶] سارا محمدی: سلام\n"
        "[۱۰:۲۰] پشتیبانی: ممنون\n[۱۰:۲۲] سارا محمدی: باشه\n"
    )
    names = {text[s:e] for s, e in script_senders(text)}
    assert "سارا محمدی" in names
    assert "پشتیبانی" not in names


def test_authors_of_posts_and_reviews_before_their_date_are_people(lexicon: Lexicon) -> None:
    text = (
        "hopsmith_rae · Post #884120 · Mar 3, 2024, 9:02 PM\nNever showed up.\n"
        '★★☆☆☆  "Sync broke" — marcy_okafor · Apr 2, 2024\n'
        "Ikaika · 9:20 PM\nSalamat Ma!!\n"
        "Posted · Mar 3, 2024\nSag nr. HR-DK-2024-118 · 12.03.2024\n"
    )
    assert _values(text, posted_by(text, lexicon)) == ["hopsmith_rae", "marcy_okafor", "Ikaika"]
