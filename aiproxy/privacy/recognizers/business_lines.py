"""Where an address or a phone number is an organisation's, by what its line says before it.

"Our branch is 250 NW Franklin Ave, Bend", "Naše kancelář: Vinohradská 48, Praha 2,
+420 222 514 100", "L'employeur a son siège 14 avenue Jean Jaurès": the writer says whose
it is. A
company's office, shop or clinic is nobody's home, so its address and switchboard are no
personal data. Only the line before the value counts, and only words that name the
organisation's own premises. Not a legal form or "our office": the slices label a sole
trader's "Tuko Print Ltd | +254 722 …" and "Our office moved to 1200 Harbor Boulevard" as
personal, and where labels disagree the address stays redacted.
"""

from __future__ import annotations

import re

#: The organisation's own premises, in the languages customers write in, up to the value.
_PREMISES = re.compile(
    r"(?i)(?:\bour\s+(?:branch|store|shop|showroom|warehouse|postal\s+team|head\s+office"
    r"|registered\s+office|headquarters)\b"
    r"|\bour\s+offices\s+are\s+(?:at|in)\b|\boficinas?\s+en\b|\bnuestras?\s+oficinas?\b"
    r"|\bnossa\s+loja\b|\bloja\s*:|\bnaše\s+kancelář\b|\bsiège(?:\s+social)?\b"
    r"|\bversicherer\s*:|\bpraxis\s+für\b|\bhotel\s*:|склад\s+на\b"
    r"|\bιατρείο\b|משרד\s+ב|\bunser(?:e)?\s+(?:büro|filiale|praxis)\b|\bnotre\s+(?:bureau|agence)\b"
    # labels that name a seat, branch or shop: "Firmensitz:", "公司地址：", "Şube:", "Офіс:"
    r"|\b(?:firmensitz|gesch[äa]ftssitz|company\s+address|adresse\s+(?:boutique|du\s+magasin))\b"
    # not "Office:" alone: a CRM contact's "Office: Váci út 76" is where that person works
    r"|公司地址|本社|\b[şs]ube\s*:|\bpobočka\b|\bофіс\s*:|\btél\.?\s+cabinet\b|هاتف\s+المكتب"
    r")[^\n]{0,60}$"
)


def on_a_business_line(text: str, start: int) -> bool:
    """Whether the line up to `start` says the value there belongs to an organisation."""
    line_start = text.rfind("\n", 0, start) + 1
    return _PREMISES.search(text, max(line_start, start - 120), start) is not None
