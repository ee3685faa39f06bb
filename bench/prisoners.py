"""Prisoners: the index with 5,000 profiles, one poster, a 25-poster pack.

    python bench/prisoners.py             # SQLite, in var/bench/prisoners-sqlite (built once)
    scripts/with-postgres .venv/bin/python bench/prisoners.py   # PostgreSQL

Single client, production settings, page cache off, each page measured twice: with every
cache emptied before each request (as after a restart), and with the pieces all pages share
still remembered (any other page-cache miss). Pages: the index's first page in English and in
Persian (where most profiles fall back to their English original), filtered by status, by
occupation and by prison, searched in Latin and Persian script, sorted by arrest date, and a
page deep in the list. Posters are rendered fresh (the poster cache bypassed): one A4 poster
in each language, and a pack of 25. Results go to bench/results/prisoners-<database>.json.
"""

import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, PYTHON, RESULTS, ROOT, measure_yardstick  # noqa: E402

SIZE = 5000
FIRSTS = ["Sara", "Ali", "Maryam", "Reza", "Nasrin", "Omid", "Zahra", "Hossein", "Leila", "Karim"]
LASTS = ["Moradi", "Rahimi", "Karimi", "Ahmadi", "Hosseini", "Rezaei", "Jafari", "Sadeghi"]
FIRSTS_FA = ["سارا", "علی", "مریم", "رضا", "نسرین", "امید", "زهرا", "حسین", "لیلا", "کریم"]
LASTS_FA = ["مرادی", "رحیمی", "کریمی", "احمدی", "حسینی", "رضایی", "جعفری", "صادقی"]


def build(size):
    """Profiles up to `size`, each with a portrait, two events and a case, under the demo index."""
    import django

    django.setup()
    from django.db import connection, transaction
    from wagtail.images import get_image_model

    from freethem.prisoners import vocabulary as v
    from freethem.prisoners.models import (
        PrisonerCase,
        PrisonerIndexPage,
        PrisonerPage,
        TimelineEvent,
    )

    index = PrisonerIndexPage.objects.get(locale__language_code="en")
    portraits = list(
        get_image_model().objects.filter(title__in=PrisonerPage.objects.values("name_latin"))
    )
    from freethem.prisoners.models import Prison

    prisons = list(Prison.objects.filter(locale__language_code="en"))
    statuses = [code for code, _label in v.STATUSES]
    occupations = [code for code, _label in v.OCCUPATIONS]
    chooser = random.Random(11)
    have = PrisonerPage.objects.filter(locale=index.locale).count()
    for n in range(have, size):
        first, last = chooser.randrange(len(FIRSTS)), chooser.randrange(len(LASTS))
        arrested = datetime.date(2019, 1, 1) + datetime.timedelta(days=chooser.randrange(1500))
        status = chooser.choice(statuses)
        page = PrisonerPage(
            title=f"{FIRSTS[first]} {LASTS[last]} {n}",
            slug=f"bench-{n}",
            name_latin=f"{FIRSTS[first]} {LASTS[last]} {n}",
            name_native=f"{FIRSTS_FA[first]} {LASTS_FA[last]} {n}",
            short_story="A profile made for the benchmark, as long as a real poster story. " * 3,
            occupations=chooser.sample(occupations, 2),
            gender=chooser.choice(["female", "male"]),
            portrait=chooser.choice(portraits),
            live=True,
            events=[
                TimelineEvent(
                    date=arrested, kind="arrested", status=v.DETAINED, verification="confirmed"
                ),
                TimelineEvent(
                    date=arrested + datetime.timedelta(days=90),
                    kind="other",
                    status=status,
                    release_reason="bail" if status == v.RELEASED else "",
                    verification=chooser.choice(["confirmed", "reported"]),
                ),
            ],
            cases=[PrisonerCase(arrest_date=arrested, prison=chooser.choice(prisons))],
        )
        with transaction.atomic():
            index.add_child(instance=page)
        index.refresh_from_db()
        if n % 500 == 0:
            print(f"  {n:,} profiles", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


ERRORS = []


def _timed(client, path, runs, clear):
    times = []
    for _ in range(runs):
        clear()
        started = time.perf_counter()
        try:
            response = client.get(path)
        except Exception as error:  # noqa: BLE001 (counted, and the run goes on)
            ERRORS.append(f"{path}: {error!r}")
            continue
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            ERRORS.append(f"{path}: {response.status_code}")
    return times


def _summary(times, **extra):
    if not times:
        return {"runs": 0, **extra}
    ordered = sorted(times)
    return {
        "runs": len(times),
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1], 1),
        "p99_ms": round(ordered[max(int(len(ordered) * 0.99) - 1, 0)], 1),
        "max_ms": round(ordered[-1], 1),
        **extra,
    }


def measure(runs):
    os.environ["FREETHEM_PAGE_CACHE"] = "off"
    import django

    django.setup()
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client, RequestFactory

    from freethem.prisoners import posters
    from freethem.prisoners.models import PrisonerIndexPage, PrisonerPage

    def clear():
        for alias in ("pages", "fragments", "shared", "default"):
            caches[alias].clear()

    en = PrisonerIndexPage.objects.get(locale__language_code="en")
    fa = PrisonerIndexPage.objects.get(locale__language_code="fa")
    client = Client(HTTP_HOST="127.0.0.1", secure=True)
    results = {"profiles": PrisonerPage.objects.filter(live=True).count()}
    paths = {
        "index": en.url,
        "index_persian": fa.url,
        "status": f"{en.url}?status=death-sentence",
        "occupation": f"{en.url}?occupation=journalist",
        "prison": f"{en.url}?prison=evin",
        "search_latin": f"{en.url}?q=moradi+42",
        "search_persian": f"{fa.url}?q=مرادی",
        "sort_arrest": f"{en.url}?sort=arrest",
    }
    # The last page, reached as a reader does, by "Next" from the page before: its link
    # names the last card shown there.
    from freethem.core import cursors
    from freethem.prisoners import views

    for name, sort in (("deep_page", "name"), ("deep_page_arrest", "arrest")):
        keys = list(views.ordered(views.people("en"), sort).values_list("pk", flat=True))
        last_shown = keys[(len(keys) - 1) // views.PER_PAGE * views.PER_PAGE - 1]
        after = cursors.make(views.CURSOR, last_shown)
        paths[name] = f"{en.url}?sort={sort}&after={after}"
    # Warm-up: thumbnails rendered once (they are files, not cache), code paths loaded; then,
    # as freethem/wsgi.py does in production, long-lived objects are kept out of GC passes.
    for path in paths.values():
        client.get(path)
    import gc

    gc.collect()
    gc.freeze()

    def count_queries(path, before):
        count = [0]

        def counter(execute, sql, params, many, context):
            count[0] += 1
            return execute(sql, params, many, context)

        before()
        with connection.execute_wrapper(counter):
            client.get(path)
        return count[0]

    def nothing():
        pass

    for name, path in paths.items():
        # Every cache emptied before each request: the first visit after a restart.
        cold = _timed(client, path, runs, clear)
        results[name] = _summary(cold, path=path, queries=count_queries(path, clear))
        # The page cache off, the pieces every page shares (navigation, language versions,
        # counts, filter choices) still remembered: any other visit the page cache misses.
        client.get(path)
        warm = _timed(client, path, runs, nothing)
        results[name]["page_cache_miss"] = _summary(warm, queries=count_queries(path, nothing))
        print(name, results[name], flush=True)

    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1", secure=True)
    demo = list(
        PrisonerPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(slug__startswith="bench-")
        .order_by("pk")[:25]
    )
    page = demo[0]
    posters.pdf_bytes(posters.poster_html(request, [page], "fa", "a4"))  # WeasyPrint's imports
    one = []
    for language in ("en", "es", "fa", "fr") * 3:
        started = time.perf_counter()
        posters.pdf_bytes(posters.poster_html(request, [page], language, "a4"))
        one.append((time.perf_counter() - started) * 1000)
    results["one_poster_a4"] = _summary(one)
    pack = []
    for _ in range(3):
        started = time.perf_counter()
        pdf = posters.pdf_bytes(posters.poster_html(request, demo, "en", "a4"))
        pack.append((time.perf_counter() - started) * 1000)
    results["pack_of_25_a4"] = _summary(pack, posters=len(demo), bytes=len(pdf))
    results["errors"] = len(ERRORS)
    results["error_samples"] = ERRORS[:10]
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
    var = ROOT / "var" / "bench" / f"prisoners-{database}"
    env = {**ENV, "FREETHEM_VAR_DIR": str(var), "LOG_LEVEL": "ERROR"}
    if not (var / "ready").exists() or database == "postgresql":
        var.mkdir(parents=True, exist_ok=True)
        for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)
        print(f"Adding profiles up to {SIZE:,}…", flush=True)
        started = time.perf_counter()
        subprocess.run([PYTHON, __file__, "build", str(SIZE)], cwd=ROOT, env=env, check=True)
        print(f"Built in {time.perf_counter() - started:.0f} s", flush=True)
        (var / "ready").touch()
    # A data set built by an earlier version gets this version's migrations.
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    out = subprocess.run(
        [PYTHON, __file__, "measure", "100"],
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
    (RESULTS / f"prisoners-{database}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
