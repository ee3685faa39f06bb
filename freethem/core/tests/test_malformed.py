import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/es/%00/", "/en/news/x%00/", "/fr/untranslated/1%00/", "/en/news/?q=a%00b"]
)
def test_nul_bytes_get_a_bad_request_page(client, site_tree, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()
