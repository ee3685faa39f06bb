"""The public signers' list with a million signatures: build the data set, time the pages.

    python bench/signers.py             # SQLite, in var/bench/million (built once, then reused)
    scripts/with-postgres .venv/bin/python bench/signers.py   # PostgreSQL

Single client, page cache off, production settings: the first page (notable signers, then the
newest), a page deep in the list reached by its cursor, one country, a search for one signer
and a search for a name a tenth of the signers share. Results
go to bench/results/signers-<database>.json.
"""

import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, PYTHON, RESULTS, ROOT, measure_yardstick  # noqa: E402

SIZE = 1_000_000
COUNTRIES = ["IR", "CO", "FR", "US", "DE", "SE", "CA", "GB", "ES", "MX", "IT", "NO", "BR", "TR"]


def build(size):
    """A million confirmed signatures on the demo appeal, written in large batches."""
    import django

    django.setup()
    from django.db import connection, transaction
    from django.utils import timezone

    from freethem.appeals import services
    from freethem.appeals.models import AppealPage, Signature
    from freethem.core import addresses

    appeal = AppealPage.objects.get(slug="emergency-appeal", locale__language_code="en")
    table = Signature._meta.db_table
    columns = [
        "appeal_key", "kind", "name", "affiliation", "city", "country", "website", "email",
        "email_hash", "domain_hash", "display", "public_name", "public_affiliation",
        "public_city", "wants_alerts", "language", "status", "suspect", "tallied", "tally_due",
        "ip_hash", "source", "hidden_by_moderator", "notable", "notable_description",
        "created_at", "confirmed_at", "token", "confirmation_attempts",
    ]  # fmt: skip
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
    chooser = random.Random(7)
    firsts = ["Sara", "Ali", "Maria", "Jonas", "Léa", "Reza", "Ana", "Omid", "Emma", "Karim"]
    lasts = ["Moradi", "Gómez", "Martin", "Berg", "Rossi", "Smith", "Kaya", "Haddad", "Silva"]
    now = timezone.now()
    field = Signature._meta.get_field

    def prep(name, value):  # as the ORM would write it on this database
        return field(name).get_db_prep_save(value, connection)

    key = prep("appeal_key", appeal.translation_key)
    domain = addresses.domain_hash("example.net")
    batch = 20_000
    for start in range(0, size, batch):
        rows = []
        for n in range(start, min(start + batch, size)):
            when = prep("confirmed_at", now - timezone.timedelta(seconds=(size - n) * 3))
            email = f"m{n}@example.net"
            signature = Signature(
                kind="person",
                name=f"{chooser.choice(firsts)} {chooser.choice(lasts)} {n}",
                display=chooser.choice(["full", "full", "initials", "hidden"]),
            )
            public = signature.public_fields()
            rows.append(
                (
                    key, "person", prep("name", signature.name), "", "",
                    chooser.choice(COUNTRIES), "", prep("email", email),
                    addresses.address_hash(email), domain, signature.display,
                    public["public_name"], "", "", False, "en", "confirmed", False, 0, True, "",
                    "online", False, False, "", when, when, prep("token", uuid.uuid4()), 0,
                )
            )  # fmt: skip
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
        print(f"  {start + len(rows):,} signatures", flush=True)
    services.tally_signatures(batch_size=50_000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(runs):
    os.environ["FREETHEM_PAGE_CACHE"] = "off"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from freethem.appeals.models import AppealPage, Signature
    from freethem.appeals.signers import _encode

    appeal = AppealPage.objects.get(slug="emergency-appeal", locale__language_code="en")
    base = appeal.url + "signers/"
    client = Client(HTTP_HOST="127.0.0.1")
    total = Signature.objects.filter(appeal_key=appeal.translation_key).count()

    # A cursor half-way down the list, as following "next" for a long while would reach.
    middle = (
        Signature.objects.shown()
        .filter(appeal_key=appeal.translation_key)
        .order_by("-confirmed_at", "-pk")
        .values_list("confirmed_at", "pk")[total // 2 : total // 2 + 1]
    )
    stamp, pk = middle[0]
    paths = {
        "first_page": base,
        "deep_page": f"{base}?after={_encode(Signature(pk=pk, confirmed_at=stamp))}",
        "one_country": f"{base}?country=NO",
        "name_search": f"{base}?q=Haddad+4242",
        "common_name_search": f"{base}?q=Maria",  # a tenth of the list has this name
    }
    results = {"signatures": total}
    errors = []
    for name, path in paths.items():
        for _ in range(5):
            client.get(path)
        times, queries = [], 0
        for _ in range(runs):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                try:
                    response = client.get(path)
                except Exception as error:  # noqa: BLE001 (counted, and the run goes on)
                    errors.append(f"{path}: {error!r}")
                    continue
                times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                errors.append(f"{path}: {response.status_code}")
            queries = max(queries, len(captured))
        if not times:
            results[name] = {"path": path, "runs": 0}
            continue
        results[name] = {
            "path": path,
            "median_ms": round(statistics.median(times), 2),
            "p90_ms": round(statistics.quantiles(times, n=10)[-1], 2),
            "queries": queries,
        }
    results["errors"] = len(errors)
    results["error_samples"] = errors[:10]
    print(json.dumps(results))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        build(int(sys.argv[2]))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "measure":
        measure(int(sys.argv[2]))
        return
    database = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    static = measure_yardstick()
    print(f"Yardstick: nginx serves its static file at {static['requests_per_second']}/s")
    var = ROOT / "var" / "bench" / f"million-{database}"
    env = {**ENV, "FREETHEM_VAR_DIR": str(var), "LOG_LEVEL": "ERROR"}
    if not (var / "ready").exists() or database == "postgresql":
        var.mkdir(parents=True, exist_ok=True)
        for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)
        print(f"Adding {SIZE:,} signatures…", flush=True)
        started = time.perf_counter()
        subprocess.run([PYTHON, __file__, "build", str(SIZE)], cwd=ROOT, env=env, check=True)
        print(f"Built in {time.perf_counter() - started:.0f} s", flush=True)
        (var / "ready").touch()
    out = subprocess.run(
        [PYTHON, __file__, "measure", "50"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "yardstick_static_rps": static["requests_per_second"],
        "database": database,
        **json.loads(out.strip().splitlines()[-1]),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"signers-{database}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
