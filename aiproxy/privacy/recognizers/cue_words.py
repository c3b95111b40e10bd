"""The words that announce a name: greetings, sign-offs, introducers, form labels, role words.

Word lists only, written by hand in the languages customers write to support in; cues.py
turns them into the patterns that find the name after them.
"""

from __future__ import annotations

from aiproxy.privacy.recognizers.names import TITLES

#: Greetings and sign-offs, in English and the languages customers write to support in;
#: a name may follow on the next line ("Grazie,\nFrancesca").
GREETINGS = (
    # "Sig.ra" before "Sig": the longer title first, or its tail reads as the name
    rf"Dott\.ssa|Sig\.ra|{TITLES}|Δρ|Κος|Κα|Dear|Hi|Hello|Hey|Thanks|Thank\s+you|Regards|Cheers"
    r"|Sincerely|Attn|Groet|Groetjes|(?:[Bb]est|[Kk]ind|[Ww]arm)(?:\s+[Rr]egards|\s+[Ww]ishes)?"
    r"|[Mm]any\s+thanks|Grazie|Saluti|Cordiali\s+saluti|Distinti\s+saluti|Gentile|Buongiorno"
    r"|Merci|Cordialement|Bonjour|Gracias|Saludos|Un\s+saludo|Atentamente|Hola|Estimad[oa]"
    r"|Querid[oa]|Danke|Viele\s+Grüße|Beste\s+Grüße|Liebe\s+Grüße|Mit\s+freundlichen\s+Grüßen"
    r"|Sehr\s+geehrte[rn]?|Liebe[rs]?|Hallo|Obrigad[oa]|Atenciosamente|Olá|Pozdrawiam|Ciao"
    r"|Halo(?:\s+(?:kak|mbak|mas|pak|bu))?|Hoi|Salut|Oi|Moin|Servus|Gruß|Groetjes|Ndugu|Bwana"
    r"|Hei|Terve|Hyvä|Hallå"
    r"|Madame|Monsieur|Mademoiselle|Cu\s+stim[ăa]|Stimat[ăa]\s+doamn[ăa]|Stimate\s+domnule"
    r"|Egregi[oa]|E\s+se\s+gan|Αγαπητή\s+κυρία"
    r"|Αγαπητέ\s+κύριε"
    r"|Dziękuję|Dzień\s+dobry|Cześć|Szanown[ya]|Groeten|Met\s+vriendelijke\s+groet|Geachte"
    r"|Hälsningar|Med\s+vänlig\s+hälsning|Vänliga\s+hälsningar|Hej|Tack|Teşekkürler"
    r"|Sayg\u0131l\u0131r\u0131mla|Merhaba|Say\u0131n|Cảm\s+ơn|Trân\s+trọng|Xin\s+chào|Kính\s+gửi"
    r"|Ευχαριστώ|Με\s+εκτίμηση|Αγαπητέ|Αγαπητή|Спасибо|Дякую|С\s+уважением|З\s+повагою"
    r"|Здравствуйте|Добрий\s+день|Шановн(?:ий|а)|Уважаем(?:ый|ая)"
)
#: Words that end right before a name: introductions, reported contact, role words.
INTRODUCERS = (
    r"(?i:(?:my|his|her|their|our|mio|mia|mi|mon|ma|mein|meine|meu|minha|son|sa|sein|seine"
    r"|ihr|ihre|seu|sua|su)\s+(?:husband|wife|son|daughter|partner|[ée]pou(?:x|se)|conjoint"
    r"|marito|moglie|figlio|figlia|marido|esposa|hijo|hija|mari|femme|fils|fille|mann|frau"
    r"|sohn|tochter|filho|filha|mother|father|sister|brother|madre|padre|hermana|hermano"
    r"|sorella|fratello|m[ãa]e|pai|mutter|vater|m[èe]re|p[èe]re),?)"
    r"|don(?=\s+[A-Z])|[Rr]ider|[Cc]ourier|[Tt]ravell?ed\s+with"
    r"|[Aa]ttesterad\s+av|[Gg]odk[äa]nd\s+av|[Gg]enehmigt\s+von|[Aa]pprouv[ée]\s+par"
    r"|[Aa]probado\s+por|[Aa]provado\s+por|[Aa]pprovato\s+da|[Gg]oedgekeurd\s+door"
    r"|[Bb]ehandelaar|[Bb]earbeiter(?:in)?|[Dd]iluluskan\s+oleh|[Dd]isetujui\s+oleh|[Zz]atwierdzi[łl]a?|[Oo]naylayan"
    r"|[Nn]otas?\s+de|[Dd]o[ñn]a|[Ss]eñora?|[Ss]enhora?|[Ss]ignora?"
    r"|[Ll]ogged\s+by|[Cc]ompiled\s+by|[Pp]repared\s+by|[Rr]ecorded\s+by|[Tt]aken\s+by"
    r"|[Ww]ritten\s+by|[Nn]ame\s+(?:is|was)|[Nn]amed|[Cc]alled|[Ss]igned\s+by|[Aa]ssigned\s+to|[Ee]scalated\s+to"
    r"|[Ss]poke\s+(?:to|with)|[Mm]et(?:\s+with)?|[Cc]onfirmed\s+by|[Rr]eported\s+by"
    r"|[Aa]pproved\s+by|[Rr]eferred\s+by|(?:[Tt]icket|[Cc]all|[Ee]mail|[Mm]essage|[Nn]ote"
    r"|[Rr]equest|[Cc]omplaint|[Ff]eedback)\s+from|[Ee]mployee|[Cc]ustomer|[Cc]lient"
    r"|[Cc]andidate|[Aa]pplicant|[Tt]enant|[Pp]atient|[Cc]olleague|[Cc]ontact|[Ii]nvite|[Aa]sk"
    r"|[Cc]ardholder|[Aa]ccount\s+holder|[Pp]assenger|[Gg]uest|[Pp]ing\s+from|[Uu]pdate\s+for"
    r"|[Mm]oderator|[Aa]gent|[Aa]dvisor|[Aa]dviser|[Tt]echnician|[Oo]fficer|[Nn]urse|[Cc]oach"
    r"|[Mm]entor|[Ss]upervisor|[Rr]ecruiter|[Cc]aseworker|[Pp]aralegal|[Cc]ounsell?or"
    r"|[Rr]eviewer|[Ii]nvestigator|[Aa]djuster|[Aa]ssessor|[Aa]uditor|[Aa]pprover|[Ii]nspector"
    r"|[Dd]ispatcher|[Pp]aramedic|[Cc]onstable|[Dd]etective|[Ss]ergeant|[Ii]nterpreter"
    r"|[Pp]harmacist|[Mm]idwife|[Cc]haplain|[Cc]oordinator|[Cc]aller|[Rr]eporter|[Aa]ssignee"
    r"|(?:[Rr]eviewed|[Hh]anded\s+over|[Rr]otated|[Rr]ewritten|[Pp]ushed|[Tt]aken)\s+(?:by|to)"
    r"|[Nn]ight\s+auditor|[Aa]uditor|[Rr]eceptionist|[Dd]river|[Ll]andlord|[Ll]andlady"
    r"|[Ii]t's|[Ii]t\s+is|[Tt]his\s+is|I'm|I\s+am|Name(?=\s+[A-Z])"
    r"|[Cc]'est|[Jj]e\s+suis|[Jj]e\s+m'appelle|[Ss]oy|[Mm]e\s+llamo|[Ii]ch\s+bin"
    r"|[Ii]ch\s+hei(?:ß|ss)e|[Ss]ono|[Mm]i\s+chiamo|[Ee]u\s+sou|[Jj]estem"
    # support staff and bosses elsewhere: "Asesora Guadalupe:", "Temsilci Hatice Öztürk:",
    # "Min chef Per-Olof Sundqvist", "Vertretung macht Mehmet Yılmaz-Schulte"
    r"|[Aa]sesora?|[Ee]jecutiv[oa]|[Aa]tendente|[Aa]gente|[Cc]onsultora?|[Bb]erater(?:in)?"
    r"|[Cc]onseill(?:er|ère)|[Tt]emsilci|[Hh]andläggare|[Mm]in\s+chef|[Mm]ijn\s+manager"
    r"|[Mm]eine?\s+(?:Chefin|Chef|Vorgesetzte[r]?)|[Vv]ertretung\s+macht"
    # Tagalog's personal articles, which only come before a person: "anak ko si Princess",
    # and its kin words in lower case: "si lola Remedios"; Czech vocatives: "pane Kučero"
    r"|(?-i:si|ni|kay|sina|nina|lola|lolo|tita|tito|kuya|pane|paní|pani)"  # not "ate": English
    # Polish "pan Grzegorz Pietrzak" (lower case: "Pan" may be Peter's), a Bulgarian clerk,
    # a Dutch nickname: "(roepnaam Noortje)"
    r"|(?-i:pan|pana|panem|panią)|[Сс]лужител(?:ка(?:та)?|ят)?|roepnaam"
    r"|[Ss]erved\s+by|[Ee]scalate\s+to|[Ff]ee\s+earner:?"
    # who answers the call: "le atiende Marta Ruiz", "fala a Joana", "vous parlez avec Léa"
    r"|[Ll]e\s+atiende|[Tt]e\s+atiende|[Ll]e\s+habla|[Ff]ala\s+(?:o|a)|[Vv]ous\s+parlez\s+avec"
    # whose name an account or a document is in, who wrote it: "intestato a Salvatore Russo",
    # "a nombre de", "au nom de", "Rédigé par Yann-Ber Kerjean", "O técnico Cleiton"
    r"|[Ii]ntestat[oa]\s+a|[Aa]\s+nombre\s+de|[Ee]m\s+nome\s+de|[Aa]u\s+nom\s+de"
    r"|[Rr]édigée?\s+par|[Éé]crite?\s+par|[Ss]ignée?\s+par|[Rr]edactad[oa]\s+por"
    r"|[Ee]scrit[oa]\s+por|[Vv]erfasst\s+von|[Gg]eschrieben\s+von|[Tt]écnic[oa]"
    r"|[Кк]лиент(?:ка)?|[Пп]ациент(?:ка)?|[Сс]отрудни(?:к|ца)"
    # Nordic partners and kin: "Min sambo Bjørn", "min kone Ingrid"; who a caller proved to be
    r"|(?i:min|mitt|mi)\s+(?:sambo|man|fru|kone|mann|kæreste|son|dotter|datter|sønn|mamma|pappa"
    r"|bror|syster|søster)|(?:verified|identified|confirmed)\s+as"
    # Greek and Cyrillic introductions and kin: "ονομάζομαι Ευανθία", "Муж: Олександр"
    r"|ονομάζομαι|δικαιούχος|[Μμ]ε\s+λένε|λέγομαι|[Οο]\s+σύζυγός\s+μου|[Ηη]\s+σύζυγός\s+μου"
    r"|[Мм]еня\s+зовут|[Мм]ене\s+звати|[Мм]уж|[Жж]ена|[Чч]оловік|[Дд]ружина|[Сс]ын|[Дд]очь"
    # "el portero se llama Ezequiel", "s-a prezentat ca „Marian", Turkish "annem Nermin …",
    # Indonesian "mas Dimas"
    r"|se\s+llama|se\s+chama|s['\u2019]appelle|hei[ßs]t|si\s+chiama|nazywa\s+si[ęe]|heet"
    r"|(?:s-a\s+prezentat|se\s+present[óo]|se\s+apresentou|s['\u2019]est\s+pr[ée]sent[ée]e?)"
    r"\s+(?:ca|como|comme)(?:\s+[\"\u201e\u201c\u00ab])?"
    r"|annem|babam|e[şs]im|o[ğg]lum|k[ıi]z[ıi]m|karde[şs]im|(?:[Mm]as|[Mm]bak)(?=\s+[A-Z])"
    # Romanian, Portuguese, Polish and Turkish "my name is"; French "son fils", Swahili "my
    # younger sibling", Hinglish "my son"; a deputy in German
    r"|[Mm]ă\s+numesc|[Nn]umele\s+meu\s+este|[Mm]e\s+chamo|[Nn]azywam\s+si[ęe]|[Aa]d[ıi]m"
    r"|(?:son|sa)\s+(?:fils|fille|mari|femme|fr[èe]re|s[œo]eur|m[èe]re|p[èe]re)"
    r"|(?:mdogo|kaka|dada|mke|mume|mama|baba|mtoto)\s+wangu"
    r"|(?i:mere|meri)\s+(?:bete|beti|bhai|behen|pati|patni|bhaiya)|Vertretung(?=:)"
)
#: Form labels whose value is a person.
LABELS = (
    r"Name|Full\s+name|Customer|Client|Contact|Employee|Patient|Tenant|Applicant|Candidate"
    r"|From|To|Cc|Reporter|Assignee|Requester|Owner|Manager|Emergency\s+contact"
    r"|Account\s+holder|Cardholder|Beneficiary|Signed|Member|Insured|Policyholder|Claimant"
    r"|Passenger|Traveller|Traveler|Guest|Attendees?|Participants?|Student|Parent|Guardian"
    r"|Recipient|Payee|Sender|Buyer|Seller|Driver|Host|Landlord|Interviewer|Referred\s+by"
    r"|Preferred\s+name|Nickname|Known\s+as|Goes\s+by|Complainant|Respondent|Witness(?:es)?"
    r"|Officer|Referee|References?|Viewers?|Advisor|Adviser|Technician"
    r"|Mentor|Supervisor|Approver|Reviewer|Author|Committer|Caseworker|Clinician|Nurse"
    r"|Doctor|Physician|Therapist|Dentist|Surgeon|Consultant|Coach|Teacher|Tutor|Contractor"
    r"|Assessor|Adjuster|Investigator|Auditor|Handler|Speaker|Presenter|Volunteer|Intern"
    r"|Hiring\s+manager|Line\s+manager|Account\s+manager|User|Cover|Covering|Assicurato"
    r"|Versicherte[rn]?|Asegurado|Segurado|Ubezpieczony|[Rr]emediation\s+owner|Klant|Kunde"
    r"|Kundin|Apotheker(?:in)?|M[ée]dic[oa]|Penumpang(?:\s+\d+)?|Bearbeitung|Sachbearbeiter(?:in)?"
    r"|Mwombaji|Repartidor(?:a)?|Conductor(?:a)?|Motorista|Fahrer(?:in)?|[Ll]easing\s+agent"
    r"|[Ss]ales\s+rep|[Cc]ase\s+(?:worker|manager|officer)|Passenger\s+\d+|Guest\s+\d+"
    r"|Leaver|Joiner|Starter|[Bb]adge\s+name|[Dd]isplay\s+name|[Gg]uest\s+name|[Ll]egal\s+name"
    r"|[Ff]irst\s+name|[Gg]iven\s+name|Do|Od|Ospite|Hu[ée]sped|H[óo]spede|Gast|Invit[ée]"
    r"|Operatore|Operador|Operadora|Paciente|Pacjent(?:ka)?|Patiënt|Cliënt|Cliente|Nombre|Nome"
    r"|Optometrist|Optician|Pharmacist|Vet|Veterinarian|Radiographer|Physio(?:therapist)?"
    r"|Dietitian|Podiatrist|Hygienist|Audiologist|Carer|Key\s+worker|Social\s+worker"
    r"|[Ii]ncident\s+lead|Pasien|Pelanggan|Nasabah|Học\s+sinh|Giáo\s+viên"
    r"|Champion|Donor|Counsel|Attorney|Lawyer|Solicitor|Techniker(?:in)?|Acompañante|Companion"
    r"|Sponsor|Contact\s+person|Ansprechpartner(?:in)?|Bill\s+to|Ship\s+to|Sold\s+to|Deliver\s+to"
    r"|[Oo]n-call|Collected\s+by|Dispensed\s+to|Prescriber|Requested\s+by|Trustee|Executor"
    r"|Guarantor|Co-applicant|Spouse|Next\s+of\s+kin|Emergency\s+contact\s+name"
    r"|Müşteri|Hasta|Çalışan|Yetkili|Ad\s+Soyad|Adı\s+Soyadı|Klient(?:ka)?|Zákazník|Pacient"
    r"|Клиент|Клієнт|Пациент|Пацієнт|Сотрудник|Працівник|ФИО|ПІБ|Имя|Ім'я|Получатель|Отримувач"
    r"|Πελάτης|Ασθενής|Δικαιούχος|Όνομα|Ονοματεπώνυμο|Παραλήπτης"
    # French forms, inclusive spellings too: "Salarié·e : Margaux Lefort-Benali"
    r"|Salarié(?:·e|e)?|Employé(?:·e|e)?|Locataire|Bénéficiaire|Titulaire|Interlocut(?:eur|rice)"
    r"|Responsable"  # counsellors and fee earners are role words above, colon or not
    r"|Dependa?ent|Child|Son|Daughter|Clients|Buyers|Sellers|Couple|Planner|Other\s+party"
    # git trailers: "Reviewed-by: Róisín Mac Giolla Bhríde", "Co-authored-by: …"
    r"|Reviewed-by|Co-authored-by|Signed-off-by|Acked-by|Tested-by|Reported-by|Suggested-by"
    # incident reports, code headers, Czech and German forms, French letters ("De : Me …")
    r"|[Ii]ncident\s+commander|Scribe|Maintainers?|Vypracoval[a]?|Zpracoval[a]?|Vyřizuje"
    r"|(?:Behandelnde[rn]?\s+)?(?:Arzt|Ärztin)|Θεράπων\s+ιατρός|De|À"
    # more roles, and tenants, patients, pupils and authors in Nordic, Dutch, Romanian,
    # Vietnamese and Greek forms
    r"|Translator|Guide(?:\s+assigned)?|Receiver|Contact\s+at\s+office|Signature"
    r"|Leietaker|Utleier|Sjúklingur|Deltagere|Deltakere|Deltagare|Potilas|Asiakas|Oppilas"
    r"|Huoltajat|Hyresgäst|Lejer|Huurder|Mieter(?:in)?|Inquilino|Arrendatario|Najemca"
    r"|Pedagogisch\s+medewerker|Redactat\s+de|Întocmit\s+de|Angajat(?:ă)?|Khách\s+hàng"
    r"|Υπεύθυνη\s+βάρδιας|Υπεύθυνος\s+βάρδιας|Sporządził[a]?|Wystawił[a]?"
    # Polish buyer, Dutch employee, French pupil, a numbered parent (not Swahili "Mteja:",
    # which is a chat's customer turn as often as a form's field)
    r"|Nabywca|Kupujący|Medewerker|Werknemer|Élève|Parent\s+\d"
    # meeting minutes: "Absent: Giulia Ricci — on leave", "Chair: …", "Minutes: Ewa Sobczak"
    r"|Absent|Apologies|Chair|Chairperson|Minutes|Note-taker|Notetaker"
    r"|Paziente|Propietari[oa]|Proprietari[oa]|Titular"
    r"|Συνταξιδεύων|Συνταξιδεύουσα"
    # a form's possessive field: "Patient's name:", "Insured's name:"
    r"|[A-Z][a-z]+['\u2019]s\s+(?:full\s+)?name"
    # the insured, guarantors, candidates, witnesses, tenants, handlers and parents across
    # the European forms: "Assurée :", "Kezes:", "Candidat:", "Vidne:", "Najmoprimac:"
    r"|Assur[ée](?:e|·e)?|Kezes|Por[ęe]czyciel(?:ka)?|B[üu]rg(?:e|in)|Garant(?:e|ă)?|Fiador(?:a)?"
    r"|Jamin|Jamac|Ru[čc]itel(?:ka)?|Kefil|Жирант|Поручител[ьи]|Гарант"
    r"|Candidat(?:e|ă)?|Kandydat(?:ka)?|Kandidat(?:in|ka)?|Kandidaat|Candidat[oa]|Aday|Кандидат(?:ка)?"
    r"|Vidne|Vitne|Vittne|Zeug(?:e|in)|T[ée]moin|Testigo|Testemunha|Testimone|Getuige|[ŚS]wiadek"
    r"|Sv[ěe]dek|Tan[ıi]k|Свидетель|Свідок|Сведок|Μάρτυρας"
    r"|Najmoprimac|Najmodavac|Najemn[íi]k|Kirac[ıi]|Locatario|Arrendat[áa]rio|Арендатор|Орендар"
    r"|Наниматель|Закупац|Ενοικιαστής|Aanmelder|Melder|Indiener|Behandelaar|Bearbeiter(?:in)?"
    r"|Vater|Mutter|P[èe]re|M[èe]re|Padre|Madre|Pai|M[ãa]e|Vader|Moeder|Ojciec|Matka|Father"
    r"|Mother|Отец|Мать|Батько|Мати|Clienta|Klijent(?:kinja|ica)?|Клијент(?:киња)?|Клиентка"
    r"|Клієнтка|Працівниця|Сотрудница|Pracowni(?:k|ca)|Zam[ěe]stnan(?:ec|kyn[ěe])|Radni(?:k|ca)"
    r"|M[ée]decin|Lekarz|L[ée]ka[řr]|Arts|L[äa]kare|Lege|L[äa][äa]k[äa]ri|Doktor|Hekim|Врач"
    r"|Лікар|Лекар|Γιατρός|Entrevistador(?:a)?|Intervistatore|Interviewer(?:in)?"
    # an emergency contact, a companion and a treating doctor: "Noodcontact: echtgenote Hafsa",
    # "Συνοδός: κόρη, Ελένη Μπεκίρ", "Médico tratante:", "Compilato da:"
    r"|Noodcontact|Notfallkontakt|Contacto\s+de\s+emergencia|Contact\s+d'urgence"
    r"|Kontak\s+darurat|[Oo]soba\s+do\s+kontaktu|Контакт(?:\s+для\s+экстренной\s+связи)?"
    r"|Контактное\s+лицо|Συνοδός|M[ée]dico\s+tratante|M[ée]decin\s+traitant|Medico\s+curante"
    r"|Compilato\s+da|Redatto\s+da|Firmato\s+da"
    # who deployed or changed a record, as a manifest's or a ticket's key: "deployed-by:"
    r"|(?i:deployed|updated|created|modified|maintained|edited|changed)[-_ ]by"
    # who may collect a child, an affected customer: "Abholberechtigt:", "clienta afectada:"
    r"|Abholberechtigte?|[Cc]lient[ae](?:\s+afectad[oa])?|[Cc]liente\s+afectad[oa]"
)
#: Kin and neighbours between a form's label and the name, perhaps with a comma: "Vidne: nabo
#: Anders Lykke", "Abholberechtigt: Oma Halina, Nachbarin Frau Brüggemann", "Noodcontact:
#: echtgenote Hafsa", "Συνοδός: κόρη, Ελένη Μπεκίρ", "мать, Пак Лариса", "adik pemesan, Dimas".
#: Not English "son" or "wife": a label's value may open with a surname that reads so.
KIN_AFTER_LABEL = (
    r"nabo(?:en)?|granne|buurman|buurvrouw|Nachbar(?:in)?(?:[ \t]+(?:Frau|Herr))?|voisine?"
    r"|vecin[oa]|vizinh[oa]|Oma|Opa|Tante|Onkel|mummo|vaari|babcia|dziadek"
    r"|echtgeno(?:te|ot)|κόρη|γιος|σύζυγος|μητέρα|πατέρας|мать|отец|муж|жена|сын|дочь|мама"
    r"|żona|mąż|córka|syn|adik(?:[ \t]+\w+)?|kakak|suami|istri|esposa|esposo|marido|hija|hijo"
    r"|[ée]pouse|[ée]poux|Ehefrau|Ehemann|Tochter|Sohn"
)
#: Role words before a name in brackets: "Customer (Alejandro Ruiz Montoya): …".
BRACKETED = (
    r"Customer|Client|Caller|Agent|User|Patient|Member|Guest|Tenant|Employee|Support"
    r"|Agente|Cliente|Paciente|Operador[a]?|Kunde|Kundin|Mitarbeiter(?:in)?|Klant|Medewerker"
    r"|(?:Recruiter|Interviewer|Agent|Advisor|Manager|Reviewer)\s+notes?"
    r"|Son|Daughter|Wife|Husband|Mother|Father|Conseill(?:er|ère)|Asesora?|Atendente"
    r"|Sachbearbeiter(?:in)?"
)
#: Kin in brackets before a name: "(filho, Rodrigo)", "(son: Manpreet)".
BRACKETED_KIN = (
    r"son|daughter|wife|husband|mother|father|filh[oa]|m[ãa]e|pai|hij[oa]|esposa|marido"
    r"|fils|fille|sohn|tochter|figli[oa]"
)
