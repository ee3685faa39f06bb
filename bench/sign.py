"""Signing under a spike: an open-loop load of sign requests at a fixed rate, then a count.

    .venv/bin/python bench/sign.py --rate 300 --seconds 60            # SQLite
    scripts/with-postgres .venv/bin/python bench/sign.py --rate 300   # PostgreSQL

Requests leave on a fixed schedule whatever the server does (open loop), and each latency is
measured from the moment its request was due, so a slow server cannot hide its queue. Every
request is a new signer (its own address and email). Production runs beside granian: the site's
clock (`jobs`) and the task worker (`db_worker`) sending every confirmation email through SMTP
to a sink on loopback. A few seconds of lighter load warm the workers first
and are not counted. Afterwards the database is read: every request answered 303 must be
exactly one stored signature, nothing else may be stored, and the emails owed are waited for.
Results go to bench/results/sign-<database>[-nginx]-<rate>.json.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import (  # noqa: E402
    ENV,
    PYTHON,
    RESULTS,
    ROOT,
    free_port,
    start_granian,
    start_nginx,
    stop,
)


def prepare(env):
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True)
    script = (
        "import django; django.setup()\n"
        "from freethem.appeals.models import AppealPage, Signature\n"
        "a = AppealPage.objects.filter(locale__language_code='en', open_to='people').first()\n"
        "print(a.pk, a.url, Signature.objects.order_by('-pk').values_list('pk', flat=True)[0])\n"
    )
    out = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), out[1], int(out[2])


def count_signatures(env, marker, total):
    """The run's signatures stored, those stored twice, and those sent their email.

    Addresses are sealed: the run's rows are found by the keyed hashes of its addresses.
    """
    script = (
        "import django; django.setup()\n"
        "from collections import Counter\n"
        "from freethem.appeals.models import Signature\n"
        "from freethem.core.addresses import address_hash\n"
        f"hashes = [address_hash(f'{marker}{{n}}@gmail.com') for n in range({total})]\n"
        "found = Counter(); sent = 0\n"
        "for start in range(0, len(hashes), 5000):\n"
        "    rows = Signature.objects.filter(email_hash__in=hashes[start:start + 5000])\n"
        "    for h, at in rows.values_list('email_hash', 'confirmation_sent_at'):\n"
        "        found[h] += 1; sent += at is not None\n"
        "print(sum(found.values()), sum(1 for n in found.values() if n > 1), sent)\n"
    )
    out = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), int(out[1]), int(out[2])


def count_staleness(env, port, appeal_id, since, signers=5):
    """Seconds from confirming signatures to count.json (as the visitor gets it) showing them."""
    url = f"http://127.0.0.1:{port}/appeals/{appeal_id}/count.json"

    def total():
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)["total"]

    script = (
        "import django; django.setup()\n"
        "from freethem.appeals import services\n"
        "from freethem.appeals.models import Signature\n"
        f"for s in Signature.objects.filter(pk__gt={since}, suspect=False)[:{signers}]:\n"
        "    services.confirm_signature(s)\n"
    )
    before = total()
    subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, check=True)
    confirmed = time.perf_counter()
    while total() < before + signers:
        if time.perf_counter() - confirmed > 60:
            return None
        time.sleep(0.2)
    return round(time.perf_counter() - confirmed, 1)


def start_background(env, var):
    """The SMTP sink, the appeals' clock and the task worker, as production runs them."""
    smtp_port = free_port()
    env.update(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port), EMAIL_USE_TLS="false")
    log = open(var / "background.log", "w")  # noqa: SIM115 (closed with the processes)
    sink = [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}", "-c"]
    # The clock and the worker run at the same priority as the server: they take the same
    # database write lock, and a lower-priority holder would keep every signer waiting
    # (priority inversion). The SMTP sink stands for a mail relay on another machine: it
    # takes no lock, and runs at the lowest priority so that it takes as little as it can
    # from the site.
    commands = [
        ["nice", "-n", "19", *sink, "aiosmtpd.handlers.Sink"],
        [PYTHON, "manage.py", "jobs"],
        [PYTHON, "manage.py", "db_worker", "--interval", "0.2"],
    ]
    return [
        subprocess.Popen(c, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        for c in commands
    ]


async def one_request(port, path, body, headers_extra, source=None):
    local = (source, 0) if source else None
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=local)
    try:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n{headers_extra}Connection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()
        return int(status_line.split()[1])
    finally:
        writer.close()


async def load(port, appeal_id, rate, seconds, marker, read_path, warm_up=0, nginx=False):
    sign_path = f"/en/appeals/{appeal_id}/sign/"
    marker_net = "127" if nginx else "10"
    results, reads = [], []
    start = time.perf_counter()

    async def sign(n, due):
        body = urlencode(
            {
                "kind": "person",
                "person-name": f"Bench Signer {n}",
                "person-country": random.choice(["IR", "FR", "CO", "DE", "SE", "US", "CA"]),
                "person-email": f"{marker}{n}@gmail.com",
                "person-display": "full",
            }
        ).encode()
        # Each signer from an address of its own, as on a real day: through nginx, a loopback
        # address of its own (nginx tells the site); straight to the site, the header nginx
        # would have set.
        address = f"{marker_net}.{n >> 16 & 255}.{n >> 8 & 255}.{1 + (n & 255) % 254}"
        try:
            if nginx:
                status = await one_request(port, sign_path, body, "", source=address)
            else:
                status = await one_request(port, sign_path, body, f"X-Real-IP: {address}\r\n")
        except OSError:
            status = 0
        results.append((status, (time.perf_counter() - due) * 1000, due - start))

    async def read(due):
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                f"GET {read_path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
            )
            await writer.drain()
            status = int((await reader.readline()).split()[1])
            await reader.read()
            writer.close()
        except OSError:
            status = 0
        reads.append((status, (time.perf_counter() - due) * 1000))

    if warm_up:  # lighter load first, not counted: threads, connections, caches
        await load(port, appeal_id, rate / 4, warm_up, "w" + marker, read_path, nginx=nginx)
        start = time.perf_counter()
    tasks = []
    total = int(rate * seconds)
    for n in range(total):
        due = start + n / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(sign(n, due)))
        if n % 10 == 0:  # readers keep coming while people sign
            tasks.append(asyncio.create_task(read(due)))
    await asyncio.gather(*tasks)
    return results, reads, time.perf_counter() - start


def summary(samples):
    times = sorted(sample[1] for sample in samples)
    if not times:
        return {}
    return {
        "median_ms": round(statistics.median(times), 1),
        "p99_ms": round(times[int(len(times) * 0.99) - 1], 1),
        "max_ms": round(times[-1], 1),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=300)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--warm-up", type=float, default=4)
    parser.add_argument(
        "--nginx", action="store_true", help="Through nginx as docs/nginx/freethem.conf sets it."
    )
    parser.add_argument("--drain", type=float, default=300, help="Seconds to wait for emails.")
    args = parser.parse_args()

    database = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    var = ROOT / "var" / "bench" / f"sign-{database}"
    shutil.rmtree(var, ignore_errors=True)  # each run starts from the demo, nothing queued
    var.mkdir(parents=True)
    env = {
        **ENV,
        "FREETHEM_VAR_DIR": str(var),
        "FREETHEM_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
        "FREETHEM_TRUSTED_PROXIES": "127.0.0.1",
        "LOG_LEVEL": "WARNING",  # slow write turns and errors go to the logs in var/bench
    }
    appeal_id, appeal_url, before = prepare(env)
    port = app_port = free_port()
    background = start_background(env, var)
    server = None
    marker = f"b{int(time.time())}x"
    try:
        server = start_granian(env, app_port, args.workers, log=var / "server.log")
        if args.nginx:
            port = free_port()
            background.append(start_nginx(var, app_port, port))
        results, reads, elapsed = asyncio.run(
            load(
                port,
                appeal_id,
                args.rate,
                args.seconds,
                marker,
                appeal_url,
                args.warm_up,
                nginx=args.nginx,
            )
        )
        staleness = count_staleness(env, port, appeal_id, before)
        stop(server)
        # The emails owed are sent after the spike, by the clock and the worker.
        drained_at = time.perf_counter()
        while True:
            stored, duplicated, sent = count_signatures(env, marker, int(args.rate * args.seconds))
            if sent >= stored or time.perf_counter() - drained_at > args.drain:
                break
            time.sleep(2)
        drained = round(time.perf_counter() - drained_at, 1)
    finally:
        if server is not None:
            stop(server)
        for process in background:
            stop(process)
    statuses = {}
    for status, *_rest in results:
        statuses[status] = statuses.get(status, 0) + 1
    accepted = statuses.get(303, 0)
    report = {
        "database": database,
        "rate_asked": args.rate,
        "seconds": args.seconds,
        "requests": len(results),
        "achieved_rate": round(len(results) / elapsed, 1),
        "statuses": statuses,
        "sign_latency": summary(results),
        "sign_latency_accepted": summary([r for r in results if r[0] == 303]),
        "page_reads": {"count": len(reads), **summary(reads)},
        "stored": stored,
        "duplicated": duplicated,
        "lost": accepted - stored if stored <= accepted else 0,
        "stored_without_acceptance": stored - accepted if stored > accepted else 0,
        "count_json_seconds_behind": staleness,
        "emails_sent": sent,
        "emails_done_seconds_after_load": drained,
        "last_signature_id_before": before,
    }
    RESULTS.mkdir(exist_ok=True)
    report["through_nginx"] = args.nginx
    # p99 minute by minute (or per tenth of a short run): does the tail grow as the run goes on?
    window = 60 if args.seconds >= 300 else max(args.seconds / 10, 1)
    report["p99_by_window"] = {
        f"{int(k * window)}s": summary([r for r in results if int(r[2] // window) == k])["p99_ms"]
        for k in range(int(args.seconds // window))
    }
    if 503 in statuses:
        report["refused_latency"] = summary([r for r in results if r[0] == 503])
    name = f"sign-{database}{'-nginx' if args.nginx else ''}-{int(args.rate)}"
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
