"""Signing under a spike: an open-loop load of sign requests at a fixed rate, then a count.

    .venv/bin/python bench/sign.py --rate 300 --seconds 60            # SQLite
    scripts/with-postgres .venv/bin/python bench/sign.py --rate 300   # PostgreSQL

Requests leave on a fixed schedule whatever the server does (open loop), and each latency is
measured from the moment its request was due, so a slow server cannot hide its queue. Every
request is a new signer (its own address and email). Production runs beside granian: the site's
clock (`jobs`) and the task workers (`db_worker`) sending every confirmation email through SMTP
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

import uvloop

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import (  # noqa: E402
    ENV,
    PYTHON,
    RESULTS,
    ROOT,
    cpu_seconds,
    free_port,
    start_granian,
    start_nginx,
    stop,
    yardstick,
)


def prepare(env):
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True)
    return appeal_to_sign(env)


def appeal_to_sign(env):
    """The demo's first English appeal open to people (its id and address), and the id of the
    last signature stored so far."""
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
    """The run's signatures stored, those stored twice, those sent their email, and those whose
    email is still owed after a failed try.

    Addresses are sealed: the run's rows are found by the keyed hashes of its addresses.
    """
    script = (
        "import django; django.setup()\n"
        "from collections import Counter\n"
        "from freethem.appeals.models import Signature\n"
        "from freethem.core.addresses import address_hash\n"
        f"hashes = [address_hash(f'{marker}{{n}}@gmail.com') for n in range({total})]\n"
        "found = Counter(); sent = 0; tried = 0\n"
        "for start in range(0, len(hashes), 5000):\n"
        "    rows = Signature.objects.filter(email_hash__in=hashes[start:start + 5000])\n"
        "    fields = 'email_hash', 'confirmation_sent_at', 'confirmation_attempts'\n"
        "    for h, at, attempts in rows.values_list(*fields):\n"
        "        found[h] += 1; sent += at is not None; tried += at is None and attempts > 0\n"
        "print(sum(found.values()), sum(1 for n in found.values() if n > 1), sent, tried)\n"
    )
    out = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), int(out[1]), int(out[2]), int(out[3])


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


def start_background(env, var, email_workers=2, nice=0):
    """The SMTP sink, the appeals' clock and the task workers, as production runs them."""
    smtp_port = free_port()
    env.update(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port), EMAIL_USE_TLS="false")
    log = open(var / "background.log", "w")  # noqa: SIM115 (closed with the processes)
    sink = [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}", "-c"]
    # The clock and the worker run at the same priority as the server: they take the same
    # database write lock, and a lower-priority holder would keep every signer waiting
    # (priority inversion). The SMTP sink stands for a mail relay on another machine: it
    # takes no lock, and runs at the lowest priority so that it takes as little as it can
    # from the site.
    site = ["nice", "-n", str(nice)] if nice else []
    commands = [
        ["nice", "-n", "19", *sink, "aiosmtpd.handlers.Sink"],
        [*site, PYTHON, "manage.py", "jobs"],
    ] + [[*site, PYTHON, "manage.py", "db_worker", "--interval", "0.2"]] * email_workers
    return [
        subprocess.Popen(c, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        for c in commands
    ]


# A refusal with the form filled in again, as the signer typed it.
FORM_KEPT = 5031


class _Exchange(asyncio.Protocol):
    """One request written as soon as the connection is made, the whole answer kept until the
    server closes it. A protocol rather than asyncio's streams: the load generator shares the
    two cores with the site, and streams cost it twice the CPU per request."""

    def __init__(self, request, answer):
        self.request, self.answer, self.chunks = request, answer, []

    def connection_made(self, transport):
        transport.write(self.request)

    def data_received(self, data):
        self.chunks.append(data)

    def connection_lost(self, exc):
        if not self.answer.done():
            self.answer.set_result(b"".join(self.chunks))


async def exchange(port, request, source=None):
    """The raw answer to one request (`Connection: close`), or b"" when the connection was
    refused, dropped or never answered."""
    loop = asyncio.get_running_loop()
    answer = loop.create_future()
    local = (source, 0) if source else None
    try:
        transport, _protocol = await asyncio.wait_for(
            loop.create_connection(
                lambda: _Exchange(request, answer), "127.0.0.1", port, local_addr=local
            ),
            30,
        )
    except (OSError, TimeoutError):
        return b""
    try:
        return await asyncio.wait_for(answer, 60)
    except TimeoutError:
        transport.abort()
        return b""


def status_of(answer):
    """The status code of a raw answer, 0 if it is not HTTP."""
    parts = answer[:32].split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


async def one_request(port, path, body, headers_extra, source=None, kept=None):
    """The status of one POST, or 0 when the connection was refused, dropped or answered with
    something that is not HTTP: an error to count, never a reason to stop. A refusal (503)
    that gives the form back with `kept` (what the signer typed) in it counts as 5031."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n{headers_extra}Connection: close\r\n\r\n"
    )
    answer = await exchange(port, head.encode() + body, source)
    status = status_of(answer)
    return FORM_KEPT if status == 503 and kept and kept in answer else status


async def load(port, appeal_id, rate, seconds, marker, read_path, warm_up=0, nginx=False):
    sign_path = f"/en/appeals/{appeal_id}/sign/"
    marker_net = "127" if nginx else "10"
    results, reads = [], []
    start = time.perf_counter()

    async def sign(n, due):
        name = f"Bench Signer {n}"
        body = urlencode(
            {
                "kind": "person",
                "person-name": name,
                "person-country": random.choice(["IR", "FR", "CO", "DE", "SE", "US", "CA"]),
                "person-email": f"{marker}{n}@gmail.com",
                "person-display": "full",
            }
        ).encode()
        kept = f'value="{name}"'.encode()
        # Each signer from an address of its own, as on a real day: through nginx, a loopback
        # address of its own (nginx tells the site); straight to the site, the header nginx
        # would have set.
        address = f"{marker_net}.{n >> 16 & 255}.{n >> 8 & 255}.{1 + (n & 255) % 254}"
        try:
            if nginx:
                status = await one_request(port, sign_path, body, "", address, kept)
            else:
                ip = f"X-Real-IP: {address}\r\n"
                status = await one_request(port, sign_path, body, ip, kept=kept)
        except OSError:
            status = 0
        results.append((status, (time.perf_counter() - due) * 1000, due - start))

    async def read(due):
        request = f"GET {read_path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        status = status_of(await exchange(port, request.encode()))
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


def windows(results, seconds):
    """p99 of each window of the run: does the tail grow as the run goes on?"""
    out = {}
    for k in range(int(len(results) and max(r[2] for r in results) // seconds) + 1):
        inside = [r for r in results if int(r[2] // seconds) == k]
        if inside:
            out[f"{int(k * seconds)}s"] = summary(inside)["p99_ms"]
    return out


def run_signing(
    env,
    port,
    *,
    appeal_id,
    appeal_url,
    before,
    rate,
    seconds,
    warm_up,
    nginx,
    processes,
    drain,
    marker,
):
    """Signing at `rate` a second for `seconds` at `port`, then what it left: the answers and
    their latencies, the page reads, the CPU time of each of `processes` (name -> pid; "load",
    this process, counted alone) during the load and until the emails were sent, how far
    count.json lagged, and the signatures stored, stored twice and sent their email."""
    # The load generator started the others: count its own time only.
    own = {"load": False}
    cpu_before = {name: cpu_seconds(pid, own.get(name, True)) for name, pid in processes.items()}
    results, reads, elapsed = uvloop.run(
        load(
            port,
            appeal_id,
            rate,
            seconds,
            marker,
            appeal_url,
            warm_up,
            nginx=nginx,
        )
    )
    cpu_load = {
        name: cpu_seconds(pid, own.get(name, True)) - cpu_before[name]
        for name, pid in processes.items()
    }
    staleness = count_staleness(env, port, appeal_id, before)
    # The emails owed are sent by the clock and the worker, during the spike and after it.
    drained_at = time.perf_counter()
    while True:
        stored, duplicated, sent, tried = count_signatures(env, marker, int(rate * seconds))
        if sent >= stored or time.perf_counter() - drained_at > drain:
            break
        time.sleep(1)
    drained = round(time.perf_counter() - drained_at, 1)
    cpu_all = {
        name: cpu_seconds(pid, own.get(name, True)) - cpu_before[name]
        for name, pid in processes.items()
    }
    return {
        "results": results,
        "reads": reads,
        "elapsed": elapsed,
        "cpu_load": cpu_load,
        "cpu_all": cpu_all,
        "staleness": staleness,
        "stored": stored,
        "duplicated": duplicated,
        "sent": sent,
        "tried": tried,
        "drained": drained,
    }


def signing_report(
    measured, *, database, nginx, static_rps, rate, seconds, email_workers, before, site_nice=0
):
    """What run_signing measured, as the results file keeps it."""
    results, reads, elapsed = measured["results"], measured["reads"], measured["elapsed"]
    stored, duplicated = measured["stored"], measured["duplicated"]
    sent, tried, staleness = measured["sent"], measured["tried"], measured["staleness"]
    drained, cpu_load, cpu_all = measured["drained"], measured["cpu_load"], measured["cpu_all"]
    refused_with_form = sum(1 for status, *_rest in results if status == FORM_KEPT)
    results = [(503 if r[0] == FORM_KEPT else r[0], *r[1:]) for r in results]
    statuses = {}
    for status, *_rest in results:
        statuses[status] = statuses.get(status, 0) + 1
    accepted = statuses.get(303, 0)
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "database": database,
        "through_nginx": nginx,
        "yardstick_static_rps": static_rps,
        "rate_asked": rate,
        "rate_as_share_of_static": round(rate / static_rps, 5),
        "seconds": seconds,
        "requests": len(results),
        "achieved_rate": round(len(results) / elapsed, 1),
        "accepted_rate": round(accepted / elapsed, 1),
        "statuses": statuses,
        # Accepted (303) or refused with the busy answer (503): anything else is an error.
        "errors": sum(n for status, n in statuses.items() if status not in (303, 503)),
        "sign_latency": summary(results),
        "sign_latency_accepted": summary([r for r in results if r[0] == 303]),
        "page_reads": {"count": len(reads), **summary(reads)},
        "stored": stored,
        "duplicated": duplicated,
        "lost": accepted - stored if stored <= accepted else 0,
        "stored_without_acceptance": stored - accepted if stored > accepted else 0,
        "count_json_seconds_behind": staleness,
        "emails_sent": sent,
        "emails_owed_after_a_failed_try": tried,
        "emails_done_seconds_after_load": drained,
        # CPU seconds each part used while the load ran, per signature accepted (ms), and
        # the worker's over the whole run (its emails go on after the load).
        "cpu_ms_per_signature_during_load": {
            name: round(1000 * cpu / max(accepted, 1), 3) for name, cpu in cpu_load.items()
        },
        "email_workers": email_workers,
        "site_nice": site_nice,
        "cpu_ms_per_email_worker_whole_run": round(
            1000 * sum(v for k, v in cpu_all.items() if k.startswith("worker")) / max(sent, 1), 3
        ),
        "last_signature_id_before": before,
        "p99_by_3s": windows(results, 3),
        "p99_by_minute": windows(results, 60),
    }
    if 503 in statuses:
        report["refused_latency"] = summary([r for r in results if r[0] == 503])
        report["refused_share"] = round(statuses[503] / len(results), 4)
        report["refused_with_the_form_filled_in"] = refused_with_form
        report["refused_p99_by_3s"] = windows([r for r in results if r[0] == 503], 3)
    return report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, help="Signatures a second (default: --share).")
    parser.add_argument(
        "--share",
        type=float,
        default=0.0075,
        help="Signatures a second as a share of nginx's static rate measured in this run.",
    )
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--warm-up", type=float, default=4)
    parser.add_argument(
        "--nginx", action="store_true", help="Through nginx as docs/nginx/freethem.conf sets it."
    )
    parser.add_argument(
        "--site-nice",
        type=int,
        default=0,
        help="Run the server, the clock and the workers at this nice value (nginx and the "
        "load generator stay at 0), as docs/deploy.md's units can.",
    )
    parser.add_argument("--drain", type=float, default=300, help="Seconds to wait for emails.")
    parser.add_argument(
        "--email-workers", type=int, default=2, help="Task workers (docs/deploy.md: one a core)."
    )
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
    app_port, nginx_port = free_port(), free_port()
    background = start_background(env, var, args.email_workers, args.site_nice)
    server = web = None
    marker = f"b{int(time.time())}x"
    processes = {}
    try:
        server = start_granian(
            env, app_port, args.workers, log=var / "server.log", nice=args.site_nice
        )
        web = start_nginx(var, app_port, nginx_port)
        static = yardstick(nginx_port)
        rate = args.rate or round(static["requests_per_second"] * args.share)
        print(f"Yardstick: nginx serves its static file at {static['requests_per_second']}/s;"
              f" signing at {rate}/s for {args.seconds:.0f} s.", flush=True)  # fmt: skip
        port = nginx_port if args.nginx else app_port
        processes = {
            "server": server.pid,
            "sink": background[0].pid,
            "clock": background[1].pid,
            **{f"worker{n or ''}": process.pid for n, process in enumerate(background[2:])},
            "nginx": web.pid,
            "load": os.getpid(),
        }
        measured = run_signing(
            env,
            port,
            appeal_id=appeal_id,
            appeal_url=appeal_url,
            before=before,
            rate=rate,
            seconds=args.seconds,
            warm_up=args.warm_up,
            nginx=args.nginx,
            processes=processes,
            drain=args.drain,
            marker=marker,
        )
    finally:
        for process in (server, web, *background):
            if process is not None:
                stop(process)
    report = signing_report(
        measured,
        database=database,
        nginx=args.nginx,
        static_rps=static["requests_per_second"],
        rate=rate,
        seconds=args.seconds,
        email_workers=args.email_workers,
        before=before,
        site_nice=args.site_nice,
    )
    RESULTS.mkdir(exist_ok=True)
    name = f"sign-{database}{'-nginx' if args.nginx else ''}-{int(rate)}-{int(args.seconds)}s"
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
