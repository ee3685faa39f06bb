"""The news index with many posts: build the data set, and time the index rendered afresh.

    python bench/tenk.py build 10000   # posts into the database named by the environment
    python bench/tenk.py measure 200   # single client, page cache off; prints JSON

Run by bench/run.py with FREETHEM_VAR_DIR pointing at a bench folder.
"""

import datetime
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "freethem.settings.production")


def build(count):
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from taggit.models import Tag
    from wagtail.models import Page

    from freethem.demo.loader import DemoBuilder
    from freethem.news.models import NewsIndexPage, NewsPage, NewsPageTag

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    # The bench measures listing, not search: skip indexing ten thousand posts one by one.
    for backend in settings.WAGTAILSEARCH_BACKENDS.values():
        backend["AUTO_UPDATE"] = False
    if not NewsIndexPage.objects.exists():
        # The demo's home and news index in four languages, then many posts in English.
        from wagtail.models import Locale

        builder = DemoBuilder(log=lambda *_: None)
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code in ("en", "es", "fa", "fr")
        }
        builder.site_pages(locales)
    index = NewsIndexPage.objects.get(locale__language_code="en")
    existing = NewsPage.objects.child_of(index).count()
    rng = random.Random(7)
    builder = DemoBuilder(log=lambda *_: None)
    images = [builder.image(f"ACTION {i}", i % 8, f"Placards at action {i}") for i in range(20)]
    countries = ["CO", "FR", "DE", "SE", "US", "CA", "GB", "IR", "IT", "ES", "NL", "BE", "AU", "TR"]
    tag_names = [f"city-{i}" for i in range(40)] + ["FreeThemAll", "StopExecutions", "Evin"]
    tags = [
        Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]
        for name in tag_names
    ]
    start = datetime.date(2015, 1, 1)
    words = (
        "people gathered outside the embassy with placards and the names of prisoners while "
        "speakers read letters from their families and musicians played late into the evening"
    ).split()
    # Rows are written in bulk, exactly as Wagtail would store live posts, because saving ten
    # thousand pages one by one through the page model takes many minutes.
    content_type = ContentType.objects.get_for_model(NewsPage)
    last = index.get_last_child()
    step = int(last.path[-NewsPage.steplen :], 36) if last else 0
    now = timezone.now()
    with transaction.atomic():
        for batch_start in range(existing, count, 1000):
            pages, details, tagged = [], [], []
            for n in range(batch_start, min(batch_start + 1000, count)):
                step += 1
                slug = f"action-{n + 1}"
                title = f"Solidarity action number {n + 1}"
                pages.append(
                    Page(
                        path=NewsPage._get_path(index.path, index.depth + 1, step),
                        depth=index.depth + 1,
                        numchild=0,
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        url_path=f"{index.url_path}{slug}/",
                        locale_id=index.locale_id,
                        translation_key=uuid.uuid4(),
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
                paragraphs = [
                    " ".join(rng.choice(words) for _ in range(60)).capitalize() + "."
                    for _ in range(3)
                ]
                body = [
                    {"type": "paragraph", "value": f"<p>{p}</p>", "id": str(uuid.uuid4())}
                    for p in paragraphs
                ]
                if n % 3 == 0:
                    body.insert(
                        1,
                        {
                            "type": "image",
                            "value": {
                                "image": images[n % 20].pk,
                                "caption": "Placards",
                                "credit": "Volunteers",
                            },
                            "id": str(uuid.uuid4()),
                        },
                    )
                details.append(
                    (
                        start + datetime.timedelta(days=rng.randrange(0, 3300)),
                        "Supporters took the prisoners' faces and stories into the streets.",
                        json.dumps(body),
                        ",".join(sorted(rng.sample(countries, 2))),
                        rng.sample(tags, 3),
                    )
                )
            Page.objects.bulk_create(pages)
            created = Page.objects.filter(path__in=[p.path for p in pages]).values_list(
                "path", "pk"
            )
            pk_by_path = dict(created)
            table = NewsPage._meta.db_table
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table} (page_ptr_id, date, kicker, lead, body, corrections, "
                    "source_organization, source_url, translated_from, translator, original_url, "
                    "countries) VALUES (%s, %s, '', %s, %s, '[]', '', '', '', '', '', %s)",  # noqa: S608 (our own table name)
                    [
                        (pk_by_path[page.path], date, lead, body, codes)
                        for page, (date, lead, body, codes, _tags) in zip(
                            pages, details, strict=True
                        )
                    ],
                )
            for page, detail in zip(pages, details, strict=True):
                tagged += [
                    NewsPageTag(content_object_id=pk_by_path[page.path], tag=t) for t in detail[4]
                ]
            NewsPageTag.objects.bulk_create(tagged)
            print(f"{batch_start + len(pages)} posts", flush=True)
        # Counted by path: `get_children()` of an index saved with no child finds none.
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
    print(f"{NewsPage.objects.child_of(index).count()} posts in the index")


def measure(runs, path="/en/news/"):
    os.environ["FREETHEM_PAGE_CACHE"] = "off"
    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    from freethem.news.models import NewsIndexPage

    client = Client(HTTP_HOST="127.0.0.1")
    index = NewsIndexPage.objects.get(locale__language_code="en")
    newest = index.posts().first()

    def publish():
        # What an editor's "Publish" does to the newest post (its summary is on the first
        # page, so the list must render it anew), with the signals and the work done at
        # commit in the editor's request, before the reader comes.
        newest.refresh_from_db()
        newest.lead = f"Supporters took the prisoners' faces into the streets ({time.time_ns()})."
        newest.save_revision().publish()

    def empty_every_cache():
        # The first visitor after a deployment: the shared caches and this process's own.
        for alias in ("default", "pages", "fragments", "shared"):
            caches[alias].clear()
        ContentType.objects.clear_cache()
        Site.clear_site_root_paths_cache()

    def timed(before=None):
        if before:
            before()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, response.status_code
        assert queries, "served from the page cache, which is off here"
        return elapsed * 1000, len(queries)

    for _ in range(20):
        timed()
    warm = [timed() for _ in range(runs)]
    published = [timed(publish) for _ in range(max(runs // 10, 20))]
    empty = [timed(empty_every_cache) for _ in range(10)]
    deep = [timed() for _ in range(20)] if path == "/en/news/" else []

    def summary(label, times):
        values = sorted(t for t, _ in times)
        return {
            f"{label}_median_ms": round(statistics.median(values), 2),
            f"{label}_p90_ms": round(statistics.quantiles(values, n=10)[-1], 2),
            f"{label}_max_ms": round(values[-1], 2),
            f"{label}_queries": max(q for _, q in times),
        }

    result = {"path": path, "runs": runs, "posts": index.posts().count()}
    result.update(summary("warm", warm))
    result.update(summary("after_publish", published))
    result.update(summary("nothing_cached", empty))
    if deep:
        client_path = "/en/news/?page=900"
        times = []
        for _ in range(20):
            started = time.perf_counter()
            assert client.get(client_path).status_code == 200
            times.append((time.perf_counter() - started) * 1000)
        result["page_900_median_ms"] = round(statistics.median(times), 2)
    print(json.dumps(result))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "build":
        build(int(sys.argv[2]))
    elif command == "measure":
        measure(int(sys.argv[2]))
    else:
        raise SystemExit(__doc__)
