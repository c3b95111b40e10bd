"""DATE_OF_BIRTH: a date, but only where the text says it is a birth date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, Span
from aiproxy.privacy.recognizers.records import record_values

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # French, Spanish, Italian, Portuguese, German and Dutch month names
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|Januar|Februar|März|Juni|Juli|Oktober|Dezember|januari|februari|maart|mei|augustus"
    # Indonesian and Filipino month names not already above
    r"|Maret|Agustus|Desember|Pebrero|Marso|Hunyo|Hulyo|Setyembre|Oktubre|Nobyembre"
    r"|Disyembre"
    # Romanian month names not already above
    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
    # Swahili month names not already above
    r"|Januari|Februari|Machi|Aprili|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba"
    # Malay month names not already above
    r"|Mac|Ogos|Disember"
    # Ukrainian and Russian months, as a date writes them ("17 вересня 1990 р.")
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    # Hindi month names
    r"|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर"
    r")\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_ORDINAL_WORD = (
    r"(?:(?:(?:twenty|thirty)[\s\-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth)"
)
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: A year said aloud, as call transcripts write it: "nineteen seventy-six", "two thousand and
#: three".
_SPOKEN_YEAR = (
    r"(?:nineteen[\s\-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s\-]{_UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|oh[\s\-]{_UNIT_WORD})"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_UNIT_WORD}|ten|eleven|twelve))?)"
)
_HU_MONTH = (
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október"
    r"|november|december)"
)
_HIJRI_MONTH = (
    r"(?:محرم|صفر|ربيع\s+الأول|ربيع\s+الآخر|ربيع\s+الثاني|جمادى\s+الأولى|جمادى\s+الآخرة|رجب"
    r"|شعبان|رمضان|شوال|ذو\s+القعدة|ذو\s+الحجة)"
)
#: Thai writes the Buddhist year (2530 is 1987).
_TH_MONTH = (
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    r"|พฤศจิกายน|ธันวาคม"
    # and abbreviated: "12 ส.ค. 2531"
    r"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
)
_KA_MONTH = (
    r"(?:იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი"
    r"|ნოემბერი|დეკემბერი)"
)
_BN_MONTH = (
    r"(?:জানুয়ারি|জানুয়ারি|ফেব্রুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর"
    r"|নভেম্বর|ডিসেম্বর)"
)
_DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})(?!\d)"  # any digits: "०४/०९/१९६६"
    rf"|(?:19|20)\d{{2}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}"
    # "3rd of June, 1984", "9. Dezember 1990"
    rf"|(?:the\s+)?\d{{1,2}}(?:{_ORD}|\.)\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH}\s+(?:the\s+)?\d{{1,2}}{_ORD},?\s+(?:19|20)\d{{2}}"  # "June the 2nd, 1984"
    rf"|\d{{1,2}}[\-\s]{_MONTH}[\-\s](?:19|20)\d{{2}}"  # "11-Apr-1972"
    rf"|\d{{1,2}}{_ORD}\s+{_MONTH}\s+['\u2019]\d{{2}}"  # "3rd Feb '84"
    rf"|(?:the\s+)?{_ORDINAL_WORD}\s+of\s+{_MONTH},?\s+(?:(?:19|20)\d{{2}}|{_SPOKEN_YEAR})"
    # the Solar Hijri calendar, in Persian digits or not: "۱۳۶۸/۰۴/۲۱"
    rf"|[۱١1][۳۴٣٤34]\d{{2}}/\d{{1,2}}/\d{{1,2}}"
    rf"|\d{{1,2}}\s+de\s+{_MONTH}\s+de\s+(?:19|20)\d{{2}}"  # "9 de enero de 1979"
    rf"|\d{{2}}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{{2}}"  # airline "14MAR80"
    rf"|(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日"  # "1992年4月18日"
    rf"|(?:19|20)\d{{2}}년[ \t]*\d{{1,2}}월[ \t]*\d{{1,2}}일"  # "1992년 7월 14일"
    rf"|\d{{1,2}}\.[ \t]\d{{1,2}}\.[ \t](?:19|20)\d{{2}}"  # Czech and Slovak "14. 2. 1971"
    rf"|(?:19|20)\d{{2}}\.[ \t]+{_HU_MONTH}[ \t]+\d{{1,2}}\.?"  # Hungarian "1995. március 11."
    rf"|\d{{1,2}}[ \t]+{_TH_MONTH}[ \t]+(?:19|20|24|25)\d{{2}}"  # Thai "3 ธันวาคม 2530"
    rf"|(?:19|20)\d{{2}}[ \t]+წლის[ \t]+\d{{1,2}}[ \t]+{_KA_MONTH}"  # Georgian "1994 წლის 8 მარტი"
    # a Japanese era's year: "昭和63年2月11日"
    rf"|(?:昭和|平成|令和|大正)(?:\d{{1,2}}|元)年\d{{1,2}}月\d{{1,2}}日"
    rf"|民國\d{{2,3}}年\d{{1,2}}月\d{{1,2}}日"  # Taiwan's Minguo year: "民國77年3月5日"
    rf"|\d{{1,2}}[ \t]+{_BN_MONTH}[ \t]+\d{{4}}"  # Bengali "১২ জানুয়ারি ১৯৭১"
    rf"|\d{{1,2}}[ \t]+{_HIJRI_MONTH}[ \t]+\d{{4}}(?:[ \t]*هـ)?)"  # the Hijri "١٥ رمضان ١٤١٠ هـ"
)
_CUE = (
    r"(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday"
    r"|geb(?:\.|urts)?\s*datum|geb\.?(?:\s+am)?|f[öo]dd|туған\s+күні|дата\s+народж\w*"
    r"|geboren(?:\s+am)?|geburtsdatum|n[ée]e?\s+le|date\s+de\s+naissance"
    r"|fecha\s+de\s+nacimiento|data\s+de\s+nascimento|data\s+di\s+nascita|data\s+urodzenia"
    r"|geboortedatum|f[öo]delsedatum|do[gğ]um\s+tarih\w*|ng[àa]y\s+sinh|(?-i:[Nn]at[oa])(?:\s+il)?"
    r"|nacid[oa](?:\s+el)?|nac[íi]\s+el|nascid[oa](?:\s+(?:em|a))?|ur(?=\.\s)|urodzon[ya]"
    r"|(?:tanggal\s+)?lahir(?:\s+(?:pada|tanggal|pelanggan|nasabah|saya|anda))?"
    # Finnish, Spanish, Swahili, Bengali, Chinese, Arabic ("my birth date"), Hungarian
    r"|syntyi|syntynyt|naci[óo]\s+el|(?:ni|a|u)lizaliwa(?:\s+tarehe)?|জন্ম\s*তারিখ|生日"
    r"|تاريخ\s+ميلادي|sz[üu]let[ée]si\s+hely,\s*id[őo]"
    r"|tarehe\s+(?:yako\s+|yake\s+)?ya\s+kuzaliwa|(?:petsa\s+ng\s+)?kapanganakan"
    r"|seinengappi|生年月日|誕生日|出生日期|생년월일|f[øo]dselsdato|syntym[äa](?:aika|p[äa]iv[äa])"
    r"|nar(?=\.\s)|narozen[aá]?|datum\s+narozen[íi]|n[ăa]scut[ăa]?(?:\s+la)?|data\s+na[șşs]terii"
    # Russian, Ukrainian, Greek, Arabic, Hebrew, Thai; Hindi "जन्म तिथि" ends on its last
    # consonant, as a vowel sign is no word character for \b
    r"|дата\s+рождения|дата\s+народження|родил(?:ся|ась)|народи(?:вся|лася)"
    r"|(?:ημερομηνία|ημ\.)\s*γέννησης|kaarawan|تاریخ\s+تولد|பிறந்த\s+தேத|የትውልድ\s+ቀን|تاريخ\s+الميلاد|تاريخ\s+الولادة|תאריך\s+לידה|วันเกิด|متولد"
    r"|जन्म\s*(?:तिथ|दिनांक|तारीख)|nascimento(?=\s*:)|생일|д\.\s?р(?=\.)|sinh\s+ngày|مواليد"
    # Hungarian, Greek, Serbo-Croatian, Norwegian and Danish, Icelandic, Bulgarian, Georgian;
    # Finnish "s." only right after a name's comma and before a date: "Eetu Väisänen, s. 17.1.2014"
    r"|sz[üu]l(?:etett|et[ée]si\s+(?:d[áa]tum|id[őo]))?|γεννήθηκε|γεννημένη|γεννημένος"
    r"|ro[đd]j?en[aoi]?|рођен[аи]?|f[øo]dt|f[æa]dd(?:ur)?|дата\s+на\s+раждане|роден[аи]?"
    r"|დაბადების\s+თარიღი|(?<=, )(?-i:[sf])(?=\.[ \t]\d))"  # Norwegian "f." too
)


#: Record columns and keys that hold a birth date (CSV exports, JSON, SQL inserts).
_DOB_FIELDS = frozenset(
    {
        *("dob", "d o b", "date of birth", "birth date", "birthdate", "birthday", "born"),
        *("geburtsdatum", "fecha de nacimiento", "data de nascimento", "data di nascita"),
        *("date de naissance", "data nascimento", "fecha nacimiento", "data nascita"),
        *("geboortedatum", "tanggal lahir", "fecha de nac", "nascimento", "nacimiento"),
        *("fødselsdato", "födelsedatum", "생년월일", "生年月日", "出生日期", "дата рождения"),
    }
)
_WHOLE_DATE = re.compile(rf"[\"' \t]*(?P<date>{_DATE})[\"' \t]*")


#: The same date in another calendar, in brackets right after: "平成4年7月9日（1992/07/09）",
#: "1404/07/15 هـ (الموافق 16/04/1984)".
_SAME_DATE_AFTER = re.compile(
    rf"(?:[ \t]*هـ)?[ \t]*[(\uff08][ \t]*(?:الموافق[ \t]*)?(?P<value>{_DATE})"
    r"[ \t]*(?:م[ \t]*)?[)\uff09]"
)
#: The word after the date: "am 19.07.1994 in Gelsenkirchen geboren", "1979年11月23日生まれ",
#: "（1972年3月18日出生）". Found first, then the date is read back from it: scanning every
#: position for a date would cost a pass of the whole date alternation over the text.
_BORN_AFTER = re.compile(r"[ \t]+geboren\b|生まれ|出生|生人")
_DATE_BEFORE = re.compile(rf"(?P<value>{_DATE})(?:[ \t]+in[ \t]+[A-ZÄÖÜ][\w\-]+)?[ \t]*$")
#: What systems store when nobody entered a date: not a birth date.
_NO_DATE = frozenset({"1900-01-01", "1970-01-01", "0001-01-01", "01/01/1900", "01/01/1970"})


def _date_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    value = _WHOLE_DATE.fullmatch(text, start, end)
    return value.span("date") if value and value.group("date") not in _NO_DATE else None


#: A substring of every cue: texts without one skip the rules.
_PREFILTER = (
    *("born", "dob", "d.o.b", "birth", "geb", "née", "nee", "naissance", "nacimiento"),
    *("nascimento", "nascita", "urodzenia", "geboorte", "delsedatum", "tarih", "sinh"),
    *("nato", "nata", "nacid", "nací", "naci", "nascid", "ur.", "urodzon", "lahir", "kuzaliwa"),
    *("(b.", "ssr docs", "kapanganakan", "seinengappi", "生年月日", "誕生日", "出生日期"),
    *("né", "생년월일", "dselsdato", "syntym", "nar.", "narozen", "рожд", "родил", "народ"),
    *("γέννησης", "الميلاد", "الولادة", "לידה", "วันเกิด", "जन्म", "född", "fodd", "туған"),
    *("născut", "nascut", "naşter", "nașter", "nastere", "متولد", "kaarawan", "تولد"),
    *("பிறந்த", "የትውልድ", "szül", "γεννή", "rođen", "rojen", "roden", "рођен", "født", "fodt"),
    *("fædd", "fadd", "раждане", "роден", "დაბადების", ", s. ", "생일", "д.р.", "д. р."),
    *("sinh ngày", "مواليد", "syntyi", "syntynyt", "nació", "nacio", "lizaliwa", "জন্ম", ", f. "),
    *(
        "生日",
        "ميلادي",
        "geboren",
        "生まれ",
        "出生",
        "生人",
        "เกิด",
        "г.р.",
        "г. р.",
        "р.н.",
        "р. н.",
    ),
)


class DateOfBirthRecognizer(RegexRecognizer):
    """Dates are everywhere in business text; only the birth-date cue makes one personal."""

    ENTITY = "DATE_OF_BIRTH"
    RULES = (
        Rule(
            "cued_date",
            re.compile(
                # the vowel sign of "तिथि", "தேதி"; a Korean particle: "생년월일은"
                # no word boundary needed after kana, Han or Hangul: "生年月日は1979年…"
                rf"(?i)\b{_CUE}(?:[은는이]|は)?(?:\b|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]))"
                r"[\u093f\u0bbf]?\.?[\"']?"
                # a note in brackets, or whose or where: "Data urodzenia Kacpra:", "Data
                # urodzenia w systemie Symfonia Kadry:"
                rf"(?:\s*\([^()\n]{{1,40}}\)|(?:[ \t]+[\w.\-]+){{1,4}}(?=:))?"
                # where: "nato a Napoli il 3 marzo 1968", "born in Leeds on 3 May 1980"
                rf"(?:[ \t]+(?:in|a|ad|à|en|em|di|at|i|te)[ \t]+(?:[A-ZÀ-Ý][\w'\-]+[ \t,]+){{1,3}}"
                rf"(?:on|il|el|em|le|am|pada|a)(?=[ \t])"
                rf"|[ \t]*:?[ \t]*(?-i:[A-ZÀ-Ý][\w'\-]+),)?"  # "szül.: Debrecen, 1995. március 11."
                rf"[\s:=\-\uff1a\uff08(]*(?:on\s+(?:file|record)\s+)?(?:is\s+|was\s+|of\s+|on\s+)?"
                r"(?:our\s+(?:file|records?)\s+(?:shows?|says|has)\s+)?"
                rf"[\"']?(?P<value>{_DATE})"
            ),
            0.9,
            "value",
        ),
        Rule(  # asked, then answered on the next line: "date of birth?\nCALLER: July 9th, 1979."
            "answered",
            re.compile(
                # a cue line with digits was answered on that line: "Data de nascimento:
                # 12/06/1978\nInternação: 03/10/2025" is a birth date, then an admission
                rf"(?i)\b{_CUE}\b[^\n\d]{{0,40}}\n[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?"
                r"(?:\d{1,2}:\d{2}(?:[ \t]*[ap]m)?[ \t]+)?"  # a chat's "10:16 Customer:"
                # the speaker in any script: "ग्राहक: 19 नवंबर 1979" (a vowel sign is no \w)
                rf"[^\n:]{{1,25}}:[ \t]*(?:(?:el|on|the|le|am|il|em|o)[ \t]+)?"
                # the caller's name first: "Caller: Reginald Thibodeaux, September 3rd, 1957."
                r"(?:(?-i:[A-Z][\w'\-]+)(?:[ \t]+(?-i:[A-Z][\w'\-]+)){0,3},[ \t]*)?"
                rf"(?P<value>{_DATE})"
            ),
            0.8,
            "value",
        ),
        Rule(  # Thai runs words together: "วันเกิดเขาวันนี้ 3 ธันวาคม 2530" (his birthday, today)
            "thai_cued",
            re.compile(rf"(?:วันเกิด|เกิดวันที่)[\u0e00-\u0e7f]{{0,12}}[ \t]*(?P<value>{_DATE})"),
            0.9,
            "value",
        ),
        Rule(  # an airline's passport record: "SSR DOCS BA HK1/P/GBR/533918274/GBR/12JUN81/M/…"
            "airline_docs",
            re.compile(r"\bSSR\s+DOCS\b[^\n]*?/[A-Z]{3}/(?P<value>\d{2}[A-Z]{3}\d{2})/[MF]I?/"),
            0.9,
            "value",
        ),
        Rule(  # Russian and Ukrainian "year of birth" after a date or a year: "дочь Алиса
            # (2017 г.р.)", "(27.10.1972 р.н.)"
            "born_abbreviated_cyrillic",
            re.compile(rf"(?P<value>{_DATE}|(?:19|20)\d{{2}})[ \t]*(?:г\.[ \t]?р\.|р\.[ \t]?н\.)"),
            0.85,
            "value",
        ),
        Rule(  # a Hebrew birth date in the Hebrew calendar: "תאריך לידה: ה' בניסן תשמ"ה"
            "hebrew_calendar",
            re.compile(
                r"תאריך[ \t]+לידה[ \t]*:[ \t]*(?P<value>[\u05d0-\u05ea]{1,3}['\u05f3]?[ \t]+"
                # the day, the month (Adar I or II), the year with its gershayim: ה' בניסן תשמ"ה
                r"ב?[\u05d0-\u05ea]{3,8}(?:[ \t]+[אב]')?[ \t]+"
                r"[\u05d0-\u05ea]{2,4}[\"\u05f4][\u05d0-\u05ea])"
            ),
            0.9,
            "value",
        ),
        Rule(  # genealogy and court notes: "Children: Arjun (b. 2015-03-08)"
            "born_abbreviated",
            re.compile(rf"\(b\.\s*(?P<value>{_DATE})\)"),
            0.8,
            "value",
        ),
        Rule(
            "born_in_year",
            re.compile(rf"(?i)\bborn\s+in\s+(?P<value>(?:{_MONTH}\s+)?(?:19|20)\d{{2}})\b"),
            0.65,
            "value",
        ),
    )

    def spans(self, text: str) -> Iterator[Span]:
        """The cued rules, dates right before a word for "born", then dates filed under a
        birth-date column or key."""
        seen = set()
        for span in super().spans(text):
            seen.add((span.start, span.end))
            yield span
            if same := _SAME_DATE_AFTER.match(text, span.end):
                seen.add(same.span("value"))
                yield Span(*same.span("value"), span.score)
        for born in _BORN_AFTER.finditer(text):
            window = max(0, born.start() - 60)
            date = _DATE_BEFORE.search(text, window, born.start())
            if date and date.span("value") not in seen:
                seen.add(date.span("value"))
                yield Span(*date.span("value"), 0.85)
        if self.prefilter(text):
            for start, end in record_values(text, _DOB_FIELDS, _date_value):
                if (start, end) not in seen:
                    yield Span(start, end, 0.85)

    def prefilter(self, text: str) -> bool:
        lowered = text.lower()
        return any(cue in lowered for cue in _PREFILTER)
