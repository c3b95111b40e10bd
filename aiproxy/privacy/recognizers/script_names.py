"""PERSON: names in scripts the English NER model cannot read (Han, Hangul, Arabic).

en_core_web_sm sees "王丽娟" or "이수민" as no entity at all, so these names are found by where
a message puts them: a chat export's sender ("王丽娟 10:12: …", full-width colon or not), or
the value of a form label that asks for a person ("대상자: 이수민", "العميل: عبدالله بن سعيد").
Han and Hangul names are two to four characters; a longer run is a sentence, not a name.
"""

from __future__ import annotations

import re

_HAN = r"[\u4e00-\u9fff]"
_HANGUL = r"[\uac00-\ud7a3]"
_ARABIC_WORD = r"[\u0621-\u064a]{2,}"
#: A sender, then the time, then a colon (ASCII or full-width): WeChat, LINE, KakaoTalk.
_SENDER = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_HAN}{{2,4}}|{_HANGUL}{{2,4}})[ \t]*"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[:\uff1a]"
)
_HAN_LABELS = (
    "姓名|联系人|聯絡人|收件人|收货人|客户|客戶|患者|申请人|申請人|负责人|負責人|担当者?|氏名|お名前"
    "|患者名|申請者"
)
_HANGUL_LABELS = "성명|이름|대상자|승인자|작성자|담당자|신청자|환자|보호자|수신자|발신자|고객"
_ARABIC_LABELS = "العميل|الاسم|اسم العميل|المريض|المستفيد|المرسل|المستلم|السيد|السيدة"
#: Labels that ask for a person, then the name and nothing of the same script after it.
_LABELLED = re.compile(
    rf"(?:{_HAN_LABELS})[ \t]*[:\uff1a][ \t]*"
    rf"(?P<han>{_HAN}{{2,4}}(?:[ \t\u3000]{_HAN}{{1,3}})?)(?!{_HAN})"
    rf"|(?:{_HANGUL_LABELS})[ \t]*[:\uff1a][ \t]*(?P<hangul>{_HANGUL}{{2,4}})(?!{_HANGUL})"
    rf"|(?:{_ARABIC_LABELS})[ \t]*[:\uff1a]?[ \t]*"
    rf"(?P<arabic>{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD}){{1,4}})(?=[ \t]*(?:$|[\u060c,.(]))",
    re.MULTILINE,
)


def script_names(text: str) -> list[tuple[int, int]]:
    """Senders and labelled names in Han, Hangul and Arabic script."""
    spans = [m.span("name") for m in _SENDER.finditer(text)]
    for match in _LABELLED.finditer(text):
        group = next(g for g in ("han", "hangul", "arabic") if match.group(g))
        spans.append(match.span(group))
    return spans
