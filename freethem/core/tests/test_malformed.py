import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("/es/%00/", "es"),
        ("/en/news/x%00/", "en"),
        ("/fr/untranslated/1%00/", "fr"),
        ("/en/news/?q=a%00b", "en"),
    ],
)
def test_nul_bytes_get_a_bad_request_page(client, site_tree, url, language):
    client.get("/fa/")  # a request in another language first: nothing of it may linger
    response = client.get(url)
    assert response.status_code == 400
    assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/en/appeals/99999999999999999999999999/sign/",
        "/en/proposals/99999999999999999999999999/event/",
        "/en/proposals/99999999999999999999999999/report/",
        "/en/appeals/99999999999999999999999999/sheet.pdf",
    ],
)
def test_an_id_too_large_for_the_database_is_not_found(client, site_tree, path):
    assert client.get(path).status_code == 404
    assert client.post(path, {"title": "x"}).status_code == 404
