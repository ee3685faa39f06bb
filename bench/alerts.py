"""Sending one alert to 100,000 subscribers: how long, and how much memory the worker takes.

    .venv/bin/python bench/alerts.py [--subscribers 100000]            # SQLite
    scripts/with-postgres .venv/bin/python bench/alerts.py              # PostgreSQL

As production runs it: production settings, the site's clock (`manage.py jobs`), one task
worker (`manage.py db_worker`) and, standing for the mail relay, an SMTP server on loopback
that counts what it receives and by whom (so a message sent twice would show). The alert exists
in four languages and the subscribers read all four. Time runs from the moment "send" is
pressed (the mailing is created and queued) to the moment the last message has been received
and the mailing is marked finished. The worker's resident memory is read from /proc once a
second. Results go to bench/results/alerts-<database>.json.
"""

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, PYTHON, RESULTS, ROOT, VAR, free_port, measure_yardstick  # noqa: E402

SETUP = """
import django; django.setup()
from wagtail.models import Locale
from freethem.alerts.models import Alert, Subscriber
from freethem.core.addresses import address_hash
languages = ["en", "fa", "es", "fr"]
for code in languages:
    Locale.objects.get_or_create(language_code=code)
batch = []
for n in range({count}):
    email = f"bench-{{n}}@example.org"
    batch.append(Subscriber(email=email, email_hash=address_hash(email),
                            language=languages[n % 4], status=Subscriber.CONFIRMED))
    if len(batch) == 5000:
        Subscriber.objects.bulk_create(batch); batch = []
Subscriber.objects.bulk_create(batch)
original = None
for code in languages:
    alert = Alert(subject=f"Bench alert ({{code}})", body="<p>" + "Free them all. " * 40 + "</p>",
                  locale=Locale.objects.get(language_code=code))
    if original:
        alert.translation_key = original.translation_key
    alert.save()
    original = original or alert
print(original.pk)
"""

SEND = """
import django; django.setup()
from freethem.alerts import services
from freethem.alerts.models import Alert
print(services.start_mailing(Alert.objects.get(pk={alert}))[0].pk)
"""

STATE = """
import django, json; django.setup()
from freethem.alerts import services
from freethem.alerts.models import Mailing
m = Mailing.objects.get()
print(json.dumps({"finished": m.finished_at is not None, **services.progress(m)}))
"""


class CountingSink:
    """An SMTP server that keeps only who each message was for."""

    def __init__(self, path):
        self.path = path
        self.recipients = {}
        self.messages = 0
        self.twice = 0

    async def handle_DATA(self, server, session, envelope):
        self.messages += 1
        for address in envelope.rcpt_tos:
            seen = self.recipients.get(address, 0) + 1
            self.recipients[address] = seen
            self.twice += seen == 2
        return "250 OK"

    async def report(self):
        while True:
            # The SMTP server runs in another thread: read plain counters only.
            partial = self.path.with_suffix(".tmp")
            partial.write_text(json.dumps({"messages": self.messages, "twice": self.twice}))
            partial.replace(self.path)  # readers never see half a file
            await asyncio.sleep(0.5)


def sink_main(port, path):
    from aiosmtpd.controller import Controller

    handler = CountingSink(Path(path))
    controller = Controller(handler, hostname="127.0.0.1", port=int(port))
    controller.start()
    asyncio.run(handler.report())


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def python(env, script):
    out = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=100_000)
    args = parser.parse_args()
    database = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    var = VAR / f"alerts-{database}"
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    port = free_port()
    env = {
        **ENV,
        "FREETHEM_VAR_DIR": str(var),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "EMAIL_USE_TLS": "false",
    }
    static = measure_yardstick()
    print(f"Yardstick: nginx serves its static file at {static['requests_per_second']}/s")
    print(f"Preparing {args.subscribers:,} subscribers on {database}…", flush=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    alert = python(env, SETUP.format(count=args.subscribers))

    log = open(var / "background.log", "w")  # noqa: SIM115 (closed with the processes)
    counts = var / "sink.json"
    processes = [
        # The sink stands for a relay on another machine: lowest priority, as in bench/sign.py.
        subprocess.Popen(
            ["nice", "-n", "19", PYTHON, __file__, "sink", str(port), str(counts)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        ),
        subprocess.Popen([PYTHON, "manage.py", "jobs"], cwd=ROOT, env=env, stdout=log, stderr=log),
    ]
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    processes.append(worker)
    try:
        time.sleep(3)  # the worker and the sink are up
        memory = [(0.0, rss_mb(worker.pid), 0)]
        started = time.perf_counter()
        python(env, SEND.format(alert=alert))
        received = {"messages": 0, "twice": 0}
        while True:
            time.sleep(1)
            if counts.exists():
                received = json.loads(counts.read_text())
            elapsed = time.perf_counter() - started
            memory.append((round(elapsed, 1), rss_mb(worker.pid), received["messages"]))
            if received["messages"] >= args.subscribers:
                break
            if elapsed > 1800:
                print("Stopped after 30 minutes.")
                break
        state = json.loads(python(env, STATE))
        while not state["finished"] and time.perf_counter() - started < 1860:
            time.sleep(0.5)
            state = json.loads(python(env, STATE))
        total = time.perf_counter() - started
        time.sleep(1)
        received = json.loads(counts.read_text())
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait()
        log.close()

    rss = [m for _t, m, _n in memory if m is not None]
    quarter = args.subscribers // 4
    at = {}
    for share in (1, 2, 3):
        row = next((m for m in memory if m[2] >= quarter * share), None)
        at[f"{25 * share}%"] = round(row[1], 1) if row and row[1] else None
    # A message the relay did not get, or got twice, or that failed, is an error.
    errors = state["failed"] + received["twice"] + max(args.subscribers - received["messages"], 0)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "yardstick_static_rps": static["requests_per_second"],
        "database": database,
        "subscribers": args.subscribers,
        "errors": errors,
        "seconds": round(total, 1),
        "messages_per_second": round(received["messages"] / total, 1),
        "received": received["messages"],
        "received_twice": received["twice"],
        "mailing": state,
        "worker_rss_mb": {
            "before": round(rss[0], 1),
            **at,
            "peak": round(max(rss), 1),
        },
        "memory_samples": memory,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"alerts-{database}.json").write_text(json.dumps(result, indent=1))
    summary = {k: v for k, v in result.items() if k != "memory_samples"}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "sink":
        sink_main(sys.argv[2], sys.argv[3])
    else:
        main()
