"""The demo campaign's brand settings (Settings → Brand): its short name, public address and
accounts. The addresses are on reserved example domains; the square mark is drawn by code
(freethem/demo/brand.py)."""

BRAND = {
    "short_name": "Free them",
    "contact_email": "team@campaign.example",
    "social_links": [
        "https://social.example/@freethem",
        "https://video.example/@freethem",
    ],
}
