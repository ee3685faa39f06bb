"""Hostile photos at once: what one worker's memory does when six proposals bring image bombs.

    .venv/bin/python bench/uploads.py                    # this checkout
    .venv/bin/python bench/uploads.py --code /tmp/base   # another checkout, e.g. the code before

granian serves the demo site as production runs it (production settings, SQLite), with ONE
worker process and 8 threads. Six proposal forms are then posted at the same moment, each with
the photos below; meanwhile the worker's resident memory (VmRSS in /proc) is read every 10 ms,
and its high-water mark (VmHWM) at the end. Target: the worker's peak stays under 300 MB.

The photos (`--photos bombs`, the default), all made here without holding their pixels:
  - a PNG of 7,070 × 7,070 pixels of one colour (about 160 KB, 50 megapixels once decoded);
  - a JPEG bomb: under 1 KB whose header claims 7,070 × 7,070 pixels (libjpeg decodes it);
  - the same, progressive (libjpeg then keeps every coefficient of the full-size image).
With `--photos limits`, the costliest photos the limits let through instead (a PNG, a
transparent PNG and a WebP each just under its limit in pixels, a progressive JPEG of
4,000 × 4,000, a JPEG of 5,119 × 5,119), five per proposal: every one of them is read.

The data set (var/bench/uploads/) is built once; the proposals a run makes are erased after it.
Results go to bench/results/uploads-<label>.json.
"""

import argparse
import json
import math
import subprocess
import sys
import threading
import time
import uuid
from datetime import date, timedelta
from http.client import HTTPConnection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import (  # noqa: E402
    PYTHON,
    RESULTS,
    ROOT,
    data_set,
    free_port,
    measure_yardstick,
    start_granian,
    stop,
    wait_for,
)

sys.path.insert(0, str(ROOT))
from freethem.mobilize import photos as photo_limits  # noqa: E402
from freethem.mobilize.tests.hostile_photos import jpeg_claiming, solid_png, solid_webp  # noqa: E402

TARGET_MB = 300
# The default budget a photo's reading may take (FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES).
BUDGET = 128 * 1024 * 1024


def side_under(per_pixel):
    """The side of the largest square photo the limits let through at this cost per pixel."""
    return math.isqrt((BUDGET - photo_limits.FINISHING) // per_pixel) - 8


def bombs():
    return [
        ("flat.png", solid_png(7070, 7070), "image/png"),
        ("bomb.jpg", jpeg_claiming(7070, 7070), "image/jpeg"),
        ("bomb-progressive.jpg", jpeg_claiming(7070, 7070, progressive=True), "image/jpeg"),
    ]


def limits():
    png, transparent = (
        side_under(photo_limits.PER_PIXEL["PNG"]),
        side_under(photo_limits.PER_PIXEL_WITH_ALPHA),
    )
    webp = side_under(photo_limits.PER_PIXEL["WEBP"])
    return [
        ("flat.png", solid_png(png, png), "image/png"),
        ("transparent.png", solid_png(transparent, transparent, alpha=True), "image/png"),
        ("flat.webp", solid_webp(webp, webp), "image/webp"),
        ("progressive.jpg", jpeg_claiming(4000, 4000, progressive=True), "image/jpeg"),
        ("large.jpg", jpeg_claiming(5119, 5119), "image/jpeg"),
    ]


PHOTOS = {"bombs": bombs, "limits": limits}


def worker_of(pid):
    """The process id of granian's one worker (the child of its main process)."""
    deadline = time.time() + 10
    while time.time() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise RuntimeError("granian started no worker")


def memory(pid, field):
    """VmRSS or VmHWM of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


class Sampler(threading.Thread):
    """Reads a process's VmRSS every 10 ms until stopped; keeps the highest."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.samples, self.running = pid, 0.0, 0, True

    def run(self):
        while self.running:
            try:
                self.peak = max(self.peak, memory(self.pid, "VmRSS"))
                self.samples += 1
            except (OSError, KeyError):  # the worker died (killed for its memory, say)
                return
            time.sleep(0.01)


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        parts.append(f"{head}{value}\r\n".encode())
    for filename, content, content_type in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post(port, path, body, content_type):
    connection = HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(
            "POST",
            path,
            body,
            {"Content-Type": content_type, "Sec-Fetch-Site": "same-origin"},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return 0
    finally:
        connection.close()


def events_index(env):
    script = (
        "import django; django.setup()\n"
        "from freethem.mobilize.models import EventIndexPage\n"
        "print(EventIndexPage.objects.filter(locale__language_code='en').first().pk)\n"
    )
    out = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return int(out.stdout.split()[-1])


def erase_bench_proposals(env, marker):
    script = (
        "import django; django.setup()\n"
        "from django.db import transaction\n"
        "from freethem.mobilize import services\n"
        "from freethem.mobilize.models import Proposal\n"
        f"for proposal in Proposal.objects.filter(title__startswith='{marker}'):\n"
        "    with transaction.atomic():\n"
        "        services.erase_proposal(proposal=proposal)\n"
    )
    subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", default=str(ROOT), help="The checkout granian runs.")
    parser.add_argument("--label", default="", help="Name of the results file.")
    parser.add_argument("--requests", type=int, default=6)
    parser.add_argument("--photos", choices=sorted(PHOTOS), default="bombs")
    args = parser.parse_args()
    code = Path(args.code).resolve()
    label = args.label or ("this" if code == ROOT else code.name)
    label = f"{args.photos}-{label}"

    _var, env = data_set("uploads", 0)
    env = {**env, "LOG_LEVEL": "ERROR"}
    index_id = events_index(env)
    photos = PHOTOS[args.photos]()
    marker = f"Bench upload {int(time.time())}"
    day = (date.today() + timedelta(days=30)).isoformat()
    bodies = [
        multipart(
            {
                "submission": uuid.uuid4().hex,
                "title": f"{marker} {n}",
                "text": "A vigil.",
                "date": day,
                "city": "Lyon",
                "country": "FR",
                "consent": "on",
            },
            photos,
        )
        for n in range(args.requests)
    ]
    path = f"/en/proposals/{index_id}/event/"

    port = free_port()
    server = start_granian(env, port, 1, code=code)
    try:
        wait_for(f"http://127.0.0.1:{port}/en/actions/propose/")  # warm: the form's page
        worker = worker_of(server.pid)
        before = memory(worker, "VmRSS")
        sampler = Sampler(worker)
        sampler.start()
        statuses = [None] * len(bodies)

        def send(n):
            statuses[n] = post(port, path, *bodies[n])

        started = time.perf_counter()
        threads = [threading.Thread(target=send, args=(n,)) for n in range(len(bodies))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        time.sleep(0.05)
        sampler.running = False
        sampler.join()
        try:
            high_water = memory(worker, "VmHWM")
            after = memory(worker, "VmRSS")
        except OSError:
            high_water = after = None
    finally:
        stop(server)
        erase_bench_proposals(env, marker)

    static = measure_yardstick()
    print(f"Yardstick: nginx serves its static file at {static['requests_per_second']}/s")
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "yardstick_static_rps": static["requests_per_second"],
        # No answer (0) or a server error: a photo must be kept or refused with a message.
        "errors": sum(1 for status in statuses if not status or status >= 500),
        "code": str(code),
        "requests": len(bodies),
        "photos": args.photos,
        "photos_per_request": [name for name, *_ in photos],
        "upload_bytes_per_request": sum(len(content) for _, content, _ in photos),
        "statuses": statuses,
        "seconds": round(elapsed, 2),
        "worker_rss_before_mb": round(before),
        "worker_rss_peak_sampled_mb": round(sampler.peak),
        "worker_vmhwm_mb": round(high_water) if high_water else None,
        "worker_rss_after_mb": round(after) if after else None,
        "samples": sampler.samples,
        "target_mb": TARGET_MB,
        "met": bool(high_water and high_water <= TARGET_MB),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"uploads-{label}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
