"""A cluster on loopback, started once for every test of tests/cluster/ (`make test-cluster`).

What docs/scaling.md describes, in real processes: PostgreSQL (a database of its own on the
server `scripts/with-postgres` started), Redis for the caches and rate limits, an S3-compatible
server (moto's, standing in for the provider) with a public and a private bucket, a real SMTP
server, two application servers (granian, production settings, each with a folder of its own),
one clock (`manage.py jobs`) and two task workers (`manage.py db_worker`). Everything lives in a
temporary folder under var/ and is stopped and removed at the end, failures included.

The test process reads and writes the cluster's database directly (to set up content and to
check what the servers stored); everything a visitor or an editor does goes over HTTP.
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
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DATABASE = "freethem_cluster"
PUBLIC_BUCKET, PRIVATE_BUCKET = "freethem-media", "freethem-private"
SITE_HOST = "localhost"
S3_KEY, S3_SECRET = "cluster-test", "cluster-test-secret"  # moto accepts any


def pytest_collection_modifyitems(items):
    # One cluster for the whole directory: pytest-xdist must not spread its tests.
    for item in items:
        if "tests/cluster/" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("cluster"))


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
    mailbox: object
    processes: dict = field(default_factory=dict)  # name -> Popen

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


def create_database(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        conn.execute(f"CREATE DATABASE {DATABASE}")
    return urlunsplit(urlsplit(url)._replace(path=f"/{DATABASE}"))


def drop_database(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def start_granian(processes, name, env, folder):
    port = free_port()
    start(
        processes,
        name,
        [
            str(BIN / "granian"),
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
            "--blocking-threads",
            "8",
            "--no-log",
            "freethem.wsgi:application",
        ],
        {**env, "FREETHEM_VAR_DIR": str(folder / name)},
        folder,
    )
    return f"http://127.0.0.1:{port}"


def build_content():
    """What the tests act on, written to the cluster's database before the servers start."""
    from django.contrib.auth import get_user_model

    from freethem.appeals.tests.factories import make_appeal
    from freethem.mobilize.tests.factories import make_events_index
    from freethem.news.tests.factories import build_site

    tree = build_site()
    make_appeal(tree.home, title="Free the teachers", slug="free-the-teachers")
    make_events_index(tree.home)
    get_user_model().objects.create_superuser("moderator", "moderator@example.org", "unused-pw")


@pytest.fixture(scope="session")
def django_db_setup():
    """The cluster's database is made by the `cluster` fixture, not by pytest-django."""


@pytest.fixture(scope="session")
def cluster(django_db_blocker):
    from aiosmtpd.controller import Controller
    from django.conf import settings
    from django.db import connections
    from django.test.utils import override_settings

    from freethem.core.tests.smtp import Mailbox

    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url.startswith("postgres"):
        pytest.fail("The cluster tests need PostgreSQL: run them under scripts/with-postgres.")
    (ROOT / "var").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="cluster-", dir=ROOT / "var"))
    processes = {}
    controller = None
    database_url = None
    overridden = None
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
        mailbox = Mailbox()
        controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
        controller.start()
        database_url = create_database(server_url)

        redis_url = f"redis://127.0.0.1:{redis_port}/0"
        s3_endpoint = f"http://127.0.0.1:{s3_port}"
        env = {
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith("PYTEST") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
            },
            "DJANGO_SETTINGS_MODULE": "tests.cluster.settings",
            "PYTHONPATH": str(ROOT),
            "SECRET_KEY": settings.SECRET_KEY,
            "FREETHEM_DATA_KEYS": ",".join(settings.FREETHEM_DATA_KEYS),
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
            "EMAIL_PORT": str(controller.port),
            "EMAIL_USE_TLS": "false",
            # As behind nginx: the visitor's address comes in X-Real-IP from a trusted proxy,
            # so that each test can sign from addresses of its own.
            "FREETHEM_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
            "FREETHEM_TRUSTED_PROXIES": "127.0.0.1",
            "FREETHEM_DOCUMENTS_SENDFILE": "off",
            "FREETHEM_POSTERS_ON_PUBLISH": "off",
            "FREETHEM_CARDS_ON_PUBLISH": "off",
            "LOG_LEVEL": "ERROR",
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input", "--skip-checks", "-v", "0"],
            cwd=ROOT,
            env={**env, "FREETHEM_VAR_DIR": str(folder / "migrate")},
            check=True,
        )

        import redis

        wait_until(lambda: redis.Redis.from_url(redis_url).ping(), 20, "Redis")
        cluster = Cluster(folder, env, {}, redis_url, s3_endpoint, mailbox, processes)
        wait_until(lambda: cluster.s3().list_buckets() is not None, 30, "The S3 server")
        for bucket in (PUBLIC_BUCKET, PRIVATE_BUCKET):
            cluster.s3().create_bucket(Bucket=bucket)

        # The test process works on the cluster's database, and queues tasks there as the
        # servers do, for the workers to take.
        settings.DATABASES["default"]["NAME"] = DATABASE
        connections["default"].settings_dict["NAME"] = DATABASE
        connections["default"].close()
        overridden = override_settings(
            TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        )
        overridden.enable()
        with django_db_blocker.unblock():
            build_content()
            connections["default"].close()

        cluster.servers["a"] = start_granian(processes, "a", env, folder)
        cluster.servers["b"] = start_granian(processes, "b", env, folder)
        start(processes, "clock", [sys.executable, "manage.py", "jobs"], env, folder)
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
                {**env, "FREETHEM_VAR_DIR": str(folder / name)},
                folder,
            )
        for name in ("a", "b"):
            wait_until(lambda n=name: cluster.get(n, "/en/").status == 200, 60, f"Server {name}")
        yield cluster
    finally:
        stop_all(processes)
        if controller:
            controller.stop()
        if overridden:
            overridden.disable()
        if database_url:
            from django.db import connections

            connections.close_all()
            drop_database(server_url)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _cluster_database(cluster, django_db_blocker):
    """Each test may read and write the cluster's database from the test process."""
    from django.db import connections

    with django_db_blocker.unblock():
        yield
        connections["default"].close()


def logs(cluster):
    """The processes' logs, for a failure's message."""
    return "\n".join(
        f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
        for path in sorted(cluster.folder.glob("*.log"))
    )
