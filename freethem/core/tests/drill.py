"""The restore drill's two sides, each run as a process of its own by test_backup_drill.py.

`python -m freethem.core.tests.drill source BACKUP REPORT`: migrate a fresh database, build a
small site with an appeal, keep signing and confirming signatures in a thread through the real
service functions, back up while it does, and write down which signatures were confirmed
before the backup began.

`python -m freethem.core.tests.drill restore BACKUP REPORT`: restore into a fresh database and
media folder, open the site on it, and write down which of those signatures it finds.
"""

import io
import json
import sys
import threading
import time


def source(backup, report):
    from django.core.management import call_command
    from django.db import connection

    from freethem.appeals import services
    from freethem.appeals.models import Signature
    from freethem.appeals.tests.factories import make_appeal
    from freethem.news.tests.factories import build_site

    call_command("migrate", interactive=False, verbosity=0)
    appeal = make_appeal(build_site().homes["en"], title="Free the drill's prisoners")
    stop = threading.Event()
    made = {"signed": 0, "confirmed": 0}

    def sign(n):
        data = {"name": f"Signer {n}", "country": "FR", "email": f"signer{n}@example{n}.org"}
        # Each from an address and a domain of its own: none is held by the rate limits.
        ip = f"10.{n // 250}.{n % 250}.1"
        signature = services.sign_appeal(appeal=appeal, data=data, ip=ip).signature
        made["signed"] += 1
        if n % 3:  # two in three confirm, one waits
            services.confirm_signature(signature)
            made["confirmed"] += 1

    def keep_signing():
        from django.db import connection as own

        n = 1000
        try:
            while not stop.is_set():
                sign(n)
                n += 1
        finally:
            own.close()

    for n in range(30):
        sign(n)
    signer = threading.Thread(target=keep_signing)
    signer.start()
    while made["signed"] < 60:
        time.sleep(0.01)
    confirmed_before = list(
        Signature.objects.filter(status=Signature.CONFIRMED).values_list("pk", flat=True)
    )
    during = made["signed"]
    call_command("backup", str(backup), stdout=io.StringIO())
    during = made["signed"] - during
    time.sleep(0.2)  # and a few more after it
    stop.set()
    signer.join()
    connection.close()
    report.write_text(
        json.dumps(
            {
                "appeal": appeal.pk,
                "appeal_url": appeal.url,
                "confirmed_before": confirmed_before,
                "signed_during_backup": during,
                "signed_in_all": made["signed"],
            }
        )
    )


def restore(backup, report):
    from django.core.management import call_command
    from django.test import Client

    from freethem.appeals import services
    from freethem.appeals.models import Signature

    facts = json.loads(report.read_text())
    call_command("restore", str(backup), stdout=io.StringIO())
    services.tally_signatures()  # what the clock does every round
    page = Client().get(facts["appeal_url"])
    count = Client().get(f"/appeals/{facts['appeal']}/count.json")
    confirmed = Signature.objects.filter(status=Signature.CONFIRMED)
    found = set(confirmed.values_list("pk", flat=True))
    emails = {signature.email for signature in confirmed.filter(pk__in=facts["confirmed_before"])}
    facts.update(
        page_status=page.status_code,
        page_names_appeal="Free the drill" in page.content.decode(),
        count_status=count.status_code,
        count=json.loads(count.content) if count.status_code == 200 else None,
        missing=sorted(set(facts["confirmed_before"]) - found),
        confirmed_after_restore=len(found),
        emails_read=sorted(emails)[:3],
        emails_unreadable=[email for email in emails if "@" not in email],
    )
    report.write_text(json.dumps(facts))


def wrong_key(backup, report):
    """A restore with another data key is refused, and leaves the database empty."""
    from django.conf import settings
    from django.core.management import CommandError, call_command

    from freethem.core import sealing

    settings.FREETHEM_DATA_KEYS = [sealing.generate_key()]
    try:
        call_command("restore", str(backup), stdout=io.StringIO())
    except CommandError as error:
        report.write_text(json.dumps({"refused": str(error)}))
    else:
        report.write_text(json.dumps({"refused": None}))


if __name__ == "__main__":
    from pathlib import Path

    import django

    django.setup()
    side, backup, report = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    {"source": source, "restore": restore, "wrong-key": wrong_key}[side](backup, report)
