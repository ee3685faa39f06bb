"""Load benchmarks on loopback: nginx's static rate (the yardstick), the page cache under
granian, the recommended nginx set-up in front of it, and the uncached news index.

    make bench            # or: .venv/bin/python bench/run.py [--seconds 15] [--connections 64]

Everything runs on this machine on 127.0.0.1 and stops by itself. Results are printed as a
table and written to bench/results/latest.json.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.cluster.harness import granian_command  # noqa: E402

PYTHON = sys.executable
VAR = ROOT / "var" / "bench"
RESULTS = ROOT / "bench" / "results"
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "freethem.settings.production",
    "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    # A data key for the benchmark's own throwaway data (never used anywhere else).
    "FREETHEM_DATA_KEYS": "YmVuY2gtb25seS1kYXRhLWtleS1ub3Qtc2VjcmV0LTA=",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "WAGTAILADMIN_BASE_URL": "http://localhost",  # a name: passkeys accept no IP address
    "SECURE_SSL_REDIRECT": "false",
    "FREETHEM_SERVE_MEDIA": "true",
    "PYTHONPATH": str(ROOT),
}


# Threads per worker, as docs/deploy.md recommends: enough to overlap waits, few enough that a
# spike queues in front of the workers rather than in a crowd of threads fighting for locks.
BLOCKING_THREADS = 8


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(*args, env=None, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env or ENV, check=True, **kwargs)


def data_set(name, posts):
    """A bench folder with its database, media and collected static files, built once."""
    var = VAR / name
    env = {**ENV, "FREETHEM_VAR_DIR": str(var)}
    if not (var / "ready").exists():
        shutil.rmtree(var, ignore_errors=True)
        var.mkdir(parents=True)
        print(f"Building the {name} data set…", flush=True)
        if posts:
            run(PYTHON, "bench/tenk.py", "build", str(posts), env=env)
        else:
            run(PYTHON, "manage.py", "migrate", "-v0", env=env)
            run(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0", env=env)
            run(PYTHON, "manage.py", "load_demo", env=env)
        (var / "ready").touch()
    return var, env


def wait_for(url, seconds=30):
    """The status and headers of the first answer from url."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
                response.read()
                return response.status, response.headers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def wrk(url, seconds, connections):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def percentile(n):
        value, unit = re.search(rf"{n}%\s+([\d.]+)(us|ms|s)", out).groups()
        return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    # Connections refused, dropped or timed out count as errors too, never as answers.
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    return {
        "requests_per_second": round(rps),
        "p50_ms": percentile(50),
        "p99_ms": percentile(99),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": sum(map(int, sockets.groups())) if sockets else 0,
    }


def yardstick(nginx_port, seconds=5):
    """nginx serving its static file on this machine now: the rate every figure is read against.

    Absolute rates move from day to day with the machine's neighbours; a share of this one
    does not. Each benchmark measures it in its own run and prints it beside its figures.
    """
    return wrk(f"http://127.0.0.1:{nginx_port}/static/css/site.css", seconds, 64)


def measure_yardstick(seconds=5):
    """The yardstick for a benchmark that runs no nginx of its own: one started for it alone."""
    var = VAR / "yardstick"
    (var / "static" / "css").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "freethem" / "static" / "css" / "site.css", var / "static" / "css")
    port = free_port()
    web = start_nginx(var, free_port(), port)
    try:
        return yardstick(port, seconds)
    finally:
        stop(web)


def descendants(pid):
    """`pid` and every process below it (granian's workers are children of its main process)."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def cpu_seconds(pid, tree=True):
    """CPU time (user and system) used so far by a process and (`tree`) its descendants."""
    total = 0
    for each in descendants(pid) if tree else [pid]:
        try:
            fields = (Path("/proc") / str(each) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def start_granian(env, port, workers, log=None, threads=BLOCKING_THREADS, code=ROOT, nice=0):
    """granian serving the site (from the checkout `code`); its errors go to `log` (a path);
    `nice`: the priority it runs at (0, as a service starts; higher is lower)."""
    errors = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 (closed with the process)
    process = subprocess.Popen(
        [*(["nice", "-n", str(nice)] if nice else []), *granian_command(port, workers, threads)],
        cwd=code,
        env={**env, "PYTHONPATH": str(code)},
        stdout=subprocess.DEVNULL,
        stderr=errors,
    )
    wait_for(f"http://127.0.0.1:{port}/robots.txt")
    return process


# Debian's nginx JavaScript module (libnginx-mod-http-js), which docs/nginx/freethem.conf needs.
NGINX_JS = "/usr/lib/nginx/modules/ngx_http_js_module.so"


# The page cache of `location /` in docs/nginx/freethem.conf (see nginx_conf's `page_cache`).
NGINX_PAGE_CACHE = (
    "        proxy_cache freethem;\n        proxy_cache_key $scheme$host$request_uri;\n"
)


def nginx_conf(
    conf_dir, var, app_port, port, *, signing_port=None, show_cache=True, page_cache=True
):
    """A whole nginx.conf around the server block of docs/nginx/freethem.conf, with this run's
    folders and ports. `app_port`: the application's port, or a list of ports for several
    application servers behind nginx, each line of an upstream block repeated for each (so each
    server gets the `max_conns` of its own). `signing_port`: where sign requests go instead of
    the application (a port nobody answers makes every one of them meet a full house).
    `page_cache=False`: nginx keeps no pages, so every page read reaches the application."""
    site = (ROOT / "docs" / "nginx" / "freethem.conf").read_text()
    signing = f"server 127.0.0.1:{signing_port}" if signing_port else None
    if signing:
        site = site.replace("server 127.0.0.1:8000 max_conns", signing + " max_conns")
    if not page_cache:
        if NGINX_PAGE_CACHE not in site:
            raise RuntimeError("docs/nginx/freethem.conf: the page cache of `location /` moved")
        site = site.replace(NGINX_PAGE_CACHE, "        proxy_cache off;\n")
    ports = [app_port] if isinstance(app_port, int) else list(app_port)
    site = re.sub(
        r"^( *)server 127\.0\.0\.1:8000(.*)$",
        lambda line: "\n".join(
            f"{line.group(1)}server 127.0.0.1:{each}{line.group(2)}" for each in ports
        ),
        site,
        flags=re.MULTILINE,
    )
    site = (
        site.replace("/var/cache/nginx/freethem", str(conf_dir / "cache"))
        .replace("/var/log/nginx/freethem-error.log", str(conf_dir / "site-error.log"))
        .replace("listen 80;", f"listen 127.0.0.1:{port};")
        .replace("/srv/freethem/var/", f"{var}/")
        .replace("/srv/freethem/docs/", f"{ROOT / 'docs'}/")
    )
    temp = "".join(
        f"{kind}_temp_path {conf_dir / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (
        f"load_module {NGINX_JS};\n{user}worker_processes auto;\npid {conf_dir / 'nginx.pid'};\n"
        f"error_log {conf_dir / 'error.log'} warn;\nevents {{ worker_connections 4096; }}\n"
        "http {\ninclude /etc/nginx/mime.types;\nsendfile on;\ntcp_nopush on;\n"
        f"keepalive_requests 100000;\n{temp}"
        # For the bench only, to show nginx's cache at work; production says nothing of its
        # cache (a hit would tell a visitor that someone asked for the same address before).
        # The server block's `location /` inherits it, since it sets no header of its own.
        + ("add_header X-Cache-Status $upstream_cache_status always;\n" if show_cache else "")
        + site
        + "\n}\n"
    )


def start_nginx(var, app_port, port, conf_dir=None, **options):
    """nginx with the server block from docs/nginx/freethem.conf, pointed at this run's
    application, its own files in `conf_dir` (options: see nginx_conf)."""
    conf_dir = conf_dir or var / "nginx"
    shutil.rmtree(conf_dir, ignore_errors=True)
    (conf_dir / "cache").mkdir(parents=True)
    conf = conf_dir / "nginx.conf"
    conf.write_text(nginx_conf(conf_dir, var, app_port, port, **options))
    check = subprocess.run(["nginx", "-t", "-q", "-c", str(conf)], capture_output=True, text=True)
    if check.returncode:
        raise RuntimeError(f"nginx refused its configuration: {check.stderr}")
    process = subprocess.Popen(
        ["nginx", "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                stop(process)
                raise RuntimeError("nginx did not start") from None
            time.sleep(0.05)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--posts", type=int, default=10_000)
    args = parser.parse_args()

    results = {"machine": {"cores": os.cpu_count()}, "settings": vars(args)}
    demo_var, demo_env = data_set("demo", 0)
    app_port, nginx_port = free_port(), free_port()
    app = start_granian(demo_env, app_port, args.workers)
    web = None
    try:
        web = start_nginx(demo_var, app_port, nginx_port)
        static_url = f"http://127.0.0.1:{nginx_port}/static/css/site.css"
        page_url = f"http://127.0.0.1:{app_port}/en/news/"
        proxied_url = f"http://127.0.0.1:{nginx_port}/en/news/"
        status, _headers = wait_for(page_url)  # fills the page cache
        assert status == 200, status
        wait_for(proxied_url)
        _status, headers = wait_for(proxied_url)
        results["proxied_headers"] = {
            k: headers.get(k) for k in ("Cache-Control", "X-Cache-Status")
        }
        print("nginx, static file…", flush=True)
        results["nginx_static"] = wrk(static_url, args.seconds, args.connections)
        print("granian, page cache…", flush=True)
        results["page_cache"] = wrk(page_url, args.seconds, args.connections)
        print("nginx in front of granian…", flush=True)
        results["nginx_proxy_cache"] = wrk(proxied_url, args.seconds, args.connections)
    finally:
        if web:
            stop(web)
        stop(app)

    _tenk_var, tenk_env = data_set("10k", args.posts)
    print(f"Uncached news index with {args.posts} posts…", flush=True)
    out = run(
        PYTHON, "bench/tenk.py", "measure", "200", env=tenk_env, capture_output=True, text=True
    )
    results["uncached_index"] = json.loads(out.stdout.strip().splitlines()[-1])

    static = results["nginx_static"]["requests_per_second"]
    results["targets"] = {
        "page_cache_rps_at_least_1500": results["page_cache"]["requests_per_second"] >= 1500,
        "nginx_proxy_at_least_half_static": results["nginx_proxy_cache"]["requests_per_second"]
        >= static / 2,
        "nginx_proxy_p99_under_10ms": results["nginx_proxy_cache"]["p99_ms"] < 10,
        "uncached_median_at_most_15ms": results["uncached_index"]["warm_median_ms"] <= 15,
        "uncached_queries_at_most_10": results["uncached_index"]["warm_queries"] <= 10,
        "after_publish_at_most_15ms": results["uncached_index"]["after_publish_median_ms"] <= 15,
        "nothing_cached_at_most_40ms": results["uncached_index"]["nothing_cached_median_ms"] <= 40,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
