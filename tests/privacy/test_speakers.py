"""Chat speakers and lower-case names: found from a message's layout, not from NER."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.speakers import (
    labelled_speakers,
    lone_speakers,
    lower_case_names,
    timed_speakers,
    transcript_speakers,
)

PEOPLE = DetectionSpec(entities=frozenset({"PERSON"}))


def _values(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_transcript_speakers_are_people_and_roles_are_not(lexicon: Lexicon) -> None:
    text = (
        "Agent: thanks for waiting, what seems wrong?\n"
        "oksana: the export keeps failing\n"
        "Chinedu: same here since Monday\n"
        "Agent: checking it now\n"
    )
    assert _values(text, transcript_speakers(text, lexicon)) == ["oksana", "Chinedu"]


def test_a_form_is_no_transcript(lexicon: Lexicon) -> None:
    text = "Policy: HX-22\nInsured: Emre Yilmaz\nCover: contents only\nExcess: 250 EUR\n"
    assert transcript_speakers(text, lexicon) == []


def test_team_roles_in_meeting_notes_are_no_speakers(lexicon: Lexicon) -> None:
    text = (
        "PM: let's start with the invoice redesign\n"
        "Design: contrast audit passed this week\n"
        "QA: one open bug on the totals line\n"
        "PM: good, demo on Monday\n"
    )
    assert transcript_speakers(text, lexicon) == []


def test_a_label_whose_value_is_a_name_is_a_form_field(lexicon: Lexicon) -> None:
    text = "Reviewer: Talia Okonkwo, please check the rotated key before merging\n"
    assert lone_speakers(text, lexicon) == []
    chat = "Abdi: my card keeps failing at checkout, can you help?\n"
    assert _values(chat, lone_speakers(chat, lexicon)) == ["Abdi"]


def test_lower_case_names_need_kin_titles_or_sign_offs(lexicon: Lexicon) -> None:
    text = "hi ms reyes, tobi's mum called again about the refund. thanks \u2014 gabriel"
    assert _values(text, lower_case_names(text, lexicon)) == ["tobi", "reyes", "gabriel"]
    assert lower_case_names("latency is 200 ms at p99, thanks", lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        "Carrier: Northwind Mutual\nPlan: Unlimited 5G\nFirst collection: 1 March",
        "Leverancier: Dijkstra Installatietechniek\nKlant: Bakkerij Smit\nBedrag: 120,00",
    ],
)
def test_form_labels_are_not_people(detector: Detector, text: str) -> None:
    labels = {line.split(":")[0] for line in text.splitlines()}
    found = {text[f.start : f.end] for f in detector.analyze(text, PEOPLE)}
    assert not found & labels


def test_a_board_of_labels_where_nobody_speaks_is_no_transcript(lexicon: Lexicon) -> None:
    text = (
        "Carrier: Van der Berg Transport   Status: Delayed\n"
        "Carrier: Hollis Freight   Status: On time\n"
        "Pallets: 18 / 26, gross 9,420 kg\n"
    )
    assert transcript_speakers(text, lexicon) == []


def test_speakers_with_a_role_in_brackets_are_people(lexicon: Lexicon) -> None:
    text = "rohit: bhai payroll mein galti hai\nanjali (HR): Hi Rohit, main check karti hoon\n"
    assert _values(text, transcript_speakers(text, lexicon)) == ["rohit", "anjali"]


def test_speakers_stamped_name_then_time_are_people() -> None:
    text = "mark 02:14  paging faith, p99 is up\nfaith 02:16  on it\nThéo Girard 10:14\nmerci\n"
    assert _values(text, timed_speakers(text)) == ["mark", "faith", "Théo Girard"]
    assert timed_speakers("Mon 06:00  Crew Alpha\nJira 09:03  REL-77 moved to Done\n") == []
    discord = "pablito — today 11:02\nyo tomek did u fix the bot?\ntomek — Yesterday at 9:14 PM\n"
    assert _values(discord, timed_speakers(discord)) == ["pablito", "tomek"]


def test_a_role_word_before_a_stamped_speaker_is_no_name(detector: Detector) -> None:
    text = "[14:02] Temsilci Mert: Merhaba, size nasil yardimci olabilirim?"
    assert {text[f.start : f.end] for f in detector.analyze(text, PEOPLE)} == {"Mert"}


def test_discord_style_headers_are_speakers() -> None:
    text = "kasia — 10/22/2025 9:14 PM\nmy key leaked\ntevita — 10/22/2025 9:16 PM\nrotating\n"
    assert _values(text, timed_speakers(text)) == ["kasia", "tevita"]


def test_a_stamped_speaker_in_capitals_is_a_person(detector: Detector) -> None:
    text = "[00:01:12] RASMUS HOLM (IT Director): Honestly we need the seats by Friday."
    assert "RASMUS HOLM" in {text[f.start : f.end] for f in detector.analyze(text, PEOPLE)}


def test_discord_today_headers_are_speakers() -> None:
    text = "georgia_w — Today at 10:42 AM\nhey\nTobi Adewale — Today at 10:44 AM\nok\n"
    assert _values(text, timed_speakers(text)) == ["georgia_w", "Tobi Adewale"]


def test_hyphenated_runs_take_one_pass(lexicon: Lexicon) -> None:
    """A kin rule that restarted after every "-" was quadratic in "a-b-c-…"."""
    assert lower_case_names("a-b-" * 16384, lexicon) == []


def test_stamped_speakers_in_lower_case_are_names_unless_common_words(lexicon: Lexicon) -> None:
    text = (
        "[21/10/25, 8:14 PM] neha bhatt: Bhaiya, verification ho gaya?\n"
        "[21/10/25, 8:15 PM] support bot: Your ticket is open.\n"
    )
    speakers, lower_case = labelled_speakers(text, lexicon)
    assert [text[s:e] for s, e in lower_case] == ["neha bhatt"]
    assert speakers == []


def test_a_stamped_handle_is_a_sender_even_among_full_named_speakers(lexicon: Lexicon) -> None:
    text = (
        "[08:41] siobhan.oreilly: anyone know why checkout is 502ing?\n"
        "[08:42] Bartek Nowicki: looking. lb-eu-2 is healthy\n"
        "[08:45] siobhan.oreilly: ty, the retry is the customer\n"
    )
    assert _values(text, transcript_speakers(text, lexicon)) == ["siobhan.oreilly"] * 2


def test_unstamped_handles_in_a_chat_are_people_and_config_keys_are_not(
    lexicon: Lexicon,
) -> None:
    chat = (
        "ms.kealoha: reminder, the IEP meeting moved to tues\n"
        "mr_bjornsson: ok. is Amara back from Lagos?\n"
        "ms.kealoha: poor kid. also the field trip form is due friday\n"
    )
    assert _values(chat, transcript_speakers(chat, lexicon)) == [
        "ms.kealoha",
        "mr_bjornsson",
        "ms.kealoha",
    ]
    config = "db.host: the primary in eu-west\napp.name: Billing Portal v2\ndb.host: replica\n"
    assert transcript_speakers(config, lexicon) == []


def test_telegram_export_headers_are_speakers() -> None:
    text = "Taras Bondarenko, [09.07.2025 21:42]\nВітаю!\nAndrii, [09.07.2025 21:47]\nok\n"
    assert _values(text, timed_speakers(text)) == ["Taras Bondarenko", "Andrii"]


def test_kin_words_and_camel_case_identifiers_are_no_names(detector: Detector) -> None:
    text = (
        "[18/05/25, 20:14] Lucía Quispe: ya llegué\n"
        "[18/05/25, 20:15] Mamá: Gracias a Dios hija\n"
        "[18/05/25, 20:16] Lucía Quispe: sí\n"
        "2025-07-02 ERROR c.n.portal.auth.LoginController : Login failed for Lucía\n"
        "Padala mo na lang sa GCash ko. Sender ID MoMo.\n"
        "Signed: Ronan McDonald and Keisha DeShawn\n"
    )
    found = {text[f.start : f.end] for f in detector.analyze(text, PEOPLE)}
    assert not found & {"Mamá", "LoginController", "GCash", "MoMo"}
    assert {"Lucía Quispe", "Ronan McDonald"} <= found


def test_speakers_stamped_with_a_dotted_time_are_people_in_a_chat_only() -> None:
    text = "Aada Nieminen 9.02: huomenta!\nOlli Rautio 9.05: joo, hoidan.\n"
    assert _values(text, timed_speakers(text)) == ["Aada Nieminen", "Olli Rautio"]
    assert timed_speakers("Changelog\nPython 3.11: faster startup\n") == []


def test_a_dotted_time_chat_keeps_its_senders_through_the_version_check(
    detector: Detector,
) -> None:
    text = "Aada Nieminen 9.02: huomenta!\nOlli Rautio 9.05: joo, hoidan sen.\n"
    found = {text[f.start : f.end] for f in detector.analyze(text, PEOPLE)}
    assert {"Aada Nieminen", "Olli Rautio"} <= found
