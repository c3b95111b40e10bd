"""Names announced by the words around them: labels, role words, sign-offs, honorifics."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.cues import cued_names, introduced_names
from aiproxy.privacy.recognizers.lexicon import Lexicon


def _cued(text: str) -> list[str]:
    return [text[s:e] for s, e in cued_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Complainant: Oskar Lindqvist (Night shift)", "Oskar Lindqvist"),
        ("Officer: R. Okafor", "R. Okafor"),
        ("23:10 Moderator Ikaika upheld the ban", "Ikaika"),
        ("Customer (Valentina Ruiz Ortega): the upload fails", "Valentina Ruiz Ortega"),
        ("Cordiali saluti,\nBenedetta", "Benedetta"),
        ("Met vriendelijke groet,\nSanne", "Sanne"),
        ("Watanabe-sama, thank you for your order", "Watanabe"),
        ("1. OKONJO/CHIDINMA MRS", "OKONJO/CHIDINMA"),
        ("PASSENGERS: 1. ADEWALE/TOBI MR   2. ADEWALE/KEMI MRS", "ADEWALE/KEMI"),
        ("# real key pasted by Anjali, rotate!", "Anjali"),
        ("-- TODO(kenji): row 1001 was copied from prod", "kenji"),
        ("Remediation owner: Vuk Marković. Status: contained", "Vuk Marković"),
        ("Attendees: Eirik Haugland (CTO), Hope Castellanos (Procurement)", "Eirik Haugland"),
    ],
)
def test_a_cue_announces_the_name_after_it(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reference: INV-2231",
        "Agent: Got it, checking now",
        "CI/CD MR !42",
        "Dear team,",
        "Action items owned by SRE Blue and Trust & Safety.",
        "Bill to: Harper & Lowe LLP",
    ],
)
def test_a_cue_before_no_name_finds_nothing(text: str) -> None:
    assert _cued(text) == []


def test_introductions_in_lower_case_stop_at_common_words(lexicon: Lexicon) -> None:
    text = "hi, it's keoni kahale, booking ZX-1. and hi, it's broken again"
    assert [text[s:e] for s, e in introduced_names(text, lexicon)] == ["keoni kahale"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("**Nadia Haddad** opened this issue last week", "Nadia Haddad"),
        ("Recruiter note (Precious Dube): the health detail was volunteered", "Precious Dube"),
        ("Klant: Jan-Willem van den Broek, geboren 3 april 1958", "Jan-Willem van den Broek"),
        ("Leasing agent: Dawn Reyes", "Dawn Reyes"),
        ("# attesterad av Linnea Bergqvist 24 okt 16:02", "Linnea Bergqvist"),
        ("perfetto grazie. Mio marito Lorenzo è celiaco", "Lorenzo"),
    ],
)
def test_cues_of_threads_notes_foreign_labels_and_kin(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaver: Faith Njoroge (EMP-11873), Customer Ops", "Faith Njoroge"),
        ("Badge name: Inês    Company: Farol Digital", "Inês"),
        ("Ndugu BARAKA MWANGI, umepokea KSh 12,500", "BARAKA MWANGI"),
        ("Madame Rousseau,\nSuite à ma visite", "Rousseau"),
        ("Do: Piotr Grabowski\nTemat: Potrącenie", "Piotr Grabowski"),
        ("Viaggio con mia madre, Lucia, che è celiaca", "Lucia"),
        ("la fecha de nacimiento de don Ernesto?", "Ernesto"),
        ("Ho gaya, rider Imran 7 baje tak pahunch jayega", "Imran"),
        ("Support (Sneha): Sorry Rohit ji!", "Sneha"),
        ("  1.1OKONKWO/CHIDI MR   2.1OKONKWO/GRACE MRS", "OKONKWO/GRACE"),
        ("LeShawn · 2:19 PM: Thanks Hope, I've masked that for you", "Hope"),
    ],
)
def test_cues_of_forms_greetings_kin_and_records_in_more_shapes(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a warm welcome to the Delacroix-Mbeki family, who joined", "Delacroix-Mbeki"),
        ("PNR K7QZ2M  ABDULLAHI/HALIMA MRS  SSR WCHC", "ABDULLAHI/HALIMA"),
        ("PNR W2LN8D  SANTOS/MARIA DA GRACA MS  CTCM", "SANTOS/MARIA DA GRACA"),
        ("  1.1OKONKWO/CHIDI MR", "OKONKWO/CHIDI"),
        ("Reviewer Ines Karlsson: approve at Tier 2", "Ines Karlsson"),
        ("Investigator Gail Strickland asked for the EUO", "Gail Strickland"),
    ],
)
def test_households_inline_name_records_and_role_words_announce_names(text: str, name: str) -> None:
    assert _cued(text) == [name]


def test_a_household_word_after_a_common_word_announces_nothing() -> None:
    assert _cued("part of the Marketing family of products") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("担当\uff1a田中 健太", "田中 健太"),
        ("田中健太様、いつもありがとうございます", "田中健太"),
        ("Agente (Lucía): Banco Austral, le atiende Lucía.", "Lucía"),
    ],
)
def test_japanese_labels_and_honorifics_and_foreign_roles_in_brackets(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Médica dentista: Dra. Filipa Neves", "Filipa Neves"),
        ("- Brother Emeka Nwachukwu, recovering after surgery", "Emeka Nwachukwu"),
        ("Mohon konfirmasi ke Pak Hendra Wijaya besok", "Hendra Wijaya"),
        ("Pasien: Siti Nurhaliza Rahmawati, lahir 4 April 1975", "Siti Nurhaliza Rahmawati"),
        ("giáo viên chủ nhiệm: cô Hoàng Thu Hà", "Hoàng Thu Hà"),
    ],
)
def test_titles_and_labels_in_more_languages_announce_a_name(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Agent: Kaveh Rostami   Customer: Imani Clarke", "Kaveh Rostami"),
        ("Action: 14-day ban. Moderator: Ngaio Te Rangi.", "Ngaio Te Rangi"),
        ("Reviewed by: RN Aroha Ngata on 15/09/2025", "Aroha Ngata"),
        ('Jira SEC-2207 — "Private key committed" — reporter: Ewa Wiśniewska', "Ewa Wiśniewska"),
    ],
)
def test_role_words_before_a_colon_announce_a_name(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    "text", ["User-Agent: PayGridAndroid/7.4.2.1089", "Interpreter: Urdu (Nasreen)"]
)
def test_a_header_or_a_language_after_a_role_word_is_no_name(text: str) -> None:
    assert not {"PayGridAndroid", "Urdu"} & set(_cued(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Champion: Bjørn-Erik Dahl, mobile +47 913 44 208.", "Bjørn-Erik Dahl"),
        ("Techniker: Lukas Brandt · Tel. 030 6128 4470", "Lukas Brandt"),
        ("Counsel: Nkechi Obi, Esq., Bay Family Law Group", "Nkechi Obi"),
        ("Employee: OYELARAN, Tunde        Employee ID: E-004812", "OYELARAN, Tunde"),
        ("Patient: KUMAR, Rajesh   MRN MRN-00418827", "KUMAR, Rajesh"),
    ],
)
def test_more_labels_and_surname_first_names_after_a_label(text: str, name: str) -> None:
    assert name in _cued(text)


def test_a_firm_of_partners_after_a_label_is_no_name() -> None:
    assert _cued("Bill to: Harper & Lowe LLP, Accounts Payable") == []


def test_a_display_name_its_address_spells_is_a_name() -> None:
    text = (
        "> Le 10 févr. 2025, Hugo Marchand <hugo.marchand@groupe-atlantique.fr> a écrit\n"
        "From: Katarzyna Wiśniewska <k.wisniewska@brightwater-legal.co.uk>\n"
        "To: Support Team <help@brightwater-legal.co.uk>\n"
    )
    names = [text[s:e] for s, e in cued_names(text)]
    assert "Hugo Marchand" in names and "Katarzyna Wiśniewska" in names
    assert "Support Team" not in names


def test_a_display_name_before_an_address_in_brackets_is_a_name() -> None:
    text = "Vertretung macht Mehmet Yılmaz-Schulte (m.yilmaz-schulte@example.de)."
    assert "Mehmet Yılmaz-Schulte" in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("date of birth for your new baby, Camila (born August 2, 2025)", "Camila"),
        ("# FIXME(@oyuna-bat): move these to repo secrets", "oyuna-bat"),
        ("Birthday po ng anak ko si Princess.", "Princess"),
        ("Asesora Guadalupe: ¡Hola! ¿En qué te puedo ayudar?", "Guadalupe"),
        ("Temsilci Hatice Öztürk: Cumhuriyet Bayramı nedeniyle", "Hatice Öztürk"),
        ("Müşteri: Elif Nur Karakaya · GSM +90 532 418 27 63", "Elif Nur Karakaya"),
        ("Min chef Per-Olof Sundqvist vet om det.", "Per-Olof Sundqvist"),
        ("ονομάζομαι Ευανθία Καραγιάννη και στις 2 Νοεμβρίου", "Ευανθία Καραγιάννη"),
        ("GR86 0118 (δικαιούχος Ευανθία Καραγιάννη).", "Ευανθία Καραγιάννη"),
        (
            "просит не указывать это в общем письме. Муж: Олександр Бондаренко.",
            "Олександр Бондаренко",
        ),
        ("He also asked that his wife, Padmavathi, be added", "Padmavathi"),
        ("Fee earner: Iolo ap Gruffydd.", "Iolo ap Gruffydd"),
        ("Salarié·e : Margaux Lefort-Benali (matricule GLL-20817)", "Margaux Lefort-Benali"),
        ("Dobrý den, pane Kučero,", "Kučero"),
        ("Till 2   Served by Ngaio\n", "Ngaio"),
        ("stage 3 breast cancer na si lola Remedios diba", "Remedios"),
        ("Escalate to Ama Serwaa if the bank rejects it.", "Ama Serwaa"),
        ("Name (last, first): Alemayehu, Tigist", "Alemayehu"),
    ],
)
def test_ages_handles_and_roles_kin_and_labels_in_more_languages_announce_a_name(
    text: str, name: str
) -> None:
    assert name in _cued(text)


def test_a_column_gap_ends_a_labelled_name() -> None:
    assert _cued("Çalışan: Elif Şahin   Doğum tarihi: 21.06.1990") == ["Elif Şahin"]


def test_english_ate_is_no_tagalog_article() -> None:
    assert _cued("After the demo we ate Nandos Peri chicken together.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("# Co-authored-by: Tadhg Ó Súilleabháin", "Tadhg Ó Súilleabháin"),
        ("Dependent: Kealoha (9)   SSN on file", "Kealoha"),
        ("Contato: (filha, Luzia) 21 99999-0000", "Luzia"),
        ("Son (Gurdeep) collects on Fridays", "Gurdeep"),
        ("Conseillère (Maëlys) : Bonsoir", "Maëlys"),
        ("sul conto intestato a Donatella Ferri:", "Donatella Ferri"),
        ("Rédigé par Gwenaël Le Bihan, RH", "Gwenaël Le Bihan"),
        ("O técnico Jadson disse que volta amanhã", "Jadson"),
        ("Клиент Shahnoza Rashidova просит доставку", "Shahnoza Rashidova"),
    ],
)
def test_trailers_dependents_bracketed_kin_and_foreign_introducers_cue_names(
    text: str, name: str
) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Planner: Ottavia\nCouple: Levi Abergel", "Ottavia"),
        ("Clients: Oluwadamilare Fashola, MFJ", "Oluwadamilare Fashola"),
        ("Other party: Yevgenia Sokolova, insured by Harborline", "Yevgenia Sokolova"),
        ("Min sambo Bjørn har också en försäkring", "Bjørn"),
        ("caller verified as Precious Akinola, DOB 1992-03-27", "Precious Akinola"),
    ],
)
def test_plural_and_planning_labels_nordic_partners_and_verified_callers_cue_names(
    text: str, name: str
) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Incident commander: Aurelio Quispe   Scribe: Sunny Oyelaran", "Aurelio Quispe"),
        ("Incident commander: Aurelio Quispe   Scribe: Sunny Oyelaran", "Sunny Oyelaran"),
        ("//! Maintainer: Saoirse Ní Bhriain", "Saoirse Ní Bhriain"),
        ("Číslo smlouvy: NS-2025-0441   Vypracoval: Ondřej Šťastný", "Ondřej Šťastný"),
        ("Behandelnder Arzt: Dr. med. Jörg Pfaffenrath, Praxis", "Jörg Pfaffenrath"),
        ("De : Me Héloïse Abadie   À : Me Thibault Nguyen-Marchand", "Héloïse Abadie"),
        ("Θεράπων ιατρός: Δρ. Αριστοτέλης Μαυρίδης", "Αριστοτέλης Μαυρίδης"),
        ("Cliente:\nSig.ra Annunziata Lo Presti", "Annunziata"),
        ("Bemerkung Sachbearbeiter (K. Brandtner): Unterlagen vollständig.", "K. Brandtner"),
    ],
)
def test_titles_after_a_label_and_report_labels_announce_names(text: str, name: str) -> None:
    assert name in _cued(text)


def test_a_title_after_a_label_is_not_part_of_the_name() -> None:
    assert _cued("De : Me Héloïse Abadie") == ["Héloïse Abadie"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("perfecto. el portero se llama Ezequiel, está de 9:00 a 14:00", "Ezequiel"),
        ("driver name was Dre and he took me the long way", "Dre"),
        ("sunată de un domn care s-a prezentat ca „Marian de la bancă”", "Marian"),
        ("hesap annem Nermin Yıldırımoğlu adına.", "Nermin Yıldırımoğlu"),
        ("Kurirnya, mas Dimas, bilang alamat tidak ditemukan", "Dimas"),
    ],
)
def test_introductions_in_more_languages(text: str, name: str) -> None:
    assert name in _cued(text)


def test_a_dash_sign_off_names_its_writer_but_a_common_word_does_not(lexicon: Lexicon) -> None:
    text = "My address is now 88 Tern Landing Rd, Beaufort.\n— Connie"
    assert [text[s:e] for s, e in introduced_names(text, lexicon)] == ["Connie"]
    assert introduced_names("Summary\n— Next steps follow below\n— Done", lexicon) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Logged by: Femi (femi.akinola)  2024-04-08 14:20 WAT", "Femi"),
        ("Ραντεβού: Τρίτη 16/04/2024 11:30, Δρ. Στέλιος Παππάς", "Στέλιος Παππάς"),
        (
            "Läsnä: Aino Heikkilä-Virtanen, Jukka-Pekka Mäenpää, Sami (Nordlase Oy)",
            "Jukka-Pekka Mäenpää",
        ),
    ],
)
def test_log_authors_greek_titles_and_nordic_attendee_lists(text: str, name: str) -> None:
    assert name in _cued(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leietaker: Sigrid Aasland-Bakke, født 30.09.1998", "Sigrid Aasland-Bakke"),
        ("Sjúklingur: Guðrún Sigurbjörnsdóttir", "Guðrún Sigurbjörnsdóttir"),
        ("Data: 21.11.2024   Redactat de: Ioana Mărginean", "Ioana Mărginean"),
        ("Khách hàng: Chị Nguyễn Thị Ngọc Hân", "Nguyễn Thị Ngọc Hân"),
        ("Υπεύθυνη βάρδιας: Ελένη Μαυρίδου", "Ελένη Μαυρίδου"),
        ("Case worker: Sara T.   Interpreter: Dawit   Date: 2024-04-09", "Dawit"),
        (
            'Parcel{ID: "ZP-1", Receiver: "Inês Sofia Magalhães", Phone: "+351"}',
            "Inês Sofia Magalhães",
        ),
        ("Signature: /s/ K. Bondarenko-Hughes   Date: 08/05/2024", "K. Bondarenko-Hughes"),
        ("ok, dzwonię do klienta. pan Grzegorz Pietrzak, +48 512 087 334", "Grzegorz Pietrzak"),
        ("Служител Стоян Колев изпрати PIN", "Стоян Колев"),
        ("manager: CN=Pieter-Jan Hoekstra,OU=Management,DC=corp", "Pieter-Jan Hoekstra"),
    ],
)
def test_more_labels_titles_and_directory_names_announce_a_name(text: str, name: str) -> None:
    assert name in _cued(text)


def test_a_one_word_directory_name_is_a_service_account() -> None:
    assert _cued("member: CN=svc-backup,OU=Service Accounts,DC=corp") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Klant / Client : Pieter-Jan Verhaegen\nAdres : Kortrijksesteenweg 1017",
            "Pieter-Jan Verhaegen",
        ),
        ("Sporządziła: A. Nowak, Kadry i Płace", "A. Nowak"),
        ("Duración: 00:11:42 · Agente: Marta (ext. 4412) · Cola: Retención", "Marta"),
        ("AGENTE: Buenas tardes, le atiende Marta Ruiz, ¿con quién tengo el gusto?", "Marta Ruiz"),
        (
            "2. Patient's name: Cornelius Washington\n3. Patient's birth date",
            "Cornelius Washington",
        ),
    ],
)
def test_bilingual_labels_possessive_fields_extensions_and_call_openers(
    text: str, name: str
) -> None:
    assert name in _cued(text)


def test_a_speakers_one_word_turn_is_still_no_name() -> None:
    assert _cued("Agent: Thanks\nCustomer: Sure") == []
