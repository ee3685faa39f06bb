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
