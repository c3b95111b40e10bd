"""Names in Han, Hangul and Arabic script, found as chat senders and labelled form values."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.script_names import script_names, spelled_after


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in script_names(text)]


def test_senders_stamped_with_a_time_are_people() -> None:
    text = "王丽娟 10:12：小陈，我下周三从成都飞回来\n陈志强 10:14：好的，我去机场接你。\n"
    assert _names(text) == ["王丽娟", "陈志强", "小陈"]  # and the familiar "Little Chen"


def test_labelled_people_in_hangul_han_and_arabic() -> None:
    text = (
        "대상자: 이수민 (사번 HB-30271)\n승인자: 박정호 부장\n"
        "收件人：张伟\nالعميل: عبدالله بن سعيد القحطاني\n"
    )
    assert _names(text) == ["이수민", "박정호", "张伟", "عبدالله بن سعيد القحطاني"]


def test_sentences_and_unlabelled_words_are_not_names() -> None:
    text = (
        "上次体检报告出来了吗？\n"  # a sentence, no sender stamp
        "会议纪要文档 10:12：已上传\n"  # six characters: a heading, not a name
        "시행일: 2025-09-01\n"  # a date label
        "المبلغ: 850 ريال\n"  # an amount label
    )
    assert _names(text) == []


def test_caseless_names_after_an_english_label_kin_word_or_honorific() -> None:
    text = (
        "Guest: ნინო ბერიძე (Nino Beridze)\n"
        "备注：白天家里只有她丈夫陈志强，座机 021-6384 2719\n处理人：李建国\u3000物流：京东物流\n"
        "담당 김도윤 매니저 · 서연 고객님 어머님 이정숙 님 명의 카드는 아님.\n"
        "من: عبدالرحمن العتيبي <a.alotaibi@example.sa>\n"
        "مبلغ إلى حساب أخي فيصل العتيبي رقم الآيبان\n"
        "नाम: सुनीता शर्मा (Sunita Sharma)\nमेरा बेटा रोहित घर से काम करता है\n"
        "(หรือโทรหาคุณวีระพงษ์ สามีดิฉัน)\nดิฉัน ณัฐธิดา ศรีสมบูรณ์ สั่งซื้อ\n"
        "大野 隆之と申します。平日は妻の由紀が受け取ります。\n"
    )
    expected = [
        "ნინო ბერიძე", "陈志强", "李建国", "김도윤", "서연", "이정숙", "عبدالرحمن العتيبي",
        "فيصل العتيبي", "सुनीता शर्मा", "रोहित", "วีระพงษ์", "ณัฐธิดา ศรีสมบูรณ์", "大野 隆之",
        "由紀",
    ]  # fmt: skip
    assert sorted(_names(text)) == sorted(expected)


def test_hebrew_thai_arabic_labels_and_a_japanese_staff_member() -> None:
    text = (
        "שם הלקוחה: אורית לוי-בן דוד\nชื่อลูกค้า: คุณกนกวรรณ ศรีสุข\n"
        "ملاحظة الموظفة ريم القحطاني: تم التحقق\n対応：担当 高橋より連絡\n"
    )
    expected = {"אורית לוי-בן דוד", "กนกวรรณ ศรีสุข", "ريم القحطاني", "高橋"}
    assert expected <= set(_names(text))


def test_nouns_that_take_an_honorific_are_no_names() -> None:
    assert _names("고객 님께서 요청하신 환불은 담당 님이 처리합니다.") == []


def test_japanese_self_introductions_and_a_chats_repeated_senders() -> None:
    text = (
        "営業二課の高橋 健一です。担当の佐藤です。会議の資料です。\n"
        "김민준: 지현아, 내일 회의 자료 보냈어\n이지현: 고마워!\n김민준: 응\n이지현: 저장해줘\n"
        "메모: 확인\n메모: 완료\n"
    )
    assert _names(text) == ["김민준", "이지현", "김민준", "이지현", "高橋 健一", "佐藤"]


def test_a_names_spelling_in_another_script_right_after_it_is_a_span() -> None:
    text = "Name: Leyla Karimova / Лейла Каримова\nClient: Omid Farahani (امید فراهانی), born"
    first = text.index(" /")
    assert text[slice(*spelled_after(text, first) or (0, 0))] == "Лейла Каримова"
    second = text.index(" (")
    assert text[slice(*spelled_after(text, second) or (0, 0))] == "امید فراهانی"
    sentence = "Leyla Karimova / позвонила вчера и сказала что всё хорошо спасибо"
    assert spelled_after(sentence, sentence.index(" /")) is None


def test_persian_labels_and_honorifics_korean_staff_and_copulas() -> None:
    text = "موکل: خانم شیرین کاظمی (Shirin Kazemi)\nوکیل: آقای بهرام نیکپور."
    assert _names(text) == ["شیرین کاظمی", "بهرام نیکپور"]
    text = "직원: 한예린 (사번 1)\n보낸 분: 오세훈\n집주인 문태호입니다. 기사님은 서지우 씨이고요"
    assert sorted(_names(text)) == sorted(["한예린", "오세훈", "서지우", "문태호"])


def test_hindi_roles_with_a_bracketed_name_and_the_honorific_ji() -> None:
    text = "ग्राहक (प्रिया मल्होत्रा): नमस्ते\nएजेंट (विकास): नमस्ते प्रिया जी, हाँ जी"
    assert _names(text) == ["प्रिया मल्होत्रा", "विकास", "प्रिया"]


def test_a_hindi_yes_after_a_label_is_no_name() -> None:
    assert _names("ग्राहक: हाँ। और मेरी जन्म तिथि") == []


def test_kin_titles_and_honorifics_name_people_in_more_scripts() -> None:
    text = (
        "IL62 0108 0000 0009 9999 999 על שם בעלי אבי בן-שושן\n"
        "大家好，客户陈志强先生的洗衣机又坏了。另外陈先生说他刚做完手术。\n"
        "LINE トーク履歴 「佐々木さん」\n"
        "हाँ। बेटे अनिरुद्ध का नंबर दे रही हूँ\n"
        "وأخي فيصل في دبي يريد نفس الباقة\n"
    )
    assert sorted(_names(text)) == sorted(
        ["אבי בן-שושן", "陈志强", "陈", "佐々木", "अनिरुद्ध", "فيصل"]
    )


def test_firms_and_roles_before_an_honorific_are_not_names() -> None:
    assert _names("管理会社様にご連絡ください。担当者さんが来ます。") == []


def test_a_login_after_the_word_for_an_account_is_a_person() -> None:
    text = "他微信号是 chenzq_1975。\n刘洋 09:51：账号 liuyang_sh，密码 Ly@2024sh!88"
    assert "chenzq_1975" in _names(text) and "liuyang_sh" in _names(text)


def test_labels_in_bengali_tamil_and_amharic_name_people_without_their_honorific() -> None:
    text = (
        "প্রতিবেদক: তানজিলা আক্তার\nউপকারভোগী: মোছাম্মৎ রহিমা বেগম, বয়স ৩৪\n"
        "நோயாளி: கலைச்செல்வி முருகேசன்\nስም: አቶ ተስፋዬ ገብረመድህን\n"
    )
    assert _names(text) == ["তানজিলা আক্তার", "রহিমা বেগম", "கலைச்செல்வி முருகேசன்", "ተስፋዬ ገብረመድህን"]


def test_an_arabic_chat_role_names_its_speaker() -> None:
    assert _names("الموظف ريم: مرحباً، كيف أستطيع مساعدتك؟") == ["ريم"]


def test_lists_titles_greetings_and_labels_in_more_scripts() -> None:
    text = (
        "拜访人：李晓雯、陈浩\n王总提到下周要去成都出差。本周总结见附件。\n"
        "בעלה: אבי בן-דוד 054-221-9087\n"
        '"ውድ አበበ ተስፋዬ፣ የእርስዎ ኮድ"\n'
        "از: نگار رضایی <negar.rezaei@chmail.ir>\n"
    )
    assert sorted(_names(text)) == sorted(
        ["李晓雯", "陈浩", "王", "אבי בן-דוד", "አበበ ተስፋዬ", "نگار رضایی"]
    )


def test_more_labels_in_arabic_persian_hebrew_georgian_and_marathi() -> None:
    text = (
        "الاسم الكامل: عبد الرحمن يوسف الحسيني\n"
        "کارشناس: نگار احمدی – ارجاع\n"
        "נציג: מוחמד עודה – מוקד חולון\n"
        "მენეჯერი: თამარ ჯაფარიძე ·\n"
        "रुग्णाचे नाव: सुनीता प्रभाकर कुलकर्णी\n"
        "डॉक्टर: डॉ. विनायक देशपांडे (नोंदणी)\n"
    )
    assert _names(text) == [
        "عبد الرحمن يوسف الحسيني",
        "نگار احمدی",
        "מוחמד עודה",
        "თამარ ჯაფარიძე",
        "सुनीता प्रभाकर कुलकर्णी",
        "विनायक देशपांडे",
    ]


def test_a_han_name_with_an_iteration_mark_after_its_label() -> None:
    assert _names("お名前：佐々木 美咲（ササキ ミサキ）") == ["佐々木 美咲"]


def test_a_role_a_space_and_the_name_and_korean_particles_after_an_honorific() -> None:
    text = (
        "8月16日 10:20 客服 李明：已重置\n"
        "상담번호 CS-1 · 상담원 정하늘 · 7분\n"
        "오늘 김민준 부장님과 통화"
    )
    assert set(_names(text)) == {"李明", "정하늘", "김민준"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أنا فاطمة الزهراء بن علي، عميلة لديكم منذ 2019", "فاطمة الزهراء بن علي"),
        ("مع الشكر،\nفاطمة الزهراء\n", "فاطمة الزهراء"),
        ("(حساب جاري باسم طارق الهاشمي)", "طارق الهاشمي"),
        ("שלום נועה,\nרציתי לעדכן שעברנו דירה.", "נועה"),
        ("תודה רבה,\nיעל ברקוביץ'\nyael@walla.co.il", "יעל ברקוביץ'"),
    ],
)
def test_arabic_and_hebrew_introductions_greetings_and_sign_offs(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e in script_names(text)]


@pytest.mark.parametrize(
    "text", ["שלום רב, אני פונה אליכם", "أنا آسف جدا على التأخير", "أنا آسف جدا، سأتصل لاحقا"]
)
def test_a_greeting_or_an_apology_without_a_name_names_nobody(text: str) -> None:
    assert script_names(text) == []
