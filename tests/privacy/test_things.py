"""Names of things (products, teams, companies, sites) are not people; people still are."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.phone import PhoneNumberRecognizer
from aiproxy.privacy.recognizers.things import names_a_thing

NAMES = DetectionSpec(entities=frozenset({"PERSON", "LOCATION"}))


def _thing(text: str, value: str, place: bool = False) -> bool:
    start = text.index(value)
    return names_a_thing(text, start, start + len(value), place)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customers on the Starter plan will be migrated.", "Starter"),
        ("Quarterly planning: Team Kestrel ships the new importer.", "Kestrel"),
        ("We renewed with Nordlicht Energie GmbH for three years.", "Nordlicht Energie GmbH"),
        ("Pricing for Vantor Analytics is attached.", "Vantor"),
        ("Ask Ada, our onboarding assistant, for the policy.", "Ada"),
        ("Deployment checklist: bump Helios to 2.9.14 first.", "Helios"),
        ("The Lumen kiosk now supports contactless payment.", "Lumen"),
        ("Now live in the Sydney and Osaka regions.", "Sydney"),
        ("Roadmap: Juniper ships in June, then Larch in autumn.", "Juniper"),
        ('Release notes 3.1 "Okonkwo": faster exports.', "Okonkwo"),
        ("Aurora Business \u2014 $29/month, billed yearly.", "Aurora Business"),
        ("Transcript with Pebble (billing bot): hello", "Pebble"),
        ("Datacenter map: Ashburn (primary), Reno (DR).", "Reno"),
        ("Welcome to Kestrel! Your workspace is ready.", "Kestrel"),
        ("Bill to: Acme Corp, 1 Main Street", "Bill"),
        ("A quote for 40 seats of Orion Hub, please.", "Orion Hub"),
        ("Price list: Aurora lamp $89, Luna lamp $74.", "Aurora"),
        ("Ask Ava (our virtual agent) to reset the counter.", "Ava"),
        ("Blue Heron is the internal codename for the rewrite.", "Blue Heron"),
        ("Atlas Sync now runs every 15 minutes.", "Atlas"),
        ("Sato will confirm dates with the Osaka plant.", "Osaka"),
        ("rolled back; Frankfurt and Dublin clusters recovered", "Frankfurt"),
        ("Meeting transcript — Seoul Launch weekly sync", "Seoul"),
        ("Olivia Brown,64.00,USD,Denver Outfitters,24.18.205.63", "Denver"),
        ("Engaged Adler & Cohen Solicitors for the lease.", "Adler"),
        ("Invoice from Azulejos Ribeiro & Filhos, Lda.", "Ribeiro"),
        ("Supplier: ok. PT Nusantara Kopi Makmur ships Monday", "PT Nusantara Kopi Makmur"),
        ("transfer via Luzerner Kantonalbank today", "Luzerner Kantonalbank"),
        ("Tasting at Hilo Coffee Collective on Friday", "Hilo Coffee Collective"),
        ("Pets: one cat, Mochi, born 2020-06-15", "Mochi"),
        ("Patient: Bella (Labrador, F, 6y)   Microchip: 98511200", "Bella"),
        ("Second pet: Duke (cat, MN)", "Duke"),
        ("Temsilci: Cumhuriyet Bayramı nedeniyle 29 Ekim işlem yapılamadı", "Cumhuriyet Bayramı"),
        ("São Paulo: closed Proclamação da República (15 Nov)", "Proclamação da República"),
        ("Oyunaa said she'd do it after Tsagaan Sar", "Tsagaan Sar"),
        ("Oyunaa said she'd do it after Tsagaan Sar", "Tsagaan"),
        ("Tack och trevlig Allhelgona!", "Allhelgona"),
        ("request to use his break for Maghrib prayer, which he", "Maghrib"),
        ("Faktura od Zając i Grabowski sp. z o.o. za meble", "Zając"),
        ("Leverantör: Bergqvist & Åberg Advokatbyrå", "Bergqvist"),
        ("Fornitore: Esposito Costruzioni, Napoli", "Esposito"),
        ("Bona Diada de Sant Jordi (ja tenim roses)", "Bona Diada de Sant Jordi"),
        ("Selamat Hari Raya Aidilfitri dari kami", "Hari"),
        ("Beneficiary bank: Banque Misr, SWIFT EBILAEAD", "SWIFT EBILAEAD"),
        ("Forwarded to the Privacy Office for review", "Privacy Office"),
    ],
)
def test_context_shows_a_thing_when_name_modifies_a_product_word(text: str, value: str) -> None:
    assert _thing(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Escalated to Priya Raghunathan in billing.", "Priya Raghunathan"),
        ("Aoife Brennan reports that the export fails.", "Aoife Brennan"),
        ("Hi, this is Juliana Ferreira da Costa from purchasing.", "Juliana Ferreira da Costa"),
        ("Kaveh raised that Oluwaseun Adeyemi covers two roles.", "Oluwaseun Adeyemi"),
        ("held by compliance; Min-jun releases it today by 17:00 KST.", "Min-jun"),
        ("Our dog walker Anna Kowalczyk has the keys.", "Anna Kowalczyk"),
        ("Representative: Ruth Adler, Adler & Cohen Solicitors", "Ruth Adler"),
        ("Billing name: Kwame Asante   Shipping name: Chiamaka Eze-Obi", "Kwame Asante"),
        ("Employee: Kwame Asante   Office: 3B, second floor", "Kwame Asante"),
        ("Lab: Priya Sharma confirmed the sample", "Priya Sharma"),
    ],
)
def test_context_leaves_a_person_when_introduced_as_one(text: str, value: str) -> None:
    assert not _thing(text, value)


def test_workplace_locates_a_person_but_is_no_person() -> None:
    text = "Aroha Ngata from the Wellington office reports an outage."
    assert not _thing(text, "Wellington", place=True)
    assert _thing(text, "Wellington")


def test_products_named_like_people_are_not_redacted(detector: Detector) -> None:
    text = "Project Aurora is paused until the Contoso contract is renewed; the Atlas kiosk ships."
    assert detector.analyze(text, NAMES) == []


def test_lower_case_chat_speakers_are_people_in_a_transcript(detector: Detector) -> None:
    chat = "oksana: the staging cluster is down again\nkemal: restarting it now, give me five"
    values = {chat[f.start : f.end] for f in detector.analyze(chat, NAMES)}
    assert {"oksana", "kemal"} <= values


def test_config_keys_are_not_chat_speakers(detector: Detector) -> None:
    config = "host: db1.internal\nport: 5432\nREDIS_URL: redis://cache:6379/0\nDEBUG: true"
    assert detector.analyze(config, NAMES) == []


def test_lower_case_name_is_found_after_my_name_is(detector: Detector) -> None:
    text = "hi my name is nguyen thi thu and i can't log in since the update"
    values = {text[f.start : f.end] for f in detector.analyze(text, NAMES)}
    assert "nguyen thi thu" in values


def test_place_where_a_person_is_based_is_found(detector: Detector) -> None:
    text = "CRM: procurement lead, based in Kisumu, prefers email."
    values = {text[f.start : f.end]: f.entity_type for f in detector.analyze(text, NAMES)}
    assert values.get("Kisumu") == "LOCATION"


def test_log_timestamps_are_not_phone_numbers() -> None:
    assert PhoneNumberRecognizer().spans("2024-04-11 10:02:33 INFO ticket moved to tier2") == []


def test_a_place_that_locates_nobody_is_not_redacted(detector: Detector) -> None:
    text = "Offices in Dubai and Singapore follow their local calendars."
    assert detector.analyze(text, NAMES) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kwame Mensah lives in Accra and asked for a callback.",
        "The customer moved to Kisumu last month.",
        "I am based in Tromsø these days.",
    ],
)
def test_a_place_that_locates_someone_is_redacted(detector: Detector, text: str) -> None:
    assert "LOCATION" in {f.entity_type for f in detector.analyze(text, NAMES)}


def test_a_name_shown_to_be_a_bot_is_a_bot_everywhere(detector: Detector) -> None:
    text = "Transcript with Pebble (billing bot):\nPebble: Sure! I've queued the refund."
    assert detector.analyze(text, NAMES) == []


def test_dates_are_not_phone_numbers() -> None:
    assert PhoneNumberRecognizer().spans("Incident date 04-02-2024, policy renewed.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Closed on St Stephen's Day and New Year's Day.", "St Stephen"),
        ("Cut-off moves for Martin Luther King Jr. Day this year.", "Martin Luther King Jr"),
        ("Invoice from Pritchard & Daughters Dental Lab attached.", "Pritchard"),
        ("Arms: Control and Variant Hunter (badges above).", "Hunter"),
        ("Vehicle: Ford Ranger Wildtrak, 48,200 mi", "Ford Ranger Wildtrak"),
        ("Models: Kia Soul (2020), Kia Niro", "Kia Niro"),
        ("Also closing the Employee Assistance Programme intake.", "Assistance Programme"),
    ],
)
def test_holidays_firms_variants_and_form_values_are_things(text: str, value: str) -> None:
    assert _thing(text, value)


def test_camel_case_products_regions_and_foreign_words_are_no_people(detector: Detector) -> None:
    text = (
        "PayAssist: For your security, please confirm the last four digits.\n"
        "Country of origin: Rakhine State, Myanmar.\n"
        "Il certificato è stato inviato. Grazie, Benedetta."
    )
    found = {text[f.start : f.end] for f in detector.analyze(text, NAMES)}
    assert not found & {"PayAssist", "Rakhine State", "Il", "Grazie"}
    assert "Benedetta" in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2x Arnold Palmer ..... $9.00", "Arnold Palmer"),
        ("Dr. Hart's Cough Syrup 200 ml ........ £6.49", "Hart's Cough Syrup"),
        ("Mon 06:00-14:00  Crew Alpha  Depot Leeds", "Alpha"),
        ("Meet Stella, our new smart lamp.", "Stella"),
        ("It pairs with Luna bulbs out of the box.", "Luna"),
        ("Warm regards,\nLeasing Team, Kamau & Reid", "Leasing"),
        ("Room types: Deluxe King, Junior Suite", "Deluxe King"),
        ("Thank you for calling Brightline Mutual, this is Darnell.", "Brightline"),
    ],
)
def test_menu_items_crews_and_new_products_are_things(text: str, value: str) -> None:
    assert _thing(text, value)


def test_a_thing_field_ends_where_the_next_field_starts() -> None:
    text = "Laptop: X1 Carbon \u00b7 Buddy: Priyanka Nair"
    assert not _thing(text, "Priyanka Nair")
    assert not _thing("Preferred provider: Dr. Hamid Rahimi", "Hamid Rahimi")


def test_a_surname_before_family_is_no_thing_despite_its_article() -> None:
    text = "a warm welcome to the Delacroix-Mbeki family, who joined the parish"
    start = text.index("Delacroix")
    assert not names_a_thing(text, start, start + len("Delacroix-Mbeki"))


def test_a_title_before_a_value_in_a_thing_field_still_makes_it_a_person() -> None:
    text = "Plan: CBT weekly with Dr. Anjali Menon; med review in June"
    start = text.index("Anjali")
    assert not names_a_thing(text, start, start + len("Anjali Menon"))
    plan = "Plan: Growth Annual"
    assert names_a_thing(plan, 6, len(plan))


def test_a_person_after_a_dash_in_an_employer_field_is_no_thing() -> None:
    text = "Employer: Austin Energy — supervisor Darnell Brooks, (512) 555-0139"
    start = text.index("Darnell")
    assert names_a_thing(text, 10, 23)  # "Austin Energy", the employer itself
    assert not names_a_thing(text, start, start + len("Darnell Brooks"))


def test_a_square_named_after_the_republic_is_still_a_place() -> None:
    text = "She moved to a flat on Praça da República last spring."
    start = text.index("Praça")
    assert not names_a_thing(text, start, start + len("Praça da República"), place=True)


@pytest.mark.parametrize(
    "text",
    [
        "Closed for Gurpurab (5 Nov) and Bandi Chhor Divas.",
        "sarado kami sa Araw ng mga Patay",
        "8 декабря — День Конституции, склад закрыт",
        "Όχι ραντεβού την Καθαρά Δευτέρα.",
        "Reminder: walang pasok sa Araw ng mga Bayani at sa Undas.",
        "👍 На День Святого Миколая збираємо подарунки.",
    ],
)
def test_festivals_of_more_calendars_are_no_people(detector: Detector, text: str) -> None:
    people = [f for f in detector.analyze(text, DetectionSpec(entities=frozenset({"PERSON"})))]
    assert people == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Medicatie opgehaald bij Apotheek De Uithof.", "Apotheek De Uithof"),
        ("Rujukan dari Klinik Pratama Sehat Sentosa", "Klinik Pratama Sehat Sentosa"),
        ("Reserva hecha con Viajes Altamira ayer", "Viajes Altamira"),
        ("Kontrol Anadolu Şifa Hastanesi'nde", "Anadolu Şifa Hastanesi"),
    ],
)
def test_organisations_named_by_their_kind_in_other_languages_are_things(
    text: str, value: str
) -> None:
    assert _thing(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Support chat — Cirrus Hosting — ticket CH-66120", "Cirrus Hosting"),
        ("Boğaziçi Market Müşteri Hizmetleri", "Boğaziçi Market"),
        ("meh. Sydney Water outage, not your fault.", "Sydney Water"),
        ("ЛевенняБот 11:22: Нагадування: склад на Шевченка", "ЛевенняБот"),
    ],
)
def test_hosts_markets_utilities_and_cyrillic_bots_are_things(text: str, value: str) -> None:
    assert _thing(text, value)


def test_a_virtual_assistant_named_in_another_language_is_a_thing() -> None:
    assert _thing("[19:02] Ola (wirtualny asystent): Dzień dobry", "Ola")
    assert _thing("Sofía (asistente virtual): Hola", "Sofía")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("L'employeur a son siège 14 avenue Jean Jaurès, 67100 Strasbourg.", "Jean Jaurès"),
        ("Alamat: Jl. Kebon Jeruk Raya No. 27, Jakarta Barat", "Kebon Jeruk"),
        ("oficina en Calle de Atocha 88, 28012 Madrid", "Calle de Atocha"),
        ("adresiniz hâlâ Caferağa Mah. Moda Cad. No: 112", "Caferağa Mah"),
    ],
)
def test_a_street_named_after_someone_is_no_person(text: str, value: str) -> None:
    assert _thing(text, value)


def test_a_romanian_lawyers_title_is_no_street() -> None:
    assert not _thing("Avocat coordonator: av. Ileana Radu.", "Ileana Radu")


def test_a_company_word_in_the_next_tab_separated_cell_names_no_company() -> None:
    text = "E-2201\tLukáš Dvořák\tLogistics\t2019-03-01"
    start = text.index("Lukáš")
    assert not names_a_thing(text, start, start + len("Lukáš Dvořák"))
    text = "shipped by Dvořák Logistics on Monday"
    assert names_a_thing(text, text.index("Dvořák"), text.index("Dvořák") + 6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lyf: Levaxin 100 mcg, 100 dagar.", "Levaxin"),
        (
            "Kinderdagverblijf De Vrolijke Vlinder – overdrachtsnotitie",
            "Kinderdagverblijf De Vrolijke Vlinder",
        ),
        ("Anadolu Katılım Bankası – Müşteri Şikâyet Kaydı", "Katılım Bankası"),
        ("Likvidátor: Mgr. Hana Svobodová, Pobočka Brno, Nádražní 2", "Pobočka Brno"),
    ],
)
def test_a_dose_or_an_organisation_word_in_another_language_shows_a_thing(
    text: str, value: str
) -> None:
    start = text.index(value)
    assert names_a_thing(text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Toko Batik Sekar Jagad, Jl. Malioboro", "Batik Sekar Jagad"),
        ("Bestelling bij Bakkerij De Molen in Zwolle", "De Molen"),
        ("Cabinet Lefèvre & Associés, Lyon", "Lefèvre"),
        ("Transport: Van Oord Logistiek", "Van Oord Logistiek"),
    ],
)
def test_kinds_of_organisation_before_a_name_and_firms_after_it_show_a_thing(
    text: str, value: str
) -> None:
    start = text.index(value)
    assert names_a_thing(text, start, start + len(value))
