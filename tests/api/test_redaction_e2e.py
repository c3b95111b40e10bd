"""Redaction end to end: personal values never reach the upstream, and come back restored."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from tests import sdk
from tests.api.test_openai_chat import client
from tests.conftest import Proxy
from tests.fake_upstream import Behaviour, FakeUpstream

VALUES = {
    "name": "Oluwaseun Adeyemi",
    "email": "seun.adeyemi@brightmail.example",
    "phone": "+44 20 7946 0958",
    "card": "4111 1111 1111 1111",
}
PROMPT = (
    f"Customer {VALUES['name']} wrote from {VALUES['email']} and asked us to call back on "
    f"{VALUES['phone']}. They paid with card {VALUES['card']} and want a refund."
)


def sent_text(upstream: FakeUpstream) -> str:
    return json.dumps(upstream.last.body, ensure_ascii=False)


def assert_nothing_leaked(upstream: FakeUpstream) -> None:
    for recorded in upstream.requests:
        text = json.dumps(recorded.body, ensure_ascii=False)
        for value in VALUES.values():
            assert value not in text


def test_personal_values_never_reach_the_upstream_and_are_restored(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    raw = client(proxy).chat.completions.with_raw_response.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
    )
    assert_nothing_leaked(upstream)
    assert "<PERSON_1>" in sent_text(upstream)
    assert raw.parse().choices[0].message.content == f"Echo: {PROMPT}"
    assert raw.headers["x-aiproxy-redacted"] == (
        "CREDIT_CARD=1, EMAIL_ADDRESS=1, PERSON=1, PHONE_NUMBER=1"
    )


@pytest.mark.parametrize("piece_size", [1, 2, 3, 5, 7])
def test_streamed_answer_is_restored_across_chunk_boundaries(
    proxy: Proxy, upstream: FakeUpstream, piece_size: int
) -> None:
    upstream.piece_size = piece_size
    stream = client(proxy).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert_nothing_leaked(upstream)
    assert text == f"Echo: {PROMPT}"


@pytest.mark.parametrize("piece_size", [1, 4, 7])
def test_anthropic_stream_is_restored_across_chunk_boundaries(
    proxy: Proxy, upstream: FakeUpstream, piece_size: int
) -> None:
    upstream.piece_size = piece_size
    c = sdk.anthropic_client(
        api_key=proxy.key,
        base_url=proxy.url,
        max_retries=0,
        default_headers={"X-AIProxy-User": "alice", "X-AIProxy-Feature": "support-claude"},
    )
    with c.messages.stream(
        model="claude-test",
        max_tokens=200,
        system=f"The agent is {VALUES['name']}.",
        messages=[{"role": "user", "content": PROMPT}],
    ) as stream:
        text = "".join(stream.text_stream)
    assert_nothing_leaked(upstream)
    assert text == f"Echo: {PROMPT}"
    assert "<PERSON_1>" in upstream.last.body["system"]


@pytest.mark.parametrize("piece_size", [1, 6])
def test_responses_stream_restores_deltas_and_final_text(
    proxy: Proxy, upstream: FakeUpstream, piece_size: int
) -> None:
    upstream.piece_size = piece_size
    events = list(client(proxy).responses.create(model="gpt-test", input=PROMPT, stream=True))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    done = [e.text for e in events if e.type == "response.output_text.done"]
    completed = [e.response.output_text for e in events if e.type == "response.completed"]
    assert_nothing_leaked(upstream)
    assert deltas == done[0] == completed[0] == f"Echo: {PROMPT}"


def test_same_value_gets_same_placeholder_across_messages_and_tool_calls(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    email = VALUES["email"]
    messages = [
        {"role": "system", "content": f"Escalations go to {email}."},
        {"role": "user", "content": f"Please email {email} about the refund."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "send_email", "arguments": json.dumps({"to": email})},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": f"sent to {email}"},
    ]
    client(proxy).chat.completions.create(model="gpt-test", messages=messages)  # type: ignore[arg-type]
    sent = upstream.last.body["messages"]
    assert_nothing_leaked(upstream)
    placeholder = "<EMAIL_ADDRESS_1>"
    assert placeholder in sent[0]["content"] and placeholder in sent[1]["content"]
    assert json.loads(sent[2]["tool_calls"][0]["function"]["arguments"]) == {"to": placeholder}
    assert placeholder in sent[3]["content"]


def test_tool_call_arguments_in_the_answer_are_restored(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.then(
        Behaviour(
            tool_calls=[
                {
                    "id": "call_9",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": '{"customer": "<PERSON_1>"}'},
                }
            ]
        )
    )
    answer = client(proxy).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
    )
    call = answer.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert json.loads(call.function.arguments) == {"customer": VALUES["name"]}  # type: ignore[union-attr]


def test_placeholders_the_model_invents_are_left_alone(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.then(Behaviour(reply="Thanks <PERSON_1>, also cc <PERSON_7>."))
    answer = client(proxy).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
    )
    assert answer.choices[0].message.content == f"Thanks {VALUES['name']}, also cc <PERSON_7>."


def test_blocked_entity_refuses_the_request_with_types_and_counts_only(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client(proxy).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "My SSN is 536-22-8726."}]
        )
    assert info.value.code == "blocked_entities"
    assert "US_SSN" in info.value.message and "536-22-8726" not in info.value.message
    assert upstream.requests == []


def test_zero_width_characters_do_not_smuggle_an_email_past_detection(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    hidden = "seun.ade\u200byemi@bright\u00admail.example"
    client(proxy).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": f"Write to {hidden} today"}]
    )
    assert "brightmail" not in sent_text(upstream).replace("\u00ad", "")
    assert "<EMAIL_ADDRESS_1>" in sent_text(upstream)


def test_embeddings_input_is_redacted_with_the_features_action(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    result = client(proxy, feature="embeddings").embeddings.create(
        model="embed-test", input=[PROMPT, "no personal data here"]
    )
    assert len(result.data) == 2
    assert VALUES["email"] not in sent_text(upstream)
    assert "<EMAIL_ADDRESS>" in upstream.last.body["input"][0]


def test_analyze_reports_findings_blocks_and_redacted_text(proxy: Proxy) -> None:
    response = httpx.post(
        proxy.url + "/v1/privacy/analyze",
        headers={"authorization": f"Bearer {proxy.key}"},
        json={"feature": "support", "text": PROMPT + " SSN 536-22-8726"},
    )
    assert response.status_code == 200
    result = response.json()
    kinds = {f["type"] for f in result["findings"]}
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN"} <= kinds
    assert result["blocked"] == {"US_SSN": 1} and result["would_send"] is False
    for value in VALUES.values():
        assert value not in result["redacted_text"]
    email = next(f for f in result["findings"] if f["type"] == "EMAIL_ADDRESS")
    assert PROMPT[email["start"] : email["end"]] == VALUES["email"]


def test_analyze_accepts_a_whole_chat_request(proxy: Proxy) -> None:
    response = httpx.post(
        proxy.url + "/v1/privacy/analyze",
        headers={"authorization": f"Bearer {proxy.key}"},
        json={
            "feature": "support",
            "api": "chat",
            "request": {"model": "gpt-test", "messages": [{"role": "user", "content": PROMPT}]},
        },
    )
    result = response.json()
    assert result["would_send"] is True
    assert result["findings"][0]["location"].startswith("messages[0]")
    assert VALUES["card"] not in json.dumps(result["redacted_request"])


def test_one_megabyte_prompt_is_redacted_end_to_end(proxy: Proxy, upstream: FakeUpstream) -> None:
    filler = "The quarterly report covers revenue, churn and the support backlog in detail. "
    body = filler * 6000  # about 470 KB of plain business prose around the values
    text = f"{PROMPT} {body}{VALUES['email']} {body}Signed, {VALUES['name']}."
    assert len(text.encode()) > 900_000
    answer = client(proxy, feature="bulk").chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": text}], timeout=120
    )
    assert_nothing_leaked_except_card(upstream)
    assert answer.choices[0].message.content == f"Echo: {text}"


def assert_nothing_leaked_except_card(upstream: FakeUpstream) -> None:
    """The bulk feature does not redact cards; everything it does redact must be gone."""
    text = sent_text(upstream)
    for key in ("name", "email", "phone"):
        assert VALUES[key] not in text
