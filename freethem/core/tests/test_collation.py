"""Lists of names are in the alphabetical order of the reader's language."""

from django.utils import translation

from freethem.core.collation import countries_in_order, named_countries, sorted_by_name


def test_persian_order_puts_its_own_letters_where_its_alphabet_has_them():
    words = ["هند", "ویتنام", "پاکستان", "بلژیک", "تونس", "آلمان", "ایران", "ژاپن", "زامبیا"]
    assert sorted_by_name(words, language="fa") == [
        "آلمان",
        "ایران",
        "بلژیک",
        "پاکستان",
        "تونس",
        "زامبیا",
        "ژاپن",
        "ویتنام",
        "هند",
    ]


def test_accented_letters_sort_with_their_letter_in_french():
    assert sorted_by_name(["Zimbabwe", "Égypte", "Espagne", "Danemark"], language="fr") == [
        "Danemark",
        "Égypte",
        "Espagne",
        "Zimbabwe",
    ]


def test_countries_are_named_and_sorted_in_the_readers_language():
    persian = dict(countries_in_order("fa"))
    assert persian["SE"] == "سوئد" and persian["FR"] == "فرانسه"
    assert [code for code, _name in named_countries(["IN", "VN", "DE"], "fa")] == ["DE", "VN", "IN"]
    assert named_countries(["AE", "ZW", "EG"], "fr") == [
        ("EG", "Égypte"),
        ("AE", "Émirats arabes unis"),
        ("ZW", "Zimbabwe"),
    ]
    with translation.override("es"):
        assert dict(countries_in_order())["SE"] == "Suecia"
