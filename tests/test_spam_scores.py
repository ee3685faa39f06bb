"""Every kind of email, in every language, as a mail server one relay hop away receives it,
scores well under SpamAssassin's spam threshold (its local tests: no network).

The site is set up as docs/deliverability.md says (its own domain in From, EHLO and
Message-ID, a Reply-To, a bounce address); the relay's Received line names the greeting the
site really gave. Run with `-s` to see each message's score and the rules that fired.
"""

import mailbox as mbox
import shutil
import subprocess
import tempfile
from email import message_from_bytes, policy
from email.utils import formatdate

import pytest

from freethem.core.tests.smtp import Mailbox

from .test_email_links import (  # noqa: F401  (campaign: a fixture)
    campaign,
    owe_every_kind_of_email,
    send_everything_owed,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("spamassassin"), reason="spamassassin is not installed"),
]

# SpamAssassin marks 5 and above as spam; the site's messages must stay far from it.
CEILING = 2.0


def relayed(raw, greeting):
    """`raw` as the receiving server stores it: with the relay's Received line on top."""
    received = (
        f"Received: from {greeting} ({greeting} [93.184.216.34])\r\n"
        "\tby mx.example.net (Postfix) with ESMTPS id 4Q1x2y3z4;\r\n"
        f"\t{formatdate()}\r\n"
    ).encode()
    return received + raw


def scores(messages):
    """SpamAssassin's score and fired rules for each message, in one run over an mbox."""
    with tempfile.TemporaryDirectory() as folder:
        path = f"{folder}/in.mbox"
        box = mbox.mbox(path)
        for raw in messages:
            box.add(raw.replace(b"\r\n", b"\n"))
        box.close()
        out = subprocess.run(
            ["spamassassin", "-L", "--mbox", path],
            capture_output=True,
            check=True,
            timeout=600,
        ).stdout
    found = {}
    for scored in out.split(b"\nFrom ")[0:]:
        message = message_from_bytes(scored.split(b"\n", 1)[1], policy=policy.default)
        status = " ".join(str(message["X-Spam-Status"]).split())
        score = float(status.split("score=")[1].split()[0])
        rules = status.split("tests=")[1].split(" autolearn")[0] if "tests=" in status else ""
        found[str(message["To"])] = (score, rules)
    return found


def test_every_kind_of_email_scores_far_below_the_spam_threshold(
    campaign,  # noqa: F811  (the fixture imported above)
    smtp,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.DEFAULT_FROM_EMAIL = "alerts@campaign.example"
    settings.FREETHEM_SENDER_NAME = "Free Iran's Political Prisoners"
    settings.FREETHEM_REPLY_TO = "team@campaign.example"
    settings.FREETHEM_BOUNCE_ADDRESS = "bounces@campaign.example"
    received = smtp(Mailbox())
    sent_to = owe_every_kind_of_email(campaign, django_capture_on_commit_callbacks)
    send_everything_owed()
    assert set(received.greetings) == {"campaign.example"}
    found = scores(
        [
            relayed(raw, greeting)
            for raw, greeting in zip(received.raw, received.greetings, strict=True)
        ]
    )
    rows = []
    for language, written in sorted(sent_to.items()):
        for kind, address in sorted(written.items()):
            score, rules = found[address]
            rows.append((kind, language, score, rules))
    print()  # noqa: T201  (the figures, for `-s`)
    for kind, language, score, rules in sorted(rows):
        print(f"{kind:22} {language:3} {score:5.1f}  {rules}")  # noqa: T201
    assert len(rows) == len(found) == len(received.raw)
    too_high = [row for row in rows if row[2] >= CEILING]
    assert not too_high, too_high
