"""Health statements in English: a predicate about someone and the condition it names.

"diagnosed with …", "suffers from …", "on dialysis", "is pregnant": the predicate says the
text is about a person's health; the bare condition ("diabetes awareness week") says nothing.
Read by special_category.py as its "health" rules, one alternation with the others.
"""

from __future__ import annotations

_OBJECT = (
    r"(?:[\w'\u2019\-]+\s+){0,3}[\w'\u2019\-]+"  # the condition/belief named after the predicate
)
_CONDITIONS = (
    r"cancer|diabetes|epilepsy|asthma|depression|anxiety|bipolar(?:\s+disorder)?|schizophrenia"
    r"|dementia|alzheimer'?s|parkinson'?s|autism|adhd|hiv|aids|multiple sclerosis|lupus"
    r"|ptsd|long covid|covid(?:-19)?|a disability|a heart condition|heart disease|leukemia"
    r"|leukaemia|hepatitis(?:\s+[abc])?|an eating disorder|anorexia|bulimia|ocd|dyslexia"
    r"|crohn'?s(?:\s+disease)?|arthritis|migraines|a tumou?r|a brain tumou?r|tuberculosis"
)
_EVENTS = (
    r"surgery|an operation|a stroke|a heart attack|an overdose|a breakdown|a miscarriage"
    r"|chemo(?:therapy)?|addiction|alcoholism|substance abuse|postnatal depression"
)

STATEMENTS = (
    # a clinic letter: "a new diagnosis of atrial fibrillation", "her background includes COPD"
    rf"\b(?:a\s+)?(?:new\s+)?diagnosis\s+of\s+{_OBJECT}",
    rf"\b(?:her|his|their)\s+(?:medical\s+)?background\s+includes\s+{_OBJECT}",
    rf"\b(?:diagnosed\s+with|being\s+treated\s+for|tested\s+positive\s+for"
    rf"|relapsed?\s+(?:into|on))\s+{_OBJECT}",
    rf"\brecovering\s+from\s+(?:a|an|his|her|their|my)\s+{_OBJECT}",
    rf"\b(?:suffers?\s+from|suffering\s+from|treatment\s+for|recovering\s+from"
    rf"|living\s+with|struggling\s+with)\s+(?:(?:chronic|severe|acute|clinical|early[\s\-]onset"
    rf"|type\s+[12]|stage\s+\w+)\s+)?(?:{_CONDITIONS}|{_EVENTS})\b",
    rf"\b(?:has|had|have)\s+(?:type\s+[12]\s+|stage\s+\w+\s+|chronic\s+|severe\s+"
    rf"|[\w]+-[\w]+\s+)?(?:{_CONDITIONS})\b",
    r"\b(?:is|am|are|was)\s+(?:hiv|HIV)[\s\-]positive\b",
    r"\b(?:is|am|was|are|be|being)\s+(?:now\s+)?(?:\d+\s+(?:weeks|months)\s+)?pregnant\b",
    r"\b(?:i'm|i\s+am|is|he's|she's|am|was)\s+(?:a\s+)?(?:type\s+[12]\s+)?(?:diabetic|epileptic"
    r"|asthmatic|coeliac|celiac|autistic|dyslexic|paraplegic|quadriplegic)\b",
    r"\b(?:receives?|receiving|claims?|claiming|on)\s+(?:SSDI|SSI|PIP|DLA|ESA|disability"
    r"\s+(?:benefits?|allowance|living\s+allowance|pension))\b(?:\s+for\s+" + _OBJECT + r")?",
    r"\b(?:treated|operated\s+on|hospitali[sz]ed)\s+for\s+" + _OBJECT,
    r"\b(?:takes?|taking|on)\s+[A-Za-z][\w\-]+(?:\s+\d+\s*mg)?\s+for\s+"
    r"(?:his\s+|her\s+|their\s+"
    r"|my\s+)?(?:" + _CONDITIONS + r"|hypertension|high\s+blood\s+pressure|cholesterol"
    r"|seizures|thyroid|blood\s+pressure|psychosis|adhd)\b",
    r"\b(?:on|taking|prescribed)\s+(?:antidepressants|insulin|chemo(?:therapy)?|methadone"
    r"|antiretrovirals?(?:\s+therapy)?|lithium|prozac|sertraline|antipsychotics|PrEP)\b",
    r"\b(?:undergoing|started|starting|in|on)\s+(?:home\s+)?(?:chemo(?:therapy)?|dialysis"
    r"|radiotherapy|radiation\s+therapy|rehab(?:ilitation)?"
    r"|therapy\s+for\s+" + _OBJECT + r")\b",
    r"\b(?:miscarriage|ivf\s+treatment|mental\s+breakdown|psychiatric\s+(?:ward|hospital))\b",
    rf"\b(?:in|receiving|getting|started|needs|undergoing)\s+treatment\s+for\s+{_OBJECT}",
    rf"\b(?:has|had|have)\s+(?:had\s+)?(?:an?\s+|one\s+|two\s+|three\s+|several\s+|\d+\s+"
    rf"|a\s+long\s+)?(?:episodes?|bouts?|history|attacks?)\s+of\s+{_OBJECT}",
    r"\b(?:has|have|had)\s+(?:an?\s+)?(?:severe\s+|serious\s+|life[\s\-]threatening\s+)?"
    r"(?:[a-z]+\s+)?allerg(?:y|ies)\b",
    r"\b(?:is|am|are|was)\s+(?:severely\s+)?allergic\s+to\s+\w+",
    r"\b(?:medical|sick|stress)\s+leave\s+(?:for|due\s+to|because\s+of|after)\s+" + _OBJECT,
    r"\b(?:disclosed|disclosing|received|got|has|had)\s+(?:a|an|her|his|their)\s+"
    r"(?:[\w'\u2019\-]+\s+){0,2}diagnosis\b",
    r"\b(?:has|had|have)\s+(?:an?\s+)?(?:(?:chronic|severe|rare|acute|inherited|genetic"
    r"|autoimmune|progressive|degenerative)\s+)?(?:[\w'\u2019\-]+\s+){0,2}"
    r"(?:disease|disorder|syndrome|deficiency)\b",
    r"\b(?:uses|use|using|needs|wears|wear|has)\s+(?:a\s+|an\s+)?(?:wheelchair"
    r"|walking\s+(?:stick|frame)|mobility\s+scooter|hearing\s+aids?|guide\s+dog"
    r"|cochlear\s+implant|insulin\s+pump|pacemaker|colostomy\s+bag|prosthe(?:sis|tic\s+\w+))\b"
    r"(?:\s+(?:because\s+of|due\s+to|after)\s+" + _OBJECT + r")?",
    r"\b(?:attends|attending|needs|on)\s+(?:dialysis|chemo(?:therapy)?)"
    r"(?:\s+(?:three|two|\d)\s+times\s+a\s+week)?\b",
    r"\b(?:was|is|been|got)\s+(?:admitted|hospitali[sz]ed|signed\s+off|off\s+sick)"
    r"(?:\s+to\s+hospital)?\s+(?:with|for|after|due\s+to|because\s+of)\s+" + _OBJECT,
    r"\b(?:acute|chronic|severe)\s+\w+(?:\s+\w+)?\s+requiring\s+(?:surgery|an\s+operation"
    r"|hospitali[sz]ation|dialysis)\b",
    r"\b(?:has|have|had)\s+(?:an?\s+)?(?:documented\s+|diagnosed\s+|permanent\s+|severe\s+)?"
    r"(?:hearing|visual|sight|vision|mobility|learning|physical|intellectual|cognitive|speech)"
    r"\s+(?:impairment|disability|loss|difficult(?:y|ies))\b",
    r"\bHIV[\s\-]positive\b",
    r"\b(?:is|am|are|was)\s+having\s+(?:[\w\-]+\s+){0,2}(?:surgery|an\s+operation|chemo"
    r"(?:therapy)?|radiotherapy|a\s+biopsy)\b",
    r"\b(?:feeling|felt|feels|been\s+feeling)\s+(?:very\s+|really\s+|so\s+)?(?:depressed"
    r"|suicidal)\b",
    r"\b(?:is|she's|i'm|am|are|we're|you're)\s+expecting\s+(?:a\s+baby|twins|(?:her|their|our"
    r"|my|your)\s+"
    r"(?:first\s+|second\s+|third\s+)?(?:child|baby))\b",
    r"\b(?:reports?|reported|experiences?|experiencing|suffers?|has|had|gets|getting)\s+"
    r"(?:frequent\s+|regular\s+|severe\s+)?(?:panic\s+attacks|seizures|flashbacks"
    r"|hallucinations|suicidal\s+thoughts|self[\s\-]harm|low\s+mood|insomnia|anxiety"
    r"|depressive\s+symptoms)\b(?:\s+and\s+\w+)?",
    r"\b(?:my|her|his|their)\s+(?:" + _CONDITIONS + r")\b",
)
