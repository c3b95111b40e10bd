"""The processes benchmarks/overhead.py measures: a fake upstream and the real proxy.

The fake upstream runs in its own process, not in the benchmark's: at concurrency 32 the
load generator's event loop and GIL would otherwise delay the upstream's answers and inflate
the direct baseline. Both the direct and the proxied calls reach this same process.
Run as a script, this module serves the fake upstream: `python overhead_procs.py PORT`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
FEATURE, ROLE, USER, MODEL = "bench", "bench-user", "user-1", "gpt-bench"
#: Every type the detector knows: the benchmark measures full detection.
ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "SECRET",
    "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "SPECIAL_CATEGORY",
)  # fmt: skip
ENTITIES = f"[{', '.join(ENTITY_TYPES)}]"
POLICY = """version: 1
max_body_bytes: 2000000
providers:
  fake:
    kind: openai_compatible
    base_url: "{upstream}/v1"
    api_key_env: BENCH_UPSTREAM_KEY
    contract: {{no_training: true, zero_data_retention: true, regions: [us]}}
    models: [{model}]
features:
  {feature}:
    purpose: Benchmark support tickets
    models: [{model}]
    require: {{no_training: true}}
    allow_fields: [model, messages, stream, max_tokens]
    max_input_tokens: 100000
    redact:
      entities: {entities}
      action: pseudonymize
    log: {{retention: 72h, content: {log_content}}}
roles:
  {role}: {{features: [{feature}]}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BENCH_UPSTREAM_KEY="sk-bench", **extra)
    return env


def _wait(url: str, process: subprocess.Popen[bytes], limit: float = 180) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with status {process.returncode} during start-up")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} not ready after {limit:g}s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass(frozen=True)
class Proxy:
    url: str
    key: str
    pid: int


@contextmanager
def upstream() -> Iterator[tuple[str, int]]:
    """(URL, pid) of the fake upstream."""
    port = free_port()
    cmd = [sys.executable, __file__, str(port)]
    process = subprocess.Popen(cmd, cwd=ROOT, env=_env({}))  # noqa: S603
    try:
        _wait(f"http://127.0.0.1:{port}/healthz", process)
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        _stop(process)


@contextmanager
def proxy(
    upstream_url: str,
    workdir: Path,
    env: dict[str, str],
    detect: bool = True,
    log_content: str = "redacted",
) -> Iterator[Proxy]:
    """`aiproxy serve` with its own policy, data directory and database, a key and a role.
    `detect=False` gives the feature no entities: what the proxy costs without detection;
    `log_content="none"` keeps only metadata in the prompt log: what content logging costs."""
    policy = workdir / "policy.yaml"
    entities = ENTITIES if detect else "[]"
    policy.write_text(
        POLICY.format(
            upstream=upstream_url,
            feature=FEATURE,
            role=ROLE,
            model=MODEL,
            entities=entities,
            log_content=log_content,
        )
    )
    full = _env({"AIPROXY_DATA_DIR": str(workdir / "data"), "AIPROXY_POLICY": str(policy), **env})
    cli = [sys.executable, "-m", "aiproxy.cli"]
    key = subprocess.run(  # noqa: S603
        [*cli, "keys", "create", "--principal", "bench", "--feature", FEATURE],
        cwd=ROOT, env=full, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    subprocess.run(  # noqa: S603
        [*cli, "users", "grant", USER, ROLE, "--policy", str(policy)],
        cwd=ROOT, env=full, check=True, capture_output=True,
    )  # fmt: skip
    port = free_port()
    cmd = [*cli, "serve", "--policy", str(policy), "--port", str(port)]
    log = (workdir / "proxy.log").open("wb")
    process = subprocess.Popen(cmd, cwd=ROOT, env=full, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        _wait(f"http://127.0.0.1:{port}/readyz", process)
        yield Proxy(f"http://127.0.0.1:{port}", key, process.pid)
    finally:
        _stop(process)
        log.close()


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(child) for child in text)
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes have used so far (this process for pid 0)."""
    total = 0.0
    for pid in pids:
        if pid == 0:
            times = os.times()
            total += times.user + times.system
            continue
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def peak_rss_mb(pid: int) -> tuple[str, float]:
    """(command summary, VmHWM in MB) of a live process."""
    status = Path(f"/proc/{pid}/status").read_text()
    kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    return cmdline, kb / 1024


def _serve_upstream(port: int) -> None:
    import uvicorn
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from tests.fake_upstream import FakeUpstream

    class BoundedUpstream(FakeUpstream):
        """The tests' fake upstream, forgetting recorded requests so memory stays flat."""

        async def handle(self, request):  # type: ignore[no-untyped-def]
            response = await super().handle(request)
            self.requests.clear()
            return response

    fake = BoundedUpstream()
    fake.app.router.routes.append(Route("/healthz", lambda r: JSONResponse({"ok": True})))
    uvicorn.run(fake.app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    _serve_upstream(int(sys.argv[1]))
