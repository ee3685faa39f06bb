"""The demo campaign's brand settings (Settings → Brand): its short name, public address and
accounts. The addresses are on reserved example domains; the square mark is drawn by code
(freethem/demo/brand.py)."""

BRAND = {
    "short_name": "Free them",
    "languages": {"es": {"name": "Libertad para los presos políticos de Irán", "short_name": "Libérenlos"}, "fa": {"name": "آزادی برای زندانیان سیاسی ایران", "short_name": "آزادشان کنید"}, "fr": {"name": "Liberté pour les prisonniers politiques d'Iran", "short_name": "Libérez-les"}},
    "contact_email": "team@campaign.example",
    "social_links": [
        "https://social.example/@freethem",
        "https://video.example/@freethem",
    ],
}
