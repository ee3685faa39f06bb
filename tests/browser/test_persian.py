"""A reader switches a post to Persian and gets a right-to-left page."""

from playwright.sync_api import expect

from freethem.news.tests.factories import make_post, translate


def test_switch_a_post_to_persian(site, page):
    post = make_post(site.index, title="Poster action in Cologne", lead="Faces of the prisoners.")
    translate(post, "fa", title="پوسترگردانی در کلن", lead="چهره‌های زندانیان.")
    page.goto(f"{site.url}{post.url}")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.locator("nav.languages").get_by_role("link", name="فارسی").click()
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    heading = page.locator("h1")
    expect(heading).to_have_text("پوسترگردانی در کلن")
    assert heading.evaluate("el => getComputedStyle(el).direction") == "rtl"

    # The text of the heading sits against the right edge of its box, not the left.
    edges = heading.evaluate(
        """el => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const text = range.getBoundingClientRect();
            const box = el.getBoundingClientRect();
            return {gapRight: box.right - text.right, gapLeft: text.left - box.left};
        }"""
    )
    assert edges["gapRight"] < 2
    assert edges["gapLeft"] > 50

    # The site name, in the header, also starts on the right.
    header = page.locator(".header-row")
    name_box = page.locator(".site-name").bounding_box()
    header_box = header.bounding_box()
    assert name_box["x"] + name_box["width"] > header_box["x"] + header_box["width"] - 40


def test_a_persian_reader_reads_solar_hijri_dates_and_persian_digits(site, page):
    import datetime

    from freethem.appeals.models import Tally
    from freethem.appeals.tests.factories import make_appeal
    from freethem.mobilize.tests.factories import make_event, make_events_index

    post = make_post(site.index, title="Poster action in Cali", date=datetime.date(2023, 5, 28))
    translate(post, "fa", title="پوسترگردانی در کالی", slug="cali-fa")
    appeal = make_appeal(site.home, title="Emergency appeal", goal=10000)
    Tally.objects.create(appeal_key=appeal.translation_key, total=3077)
    translate(appeal, "fa", title="فراخوان اضطراری", slug="appeal-fa")
    actions = make_events_index(site.home)
    translate(actions, "fa", title="اقدام‌ها")
    screening = make_event(
        actions,
        start_date=datetime.date(2027, 2, 3),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(21, 30),
        time_zone="Europe/Berlin",
    )
    translate(screening, "fa", title="نمایش فیلم در برلین", slug="berlin-fa")

    page.goto(f"{site.url}/fa/news/cali-fa/")
    date = page.locator("p.meta time")
    expect(date).to_have_text("۷ خرداد ۱۴۰۲")
    expect(date).to_have_attribute("datetime", "2023-05-28")
    # Read right to left: the day stands to the right of the year.
    edges = date.evaluate(
        """el => {
            const text = el.firstChild, range = document.createRange();
            range.setStart(text, 0); range.setEnd(text, 1);
            const day = range.getBoundingClientRect();
            range.setStart(text, text.length - 1); range.setEnd(text, text.length);
            const year = range.getBoundingClientRect();
            return {day: day.left, year: year.left};
        }"""
    )
    assert edges["day"] > edges["year"]

    page.goto(f"{site.url}/fa/appeal-fa/signers/")
    expect(page.locator(".tally-total")).to_have_text("۳٬۰۷۷")
    expect(page.locator(".tally .goal")).to_contain_text("۱۰٬۰۰۰")

    page.goto(f"{site.url}/fa/actions/berlin-fa/")
    when = page.locator("dl.facts time")
    expect(when).to_have_text("۱۴ بهمن ۱۴۰۵، ۱۹:۰۰")
    expect(when).to_have_attribute("datetime", "2027-02-03T19:00:00+01:00")


def test_a_latin_hashtag_reads_in_its_own_order_on_a_persian_post(site, page):
    post = make_post(site.index, title="Share the hashtag", tags=["#FreeThemAll"])
    fa_post = translate(post, "fa", title="هشتگ #FreeThemAll را پخش کنید")
    page.goto(f"{site.url}{fa_post.url}")
    for hashtag in (page.locator("ul.tags bdi"), page.locator("h1 bdi")):
        expect(hashtag).to_have_text("#FreeThemAll")
        assert hashtag.evaluate("el => getComputedStyle(el).direction") == "ltr"
        # On screen the # stands to the left of the F, as it is read.
        edges = hashtag.evaluate(
            """el => {
                const text = el.firstChild, at = i => {
                    const range = document.createRange();
                    range.setStart(text, i);
                    range.setEnd(text, i + 1);
                    return range.getBoundingClientRect().left;
                };
                return {hash: at(0), f: at(1)};
            }"""
        )
        assert edges["hash"] < edges["f"]


def test_a_persian_reader_meets_a_prisoner_by_the_persian_name_first(site, page):
    from freethem.prisoners.tests.factories import make_index, make_prisoner

    index = make_index(site.home)
    fa_index = translate(index, "fa", title="زندانیان سیاسی")
    prisoner = make_prisoner(
        index, title="Toomaj Salehi", name_latin="Toomaj Salehi", name_native="توماج صالحی"
    )
    page.goto(f"{site.url}{fa_index.url}")
    card = page.locator(".prisoner-card").filter(has_text="توماج صالحی").first
    expect(card.locator(".name")).to_have_text("توماج صالحی")
    expect(card.locator(".other-name bdi")).to_have_text("Toomaj Salehi")
    assert card.locator(".other-name bdi").evaluate("el => el.lang") == "fa-Latn"
    name_box = card.locator(".name").bounding_box()
    other_box = card.locator(".other-name").bounding_box()
    assert name_box["y"] + name_box["height"] <= other_box["y"] + 1

    fa_prisoner = translate(prisoner, "fa", title="توماج صالحی", slug="toomaj-fa")
    page.goto(f"{site.url}{fa_prisoner.url}")
    expect(page.locator("h1")).to_have_text("توماج صالحی")
    expect(page.locator(".other-name")).to_have_text("(Toomaj Salehi)")


def test_a_latin_name_in_brackets_keeps_its_brackets_with_it_on_a_narrow_phone(site, page):
    from freethem.prisoners.tests.factories import make_index, make_prisoner

    index = make_index(site.home)
    fa_index = translate(index, "fa", title="زندانیان سیاسی")
    for latin, persian in [
        ("Ahmadreza Djalali", "احمدرضا جلالی"),
        ("Mohammadmehdi Karamizadeh-Hosseinabadi", "محمدمهدی کرمی‌زاده حسین‌آبادی"),
    ]:
        make_prisoner(index, title=latin, name_latin=latin, name_native=persian)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site.url}{fa_index.url}")
    for other in page.locator(".prisoner-card .other-name").all():
        lines = other.evaluate(
            """el => {
                const top = (node, i) => {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    return Math.round(range.getBoundingClientRect().top);
                };
                const name = el.querySelector("bdi").firstChild;
                const card = el.closest(".prisoner-card").getBoundingClientRect();
                const box = el.getBoundingClientRect();
                return {
                    open: top(el.firstChild, 0), first: top(name, 0),
                    last: top(name, name.length - 1), close: top(el.lastChild, 0),
                    inside: box.left >= card.left - 1 && box.right <= card.right + 1,
                    opening: el.textContent.trim()[0],
                };
            }"""
        )
        assert lines["open"] == lines["first"], lines
        assert lines["last"] == lines["close"], lines
        assert lines["inside"], lines
        # Laid out left to right, the bracket before the name is an opening one on screen too.
        assert other.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
