"""A post names the day of action, events and prisoners it reports on, once; both pages show
the link, only to live public pages in the reader's language."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from freethem.mobilize.tests.factories import make_day_of_action, make_event, make_events_index
from freethem.news.models import NewsPageEvent, NewsPagePrisoner
from freethem.prisoners.models import LetterActionPage, LetterRecipient
from freethem.prisoners.tests.factories import make_index, make_prisoner

from .factories import make_post, publish, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def actions(site_tree):
    return make_events_index(site_tree.home)


def report(site_tree, *, day=None, events=(), prisoners=(), **fields):
    post = make_post(site_tree.index, **fields)
    post.day_of_action = day
    post.related_events = [NewsPageEvent(event=event) for event in events]
    post.related_prisoners = [NewsPagePrisoner(prisoner=p) for p in prisoners]
    return publish(post)


def html(client, page):
    return client.get(page.url).content.decode()


def test_a_post_about_a_day_of_action_links_it_and_the_day_lists_the_post(
    client, site_tree, actions
):
    day = make_day_of_action(actions, title="Day for Narges")
    post = report(site_tree, day=day, title="Vigils in forty cities")
    assert f'href="{day.url}"' in html(client, post)
    day_page = html(client, day)
    assert f'href="{post.url}"' in day_page
    assert "Vigils in forty cities" in day_page


def test_a_post_about_an_event_links_it_and_the_event_lists_the_post(client, site_tree, actions):
    event = make_event(actions, title="Rally in Berlin")
    post = report(site_tree, events=[event], title="Two thousand marched in Berlin")
    assert f'href="{event.url}"' in html(client, post)
    assert f'href="{post.url}"' in html(client, event)


def test_a_post_about_a_prisoner_links_the_profile_and_its_letter_actions(client, site_tree):
    prisoners = make_index(site_tree.home)
    prisoner = make_prisoner(prisoners, title="Toomaj Salehi")
    letters = LetterActionPage(
        title="Write for Toomaj",
        slug="write-for-toomaj",
        prisoner=prisoner,
        summary="Ask for his release.",
        subject="Release Toomaj Salehi",
        message="I am writing about Toomaj Salehi.",
        recipients=[LetterRecipient(name="Head of the Judiciary")],
    )
    prisoners.add_child(instance=letters)
    publish(letters)
    post = report(site_tree, prisoners=[prisoner], title="Toomaj moved to solitary")
    post_page = html(client, post)
    assert f'href="{prisoner.url}"' in post_page
    assert f'href="{letters.url}"' in post_page
    # The other way: the letter action lists the news about its prisoner.
    assert f'href="{post.url}"' in html(client, letters)


def test_an_event_and_a_letter_action_show_each_other_through_a_post_about_the_prisoner(
    client, site_tree, actions
):
    prisoners = make_index(site_tree.home)
    prisoner = make_prisoner(prisoners, title="Ahmadreza Djalali")
    letters = LetterActionPage(
        title="Write for Ahmadreza",
        slug="write-for-ahmadreza",
        prisoner=prisoner,
        summary="Ask that his sentence be quashed.",
        subject="Free Ahmadreza Djalali",
        message="I am writing about Ahmadreza Djalali.",
        recipients=[LetterRecipient(name="Head of the Judiciary")],
    )
    prisoners.add_child(instance=letters)
    publish(letters)
    event = make_event(actions, title="March in Cologne")
    report(site_tree, events=[event], prisoners=[prisoner], title="Cologne marched for him")
    event_page = html(client, event)
    assert f'href="{prisoner.url}"' in event_page
    assert f'href="{event.url}"' in html(client, letters)


def test_a_profile_lists_the_actions_that_posts_about_the_prisoner_report_on(
    client, site_tree, actions
):
    prisoner = make_prisoner(make_index(site_tree.home), title="Narges Mohammadi")
    day = make_day_of_action(actions, title="Free Narges day")
    event = make_event(actions, title="Vigil in Oslo")
    report(site_tree, day=day, events=[event], prisoners=[prisoner])
    profile = html(client, prisoner)
    assert f'href="{day.url}"' in profile
    assert f'href="{event.url}"' in profile


def test_each_side_shows_only_what_is_published_in_the_readers_language(client, site_tree, actions):
    day = make_day_of_action(actions, title="Day for the students")
    post = report(site_tree, day=day, title="English report", date=datetime.date(2023, 1, 2))
    translate(actions, "fa", title="اقدام‌ها", slug="actions-fa")
    persian_day = translate(day, "fa", title="روز دانشجویان")
    # No Persian post yet: the Persian day lists no English report.
    assert post.url not in html(client, persian_day)
    persian_post = translate(post, "fa", title="گزارش فارسی")
    persian_page = html(client, persian_day)
    assert f'href="{persian_post.url}"' in persian_page
    # The Persian post links the Persian day, never the English one.
    persian_post_page = html(client, persian_post)
    assert f'href="{persian_day.url}"' in persian_post_page
    assert f'href="{day.url}"' not in persian_post_page


def test_unpublished_and_private_pages_are_shown_on_neither_side(client, site_tree, actions):
    day = make_day_of_action(actions, title="Day to come")
    event = make_event(actions, title="A private meeting")
    post = report(site_tree, day=day, events=[event], title="Plans for the day")
    PageViewRestriction.objects.create(page=event, restriction_type="password", password="x")
    post_page = html(client, post)
    assert f'href="{event.url}"' not in post_page
    assert f'href="{day.url}"' in post_page
    post.unpublish()
    assert post.url not in html(client, day)


def test_editors_set_the_day_of_action_and_events_on_the_post_form(site_tree, actions):
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    editor = Client()
    editor.force_login(user)
    post = make_post(site_tree.index)
    form = editor.get(f"/admin/pages/{post.pk}/edit/").content.decode()
    assert 'name="day_of_action"' in form
    assert 'name="related_events-TOTAL_FORMS"' in form
