"""A supporter reads the news with JavaScript switched off: expands a post in place, closes it,
and opens it on its own page."""

import datetime

from playwright.sync_api import expect

from freethem.news.tests.factories import make_post


def test_expand_and_collapse_a_post_without_javascript(site, page_without_js):
    make_post(site.index, title="Older post", date=datetime.date(2022, 1, 5))
    make_post(
        site.index,
        title="Vigil in Stockholm",
        lead="Candles outside the embassy.",
        paragraphs=["Musicians played for two hours in the cold."],
        date=datetime.date(2023, 1, 5),
    )
    page = page_without_js
    page.goto(f"{site.url}/en/news/")
    article = page.locator("article.post-summary").first
    expect(article.locator("h2")).to_have_text("Vigil in Stockholm")
    expect(article.locator(".lead")).to_be_visible()

    full_text = article.get_by_text("Musicians played for two hours in the cold.")
    expect(full_text).to_be_hidden()

    article.get_by_text("Show full text").click()
    expect(full_text).to_be_visible()
    expect(article.get_by_text("Hide", exact=True)).to_be_visible()
    expect(article.get_by_text("Show full text")).to_be_hidden()

    article.get_by_text("Hide", exact=True).click()
    expect(full_text).to_be_hidden()

    article.locator("h2 a").click()
    expect(page).to_have_url(f"{site.url}/en/news/{page.url.rsplit('/', 2)[-2]}/")
    expect(page.locator("h1")).to_have_text("Vigil in Stockholm")
    expect(page.get_by_text("Musicians played for two hours in the cold.")).to_be_visible()


def test_filter_and_page_through_the_news_without_javascript(site, page_without_js, settings):
    make_post(
        site.index, title="Rally in Bogotá", countries=["CO"], date=datetime.date(2023, 5, 21)
    )
    make_post(
        site.index, title="March in Paris", countries=["FR"], date=datetime.date(2022, 10, 22)
    )
    page = page_without_js
    page.goto(f"{site.url}/en/news/")
    page.get_by_label("Country").select_option("CO")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(f"{site.url}/en/news/?country=CO&year=&tag=")
    expect(page.locator("article h2")).to_have_text(["Rally in Bogotá"])
    page.get_by_role("link", name="Clear filters").click()
    expect(page.locator("article h2")).to_have_count(2)


def test_search_from_any_page_without_javascript(site, page_without_js):
    make_post(site.index, title="Hunger strike in Evin", lead="Prisoners refuse food.")
    make_post(site.index, title="Concert in Berlin")
    page = page_without_js
    page.goto(f"{site.url}/en/")
    page.get_by_role("searchbox", name="Search the site").fill("hunger strike")
    page.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(page.locator(".search-results li")).to_have_count(1)
    expect(page.locator(".search-results")).to_contain_text("Hunger strike in Evin")


def test_a_post_s_facts_sit_beside_its_body_on_a_wide_screen_and_after_the_lead_on_a_phone(
    site, page_without_js
):
    from freethem.news.tests.factories import translate

    post = make_post(
        site.index,
        title="Vigils in forty cities",
        lead="People gathered in forty cities.",
        paragraphs=("The whole story of the vigils. " * 40,),
        tags=("vigil",),
        source_organization="Friends of Narges",
    )
    persian = translate(
        post, "fa", title="شب‌زنده‌داری در چهل شهر", lead="مردم در چهل شهر گرد آمدند."
    )
    page = page_without_js
    for address, rtl in [(post.url, False), (persian.url, True)]:
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(f"{site.url}{address}")
        body = page.locator(".post-main .body").bounding_box()
        facts = page.locator(".post-facts").bounding_box()
        lead = page.locator(".post-header .lead").bounding_box()
        # Beside: side by side, from the top of the body, on the reading order's far side.
        assert abs(facts["y"] - body["y"]) < 40, (facts, body)
        if rtl:
            assert facts["x"] + facts["width"] <= body["x"]
        else:
            assert body["x"] + body["width"] <= facts["x"]
        assert lead["y"] + lead["height"] <= body["y"]

        page.set_viewport_size({"width": 390, "height": 800})
        page.goto(f"{site.url}{address}")
        body = page.locator(".post-main .body").bounding_box()
        facts = page.locator(".post-facts").bounding_box()
        lead = page.locator(".post-header .lead").bounding_box()
        assert lead["y"] + lead["height"] <= facts["y"]
        assert facts["y"] + facts["height"] <= body["y"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
