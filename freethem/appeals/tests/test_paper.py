"""Signatures on paper: Leila prints a sheet, collects names at a vigil, and Omid enters them."""

import datetime
import io
import time

import pytest
import weasyprint
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from freethem.appeals import paper, services
from freethem.appeals.models import PaperBatch, Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core import addresses
from freethem.core.printing import local_only
from freethem.news.tests.factories import translate

pytestmark = pytest.mark.django_db

VIGIL = {
    "collected_at": "Vigil at the Place de la République",
    "collected_on": datetime.date(2024, 3, 8),
}


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home, title="Stop the executions now")


def sheet_url(page, language="en"):
    return f"/{language}/appeals/{page.pk}/sheet.pdf"


def laid_out_text(html):
    """The words WeasyPrint places on each page of the sheet, and where it places them."""
    document = weasyprint.HTML(string=html, url_fetcher=local_only()).render()
    pages = []
    for page in document.pages:
        boxes = []

        def walk(box, boxes=boxes):
            if hasattr(box, "text"):
                boxes.append((box.text, box.position_x))
            for child in getattr(box, "children", ()):
                walk(child)

        walk(page._page_box)
        pages.append(boxes)
    return document, pages


# The printable sheet


def test_the_sheet_is_a_pdf_named_after_the_appeal(client, appeal):
    response = client.get(sheet_url(appeal))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{appeal.slug}-en.pdf"'
    assert response.content.startswith(b"%PDF")
    assert len(response.content) > 5000


def test_the_sheet_has_the_appeal_the_columns_and_a_code_to_sign_online(appeal):
    url = f"http://testserver{appeal.url}"
    html = paper.sheet_html(appeal, url, "en")
    assert '<html lang="en" dir="ltr">' in html
    assert "Stop the executions now" in html
    assert appeal.summary in html
    assert "Collected at" in html
    for heading in ("Name", "Title or affiliation", "City", "Country", "Email", "Signature"):
        assert f">{heading}<" in html or f">{heading} <" in html
    assert "Show my name" in html
    assert html.count('<td class="n">') == paper.SHEET_ROWS
    assert "never published" in html
    # The QR code is drawn in the page itself: nothing is fetched to print it.
    assert str(paper.qr_svg(url)) in html
    assert "<svg" in html
    assert "src=" not in html and "<link" not in html and "@import" not in html

    document, pages = laid_out_text(html)
    assert len(pages) == 1, "the sheet fits on one sheet of A4"
    words = " ".join(text for text, _x in pages[0])
    assert "Stop the executions now" in words
    assert "15" in words


def test_a_persian_sheet_runs_right_to_left(client, appeal):
    farsi = translate(
        appeal, "fa", title="اعدام‌ها را متوقف کنید", summary="همهٔ زندانیان سیاسی را آزاد کنید."
    )
    response = client.get(sheet_url(farsi, "fa"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == f'inline; filename="{farsi.slug}-fa.pdf"'

    html = paper.sheet_html(farsi, f"http://testserver{farsi.url}", "fa")
    assert '<html lang="fa" dir="rtl">' in html
    assert "اعدام‌ها را متوقف کنید" in html
    # Laid out, the numbers of the rows, in Persian digits, stand at the right of the page.
    document, pages = laid_out_text(html)
    width = document.pages[0].width
    numbers = [x for text, x in pages[0] if text == "۱"]
    assert numbers and all(x > width / 2 for x in numbers)


def test_an_address_in_another_language_leads_to_that_languages_sheet(client, appeal):
    farsi = translate(appeal, "fa", title="اعدام‌ها را متوقف کنید")
    response = client.get(sheet_url(appeal, "fa"))
    assert response.status_code == 302
    assert response["Location"] == sheet_url(farsi, "fa")
    # With no Spanish version, the sheet stays in the appeal's own language.
    spanish = client.get(sheet_url(appeal, "es"))
    assert spanish.status_code == 200
    assert spanish["Content-Disposition"] == f'inline; filename="{appeal.slug}-en.pdf"'


def test_closed_unpublished_and_private_appeals_have_no_sheet(client, site_tree):
    closed = make_appeal(site_tree.home, is_open=False)
    assert client.get(sheet_url(closed)).status_code == 404

    withdrawn = make_appeal(site_tree.home)
    withdrawn.unpublish()
    assert client.get(sheet_url(withdrawn)).status_code == 404

    private = make_appeal(site_tree.home)
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Organisers"))
    assert client.get(sheet_url(private)).status_code == 404

    assert client.get("/en/appeals/999999/sheet.pdf").status_code == 404


def test_the_sheet_is_printed_once_per_publication(client, appeal, monkeypatch):
    printed = []
    real = paper.sheet_pdf_bytes

    def counting(*args):
        printed.append(args)
        return real(*args)

    monkeypatch.setattr(paper, "sheet_pdf_bytes", counting)
    first = client.get(sheet_url(appeal))
    # Another address for the same sheet misses the page cache, not the stored PDF.
    second = client.get(sheet_url(appeal) + "?copy=2")
    assert first.content == second.content
    assert len(printed) == 1

    appeal.title = "Stop the executions today"
    appeal.save_revision().publish()
    client.get(sheet_url(appeal) + "?copy=3")
    assert len(printed) == 2


# Entering collected sheets


def upload(text, encoding="utf-8", name="vigil.csv"):
    file = io.BytesIO(text.encode(encoding) if isinstance(text, str) else text)
    file.name = name
    return file


def enter(appeal, text, encoding="utf-8", **kwargs):
    file = upload(text, encoding=encoding)
    return paper.import_paper_csv(appeal=appeal, file=file, **VIGIL, **kwargs)


def reasons(batch):
    return {entry["row"]: entry["reason"] for entry in batch.report}


def test_good_rows_are_entered_and_the_others_reported(appeal):
    batch = enter(
        appeal,
        " Name ,Affiliation,CITY,Country,Email,Show_Name\n"
        "Shirin Example,teacher,Tehran,Iran,shirin@example.org,yes\n"
        "  Karim   Example ,,Lyon,FRA,,\n"
        ",,Paris,FR,nameless@example.org,yes\n"
        "Nobody Known,,Atlantis,Atlantis,,yes\n"
        "Bad Address,,Madrid,ES,not-an-address,yes\n"
        f"{'A' * 201},,Rome,IT,,yes\n"
        "Maybe Someone,,Oslo,NO,,perhaps\n"
        "No Country,,Oslo,,,yes\n"
        ",,,,,\n"
        "Sara Example,,Göteborg,sweden,sara@example.se,no\n",
        uploaded_by="omid",
    )
    assert (batch.accepted, batch.rejected) == (3, 6)
    assert batch.file_name == "vigil.csv"
    assert batch.uploaded_by == "omid"
    assert batch.collected_at == VIGIL["collected_at"]
    found = reasons(batch)
    assert set(found) == {4, 5, 6, 7, 8, 9}
    assert "name is missing" in found[4]
    assert "not a country" in found[5]
    assert "email address is not valid" in found[6]
    assert "longer than 200" in found[7]
    assert "yes or no" in found[8]
    assert "country is missing" in found[9]

    shirin, karim, sara = Signature.objects.order_by("pk")
    assert (shirin.name, shirin.affiliation, shirin.city) == ("Shirin Example", "teacher", "Tehran")
    assert (shirin.country.code, karim.country.code, sara.country.code) == ("IR", "FR", "SE")
    assert karim.name == "Karim Example"
    assert (karim.email, karim.email_hash, karim.domain_hash) == ("", "", "")
    assert shirin.email == "shirin@example.org"
    assert shirin.email_hash == addresses.address_hash("Shirin@Example.org")
    assert shirin.domain_hash == addresses.domain_hash("example.org")
    for signature in (shirin, karim, sara):
        assert signature.source == Signature.PAPER
        assert signature.status == Signature.CONFIRMED
        assert signature.confirmed_at is not None
        assert signature.paper_batch == batch
        assert signature.appeal_key == appeal.translation_key
        assert signature.language == "en"
        assert signature.kind == Signature.PERSON


def test_show_name_no_keeps_the_name_off_the_list(appeal):
    enter(
        appeal,
        "name,country,show_name\nShown One,FR,yes\nHidden One,FR,no\nHidden Two,FR,N\n"
        "Hidden Three,FR,0\nHidden Blank,FR,\nShown Three,FR,TRUE\n",
    )
    hidden = set(Signature.objects.filter(display=Signature.HIDDEN).values_list("name", flat=True))
    # A box left blank is no consent to publish the name.
    assert hidden == {"Hidden One", "Hidden Two", "Hidden Three", "Hidden Blank"}
    assert set(Signature.objects.shown().values_list("name", flat=True)) == {
        "Shown One",
        "Shown Three",
    }


def test_an_address_that_signed_once_is_not_entered_again(appeal):
    services.sign_appeal(
        appeal=appeal, data={"name": "Ahmad", "country": "SE", "email": "Ahmad.Ex@gmail.com"}
    )
    batch = enter(
        appeal,
        "name,country,email,show_name\n"
        "Ahmad Again,SE,ahmadex+vigil@gmail.com,yes\n"
        "Maryam,DE,maryam@example.org,yes\n"
        "Maryam Twice,DE,MARYAM@example.org,yes\n"
        "No Email One,DE,,yes\n"
        "No Email Two,DE,,yes\n",
    )
    assert (batch.accepted, batch.rejected) == (3, 2)
    found = reasons(batch)
    assert "already signed" in found[2]
    assert "row 3" in found[4]
    assert Signature.objects.filter(source=Signature.PAPER).count() == 3
    # The batch's report names rows in order, as the volunteer reads the spreadsheet.
    assert [entry["row"] for entry in batch.report] == [2, 4]


def test_an_online_signature_arriving_mid_import_becomes_a_duplicate(appeal, monkeypatch):
    services.sign_appeal(appeal=appeal, data={"name": "Ali", "country": "SE", "email": "a@b.org"})
    real = paper._already_signed
    looks = []

    def late(*args):
        looks.append(args)
        return set() if len(looks) == 1 else real(*args)

    monkeypatch.setattr(paper, "_already_signed", late)
    batch = enter(appeal, "name,country,email,show_name\nAli,SE,a@b.org,yes\nBita,SE,,yes\n")
    assert len(looks) == 2
    assert (batch.accepted, batch.rejected) == (1, 1)
    assert PaperBatch.objects.count() == 1


def test_a_byte_order_mark_and_semicolons_are_read(appeal):
    batch = enter(appeal, "\ufeffname;country;show_name\r\nJosé Martí;Cuba;sí\r\n")
    assert (batch.accepted, batch.rejected) == (1, 0)
    assert Signature.objects.get().name == "José Martí"


def test_a_file_not_in_utf8_is_refused_whole_with_a_report(appeal):
    batch = enter(appeal, "name,country,show_name\nJosé,ES,yes\nRenée,FR,yes\n", encoding="latin-1")
    assert batch.accepted == 0
    assert batch.rejected == 2
    assert len(batch.report) == 1
    assert batch.report[0]["row"] == 0
    assert "UTF-8" in batch.report[0]["reason"]
    assert "line 2" in batch.report[0]["reason"]
    assert not Signature.objects.exists()


def test_missing_columns_are_named(appeal):
    batch = enter(appeal, "full name,town\nShirin,Tehran\n")
    assert (batch.accepted, batch.rejected) == (0, 1)
    [entry] = batch.report
    assert entry["row"] == 0
    assert "name, country, show_name" in entry["reason"]
    assert not Signature.objects.exists()

    empty = enter(appeal, "")
    assert empty.accepted == 0 and empty.report[0]["row"] == 0
    header_only = enter(appeal, "name,country,show_name\n")
    assert header_only.accepted == 0 and "no signatures" in header_only.report[0]["reason"]
    assert PaperBatch.objects.count() == 3


def test_a_failure_while_saving_leaves_nothing_half_done(appeal, monkeypatch):
    monkeypatch.setattr(paper, "CHUNK", 2)
    real = Signature.objects.bulk_create
    calls = []

    def failing(objs, **kwargs):
        calls.append(len(objs))
        if len(calls) == 2:
            raise RuntimeError("the disk is full")
        return real(objs, **kwargs)

    monkeypatch.setattr(Signature.objects, "bulk_create", failing)
    rows = "".join(f"Person {n},FR,yes\n" for n in range(5))
    with pytest.raises(RuntimeError):
        enter(appeal, "name,country,show_name\n" + rows)
    assert not PaperBatch.objects.exists()
    assert not Signature.objects.exists()


def test_a_hundred_thousand_rows_are_capped_and_reported_quickly(appeal):
    rows = "".join(
        f"Signer {n},teacher,City {n % 50},FR,signer{n}@example.org,{'no' if n % 7 else 'yes'}\n"
        for n in range(100_000)
    )
    started = time.monotonic()
    batch = enter(appeal, "name,affiliation,city,country,email,show_name\n" + rows)
    elapsed = time.monotonic() - started
    assert elapsed < 30
    assert batch.accepted == paper.DEFAULT_MAX_ROWS
    assert batch.rejected == 100_000 - paper.DEFAULT_MAX_ROWS
    [over] = batch.report
    assert (over["row"], over["last_row"]) == (paper.DEFAULT_MAX_ROWS + 2, 100_001)
    assert "Too many rows" in over["reason"]
    assert Signature.objects.count() == paper.DEFAULT_MAX_ROWS


def test_the_limit_follows_the_setting(appeal, settings):
    settings.FREETHEM_PAPER_MAX_ROWS = 3
    rows = "".join(f"Person {n},FR,yes\n" for n in range(5))
    batch = enter(appeal, "name,country,show_name\n,FR,yes\n" + rows)
    # The row without a name counts towards the limit: it was read and reported.
    assert (batch.accepted, batch.rejected) == (2, 4)
    assert [entry["row"] for entry in batch.report] == [2, 5]


def test_paper_signatures_are_counted_by_the_tally(appeal):
    services.sign_appeal(
        appeal=appeal, data={"name": "Online", "country": "FR", "email": "o@x.org"}
    )
    enter(
        appeal,
        "name,country,show_name\nOne,FR,yes\nTwo,IR,no\nThree,IR,yes\n",
    )
    services.tally_signatures()
    tally = services.read_tally(appeal.translation_key)
    # The online signature waits for its confirmation; the paper ones count at once, and by
    # country only where the name is on the public list.
    assert tally["total"] == 3
    assert tally["by_country"] == {"FR": 1, "IR": 1}


def test_a_translation_shares_the_count_and_reads_its_own_country_names(appeal):
    farsi = translate(appeal, "fa", title="اعدام‌ها را متوقف کنید")
    batch = enter(farsi, "name,country,show_name\nنسرین,فرانسه,بله\nرضا,Iran,خیر\n")
    assert (batch.accepted, batch.rejected) == (2, 0)
    assert batch.appeal_key == appeal.translation_key
    nasrin, reza = Signature.objects.order_by("pk")
    assert (nasrin.country.code, nasrin.display, nasrin.language) == (
        "FR",
        Signature.FULL_NAME,
        "fa",
    )
    assert (reza.country.code, reza.display) == ("IR", Signature.HIDDEN)
