"""A supporter writes to the authorities from their own mailbox; the site sees nothing of it."""

import datetime
import re
from urllib.parse import unquote

import pytest

from freethem.news.tests.factories import publish
from freethem.prisoners.letters import mailto
from freethem.prisoners.models import LetterActionPage, LetterRecipient

pytestmark = pytest.mark.django_db


@pytest.fixture
def action(index, toomaj):
    page = LetterActionPage(
        title="Write for Toomaj",
        slug="write-for-toomaj",
        prisoner=toomaj,
        summary="Ask for his release and for a doctor to see him.",
        deadline=datetime.date(2099, 6, 30),
        subject="Release Toomaj Salehi",
        message="I am writing about Toomaj Salehi, a rapper held for his songs & words.",
        recipients=[
            LetterRecipient(
                name="Head of the Judiciary",
                salutation="Your Excellency,",
                postal_address="Tehran\nIran",
                social="@judiciary",
            ),
            LetterRecipient(name="Embassy", email="embassy@example.org"),
        ],
    )
    index.add_child(instance=page)
    return publish(page)


def test_the_action_names_whom_to_write_to_and_how_to_stay_safe(client, action):
    text = client.get(action.url).content.decode()
    assert "Head of the Judiciary" in text and "@judiciary" in text
    assert "Tehran<br>Iran" in text
    assert "Toomaj Salehi" in text and "Sentenced to death" in text
    assert "Before you write: stay safe" in text
    assert "does not see or keep what you write" in text
    assert "June 30, 2099" in text


def test_the_mail_link_carries_the_whole_letter(client, action):
    text = client.get(action.url).content.decode()
    (href,) = re.findall(r'href="(mailto:[^"]+)"', text)
    href = href.replace("&amp;", "&")
    assert href.startswith("mailto:embassy@example.org?subject=Release%20Toomaj%20Salehi&body=")
    assert "+" not in href  # mail programs would show a plus sign for each space
    body = unquote(href.split("&body=", 1)[1])
    assert body.startswith("Your Excellency,\n\nI am writing about Toomaj Salehi")
    assert "songs & words." in body


def test_nothing_on_the_page_sends_the_letter_to_the_site(client, action):
    text = client.get(action.url).content.decode()
    letter = text[text.index('id="letter-heading"') :]
    letter = letter[: letter.index("</section>")]
    assert "<form" not in letter
    assert 'name="body"' in letter and "I am writing about Toomaj Salehi" in letter


def test_mailto_encodes_every_recipient():
    link = mailto(["a@example.org", "b+tag@example.org"], "Sujet é", "Ligne 1\nLigne 2")
    assert link == (
        "mailto:a@example.org,b%2Btag@example.org?subject=Sujet%20%C3%A9&body=Ligne%201%0ALigne%202"
    )


def test_a_past_deadline_is_said_plainly(client, action):
    action.deadline = datetime.date(2020, 1, 1)
    publish(action)
    assert "This action closed on" in client.get(action.url).content.decode()


def test_the_action_is_offered_on_the_index_and_on_the_profile(client, index, toomaj, action):
    for page in (index, toomaj):
        text = client.get(page.url).content.decode()
        section = text[text.index('id="letters-heading"') :]
        assert f'href="{action.url}"' in section[: section.index("</section>")]
    assert "before June 30, 2099" in client.get(index.url).content.decode()


def test_open_actions_come_before_closed_ones(index, toomaj, action):
    closed = LetterActionPage(
        title="An older action",
        slug="older",
        summary="Closed.",
        deadline=datetime.date(2020, 1, 1),
        subject="s",
        message="m",
        recipients=[LetterRecipient(name="Someone")],
    )
    index.add_child(instance=closed)
    publish(closed)
    assert [a.slug for a in index.letter_actions()] == ["write-for-toomaj", "older"]
