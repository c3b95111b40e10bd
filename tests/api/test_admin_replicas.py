"""Two real proxy processes on one PostgreSQL database and one Redis behave as one service:
admin changes made through one are enforced by the other at once, limits are shared, and
concurrent admin writes through both leave one valid audit chain."""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx
import openai
import pytest
import redis

from aiproxy.auth.keys import KeyStore
from aiproxy.auth.roles import RoleStore
from aiproxy.keyring import generate_master_key
from aiproxy.store.database import Database
from tests.conftest import render_policy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop
from tests.store.conftest import POSTGRES_ENV, scratch_postgres_database

REDIS_ENV = "AIPROXY_TEST_REDIS_URL"
READY_SECONDS = 120


@dataclass
class Replica:
    url: str
    process: subprocess.Popen[bytes]


@dataclass
class Cluster:
    a: Replica
    b: Replica
    database_url: str
    redis: redis.Redis
    prefix: str
    admin_key: str
    service_key: str
    env: dict[str, str]

    def admin(self, replica: Replica) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.admin_key}"}
        return httpx.Client(base_url=replica.url + "/admin/v1", headers=headers, timeout=30)

    def ask(self, replica: Replica, user: str, feature: str = "support") -> str | None:
        with openai.OpenAI(
            api_key=self.service_key,
            base_url=replica.url + "/v1",
            max_retries=0,
            default_headers={"X-AIProxy-User": user, "X-AIProxy-Feature": feature},
        ) as client:
            reply = client.chat.completions.create(
                model="gpt-test", messages=[{"role": "user", "content": "hi"}]
            )
        return reply.choices[0].message.content


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def _bootstrap(url: str) -> tuple[str, str]:
    db = await Database.connect(url)
    try:
        _, admin_key = await KeyStore(db).create("root-admin", "person")
        await RoleStore(db).grant("root-admin", "admin", "tests")
        _, service_key = await KeyStore(db).create("support-service")
        return admin_key, service_key
    finally:
        await db.close()


def _start(env: dict[str, str], policy: Path, log: Path) -> Replica:
    port = _free_port()
    command = [sys.executable, "-m", "aiproxy.cli", "serve", "--policy", str(policy)]
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
            [*command, "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    return Replica(f"http://127.0.0.1:{port}", process)


def _wait_ready(replica: Replica, log: Path) -> None:
    deadline = time.monotonic() + READY_SECONDS
    with httpx.Client(timeout=2) as client:
        while time.monotonic() < deadline:
            if replica.process.poll() is not None:
                pytest.fail(f"replica exited during start-up:\n{log.read_text()[-2000:]}")
            try:
                if client.get(replica.url + "/readyz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)  # polling readiness, not standing in for it
    pytest.fail(f"replica not ready in {READY_SECONDS}s:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def cluster(
    server_loop: ServerLoop, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Cluster]:
    postgres, redis_url = os.environ.get(POSTGRES_ENV), os.environ.get(REDIS_ENV)
    if not postgres or not redis_url:
        pytest.skip(f"{POSTGRES_ENV} and {REDIS_ENV} are needed for the replica tests")
    tmp = tmp_path_factory.mktemp("replicas")
    client = redis.Redis.from_url(redis_url)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"{REDIS_ENV} is set but unusable: {exc}")
    stack = AsyncExitStack()
    url = server_loop.call(stack.enter_async_context(scratch_postgres_database(postgres)))
    prefix = f"aiproxy-test-{secrets.token_hex(6)}:"
    replicas: list[Replica] = []
    try:
        admin_key, service_key = server_loop.call(_bootstrap(url))
        policy = render_policy("admin.yaml", upstream.url, tmp / "policy.yaml")  # type: ignore[attr-defined]
        env = {k: v for k, v in os.environ.items() if not k.startswith("AIPROXY_")}
        env.update(
            AIPROXY_DATABASE_URL=url,
            AIPROXY_REDIS_URL=redis_url,
            AIPROXY_REDIS_PREFIX=prefix,
            AIPROXY_MASTER_KEY=generate_master_key(),
            AIPROXY_DETECTION_WORKERS="0",
            AIPROXY_DATA_DIR=str(tmp),
            FAKE_OPENAI_KEY="sk-fake-openai",
        )
        logs = [tmp / "a.log", tmp / "b.log"]
        replicas = [_start(env, policy, log) for log in logs]
        for replica, log in zip(replicas, logs, strict=True):
            _wait_ready(replica, log)
        a, b = replicas
        yield Cluster(a, b, url, client, prefix, admin_key, service_key, env)
    finally:
        for replica in replicas:
            replica.process.terminate()
        for replica in replicas:
            try:
                replica.process.wait(15)
            except subprocess.TimeoutExpired:
                replica.process.kill()
                replica.process.wait()
        keys = list(client.scan_iter(match=prefix + "*"))
        if keys:
            client.delete(*keys)
        client.close()
        server_loop.call(stack.aclose())


#: The documented bound: a change through one replica is enforced by the others within it.
PROPAGATION_SECONDS = 5


def refusal_within_bound(ask: Callable[[], object]) -> openai.PermissionDeniedError:
    """Ask until refused; fail if the other replica still allows it after the bound."""
    deadline = time.monotonic() + PROPAGATION_SECONDS
    while True:
        try:
            ask()
        except openai.PermissionDeniedError as refused:
            return refused
        assert time.monotonic() < deadline, f"still allowed after {PROPAGATION_SECONDS}s"
        time.sleep(0.05)  # polling for the bound, not standing in for readiness


def test_role_revoked_on_one_replica_is_enforced_by_the_other(cluster: Cluster) -> None:
    with cluster.admin(cluster.a) as admin_a:
        assert admin_a.post("/users/ann/roles", json={"role": "agent"}).status_code == 201
        assert cluster.ask(cluster.b, "ann") == "Echo: hi"
        assert admin_a.delete("/users/ann/roles/agent").status_code == 200
        with pytest.raises(openai.PermissionDeniedError):  # the changing replica: at once
            cluster.ask(cluster.a, "ann")
    refused = refusal_within_bound(lambda: cluster.ask(cluster.b, "ann"))
    assert refused.code == "user_not_allowed"


def test_user_suspended_on_one_replica_is_refused_by_the_other(cluster: Cluster) -> None:
    with cluster.admin(cluster.b) as admin_b:
        assert admin_b.post("/users/ben/roles", json={"role": "agent"}).status_code == 201
        assert cluster.ask(cluster.a, "ben") == "Echo: hi"
        assert admin_b.post("/users/ben/suspend").status_code == 200
    refused = refusal_within_bound(lambda: cluster.ask(cluster.a, "ben"))
    assert refused.code == "user_suspended"


def test_rate_limits_and_quotas_are_shared_between_replicas(cluster: Cluster) -> None:
    with cluster.admin(cluster.a) as admin_a:
        admin_a.post("/users/cat/roles", json={"role": "limited"})  # 3 requests a minute
        admin_a.post("/users/dan/roles", json={"role": "agent"})
    cluster.ask(cluster.a, "cat")
    cluster.ask(cluster.b, "cat")
    cluster.ask(cluster.a, "cat")
    with pytest.raises(openai.RateLimitError) as limited:
        cluster.ask(cluster.b, "cat")
    assert limited.value.code == "rate_limited"
    for _ in range(4):  # 3 tokens each: the feature's 12 a day are used up through A
        cluster.ask(cluster.a, "dan", "capped")
    deadline = time.monotonic() + 10
    while not any(
        int(cluster.redis.get(k) or 0) >= 12
        for k in cluster.redis.scan_iter(match=cluster.prefix + "tokens:feature:*:capped")
    ):  # A counts usage just after answering; wait until it has
        assert time.monotonic() < deadline, "usage was never counted"
        time.sleep(0.05)
    with pytest.raises(openai.RateLimitError) as exceeded:
        cluster.ask(cluster.b, "dan", "capped")
    assert exceeded.value.code == "quota_exceeded"


def test_concurrent_admin_writes_through_both_replicas_leave_one_valid_chain(
    cluster: Cluster,
) -> None:
    async def write_all() -> list[int]:
        headers = {"Authorization": f"Bearer {cluster.admin_key}"}
        async with httpx.AsyncClient(headers=headers, timeout=60) as client:
            calls = [
                client.post(
                    f"{(cluster.a, cluster.b)[i % 2].url}/admin/v1/users/bulk-{i}/roles",
                    json={"role": "agent"},
                )
                for i in range(50)
            ]
            return [r.status_code for r in await asyncio.gather(*calls)]

    assert asyncio.run(write_all()) == [201] * 50
    verify = subprocess.run(
        [sys.executable, "-m", "aiproxy.cli", "audit", "verify"],
        env=cluster.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    with cluster.admin(cluster.b) as admin_b:
        grants = admin_b.get("/audit", params={"action": "role.grant", "limit": 200}).json()
    assert {e["subject"] for e in grants["data"]} >= {f"bulk-{i}" for i in range(50)}
