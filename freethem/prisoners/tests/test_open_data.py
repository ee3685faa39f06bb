"""A researcher downloads the prisoners as CSV and JSON, and follows status changes by Atom."""

import csv
import datetime
import io
import json

import feedparser
import pytest

from freethem.prisoners import vocabulary as v
from freethem.prisoners.models import PrisonerPage

from .factories import event, make_prisoner

pytestmark = pytest.mark.django_db


def get_json(client, index):
    response = client.get(index.url + "data/json/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def get_csv(client, index):
    response = client.get(index.url + "data/csv/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="prisoners.csv"'
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_json_matches_the_database(client, index, toomaj, sotoudeh):
    document = get_json(client, index)
    assert document["schema_version"] == 1
    rows = {row["id"]: row for row in document["prisoners"]}
    assert set(rows) == {
        str(key) for key in PrisonerPage.objects.live().values_list("translation_key", flat=True)
    }
    t = rows[str(toomaj.translation_key)]
    assert t["name_native"] == toomaj.name_native == "توماج صالحی"
    assert t["status"] == toomaj.status == v.DEATH_SENTENCE
    assert t["status_verification"] == "reported"
    assert t["birth_date"] == "1990"  # as precise as it is known
    assert t["occupations"] == ["rapper", "musician"]
    assert t["citizenships"] == ["IR"]
    assert t["at_risk_of_execution"] is True
    (c,) = t["cases"]
    assert c["arrest_date"] == "2022-10-30"
    assert c["prison"] == {"id": "evin", "name": "Evin Prison", "city": "Tehran"}
    assert c["charges"][0]["article"] == "Article 279" and c["charges"][0]["capital"] is True
    assert c["sentences"][0]["kind"] == "death"
    assert c["violations"] == ["torture", "solitary"]
    assert [e["kind"] for e in t["timeline"]] == ["arrested", "sentenced"]
    assert [s["title"] for s in t["sources"]] == ["Statement of the family", "Lawyer's account"]
    assert t["timeline"][1]["sources"] == [2]
    assert "Informant inside the prison" not in json.dumps(document, ensure_ascii=False)


def test_csv_matches_the_json(client, index, toomaj, sotoudeh):
    rows = get_csv(client, index)
    document = get_json(client, index)
    assert [r["id"] for r in rows] == [p["id"] for p in document["prisoners"]]
    by_name = {r["name_latin"]: r for r in rows}
    t = by_name["Toomaj Salehi"]
    assert t["name_native"] == "توماج صالحی"
    assert t["status"] == "death-sentence" and t["at_risk_of_execution"] == "yes"
    assert t["prisons"] == "Evin Prison"
    assert t["charges"] == "Enmity against God (Article 279)"
    assert t["occupations"] == "rapper; musician"
    assert by_name["Nasrin Sotoudeh"]["status"] == "furlough"


def test_csv_cells_that_look_like_formulas_are_defused(client, index):
    make_prisoner(index, title="=HYPERLINK(1)", name_latin="=HYPERLINK(1)")
    (row,) = get_csv(client, index)
    assert row["name"] == "'=HYPERLINK(1)"


def test_unpublished_profiles_are_not_exported(client, index, toomaj):
    hidden = make_prisoner(index, title="Draft person", live=False)
    ids = {p["id"] for p in get_json(client, index)["prisoners"]}
    assert str(hidden.translation_key) not in ids


def test_atom_feed_lists_status_changes(client, index, toomaj, sotoudeh):
    response = client.get(index.url + "feed/atom/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert "Toomaj Salehi: Sentenced to death" in titles
    assert "Nasrin Sotoudeh: On furlough" in titles
    assert len(titles) == 5  # every event that set a status
    sentenced = next(e for e in feed.entries if e.title == "Toomaj Salehi: Sentenced to death")
    assert "Verification: Reported." in sentenced.summary
    assert sentenced.link.endswith(
        f"/en/prisoners/{toomaj.slug}/#event-{toomaj.events.get(kind='sentenced').pk}"
    )


def test_feed_leaves_out_internal_and_retracted_events(client, index):
    make_prisoner(
        index,
        title="Kept quiet",
        events=[
            event(datetime.date(2022, 1, 1), internal=True),
            event(datetime.date(2022, 2, 1), kind="released", status=v.RELEASED, retracted=True),
        ],
    )
    feed = feedparser.parse(client.get(index.url + "feed/atom/").content)
    assert feed.entries == []
