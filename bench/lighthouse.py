"""Lighthouse (mobile profile, local Chromium) over the demo site as production serves it:
the home page, a news post, the appeal, the prisoners' index and a profile, in English and
Persian, behind the recommended nginx set-up.

    .venv/bin/python bench/lighthouse.py [--fresh]

Lighthouse is installed with npm inside the checkout (bench/lighthouse/, pinned by its
package-lock.json); Chromium is Debian's. Everything runs on 127.0.0.1 and stops by itself.
Prints a table of the four category scores and writes each report's JSON to
bench/results/lighthouse/; exits 1 if a page misses Accessibility 100, SEO 100 or
Best Practices 96.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

from run import (
    PYTHON,
    RESULTS,
    ROOT,
    VAR,
    data_set,
    free_port,
    start_granian,
    start_nginx,
    stop,
    wait_for,
)

TOOLS = ROOT / "bench" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"accessibility": 100, "seo": 100, "best-practices": 96}
LANGUAGES = ["en", "fa"]

FIND_PAGES = """
from wagtail.models import Page
from freethem.core.models import HomePage
from freethem.news.models import NewsPage
from freethem.appeals.models import AppealPage
from freethem.prisoners.models import PrisonerIndexPage, PrisonerPage
for language in {languages!r}:
    for name, model in [("home", HomePage), ("post", NewsPage), ("appeal", AppealPage),
                        ("prisoners", PrisonerIndexPage), ("profile", PrisonerPage)]:
        page = (model.objects.live().public().filter(locale__language_code=language)
                .order_by("-first_published_at", "pk").first())
        if page is not None:
            print(language, name, page.url)
"""


def lighthouse_installed():
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOLS, check=True)
    return binary


def pages(env):
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", FIND_PAGES.format(languages=LANGUAGES)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = [line.split(" ", 2) for line in out.splitlines()]
    return [tuple(parts) for parts in found if len(parts) == 3 and parts[2].startswith("/")]


def audit(binary, url, out):
    subprocess.run(
        [
            str(binary),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
    )
    report = json.loads(out.read_text())
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = {
        name: [
            audit_id
            for audit_id in (ref["id"] for ref in report["categories"][name]["auditRefs"])
            if report["audits"][audit_id].get("score") not in (None, 1)
            and report["audits"][audit_id].get("scoreDisplayMode") not in ("informative",)
        ]
        for name in TARGETS
    }
    return scores, failing


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo data set")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(VAR / "demo", ignore_errors=True)
    binary = lighthouse_installed()
    var, env = data_set("demo", 0)
    app_port, port = free_port(), free_port()
    app = start_granian(env, app_port, 2)
    web = None
    rows, ok = [], True
    out_dir = RESULTS / "lighthouse"
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        web = start_nginx(var, app_port, port, show_cache=False)
        for language, name, path in pages(env):
            url = f"http://localhost:{port}{path}"
            wait_for(url)
            scores, failing = audit(binary, url, out_dir / f"{language}-{name}.json")
            missed = {k: v for k, v in TARGETS.items() if scores[k] < v}
            ok = ok and not missed
            rows.append((language, name, path, scores, failing if missed else {}))
            print(language, name, scores, flush=True)
    finally:
        if web:
            stop(web)
        stop(app)
    print()
    print(f"{'page':22} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}")
    for language, name, _path, scores, failing in rows:
        line = f"{language + ' ' + name:22} " + " ".join(f"{scores[c]:5}" for c in CATEGORIES)
        print(line)
        for category, audits in failing.items():
            if audits:
                print(f"    {category}: {', '.join(audits)}")
    sys.exit(0 if ok and rows else 1)


if __name__ == "__main__":
    main()
