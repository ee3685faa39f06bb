import datetime

import pytest
import yaml

from freethem.demo.data import FOLDER, news_files, read
from freethem.demo.loader import demo_posts

FILES = sorted(FOLDER.glob("*.yaml"))


def test_the_demo_content_is_in_yaml_files_and_no_python_module_holds_any():
    assert len(FILES) >= 14
    assert [path.name for path in FOLDER.glob("*.py")] == ["__init__.py"]


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_data_file_parses_with_the_safe_loader_into_named_plain_data(path):
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(content, dict) and content
    assert all(name.isupper() for name in content)

    def plain(value):
        if isinstance(value, dict):
            return all(isinstance(key, str) and plain(item) for key, item in value.items())
        if isinstance(value, list):
            return all(plain(item) for item in value)
        return value is None or isinstance(value, str | int | bool)

    assert plain(content)


def test_every_news_post_has_what_the_loader_needs_and_a_slug_of_its_own():
    posts = [post for name in news_files() for post in read(name).POSTS]
    assert len(posts) > 30
    for post in posts:
        assert post["slug"] and post["slug"].isascii(), post
        assert datetime.date.fromisoformat(post["date"]), post["slug"]
        assert post["en"]["title"], post["slug"]
    slugs = [post["slug"] for post in posts]
    assert len(set(slugs)) == len(slugs)


def test_news_posts_come_oldest_first_from_every_news_file():
    posts = demo_posts()
    assert [post["date"] for post in posts] == sorted(post["date"] for post in posts)
    assert {post["slug"] for post in posts} == {
        post["slug"] for name in news_files() for post in read(name).POSTS
    }


def test_blocks_written_as_one_key_mappings_are_read_as_kind_and_value_pairs():
    for name in [*news_files(), "pages", "appeal"]:
        for value in vars(read(name)).values():
            for page in value if isinstance(value, list) else [value]:
                for language in ("en", "es", "fa", "fr"):
                    if isinstance(page, dict) and language in page:
                        for block in page[language].get("body", []):
                            assert isinstance(block, tuple) and len(block) == 2, (name, block)
                            assert isinstance(block[0], str)
    pages = read("pages")
    assert pages.PAGES == [pages.PLANS, pages.PRIVACY]
    assert pages.PAGES[1] is pages.PRIVACY


def test_persian_text_is_written_as_itself_not_as_escapes():
    text = (FOLDER / "news_2021.yaml").read_text(encoding="utf-8")
    assert "\\u" not in text
    assert any("\u0600" <= character <= "\u06ff" for character in text)
