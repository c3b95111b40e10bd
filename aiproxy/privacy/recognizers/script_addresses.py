"""STREET_ADDRESS rules for addresses written in other scripts and orders than the Latin
house number and street: Vietnamese, Chinese, Japanese, Korean, Arabic, Hindi, Thai, Kazakh,
Hebrew, Greek and Cyrillic. The street recognizer runs them with its own, so every address
shares one check (no business line) and one tail (flat, postcode, town).
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import Rule

SCRIPT_ADDRESS_RULES = (
    Rule(  # Vietnamese: "112/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh"
        "vietnamese",
        re.compile(
            r"\b\d{1,4}(?:/\d{1,4})?[A-Z]?[ \t]+[^\W\d_]\w*(?:[ \t]+[^\W\d_]\w*){0,4},[ \t]*"
            r"(?:Phường|P\.|Xã)[ \t]*\w+(?:[ \t]+\w+){0,2}"
            r"(?:,[ \t]*(?:Quận|Q\.|Huyện)[ \t]*\w+(?:[ \t]+\w+){0,2})?"
            r"(?:,[ \t]*(?:TP\.|Thành phố|Tỉnh)[ \t]*[^\W\d_]\w*(?:[ \t]+[^\W\d_]\w*){0,3})?"
        ),
        0.85,
    ),
    Rule(  # Chinese: district, street, number, then compound, building, flat
        "chinese",
        re.compile(
            r"[\u4e00-\u9fff]{1,4}[区县市][\u4e00-\u9fff]{1,8}?(?:路|街|大道|道|巷|胡同)[ \t]?"
            r"\d{1,5}(?:[ \t]?弄[ \t]?\d{1,5})?[ \t]?号"  # "张杨路1208弄7号": lane, number
            r"(?:[ \t]?(?:院|\d{1,4}[ \t]?(?:号楼|栋|单元|室|楼)|\d{1,5}(?![\d号])))*"
        ),
        0.85,
    ),
    Rule(  # Japanese: prefecture, ward or city, district, then block numbers
        "japanese",
        re.compile(
            r"[\u4e00-\u9fff]{1,3}[都道府県][\u3005\u4e00-\u9fff\u3040-\u30ff]{1,12}?[区市町村郡]"
            r"[\u3005\u4e00-\u9fff\u3040-\u30ff]{0,10}\d{1,4}(?:丁目|[-\uff0d])\d{1,4}"
            r"(?:[-\uff0d]\d{1,4}){0,2}"
            # then the building and flat: "メゾン桜302号室", "グランメゾン代々木 803号室"
            r"(?:[ \u3000]?[\u3005\u3040-\u30ff\u4e00-\u9fffA-Za-z]{1,12}"
            r"[ \u3000]?\d{1,4}号室)?"
        ),
        0.85,
    ),
    Rule(  # Korean road addresses: "서울특별시 마포구 월드컵북로12길 34, 502호"
        "korean",
        re.compile(
            r"(?:[\uac00-\ud7a3]{2,}(?:특별시|광역시|특별자치시|도|시)[ \t]+)?"
            r"[\uac00-\ud7a3]{1,6}(?:구|군|시)[ \t]+[\uac00-\ud7a3\d]{1,12}(?:로|길)"
            r"(?:\d{1,3}(?:번)?길)?[ \t]*\d{1,5}(?:-\d{1,4})?(?:,?[ \t]*\d{1,5}호)?"
        ),
        0.85,
    ),
    Rule(  # Arabic: "شارع الأمير سلطان، حي الروضة، جدة"
        "arabic",
        re.compile(
            r"(?:شارع|طريق)(?:[ \t]+[\u0621-\u064a]{2,}){1,3}"
            r"(?:،[ \t]*حي(?:[ \t]+[\u0621-\u064a]{2,}){1,2})?"
        ),
        0.85,
    ),
    Rule(  # Hindi: "मकान नं. 47, गली नं. 3, शास्त्री नगर, जयपुर"
        "hindi",
        re.compile(
            r"(?:मकान|फ्लैट|प्लॉट)[ \t]+(?:(?:नं\.?|नंबर|संख्या)[ \t]*)?\d{1,5}[\w/\-]*"
            r"(?:,[ \t]*(?:गली|सेक्टर|ब्लॉक)[ \t]+(?:नं\.?|नंबर)?[ \t]*\d{1,4})?"
        ),
        0.85,
    ),
    Rule(  # Thai: "99/12 ซอยสุขุมวิท 49 เขตวัฒนา กรุงเทพฯ"
        "thai",
        re.compile(
            r"\b\d{1,4}(?:/\d{1,4})?[ \t]+(?:ซอย|ซ\.|ถนน|ถ\.)[ \t]?[\u0e01-\u0e4e]+"
            r"(?:[ \t]*\d{1,4})?(?:[ \t]+(?:แขวง|เขต|อำเภอ|อ\.|ตำบล|ต\.)[\u0e01-\u0e4e]+){0,2}"
            r"(?:[ \t]+กรุงเทพฯ|[ \t]+กรุงเทพมหานคร|[ \t]+(?:จังหวัด|จ\.)[\u0e01-\u0e4e]+)?"
        ),
        0.85,
    ),
    Rule(  # Kazakh: "Абай даңғылы 150"; Hebrew: "רחוב הרצל 45"
        "kazakh_hebrew",
        re.compile(
            r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+[ \t]+(?:даңғылы|көшесі|проспектісі)[ \t]+\d{1,4}\b"
            r"|(?:רחוב|רח'|שדרות|שד')[ \t]+[\u05d0-\u05ea\"'\-]+"
            r"(?:[ \t][\u05d0-\u05ea\"'\-]+){0,2}[ \t]+\d{1,4}\b"
        ),
        0.85,
    ),
    Rule(  # Greek: "Οδός Αγίας Σοφίας 88", "Λεωφ. Κηφισίας 12"
        "greek",
        re.compile(
            r"(?:Οδός|οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία)[ \t]+[Α-ΩΆ-Ώ][\w\-]+"
            r"(?:[ \t]+[Α-ΩΆ-Ώ][\w\-]+){0,3}[ \t]+\d{1,5}[α-ω]?\b"
        ),
        0.85,
    ),
    Rule(  # "вул. Сонячна, 12", "ул. Ленина д. 5", "просп. Перемоги 37"
        "cyrillic",
        re.compile(
            # Serbian writes the boulevard's name in lower case: "Булевар ослобођења 71"
            r"(?:Булевар|Бульвар)[ \t]+[\w\-]+(?:[ \t]+[\w\-]+)?[ \t]+\d{1,4}[а-я]?\b"
            r"|(?:\b|(?<=\s))(?:вул\.|вулиця|ул\.|улица|просп\.|проспект|пер\.|бул\.|пл\.)"
            r"\s*[А-ЯЁІЇЄҐ][\w'\u2019\-]+(?:\s+[А-ЯЁІЇЄҐ][\w'\u2019\-]+){0,2},?"
            r"\s*(?:(?:буд|д)\.\s*)?\d{1,4}[а-я]?\b"
        ),
        0.85,
    ),
)
