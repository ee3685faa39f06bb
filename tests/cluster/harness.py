"""The two-server cluster of docs/scaling.md on loopback, in real processes: one way to start it,
for the cluster tests (tests/cluster/conftest.py) and the cluster benchmark (bench/cluster.py).

PostgreSQL (a database of its own on a server already running, such as the one
`scripts/with-postgres` starts), Redis for the caches and rate limits, an S3-compatible server
(moto's, standing in for the provider) with a public and a private bucket, an SMTP server, two
application servers (granian, production settings, each with a folder of its own), one clock
(`manage.py jobs`) and two task workers (`manage.py db_worker`). Everything lives in a
temporary folder under var/ and is stopped and removed at the end, failures included.

Nothing here imports Django: the caller gives the keys the servers sign and seal with, and
does its own work on the database in `prepare`, before the application servers start.
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DATABASE = "freethem_cluster"
PUBLIC_BUCKET, PRIVATE_BUCKET = "freethem-media", "freethem-private"
SITE_HOST = "localhost"
S3_KEY, S3_SECRET = "cluster-test", "cluster-test-secret"  # moto accepts any


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start in {seconds} s")


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes
    cookies: dict

    @property
    def text(self):
        return self.body.decode()


def request(base, method, path, *, body=None, headers=None, timeout=30):
    """One request, redirects not followed (a 303 is an answer here).

    Addressed to the site's name, as a load balancer passes it on: the servers' own addresses
    differ by port, and a page cache keyed by them would be two caches.
    """
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={"Host": SITE_HOST, **(headers or {})})
        response = conn.getresponse()
        cookies = dict(
            cookie.split(";", 1)[0].strip().split("=", 1)
            for cookie in response.msg.get_all("Set-Cookie") or []
        )
        return Answer(response.status, dict(response.getheaders()), response.read(), cookies)
    finally:
        conn.close()


def form(data):
    return urlencode(data, doseq=True).encode(), {
        "Content-Type": "application/x-www-form-urlencoded"
    }


@dataclass
class Cluster:
    folder: Path
    env: dict
    servers: dict  # name -> base URL
    redis_url: str
    s3_endpoint: str
    mailbox: object  # the SMTP server's handler, or None when a sink process takes the mail
    processes: dict = field(default_factory=dict)  # name -> Popen
    database_url: str = ""

    def get(self, server, path, **headers):
        return request(self.servers[server], "GET", path, headers=headers)

    def post(self, server, path, data, **headers):
        body, content_type = form(data)
        return request(
            self.servers[server], "POST", path, body=body, headers=content_type | headers
        )

    def kill(self, name):
        """SIGKILL to a process and its children (granian's workers): no clean-up runs."""
        process = self.processes[name]
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def s3(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.s3_endpoint,
            aws_access_key_id=S3_KEY,
            aws_secret_access_key=S3_SECRET,
            region_name="us-east-1",
        )


def start(processes, name, args, env, log_folder):
    log = open(log_folder / f"{name}.log", "wb")  # noqa: SIM115 (closed at the end)
    processes[name] = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    processes[name].log = log
    return processes[name]


def stop_all(processes):
    """Everything is thrown away with its folder: nothing needs a clean stop."""
    for process in processes.values():
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    for process in processes.values():
        process.wait()
        process.log.close()


def database_url_for(server_url, database):
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{database}"))


def create_database(url, database=DATABASE):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database}")
        conn.execute(f"CREATE DATABASE {database}")
    return database_url_for(url, database)


def drop_database(url, database=DATABASE):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def postgres_tool(name):
    """PostgreSQL's own client (pg_dump, pg_restore) of the newest server installed, the one
    scripts/with-postgres runs."""
    found = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0,
    )
    return str(found[-1]) if found else name


def granian_command(port, workers=1, threads=8):
    """An application server as docs/deploy.md runs one, on loopback (also the benchmarks')."""
    return [
        str(BIN / "granian"),
        "--interface",
        "wsgi",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--blocking-threads",
        str(threads),
        "--no-log",
        "freethem.wsgi:application",
    ]


def start_granian(processes, name, env, folder, workers=1):
    port = free_port()
    start(
        processes,
        name,
        granian_command(port, workers),
        {**env, "FREETHEM_VAR_DIR": str(folder / name)},
        folder,
    )
    return f"http://127.0.0.1:{port}"


def start_mail(processes, mailbox, folder):
    """An SMTP server on loopback: in this process with `mailbox` as its handler (the tests
    read what it received), or else a sink process at the lowest priority, standing for a mail
    relay on another machine. Returns its port and what stops it."""
    port = free_port()
    if mailbox is None:
        sink = [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c"]
        start(
            processes,
            "smtp",
            ["nice", "-n", "19", *sink, "aiosmtpd.handlers.Sink"],
            os.environ,
            folder,
        )
        return port, None
    from aiosmtpd.controller import Controller

    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    return port, controller.stop


@contextmanager
def running(
    server_url,
    *,
    secret_key,
    data_keys,
    prepare=None,
    restore=None,
    mailbox=None,
    server_workers=1,
    database=DATABASE,
    env=None,
):
    """The cluster, started, for the `with` block; stopped and thrown away after it.

    `server_url`: a PostgreSQL server's address; the cluster's database is created there
    (from `restore`, a `pg_dump --format=custom` file, when given), migrated, and dropped at
    the end. `prepare(cluster)` runs once the database, Redis, S3 and mail are up and before
    the application servers start. `mailbox`: the SMTP handler (see start_mail).
    `server_workers`: granian's workers in each application server. `env`: more settings for
    every process of the cluster.
    """
    if not server_url.startswith("postgres"):
        raise RuntimeError("The cluster needs PostgreSQL: run it under scripts/with-postgres.")
    (ROOT / "var").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="cluster-", dir=ROOT / "var"))
    processes = {}
    stop_mail = None
    database_url = None
    try:
        redis_port = free_port()
        (folder / "redis").mkdir()
        start(
            processes,
            "redis",
            [
                "redis-server",
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(folder / "redis"),
            ],
            os.environ,
            folder,
        )
        s3_port = free_port()
        start(
            processes,
            "s3",
            [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(s3_port)],
            os.environ,
            folder,
        )
        smtp_port, stop_mail = start_mail(processes, mailbox, folder)
        database_url = create_database(server_url, database)
        if restore:
            subprocess.run(
                [postgres_tool("pg_restore"), "--no-owner", "-d", database_url, str(restore)],
                check=True,
            )

        redis_url = f"redis://127.0.0.1:{redis_port}/0"
        s3_endpoint = f"http://127.0.0.1:{s3_port}"
        cluster_env = {
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith("PYTEST") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
            },
            "DJANGO_SETTINGS_MODULE": "tests.cluster.settings",
            "PYTHONPATH": str(ROOT),
            "SECRET_KEY": secret_key,
            "FREETHEM_DATA_KEYS": ",".join(data_keys),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": "http://localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "CACHE_URL": redis_url,
            "FREETHEM_S3_ENDPOINT": s3_endpoint,
            "FREETHEM_S3_ACCESS_KEY": S3_KEY,
            "FREETHEM_S3_SECRET_KEY": S3_SECRET,
            "FREETHEM_S3_PUBLIC_BUCKET": PUBLIC_BUCKET,
            "FREETHEM_S3_PRIVATE_BUCKET": PRIVATE_BUCKET,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_USE_TLS": "false",
            # As behind nginx: the visitor's address comes in X-Real-IP from a trusted proxy,
            # so that each test can sign from addresses of its own.
            "FREETHEM_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
            "FREETHEM_TRUSTED_PROXIES": "127.0.0.1",
            "FREETHEM_DOCUMENTS_SENDFILE": "off",
            "FREETHEM_POSTERS_ON_PUBLISH": "off",
            "FREETHEM_CARDS_ON_PUBLISH": "off",
            "LOG_LEVEL": "ERROR",
            **(env or {}),
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input", "--skip-checks", "-v", "0"],
            cwd=ROOT,
            env={**cluster_env, "FREETHEM_VAR_DIR": str(folder / "migrate")},
            check=True,
        )

        import redis

        wait_until(lambda: redis.Redis.from_url(redis_url).ping(), 20, "Redis")
        cluster = Cluster(
            folder, cluster_env, {}, redis_url, s3_endpoint, mailbox, processes, database_url
        )
        wait_until(lambda: cluster.s3().list_buckets() is not None, 30, "The S3 server")
        for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
            cluster.s3().create_bucket(Bucket=bucket)
        if prepare:
            prepare(cluster)

        for name in ("a", "b"):
            cluster.servers[name] = start_granian(
                processes, name, cluster_env, folder, server_workers
            )
        start(processes, "clock", [sys.executable, "manage.py", "jobs"], cluster_env, folder)
        for name in ("worker1", "worker2"):
            start(
                processes,
                name,
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--no-startup-delay",
                    "--interval",
                    "0.2",
                    "--worker-id",
                    name,
                ],
                {**cluster_env, "FREETHEM_VAR_DIR": str(folder / name)},
                folder,
            )
        for name in ("a", "b"):
            wait_until(lambda n=name: cluster.get(n, "/en/").status == 200, 60, f"Server {name}")
        yield cluster
    finally:
        stop_all(processes)
        if stop_mail:
            stop_mail()
        if database_url:
            drop_database(server_url, database)
        shutil.rmtree(folder, ignore_errors=True)


def logs(cluster):
    """The processes' logs, for a failure's message."""
    return "\n".join(
        f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
        for path in sorted(cluster.folder.glob("*.log"))
    )
