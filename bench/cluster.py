"""The two-server cluster under load, beside one server of the same cluster, in one run.

    scripts/with-postgres .venv/bin/python bench/cluster.py --rate 300 --seconds 60

The cluster of docs/scaling.md, started by the harness the cluster tests use
(tests/cluster/harness.py): PostgreSQL, Redis for the caches and rate limits, moto's S3 server
for media, two application servers (granian, production settings, `--workers` each), one clock
and two task workers, an SMTP sink standing for the mail relay; its database holds the demo.
In front, nginx with docs/nginx/freethem.conf, its upstream blocks naming both servers (each
with the `max_conns` of the one-server set-up). Measured, as bench/run.py and bench/sign.py do
for one server:

1. the yardstick: nginx serving its static file;
2. the page cache: wrk at /en/news/ through nginx with nginx's own cache off, so that every
   request reaches the application servers and their page cache (Redis);
3. nginx's cache as production has it, in front;
4. signing at `--rate` through nginx (bench/sign.py's open-loop load and checks: stored =
   accepted, no address twice, every email sent, and how long after).

Then the same against server A alone (nginx with one upstream server), server B idle, so the
figures sit side by side measured on the same machine in the same hour. Both servers share this
machine's cores: two cannot be faster than one here. What the comparison shows is that the
cluster's path holds under load (both upstreams answering, nothing lost, Redis shared) and what
it costs. Results go to bench/results/cluster-<rate>-<seconds>s.json.

The demo is loaded once (about 90 s) and, once the task workers have done what loading it
queued (two minutes more), kept in var/bench/cluster/demo/ (a `pg_dump` of the database and
the files of its buckets); later runs restore it in seconds, until a migration or the demo
changes. Nothing is measured while tasks are still queued.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))
from run import (  # noqa: E402
    ENV,
    PYTHON,
    RESULTS,
    ROOT,
    cpu_seconds,
    free_port,
    start_nginx,
    stop,
    wait_for,
    wrk,
    yardstick,
)
from sign import appeal_to_sign, run_signing, signing_report  # noqa: E402

from tests.cluster.harness import (  # noqa: E402
    PRIVATE_BUCKET,
    PUBLIC_BUCKET,
    postgres_tool,
    running,
)

VAR = ROOT / "var" / "bench" / "cluster"
DEMO = VAR / "demo"
PAGE = "/en/news/"


def demo_version():
    """What the saved demo depends on: every migration and the demo's code and data."""
    digest = hashlib.sha256()
    files = [*ROOT.glob("freethem/*/migrations/*.py"), *(ROOT / "freethem" / "demo").rglob("*")]
    for path in sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def saved_demo():
    """The saved demo's database dump, if it is of this version of the code."""
    version = DEMO / "version"
    if version.exists() and version.read_text() == demo_version():
        return DEMO / "demo.dump"
    return None


def prepare_demo(restored):
    """The harness's `prepare`: put the saved demo's files back in the buckets (its database
    was restored), or load the demo."""

    def prepare(cluster):
        if not restored:
            print("Loading the demo into the cluster's database (once)…", flush=True)
            env = {**cluster.env, "FREETHEM_VAR_DIR": str(cluster.folder / "demo")}
            subprocess.run([PYTHON, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True)
            return
        s3 = cluster.s3()
        for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
            for path in sorted((DEMO / "media" / bucket).rglob("*")):
                if path.is_file():
                    key = str(path.relative_to(DEMO / "media" / bucket))
                    s3.upload_file(str(path), bucket, key)

    return prepare


def save_demo(cluster):
    """The demo as loaded, once the workers have done what loading it queued: the database
    (`pg_dump`) and the files of both buckets, for the next runs."""
    shutil.rmtree(DEMO, ignore_errors=True)
    (DEMO / "media").mkdir(parents=True)
    subprocess.run(
        [postgres_tool("pg_dump"), "--format=custom", "-f", str(DEMO / "demo.dump")]
        + ["--no-owner", cluster.database_url],
        check=True,
    )
    s3 = cluster.s3()
    for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                path = DEMO / "media" / bucket / item["Key"]
                path.parent.mkdir(parents=True, exist_ok=True)
                s3.download_file(bucket, item["Key"], str(path))
    (DEMO / "version").write_text(demo_version())


def settle(env, seconds=180):
    """Wait for the task workers to finish what is queued (the demo's alerts, its emails), so
    that no measurement shares the machine with them. Seconds waited."""
    script = (
        "import django; django.setup()\n"
        "from django_tasks_db.models import DBTaskResult\n"
        "print(DBTaskResult.objects.ready().count() + DBTaskResult.objects.running().count())\n"
    )
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        out = subprocess.run(
            [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
        )
        if int(out.stdout.split()[-1]) == 0:
            break
        time.sleep(2)
    return round(time.perf_counter() - started, 1)


def server_pids(cluster, names):
    return {name: cluster.processes[name].pid for name in names}


def pages(cluster, names, ports, label, args):
    """The page cache through nginx with its own cache off, then nginx's cache in front; the
    yardstick from the same nginx. Each server's CPU seconds show who answered."""
    out = {}
    for page_cache in (False, True):
        port = free_port()
        conf_dir = VAR / f"nginx-{label}-{'cached' if page_cache else 'uncached'}"
        web = start_nginx(VAR, ports, port, conf_dir=conf_dir, page_cache=page_cache)
        try:
            url = f"http://127.0.0.1:{port}{PAGE}"
            for _ in range(4):  # fills the page cache (and nginx's)
                status, headers = wait_for(url)
                assert status == 200, status
            if not page_cache:
                print(f"  {label}: yardstick (nginx, static file)…", flush=True)
                out["yardstick"] = yardstick(port)
            print(f"  {label}: {PAGE}, nginx's cache {'on' if page_cache else 'off'}…", flush=True)
            before = {n: cpu_seconds(pid) for n, pid in server_pids(cluster, names).items()}
            measured = wrk(url, args.seconds, args.connections)
            measured["server_cpu_seconds"] = {
                n: round(cpu_seconds(pid) - before[n], 2)
                for n, pid in server_pids(cluster, names).items()
            }
            if page_cache:
                measured["headers"] = {
                    k: headers.get(k) for k in ("Cache-Control", "X-Cache-Status")
                }
            out["nginx_cache" if page_cache else "page_cache"] = measured
        finally:
            stop(web)
    return out


def signing(cluster, names, ports, label, args, static_rps):
    """bench/sign.py's open-loop signing through nginx as production sets it, then its counts."""
    port = free_port()
    web = start_nginx(VAR, ports, port, conf_dir=VAR / f"nginx-{label}-signing")
    env = {**cluster.env, "FREETHEM_VAR_DIR": str(cluster.folder / "bench"), "LOG_LEVEL": "ERROR"}
    try:
        appeal_id, appeal_url, before = appeal_to_sign(env)
        print(f"  {label}: signing at {args.rate}/s for {args.seconds} s…", flush=True)
        processes = {
            **server_pids(cluster, names),
            **server_pids(cluster, ["clock", "worker1", "worker2", "redis"]),
            "nginx": web.pid,
            "load": os.getpid(),
        }
        measured = run_signing(
            env,
            port,
            appeal_id=appeal_id,
            appeal_url=appeal_url,
            before=before,
            rate=args.rate,
            seconds=args.seconds,
            warm_up=args.warm_up,
            nginx=True,
            processes=processes,
            drain=args.drain,
            marker=f"c{label[0]}{int(time.time())}x",
        )
    finally:
        stop(web)
    return signing_report(
        measured,
        database="postgresql",
        nginx=True,
        static_rps=static_rps,
        rate=args.rate,
        seconds=args.seconds,
        email_workers=2,
        before=before,
    )


def table(results):
    two, one = results["two_servers"], results["one_server"]

    def rate(part, key):
        m = part[key]
        errors = m["non_2xx"] + m["socket_errors"]
        return f"{m['requests_per_second']:,}/s, p99 {m['p99_ms']} ms" + (
            f", {errors} errors" if errors else ""
        )

    def cpu(part, key):
        return " / ".join(f"{n} {s}" for n, s in part[key]["server_cpu_seconds"].items())

    def sign(part):
        s = part["signing"]
        return (
            # (a results file read back has its statuses as strings)
            f"{s['statuses'].get(303, s['statuses'].get('303', 0)):,} of {s['requests']:,} "
            f"accepted, "
            f"p99 {s['sign_latency_accepted'].get('p99_ms')} ms"
        )

    def kept(part):
        s = part["signing"]
        return (
            f"lost {s['lost']}, extra {s['stored_without_acceptance']}, "
            f"twice {s['duplicated']}, errors {s['errors']}"
        )

    def emails(part):
        s = part["signing"]
        return f"{s['emails_sent']:,} sent, {s['emails_done_seconds_after_load']} s after"

    rows = [
        (
            "Yardstick (nginx, static file)",
            *(f"{p['yardstick']['requests_per_second']:,}/s" for p in (two, one)),
        ),  # fmt: skip
        ("Page cache, nginx's cache off", rate(two, "page_cache"), rate(one, "page_cache")),
        ("  CPU seconds of each server", cpu(two, "page_cache"), cpu(one, "page_cache")),
        ("nginx's cache in front", rate(two, "nginx_cache"), rate(one, "nginx_cache")),
        (f"Signing, {results['settings']['rate']:g}/s", sign(two), sign(one)),
        ("  stored = accepted", kept(two), kept(one)),
        ("  confirmation emails", emails(two), emails(one)),
        (
            "  CPU ms per signature, servers",
            " / ".join(
                f"{n} {two['signing']['cpu_ms_per_signature_during_load'][n]}" for n in ("a", "b")
            ),
            f"a {one['signing']['cpu_ms_per_signature_during_load']['a']}",
        ),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    head = ("", "Two servers (A and B)", "One server (A)")
    widths = [max(w, len(h)) for w, h in zip(widths, head, strict=True)]
    lines = [head, tuple("-" * w for w in widths), *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=300, help="Signatures a second.")
    parser.add_argument("--seconds", type=int, default=15, help="Each measurement's length.")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2, help="granian's, in each server.")
    parser.add_argument("--warm-up", type=float, default=4)
    parser.add_argument("--drain", type=float, default=300, help="Seconds to wait for emails.")
    args = parser.parse_args()
    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url.startswith("postgres"):
        sys.exit("The cluster needs PostgreSQL: run this under scripts/with-postgres.")

    VAR.mkdir(parents=True, exist_ok=True)
    # nginx's yardstick reads /static/css/site.css from the run's folder.
    (VAR / "static" / "css").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "freethem" / "static" / "css" / "site.css", VAR / "static" / "css")
    dump = saved_demo()
    results = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"cores": os.cpu_count()},
        "settings": vars(args),
        "demo": "restored" if dump else "loaded",
    }
    with running(
        server_url,
        secret_key=ENV["SECRET_KEY"],
        data_keys=ENV["FREETHEM_DATA_KEYS"].split(","),
        prepare=prepare_demo(restored=bool(dump)),
        restore=dump,
        server_workers=args.workers,
        env={"LOG_LEVEL": "WARNING"},
    ) as cluster:
        try:
            env = {**cluster.env, "FREETHEM_VAR_DIR": str(cluster.folder / "bench")}
            results["seconds_waited_for_queued_tasks"] = settle(env)
            if not dump:
                save_demo(cluster)
            port = {n: int(url.rsplit(":", 1)[1]) for n, url in cluster.servers.items()}
            for label, names in (("two_servers", ["a", "b"]), ("one_server", ["a"])):
                print(f"{label.replace('_', ' ').capitalize()}:", flush=True)
                ports = [port[n] for n in names]
                part = pages(cluster, names, ports, label, args)
                part["signing"] = signing(
                    cluster, names, ports, label, args, part["yardstick"]["requests_per_second"]
                )
                results[label] = part
        finally:
            # The cluster's folder goes with it: keep its logs for a look afterwards.
            shutil.rmtree(VAR / "logs", ignore_errors=True)
            (VAR / "logs").mkdir()
            for log in cluster.folder.glob("*.log"):
                shutil.copy(log, VAR / "logs")
    RESULTS.mkdir(exist_ok=True)
    name = f"cluster-{int(args.rate)}-{args.seconds}s.json"
    (RESULTS / name).write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"Results: bench/results/{name}; logs: var/bench/cluster/logs/")


if __name__ == "__main__":
    main()
