"""The master key and the purpose-bound keys derived from it (user pseudonyms, hash action, logs).

A deployment sets AIPROXY_MASTER_KEY; the demo generates one into the data folder with 0600
permissions and says so. A malformed key stops start-up: nothing silently runs unkeyed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger(__name__)

KEY_FILE = "master.key"


class MasterKeyError(Exception):
    """The master key is missing where required, unreadable or malformed."""


def _decode(text: str, source: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MasterKeyError(f"{source} is not valid base64") from None
    if len(key) != 32:
        raise MasterKeyError(f"{source} must decode to 32 bytes, got {len(key)}")
    return key


def generate_master_key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()


def load_master_key(configured: str | None, data_dir: Path) -> bytes:
    """The configured key, else the data folder's key file, created on first use."""
    if configured is not None:
        return _decode(configured, "AIPROXY_MASTER_KEY")
    path = data_dir / KEY_FILE
    if path.exists():
        return _decode(path.read_text(), str(path))
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(generate_master_key())
    log.warning(
        "generated a master key at %s (mode 0600); set AIPROXY_MASTER_KEY in production", path
    )
    return _decode(path.read_text(), str(path))


class Keyring:
    """Derives one independent key per purpose, so no key is used for two jobs."""

    def __init__(self, master: bytes) -> None:
        self._master = master
        self._derived: dict[str, bytes] = {}

    def __repr__(self) -> str:
        return "Keyring(<hidden>)"

    def derive(self, purpose: str) -> bytes:
        if purpose not in self._derived:
            hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode())
            self._derived[purpose] = hkdf.derive(self._master)
        return self._derived[purpose]

    def user_pseudonym(self, user: str) -> str:
        """The only form of an end-user id that leaves aiproxy; stable per deployment."""
        digest = hmac.new(self.derive("user-pseudonym"), user.encode(), hashlib.sha256)
        return "u_" + digest.hexdigest()[:24]
