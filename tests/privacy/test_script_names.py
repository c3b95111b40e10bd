"""Names in Han, Hangul and Arabic script, found as chat senders and labelled form values."""

from __future__ import annotations

from aiproxy.privacy.recognizers.script_names import script_names


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in script_names(text)]


def test_senders_stamped_with_a_time_are_people() -> None:
    text = "王丽娟 10:12：小陈，我下周三从成都飞回来\n陈志强 10:14：好的，我去机场接你。\n"
    assert _names(text) == ["王丽娟", "陈志强"]


def test_labelled_people_in_hangul_han_and_arabic() -> None:
    text = (
        "대상자: 이수민 (사번 HB-30271)\n승인자: 박정호 부장\n"
        "收件人：张伟\nالعميل: عبدالله بن سعيد القحطاني\n"
    )
    assert _names(text) == ["이수민", "박정호", "张伟", "عبدالله بن سعيد القحطاني"]


def test_sentences_and_unlabelled_words_are_not_names() -> None:
    text = (
        "上次体检报告出来了吗？\n"  # a sentence, no sender stamp
        "会议纪要文档 10:12：已上传\n"  # six characters: a heading, not a name
        "시행일: 2025-09-01\n"  # a date label
        "المبلغ: 850 ريال\n"  # an amount label
    )
    assert _names(text) == []
