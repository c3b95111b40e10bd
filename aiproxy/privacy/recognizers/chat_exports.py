"""Names that chat tools' exports put where prose cues never appear.

LINE saves a chat as "time, tab, sender, tab, message" (or spaces: "19:02 佐々木 美穂 お疲れ…");
WhatsApp writes "[stamp] sender:", other tools "sender 21:14: …", in any script; IRC logs
write "[stamp] <nick>";
help desks write "Reply (Chloé, Partner Integrations):" and rosters "- Mereana Tipene: …".
Each layout says who speaks, and each rule asks the layout to repeat itself, or the name to
be rare in English, before it believes it: a log line or a list of labels looks alike once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.names import COMMON_ZIPF, LABEL_MARGIN, WORD, trim
from aiproxy.privacy.recognizers.script_names import SCRIPT_LETTER
from aiproxy.privacy.recognizers.speakers import is_common

#: A chat line stamped before its sender of several words: "08:12 Trần Văn Minh: Chị Lan ơi".
_STAMPED_FULL_NAME = re.compile(
    rf"(?m)^[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+"
    rf"(?P<name>{WORD}(?:[ \t]{WORD}){{1,3}}):[ \t]"
)
#: An IRC-style log's nick after its stamp: "[2025-02-15 21:04] <kaan.dmr> ben bu hafta …".
_IRC_NICK = re.compile(r"(?m)^[ \t]*\[[^\]\n]{4,25}\][ \t]*<(?P<name>[^<>\s]{2,32})>[ \t]")
#: LINE's saved chat: time, tab, sender, tab, message ("20:02\tณัฐวุฒิ ศรีสุข\tพี่ปิยะครับ").
_TABBED_SENDER = re.compile(r"(?m)^\d{1,2}:\d{2}\t(?P<name>[^\W\d_][^\t\n\d@/:]{0,40}?)\t")
#: A word of a script without Latin letters; Hebrew and Japanese names join parts with a
#: hyphen or a geresh ("בן-שושן").
_SCRIPT_WORD = rf"{SCRIPT_LETTER}+(?:[\-'\u05f3]{SCRIPT_LETTER}+)*"
_SCRIPT_NAME = rf"{_SCRIPT_WORD}(?:[ \t\u3000]{_SCRIPT_WORD}){{0,2}}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[apAP]\.?[mM]\.?)?"
#: Two to four capitalised words in Latin letters: a chat sender's full name.
_LATIN_NAME = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'\-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'\-]+){1,3}"
#: The three layouts: "19:02 佐々木 美穂 お疲れ…" (LINE with spaces: a spaced name only),
#: "אורית בן-שושן 21:14: …", "[05/01/25, 9:12 am] सुनीता देशपांडे: …".
_SCRIPT_SENDERS = (
    re.compile(
        rf"(?m)^[ \t]*{_TIME}[ \t]+(?P<name>{_SCRIPT_WORD}[ \u3000]{_SCRIPT_WORD})[ \t]+(?=\S)"
    ),
    # the sender, then the time (perhaps bracketed), then a colon: "Гульнара Хабибуллина
    # [10:14]: …", "Nadia Benali 09:02 : Bonjour"
    re.compile(
        rf"(?m)^[ \t]*(?P<name>{_SCRIPT_NAME}|{_LATIN_NAME})[ \t]+\[?{_TIME}\]?[ \t]*[:\uff1a]"
    ),
    # a sender of two or three words in a script without capitals, no time: "فهد الشمري: …"
    re.compile(
        rf"(?m)^[ \t]*(?P<name>{_SCRIPT_WORD}(?:[ \t]{_SCRIPT_WORD}){{1,2}})[ \t]*:[ \t]+\S"
    ),
    re.compile(rf"(?m)^[ \t]*\[[^\]\n]{{4,30}}\][ \t]*(?P<name>{_SCRIPT_NAME})[ \t]*[:\uff1a]"),
    # the time, then the sender and a colon: "10:03 王建国: …", "৮:১৩ PM তাসনিম আক্তার: …"
    # Slack's export: the sender, the time and the message, no colon: "山本 健太 10:02 本番の…"
    # or the time alone on the header line, and a katakana name joined by a middle dot:
    # "佐々木 健太  02:14", "アナ・ロドリゲス  02:16"
    re.compile(
        rf"(?m)^[ \t]*(?P<name>{_SCRIPT_WORD}[ \u3000]{_SCRIPT_WORD}|[\u30a1-\u30fa\u30fc]+"
        rf"(?:・[\u30a1-\u30fa\u30fc]+)+)[ \t]+{_TIME}(?:[ \t]+(?=\S)|[ \t]*$)"
    ),
    # a Korean export's afternoon first: "오후 3:13 김민준: …"; WeChat's date first:
    # "2024-04-02 09:12:45 王建国：…"
    re.compile(
        r"(?m)^[ \t]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+)?(?:(?:오전|오후)[ \t]?)?"
        rf"{_TIME}[ \t]+(?P<name>{_SCRIPT_NAME})[ \t]*[:\uff1a]"
    ),
    # KakaoTalk: "2024. 4. 2. 오후 3:12, 김민준 : …", "2025년 1월 8일 오후 7:02, 김지훈 : …"
    re.compile(
        r"(?m)^[ \t]*(?:\d{4}\.[ \t]?\d{1,2}\.[ \t]?\d{1,2}\."
        r"|\d{4}년[ \t]?\d{1,2}월[ \t]?\d{1,2}일)"
        rf"[ \t]?(?:오전|오후)[ \t]?{_TIME},"
        rf"[ \t]*"
        rf"(?P<name>{_SCRIPT_WORD})(?:[ \t]{_SCRIPT_WORD})?[ \t]*:"
    ),
)
#: A game or community chat's handle after a bracketed stamp: "[2024-03-22 19:41]
#: xX_valkyrie_Xx: anyone selling …" (a handle with digits or joiners, never a word).
_STAMPED_HANDLE = re.compile(
    r"(?m)^[ \t]*\[[^\]\n]{4,25}\][ \t]*(?P<name>(?=[^\s:]*[_.\d])[A-Za-z][\w.\-]{2,31}):[ \t]"
)

#: The title an export gives the chat, naming the other side: LINE's "[LINE] Nareeとのトーク"
#: ("talk with Naree"), WeChat's '与"王建国"的聊天' ("chat with …").
_EXPORT_TITLE = re.compile(
    r"(?m)^[ \t]*\[LINE\][ \t]*(?P<line>[^\n\t]{1,30}?)[ \t]*とのトーク"
    r"|与[\"\u201c](?P<wechat>[^\"\u201d\n]{1,12})[\"\u201d]的聊天"
)


_LETTERS = re.compile(r"[^\W\d_]+")


def _speaking_twice(lines: Iterator[re.Match[str]]) -> list[tuple[re.Match[str], str]]:
    """Each line with its sender, where that sender has two lines or more: one line of a
    log or a form looks like a chat's, a conversation repeats its speakers."""
    named = [(m, m.group("name").strip()) for m in lines]
    counts = Counter(name for _, name in named)
    return [(m, name) for m, name in named if counts[name] >= 2]


def tabbed_senders(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Senders of a LINE export, in any script; a sender counts once it speaks twice, and
    not when common English words make it up: a tab-separated log ("09:00\tbackup\tok")
    is no chat."""
    return [
        m.span("name")
        for m, name in _speaking_twice(_TABBED_SENDER.finditer(text))
        if len(name.split()) <= 4
        and not all(is_common(w) or lexicon.zipf(w.lower()) >= COMMON_ZIPF for w in name.split())
    ]


#: A chat's other side, named by its role in a script without capitals: support (Persian,
#: Arabic, Hebrew), the shop (Thai), the agent (Korean, Chinese, Hindi).
_SCRIPT_ROLES = frozenset(
    {"پشتیبانی", "پشتیبان", "الدعم", "الدعم الفني", "الموظف", "תמיכה", "נציג", "ร้าน", "แอดมิน"}
    | {"상담원", "고객센터", "客服", "店员", "店員", "एजेंट", "सहायता"}
)


def script_senders(text: str) -> list[tuple[int, int]]:
    """Senders written in a script without Latin letters, and handles after a bracketed
    stamp, once they speak twice; a role ("پشتیبانی:", "ร้าน:") is nobody's name."""
    spans = [
        m.span("name")
        for layout in _SCRIPT_SENDERS
        for m, name in _speaking_twice(layout.finditer(text))
        if name not in _SCRIPT_ROLES
    ]
    return spans + [
        m.span("name")
        for m, name in _speaking_twice(_STAMPED_HANDLE.finditer(text))
        if not name.lower().endswith("bot")
    ]


#: A turn written as a role with its speaker in brackets: "Reply (Chloé, Partner
#: Integrations):", "Vastaus (Eetu, tuki):", "Catatan apoteker (Dewi):", a region's
#: code for its team: "AR (Facu):".
_BRACKETED_SPEAKER = re.compile(
    r"(?m)(?<![\w\-])(?:[^\W\d_]{3,}|[A-Z]{2})[ \t]*\([ \t]*(?P<name>(?:[A-Z]\.[ \t])?"
    r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'\-]+(?:[ \t](?:[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'\-]+|[A-Z]\.))?)"
    r"(?:,[^()\n]{1,30})?\)[ \t]*:"
)
#: A bulleted roster or prayer list: "- Mereana Tipene: visiting …", "• Summer Oduya —
#: relocating …", two lines at least.
_BULLETED_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022]|#\d{1,3}|\d{1,3}[.)])[ \t]+"
    rf"(?P<name>{WORD}(?:[ \t]{WORD}){{1,3}})"
    r"(?::|[ \t][\u2014\u2013])[ \t]+\S"
)
#: Departments in brackets after a person: "Iker Etxeberria (Soporte):".
_DEPARTMENTS = frozenset(
    {
        *("soporte", "suporte", "atendimento", "ventas", "vendas", "facturación", "faturamento"),
        *("kundenservice", "vertrieb", "buchhaltung", "personal", "kundeservice", "asiakaspalvelu"),
        *("compta", "comptabilité", "ressources", "rrhh", "recepción", "rezeption", "tuki"),
        *("dukungan", "penjualan", "destek", "satış", "muhasebe", "ondersteuning", "verkoop"),
    }
)
#: A name word this rare in English is no label ("Uptime", "Travel Pass" are common).
_RARE_ZIPF = 3.0


def _has_a_rare_word(name: str, lexicon: Lexicon) -> bool:
    return any(lexicon.zipf(word.lower()) < _RARE_ZIPF for word in name.split())


#: A chat line's time, then a sender's capitalised name and the bracket: in "[22/03/24,
#: 6:44 pm] Sunil Yadav (Ekart):" the bracket holds the sender's company, not a speaker.
_SENDER_BEFORE_BRACKET = re.compile(
    rf"(?:\[[^\]\n]{{1,30}}\]|{_TIME}(?:[ \t]+-)?)"
    r"(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'\-.]*){1,4}[ \t]*\([ \t]*"
)


def bracketed_speakers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Speakers named in brackets after their role; severities ("F-03 (High):"), teams of
    common words and a timed sender's company are no speakers."""
    return [
        m.span("name")
        for m in _BRACKETED_SPEAKER.finditer(text)
        if _has_a_rare_word(m.group("name"), lexicon)
        and m.group("name").lower() not in _DEPARTMENTS
        and not _SENDER_BEFORE_BRACKET.fullmatch(
            text, text.rfind("\n", 0, m.start()) + 1, m.start("name")
        )
    ]


def bulleted_speakers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Full names that open the items of a bulleted list, where two items or more open so."""
    items = list(_BULLETED_SPEAKER.finditer(text))
    if len(items) < 2:
        return []
    spans = []
    for item in items:
        span = trim(text, *item.span("name"))
        if span == item.span("name") and _has_a_rare_word(item.group("name"), lexicon):
            spans.append(span)
    return spans


def export_titles(text: str) -> list[tuple[int, int]]:
    """The other side of a saved chat, named once in the export's title."""
    return [m.span(m.lastgroup or 0) for m in _EXPORT_TITLE.finditer(text)]


#: A post's or a review's author, a middle dot, then when: forums ("hopsmith_dave · Post
#: #884120 · Mar 3, 2024"), app stores ('"Bank sync broke" — marcy_okonjo · Apr 2, 2024'),
#: Messenger exports ("Echo · 9:20 PM").
_POSTED_BY = re.compile(
    # one handle ("DaveyMcG1984", "k.oyelaran") or up to three words of letters
    r"(?m)(?:^[ \t]*|[\u2014\u2013][ \t]+)(?P<name>[A-Za-z][\w.\-]{1,31}"
    r"|[^\W\d_][\w'\-]+(?:[ \t][^\W\d_][\w'\-]+){1,2})"
    r"[ \t]+·[ \t]+(?:Post[ \t]+#\d+[ \t]+·[ \t]+)?"
    r"(?:\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|\d{1,2}\.?[ \t]+[^\W\d_]{3,12}\.?[ \t]+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)


def _english(word: str, lexicon: Lexicon) -> bool:
    return is_common(word) or lexicon.zipf(word.lower()) >= COMMON_ZIPF


def posted_by(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Authors of posts and reviews: a handle not made of English words ("Posted"), or
    words none of which is English ("Sag nr", "Call ref" are labels)."""
    spans = []
    for post in _POSTED_BY.finditer(text):
        words = _LETTERS.findall(post.group("name"))
        several = " " in post.group("name") or "\t" in post.group("name")
        common = [_english(w, lexicon) for w in words]
        if words and (not any(common) if several else not all(common)):
            spans.append(post.span("name"))
    return spans


def stamped_full_names(text: str) -> list[tuple[int, int]]:
    """Senders of several words after a chat line's time, once they speak twice."""
    return [
        m.span("name")
        for m, name in _speaking_twice(_STAMPED_FULL_NAME.finditer(text))
        if not any(is_common(w) for w in name.split())
    ]


def irc_nicks(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Nicks of an IRC-style log; a bot's ("<ModBot>", "<Arbiter>": one capitalised word
    of English) is none."""
    spans = []
    for line in _IRC_NICK.finditer(text):
        nick = line.group("name")
        words = _LETTERS.findall(nick)
        if not words or nick.lower().endswith("bot") or (nick[:1].isupper() and nick.isalpha()):
            continue
        common = all(lexicon.zipf(w.lower()) >= COMMON_ZIPF for w in words)
        if common and any(lexicon.is_english_word(w.lower(), LABEL_MARGIN) for w in words):
            continue  # "<build_status>"; not "<bruce_k>", whose words are a name and a letter
        spans.append(line.span("name"))
    return spans
