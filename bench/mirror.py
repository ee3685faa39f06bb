"""Mirrors: the whole demo built, one post published and refreshed, and 10,000 posts built.

    python bench/mirror.py                              # demo, a publish, 10,000 posts
    python bench/mirror.py --posts 300 --processes 2    # a short check on a small data set
    python bench/mirror.py --skip-large                 # the demo and the publish only

Production settings, SQLite, the data sets of bench/run.py (`data_set`: the demo, and
`bench/tenk.py`'s posts), built once under var/bench/. Each build is a separate
`manage.py build_mirror --processes N` (wall seconds, as a reader of the clock would see them);
the refresh is timed from the moment a new post is published to the moment its files and the
lists it is in are rewritten, as `mirror.refresh` and `refresh_mirror` do it. Results go to
bench/results/mirror.json.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PYTHON, RESULTS, ROOT, data_set, measure_yardstick  # noqa: E402

WROTE = re.compile(r"Wrote (\d+) pages and (\d+) files \(([\d.]+) MB\)")


def full_build(env, folder, processes):
    """One whole build of the data set in `env` into `folder`: seconds, pages, files, MB."""
    shutil.rmtree(folder, ignore_errors=True)
    # bench/tenk.py writes its posts in bulk, without the signals that start a new generation
    # of the site's remembered routes (and, before it counted them by path, without the
    # index's count of children): without this, every post it added would be "not found".
    subprocess.run([PYTHON, __file__, "prepare"], cwd=ROOT, env=env, check=True)
    started = time.perf_counter()
    out = subprocess.run(
        [PYTHON, "manage.py", "build_mirror", str(folder), "--processes", str(processes)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    wrote = WROTE.search(out.stdout)
    if out.returncode or not wrote:  # reported, not raised: the other figures still count
        failed = [line for line in out.stderr.splitlines() if not line.startswith("Not mirr")]
        return {"seconds": round(seconds, 1), "error": "\n".join(failed[-12:])}
    pages, files, megabytes = wrote.groups()
    return {
        "seconds": round(seconds, 1),
        "pages": int(pages),
        "files": int(files),
        "megabytes": float(megabytes),
        "not_mirrored": out.stderr.count("Not mirrored"),
    }


def publish_and_refresh(folder):
    """In a Django process of its own: publish a new post under the English news index, then
    run the clock's job and the refresh it hands out; prints JSON."""
    import datetime
    import uuid
    from unittest import mock

    import django

    django.setup()
    from django.test import override_settings
    from django.utils import timezone

    from freethem.mirror import freshness
    from freethem.mirror.models import MirrorChange
    from freethem.news.models import NewsIndexPage, NewsPage

    with override_settings(FREETHEM_MIRROR_DIR=folder):
        index = NewsIndexPage.objects.get(locale__language_code="en")
        stamp = uuid.uuid4().hex[:8]
        post = NewsPage(
            title=f"A post published for the benchmark {stamp}",
            slug=f"bench-mirror-{stamp}",
            date=datetime.date.today(),
            lead="Published to time the mirror's refresh.",
            body=json.dumps(
                [{"type": "paragraph", "value": "<p>Its text.</p>", "id": str(uuid.uuid4())}]
            ),
        )
        started = time.perf_counter()
        index.add_child(instance=post)
        post.save_revision().publish()
        published = time.perf_counter()
        with mock.patch("freethem.mirror.tasks.refresh_mirror") as task:
            taken = freshness.queue_changes()
        (lease,) = task.enqueue.call_args.args
        before = {p: p.stat().st_mtime_ns for p in Path(folder).rglob("*") if p.is_file()}
        freshness.refresh(timezone.datetime.fromisoformat(lease))
        done = time.perf_counter()
        after = {p: p.stat().st_mtime_ns for p in Path(folder).rglob("*") if p.is_file()}
        written = sum(1 for p, t in after.items() if before.get(p) != t)
        exists = (Path(folder) / "en" / "news" / post.slug / "index.html").exists()
        post.delete()
        MirrorChange.objects.all().delete()  # the deletion's, for a next run's whole build
    print(
        json.dumps(
            {
                "seconds_from_publish": round(done - started, 2),
                "seconds_refresh": round(done - published, 2),
                "changes": taken,
                "files_written": written,
                "files_in_mirror": len(after),
                "post_in_mirror": exists,
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=10_000, help="Posts of the large site.")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-large", action="store_true", help="Leave out the large site.")
    parser.add_argument("--yardstick-seconds", type=int, default=5)
    args = parser.parse_args()

    static = measure_yardstick(args.yardstick_seconds)
    print(f"Yardstick: nginx serves its static file at {static['requests_per_second']}/s")
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "cores": os.cpu_count(),
        "processes": args.processes,
        "yardstick_static_rps": static["requests_per_second"],
    }

    var, env = data_set("demo", 0)
    env = {**env, "LOG_LEVEL": "ERROR"}
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    folder = var / "mirror"
    report["demo"] = full_build(env, folder, args.processes)
    print("Demo, whole build:", report["demo"], flush=True)
    out = subprocess.run(
        [PYTHON, __file__, "publish", str(folder)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report["demo_publish"] = json.loads(out.strip().splitlines()[-1])
    print("Demo, one post published:", report["demo_publish"], flush=True)

    if not args.skip_large:
        name = "10k" if args.posts == 10_000 else f"posts-{args.posts}"
        var, env = data_set(name, args.posts)
        env = {**env, "LOG_LEVEL": "ERROR"}
        for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            # A data set built earlier lacks what the code added since (tables, styles, icons).
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)
        report["large"] = {
            "posts": args.posts,
            **full_build(env, var / "mirror", args.processes),
        }
        print(f"{args.posts:,} posts, whole build:", report["large"], flush=True)

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "mirror.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


def prepare():
    import django

    django.setup()
    from wagtail.models import Page

    from freethem.core.cache import purge_site_structure
    from freethem.news.models import NewsIndexPage

    for index in NewsIndexPage.objects.all():
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
    purge_site_structure()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "publish":
        sys.path.insert(0, str(ROOT))
        publish_and_refresh(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "prepare":
        sys.path.insert(0, str(ROOT))
        prepare()
    else:
        main()
