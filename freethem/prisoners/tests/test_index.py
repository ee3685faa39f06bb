"""A reader looks for prisoners: filters, search in either script, sorting, the status chart."""

import datetime

import pytest
from wagtail.models import Locale

from freethem.prisoners import vocabulary as v

from .factories import case, event, make_prison, make_prisoner

pytestmark = pytest.mark.django_db


def names(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200
    text = response.content.decode()
    grid = text[text.index('<form class="filters"') :]
    return response, [n for n in ALL if f">{n}<" in grid]


ALL = ["Toomaj Salehi", "Nasrin Sotoudeh", "Baktash Abtin", "Ahmadreza Djalali"]


@pytest.fixture
def crowd(index, toomaj, sotoudeh):
    ghezel = make_prison("Ghezel Hesar Prison", "ghezel-hesar", city="Karaj")
    make_prisoner(
        index,
        title="Baktash Abtin",
        name_latin="Baktash Abtin",
        name_native="بکتاش آبتین",
        occupations=["poet", "filmmaker"],
        events=[
            event(datetime.date(2020, 9, 26), status=v.IMPRISONED),
            event(datetime.date(2022, 1, 8), kind="died", status=v.DIED_IN_CUSTODY),
        ],
        cases=[case(datetime.date(2020, 9, 26), prison=ghezel)],
    )
    make_prisoner(
        index,
        title="Ahmadreza Djalali",
        name_latin="Ahmadreza Djalali",
        name_native="احمدرضا جلالی",
        other_names="Ahmad Reza Jalali",
        occupations=["doctor", "academic"],
        citizenships=["IR", "SE"],
        gender="male",
        events=[
            event(datetime.date(2016, 4, 25)),
            event(datetime.date(2017, 10, 21), kind="sentenced", status=v.DEATH_SENTENCE),
        ],
        cases=[case(datetime.date(2016, 4, 25))],
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?status=death-sentence", {"Toomaj Salehi", "Ahmadreza Djalali"}),
        ("?status=died-in-custody", {"Baktash Abtin"}),
        ("?occupation=lawyer", {"Nasrin Sotoudeh"}),
        ("?occupation=poet", {"Baktash Abtin"}),
        ("?group=lur", {"Toomaj Salehi"}),
        ("?prison=evin", {"Toomaj Salehi", "Nasrin Sotoudeh"}),
        ("?prison=ghezel-hesar", {"Baktash Abtin"}),
        ("?gender=female", {"Nasrin Sotoudeh"}),
        ("?gender=male&occupation=doctor", {"Ahmadreza Djalali"}),
        ("?risk=1", {"Toomaj Salehi", "Ahmadreza Djalali"}),
    ],
)
def test_filters(client, index, crowd, query, expected):
    _response, found = names(client, index, query)
    assert set(found) == expected


@pytest.mark.parametrize(
    "q, expected",
    [
        ("toomaj", "Toomaj Salehi"),
        ("SALEHI", "Toomaj Salehi"),
        ("jalali", "Ahmadreza Djalali"),  # another spelling
        ("توماج", "Toomaj Salehi"),
        ("صالحي", "Toomaj Salehi"),  # typed with the Arabic yeh
        ("بکتاش", "Baktash Abtin"),
        ("بكتاش", "Baktash Abtin"),  # typed with the Arabic kaf
        ("آبتین", "Baktash Abtin"),
        ("ستوده", "Nasrin Sotoudeh"),
    ],
)
def test_search_by_name_in_either_script(client, index, crowd, q, expected):
    _response, found = names(client, index, f"?q={q}")
    assert found == [expected]


def test_unknown_filter_values_are_left_out_and_said_so(client, index, crowd):
    response, found = names(client, index, "?status=pardoned&occupation=astronaut&sort=random")
    assert set(found) == set(ALL)
    text = response.content.decode()
    assert text.count("This filter was left out.") == 3


@pytest.mark.parametrize(
    "query",
    [
        "?q=" + "x" * 5000,
        "?q=%00",
        "?page=99999999999999999999",
        "?page=-3",
        "?prison=../../etc",
        "?status=%27%20OR%201=1",
        "?status=a&status=b",
        "?risk=%F0%9F%98%80",
    ],
)
def test_hostile_queries_get_an_answer_not_an_error(client, index, crowd, query):
    assert client.get(index.url + query).status_code in (200, 400)


def test_sorting(client, index, crowd):
    _r, by_name = names(client, index, "?sort=name")
    text = client.get(index.url + "?sort=name").content.decode()
    order = sorted(ALL, key=lambda n: text.index(f">{n}<", text.index('class="filters"')))
    assert order == sorted(ALL)
    text = client.get(index.url + "?sort=arrest").content.decode()
    start = text.index('class="filters"')
    by_arrest = sorted(ALL, key=lambda n: text.index(f">{n}<", start))
    assert by_arrest == ["Toomaj Salehi", "Baktash Abtin", "Nasrin Sotoudeh", "Ahmadreza Djalali"]
    assert by_name


def test_sorting_by_last_update(client, index, crowd, sotoudeh):
    from freethem.news.tests.factories import publish

    publish(sotoudeh)  # updated just now
    text = client.get(index.url + "?sort=updated").content.decode()
    start = text.index('class="filters"')
    first = min(ALL, key=lambda n: text.index(f">{n}<", start))
    assert first == "Nasrin Sotoudeh"


def test_the_at_risk_group_leads_the_page(client, index, crowd):
    text = client.get(index.url).content.decode()
    group = text[text.index('id="at-risk-heading"') : text.index('class="filters"')]
    assert "Toomaj Salehi" in group and "Ahmadreza Djalali" in group
    assert "Nasrin Sotoudeh" not in group


def test_the_chart_counts_confirmed_statuses_only(client, index, crowd):
    text = client.get(index.url).content.decode()
    chart = text[text.index('<svg class="status-chart"') : text.index("</svg>")]
    # Djalali's death sentence is confirmed, Toomaj's only reported: one is counted.
    death = chart[chart.index("Sentenced to death") :]
    assert 'class="n">1<' in death[: death.index("</g>")]
    assert "Counted from confirmed facts only" in text
    assert "1 more is still being checked" not in text  # Toomaj counts as detained (confirmed)


def test_each_person_once_in_their_language_or_else_the_original(client, site_tree, index, toomaj):
    from freethem.news.tests.factories import translate

    fa_index = translate(index, "fa", title="زندانیان سیاسی")
    translate(toomaj, "fa", title="توماج صالحی", slug="toomaj-fa")
    other = make_prisoner(index, title="Only In English", name_latin="Only In English")
    text = client.get(fa_index.url).content.decode()
    grid = text.split('class="filters"')[1]
    # Named in Persian first; the Latin spelling follows in brackets (names.py).
    assert grid.count(">توماج صالحی<") == 1 and grid.count(">Toomaj Salehi<") == 1
    assert grid.index(">توماج صالحی<") < grid.index(">Toomaj Salehi<")
    assert ">Only In English<" in text
    assert 'lang="en"' in text  # the untranslated profile is marked as English
    assert Locale.objects.get(language_code="fa")
    assert other.live
