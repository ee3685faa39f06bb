import pytest

from freethem.news.tests.factories import make_post, translate

pytestmark = pytest.mark.django_db


def test_search_finds_posts_by_title_lead_and_body(client, site_tree):
    make_post(
        site_tree.index,
        title="Vigil in Stockholm",
        lead="Candles for the prisoners.",
        paragraphs=["Musicians played outside the embassy."],
    )
    make_post(site_tree.index, title="Rally in Toronto")
    for query in ("Stockholm", "candles", "musicians"):
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert "Vigil in Stockholm" in html, query
        assert "Rally in Toronto" not in html


def test_search_stays_in_the_visitors_language(client, site_tree):
    post = make_post(site_tree.index, title="Poster action in Berlin")
    translate(post, "fr", title="Action d'affichage à Berlin")
    html = client.get("/fr/search/", {"q": "Berlin"}).content.decode()
    assert "Action d&#x27;affichage à Berlin" in html
    assert "Poster action in Berlin" not in html


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '<script>alert("x")</script>',
        '"unbalanced (quote AND OR NOT *',
        "NEAR(a b) ^ : - +",
        "\x01\x02 tab\there",
        "سلام",
    ],
)
def test_hostile_or_odd_queries_give_a_normal_page(client, site_tree, query):
    make_post(site_tree.index, title="Something")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "x" * 201 not in html


def test_a_nul_byte_in_the_query_is_a_bad_request(client, site_tree):
    assert client.get("/en/search/", {"q": "a\x00b"}).status_code == 400


def test_long_queries_are_cut_and_the_visitor_is_told(client, site_tree):
    response = client.get("/en/search/", {"q": "word " * 2000})
    assert response.status_code == 200
    assert "only its beginning was used" in response.content.decode()


def persian_results(client, query):
    return client.get("/fa/search/", {"q": query}).content.decode()


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("آزادی برای کارگران زندانی", "كارگران"),  # Arabic kaf typed, Persian kaf written
        ("آزادی برای کارگران زندانی", "زنداني"),  # Arabic yeh typed
        ("آزادي براي كارگران زنداني", "کارگران زندانی"),  # written with Arabic letters
        ("ما آزادی آنها را می‌خواهیم", "میخواهیم"),  # written with the non-joiner, typed without
        ("ما آزادی آنها را میخواهیم", "می‌خواهیم"),  # and the reverse
        ("ما آزادی آنها را می‌خواهیم", "می‌خواهیم"),  # the same both ways
        ("ما آزادی آنها را می‌خواهیم", "آزادی"),
    ],
)
def test_a_persian_word_is_found_however_its_letters_were_typed(client, site_tree, written, typed):
    post = make_post(site_tree.index, title="Free the workers")
    translate(post, "fa", title=written)
    make_post(site_tree.index, title="Another post")
    assert written in persian_results(client, typed)


def test_a_persian_word_typed_otherwise_finds_it_in_the_text_of_a_post_too(client, site_tree):
    post = make_post(site_tree.index, title="Free the workers")
    translate(post, "fa", title="خبر", lead="کارگران شرکت نیشکر هفت‌تپه آزاد شدند.")
    assert "کارگران شرکت نیشکر" in persian_results(client, "هفتتپه كارگران")


def test_a_word_without_its_accents_finds_it_with_them(client, site_tree):
    make_post(site_tree.index, title="Rally in Bogotá")
    html = client.get("/en/search/", {"q": "bogota"}).content.decode()
    assert "Rally in Bogotá" in html
    assert "Rally in Bogotá" in client.get("/en/search/", {"q": "Bogotá"}).content.decode()


def test_folding_adds_nothing_to_the_index_of_plain_english(site_tree):
    from freethem.core.search import folded_words

    post = make_post(site_tree.index, title="Vigil in Stockholm", lead="Candles at seven.")
    assert post.folded_words() == ""
    assert folded_words("می‌خواهیم زنداني Bogotá") == "میخواهیم زندانی bogota"
