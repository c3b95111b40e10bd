"""The master key: configured, or generated once with private permissions; never shown."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from aiproxy.keyring import Keyring, MasterKeyError, generate_master_key, load_master_key


def test_generated_key_is_private_and_reused(tmp_path: Path) -> None:
    first = load_master_key(None, tmp_path)
    mode = stat.S_IMODE((tmp_path / "master.key").stat().st_mode)
    assert mode == 0o600
    assert load_master_key(None, tmp_path) == first


@pytest.mark.parametrize("bad", ["not base64!!", "c2hvcnQ="])
def test_malformed_key_stops_start_up(tmp_path: Path, bad: str) -> None:
    with pytest.raises(MasterKeyError):
        load_master_key(bad, tmp_path)


def test_pseudonyms_are_stable_per_key_and_differ_across_keys(tmp_path: Path) -> None:
    key = load_master_key(generate_master_key(), tmp_path)
    ring, other = Keyring(key), Keyring(load_master_key(generate_master_key(), tmp_path))
    assert ring.user_pseudonym("alice") == ring.user_pseudonym("alice")
    assert ring.user_pseudonym("alice") != ring.user_pseudonym("bob")
    assert ring.user_pseudonym("alice") != other.user_pseudonym("alice")
    assert "alice" not in ring.user_pseudonym("alice")


def test_purposes_get_independent_keys_and_repr_hides_them(tmp_path: Path) -> None:
    ring = Keyring(load_master_key(generate_master_key(), tmp_path))
    assert ring.derive("a") != ring.derive("b")
    assert repr(ring) == "Keyring(<hidden>)"
