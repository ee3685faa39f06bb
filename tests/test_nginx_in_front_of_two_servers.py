"""nginx in front of two application servers, as bench/cluster.py runs it: docs/nginx/freethem.conf
with every upstream line repeated for each server (each keeps the signing places of one), and,
for measuring the servers' own page cache, nginx keeping no pages of its own."""

import http.client
import shutil
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from freethem.core.tests.processes import ROOT
from freethem.core.tests.smtp import free_port

sys.path.insert(0, str(ROOT / "bench"))
from run import nginx_conf, start_nginx, stop  # noqa: E402


class Server(ThreadingHTTPServer):
    """A stand-in for an application server: answers every page as the site answers anonymous
    pages (cacheable by a proxy for 30 s), and counts what reaches it."""

    daemon_threads = True

    def __init__(self):
        self.answered = 0
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(handler):  # noqa: N802, N805
                with self.lock:
                    self.answered += 1
                body = b"<p>News</p>"
                handler.send_response(200)
                handler.send_header("Content-Type", "text/html; charset=utf-8")
                handler.send_header("Cache-Control", "public, max-age=0, s-maxage=30")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)

            def log_message(handler, *args):  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server_address[1]


@pytest.fixture
def two_servers():
    servers = [Server(), Server()]
    yield servers
    for server in servers:
        server.shutdown()
        server.server_close()


def read(port, path, times):
    for _ in range(times):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", path)
        assert connection.getresponse().status == 200
        connection.close()


def test_each_server_behind_nginx_gets_the_signing_places_one_server_has(tmp_path):
    conf = nginx_conf(tmp_path, tmp_path, [8101, 8102], 8100)
    assert conf.count("max_conns=16;") == 2
    assert "server 127.0.0.1:8101 max_conns=16;" in conf
    assert "server 127.0.0.1:8102 max_conns=16;" in conf
    assert "server 127.0.0.1:8101;" in conf
    assert "server 127.0.0.1:8102;" in conf
    assert "8000" not in conf


def test_nginx_without_its_page_cache_sends_every_read_to_one_server_or_the_other(
    two_servers, tmp_path
):
    if not shutil.which("nginx"):
        pytest.fail("nginx not found; `make test` installs it.")
    port = free_port()
    process = start_nginx(
        tmp_path, [s.port for s in two_servers], port, tmp_path / "nginx", page_cache=False
    )
    try:
        read(port, "/en/news/", 10)
    finally:
        stop(process)
    # Each of nginx's worker processes takes its own turns: not exactly half each.
    assert sum(s.answered for s in two_servers) == 10
    assert all(s.answered >= 2 for s in two_servers)


def test_nginx_with_its_page_cache_answers_the_same_reads_itself(two_servers, tmp_path):
    if not shutil.which("nginx"):
        pytest.fail("nginx not found; `make test` installs it.")
    port = free_port()
    process = start_nginx(tmp_path, [s.port for s in two_servers], port, tmp_path / "nginx")
    try:
        read(port, "/en/news/", 10)
    finally:
        stop(process)
    assert sum(s.answered for s in two_servers) == 1
