"""Each address of the site has one file in a mirror, and links between files are relative."""

from freethem.mirror import addresses, rewrite

ORIGIN = "https://campaign.example"


def test_a_page_is_the_index_file_of_its_folder_named_by_what_it_holds():
    assert addresses.file_for("/en/news/", "", "text/html; charset=utf-8") == "en/news/index.html"
    assert addresses.file_for("/en/news/feed/rss/", "", "application/rss+xml") == (
        "en/news/feed/rss/index.xml"
    )
    assert addresses.file_for("/en/actions/calendar/", "", "text/calendar") == (
        "en/actions/calendar/index.ics"
    )
    assert addresses.file_for("/en/appeals/3/sheet.pdf", "", "application/pdf") == (
        "en/appeals/3/sheet.pdf"
    )
    assert addresses.file_for("/fa/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1/", "", "text/html") == (
        "fa/اخبار/index.html"
    )


def test_the_pages_of_a_list_are_folders_and_other_queries_are_not_mirrored():
    assert addresses.kept_query("page=2") == "page=2"
    assert addresses.file_for("/en/news/", "page=2", "text/html") == "en/news/page-2/index.html"
    cursor = addresses.file_for("/en/appeal/signers/", "after=AbC-123", "text/html")
    assert cursor.startswith("en/appeal/signers/after-") and cursor.endswith("/index.html")
    assert addresses.kept_query("tag=vigil") is None
    assert addresses.kept_query("page=2&country=FR") is None
    assert addresses.file_for("/en/../etc/", "", "text/html") is None


def test_links_between_files_are_relative_and_encoded():
    assert addresses.relative("en/index.html", "en/news/index.html") == "news/index.html"
    assert addresses.relative("en/news/a/index.html", "static/css/site.css") == (
        "../../../static/css/site.css"
    )
    assert addresses.relative("index.html", "fa/اخبار/index.html", "top") == (
        "fa/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1/index.html#top"
    )


def test_only_addresses_on_the_sites_origin_are_its_own():
    assert addresses.split("/en/news/", "/en/", ORIGIN) == ("/en/news/", "", "")
    assert addresses.split(ORIGIN + "/en/?page=2#x", "/", ORIGIN) == ("/en/", "page=2", "x")
    assert addresses.split("page-2/", "/en/news/", ORIGIN) == ("/en/news/page-2/", "", "")
    assert addresses.split("?page=3", "/en/news/", ORIGIN) == ("/en/news/", "page=3", "")
    assert addresses.split("https://elsewhere.example/en/", "/", ORIGIN) is None
    assert addresses.split("mailto:someone@example.org", "/", ORIGIN) is None
    assert addresses.split("#main", "/en/", ORIGIN) is None


def test_rewriting_a_page_changes_its_addresses_and_keeps_every_other_byte():
    page = (
        '<!DOCTYPE html><p title="a &amp; b">Text &amp; more</p>'
        '<a class=x href="/en/news/">News</a><img alt="" src="/media/a.png" '
        'srcset="/media/a.png 1x, /media/b.png 2x"><svg><use href="#icon"/></svg>'
        "<script>/* <a href='/nope/'> */</script>"
    )
    seen = []

    def replace(url, where):
        seen.append((where.tag, where.attribute, url))
        return None if url == "/media/b.png" else url.upper()

    written = rewrite.rewrite_html(page, replace)
    assert written == (
        '<!DOCTYPE html><p title="a &amp; b">Text &amp; more</p>'
        '<a class="x" href="/EN/NEWS/">News</a><img alt="" src="/MEDIA/A.PNG" '
        'srcset="/MEDIA/A.PNG 1x"><svg><use href="#ICON" /></svg>'
        "<script>/* <a href='/nope/'> */</script>"
    )
    assert ("a", "href", "/en/news/") in seen and ("img", "srcset", "/media/b.png") in seen


def test_rewriting_a_stylesheet_changes_its_urls_only():
    css = (
        '/* url(/comment.png) */ a{background:url(/x.png)} b{src:url("/f.woff2")} '
        'c{content:"url(/s)"}'
    )
    written = rewrite.rewrite_css(css, lambda url: "../" + url.lstrip("/"))
    assert written == (
        '/* url(/comment.png) */ a{background:url(../x.png)} b{src:url("../f.woff2")} '
        'c{content:"url(/s)"}'
    )
