"""Personal accounts in logs, review threads and CI; shared, role and bot accounts are nobody's."""

from __future__ import annotations

from aiproxy.privacy.recognizers.accounts import actor_names
from aiproxy.privacy.recognizers.lexicon import Lexicon


def _actors(text: str, lexicon: Lexicon) -> list[str]:
    return [text[s:e] for s, e in actor_names(text, lexicon)]


def test_accounts_acting_in_reviews_and_ci_logs_are_people(lexicon: Lexicon) -> None:
    text = (
        "amaka-obi commented on src/notify.py line 44:\n"
        "chinedu replied: my bad, copied from local.\n"
        "Job succeeded in 2m 41s. Triggered by hiroshi-tanaka.\n"
        "hi, my username is lucy_ferraro and i tried resetting\n"
    )
    assert _actors(text, lexicon) == ["amaka-obi", "chinedu", "hiroshi-tanaka", "lucy_ferraro"]


def test_bots_and_accounts_made_of_english_words_are_not(lexicon: Lexicon) -> None:
    text = (
        "dependabot opened a pull request\n"
        "github-actions commented on the run\n"
        "release-manager approved these changes\n"
        "Triggered by schedule.\n"
        "svc_billing pushed 3 commits\n"
    )
    assert _actors(text, lexicon) == []
