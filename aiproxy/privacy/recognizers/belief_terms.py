"""Faith and trade-union words said of a person, in any phrasing.

The predicate rules of `special_category` catch "is a practising Muslim" and "member of the
union". People also write "the only Muslim on nights", "took his shahada", "refused Eid
leave", "vous êtes déléguée syndicale CGT", "zapisałem się do NSZZ Solidarność". Here the
word itself is the cue and `clauses.said_of_someone` judges its clause, as for health terms.
The words are written by hand; festival and meal words count only in a person's clause
("Eid sale" and "halal options on the menu" do not speak of anyone).
"""

from __future__ import annotations

#: Faiths, their practices, fasts kept and meals ordered for them. Festivals most people
#: celebrate whatever their faith (Diwali, Lent, Passover) say too little to count.
_FAITH = (
    r"muslims?|christians?|catholics?|protestants?|jewish|hindus?|sikhs?|buddhists?|jains?"
    r"|mormons?|quakers?|evangelicals?|atheists?|agnostics?|bah[aá]'?[ií]s?|shahada|hijab|niqab"
    r"|turban|kippah|yarmulke|bar\s+mitzvah|bat\s+mitzvah|baptism|bapti[sz]ed|confirmation\s+class"
    r"|ramadan|eid|yom\s+kippur|prays?|praying|namaz|salah|berpuasa|puasa|halal\s+meals?"
    r"|kosher\s+meals?|muslim\s+meal|hindu\s+meal|moml|ksml|hnml|candombl[ée]|umbanda|santer[ií]a"
    r"|islam|christianity|judaism|hinduism|buddhism|sikhism|catholicism|musulm[aá]n[ae]?"
    r"|musulmane?|muçulman[ao]|cat[óo]lic[ao]|evang[ée]lic[ao]|jud[íi]o|juif|juive|j[üu]disch"
    r"|moslim|moslem|muzu[lł]ma[nń]\w*|jumu['\u2019]?ah|jum['\u2019]?ah\s+prayer|amritdhari|kirpan"
)
#: Unions by name and the words for a union and its representatives.
_UNION = (
    r"trade\s+union|union\s+member|dues-paying|förtroendevald|facklig|fackförening|\w+-facket"
    r"|labou?r\s+union|teamsters|unison|unite\s+the\s+union|gmb|seiu|afscme|uaw"
    r"|afl-cio|cupe|ig\s+metall|ver\.di|solidarno[śs][ćc]|nszz|cgt|cfdt|ccoo|ugt|fnv|cosatu"
    r"|syndicat|syndical[e]?|sindicato|sindical|sindicalizad[oa]|gewerkschaft\w*|vakbond"
    r"|zwi[aą]zek\s+zawodowy|zwi[aą]zku\s+zawodowym|chama\s+cha\s+wafanyakazi|shop\s+steward"
    r"|odborov\w+\s+organizac\w*|odbor\w*\s+(?:os\s+)?kovo|vakbondslid|fackmedlem"
)
#: The alternation, compiled with the other term lists by `special_category` (one pass).
TERMS = rf"{_FAITH}|{_UNION}"
