"""A visitor finds their way: the header stays small on a phone, the appeal's sign button is on
its first screen, the menu opens and closes without JavaScript, and on a desktop screen the
menu fits one line in every language."""

import pytest
from django.conf import settings

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

# The menu of a real campaign, as long as the demo's, in every language.
SECTIONS = {
    "news": {
        "en": ("Recent news from the global movement", "News"),
        "es": ("Noticias recientes del movimiento mundial", "Noticias"),
        "fa": ("تازه‌ترین خبرهای جنبش جهانی", "خبرها"),
        "fr": ("Dernières nouvelles du mouvement mondial", "Actualités"),
    },
    "appeal": {
        "en": ("Emergency Appeal: Free Iran's Political Prisoners Now", "Emergency Appeal"),
        "es": ("Llamamiento de Emergencia: libertad ya para los presos políticos", "Llamamiento"),
        "fa": ("فراخوان اضطراری: زندانیان سیاسی ایران را همین حالا آزاد کنید", "فراخوان اضطراری"),
        "fr": (
            "Appel d'urgence : libérez maintenant les prisonniers politiques",
            "Appel d'urgence",
        ),
    },
    "statement": {
        "en": ("Statement of organizations: stop the executions in Iran", "Statement"),
        "es": ("Declaración de organizaciones: alto a las ejecuciones en Irán", "Declaración"),
        "fa": ("بیانیهٔ سازمان‌ها: اعدام‌ها در ایران را متوقف کنید", "بیانیهٔ سازمان‌ها"),
        "fr": ("Déclaration d'organisations : arrêtez les exécutions en Iran", "Déclaration"),
    },
    "prisoners": {
        "en": ("Political prisoners", ""),
        "es": ("Presos políticos", ""),
        "fa": ("زندانیان سیاسی", ""),
        "fr": ("Prisonniers politiques", ""),
    },
    "events": {
        "en": ("Actions and events", ""),
        "es": ("Acciones y eventos", ""),
        "fa": ("اقدام‌ها و رویدادها", ""),
        "fr": ("Actions et événements", ""),
    },
}
HOME_TITLES = {
    "en": "Free Iran's Political Prisoners Now",
    "es": "Libertad ya para los presos políticos de Irán",
    "fa": "زندانیان سیاسی ایران را همین حالا آزاد کنید",
    "fr": "Libérez maintenant les prisonniers politiques d'Iran",
}
SUMMARY = (
    "Poets, filmmakers, students, workers and women who defied the compulsory veil are held in "
    "Iran's prisons, and some of them face execution. We call on everyone who wants a more "
    "just world to add their name and demand their immediate and unconditional release. Sign "
    "here, or on paper at one of the many events where volunteers carry the appeal."
)


@pytest.fixture
def menu(site):
    """A home page and five sections in the menu, each in every language; their addresses."""
    from freethem.appeals.tests.factories import make_appeal
    from freethem.mobilize.tests.factories import make_events_index
    from freethem.news.tests.factories import publish, translate
    from freethem.prisoners.tests.factories import make_index

    home = site.home
    pages = {
        "news": site.index,
        "appeal": make_appeal(home, summary=SUMMARY, show_in_menus=True),
        "statement": make_appeal(home, show_in_menus=True),
        "prisoners": make_index(home, show_in_menus=True),
        "events": make_events_index(home, show_in_menus=True),
    }
    urls = {}
    for name, page in pages.items():
        title, label = SECTIONS[name]["en"]
        page.title, page.menu_label = title, label
        publish(page)
        urls.setdefault("en", {})[name] = page.url
        for code, _language in settings.LANGUAGES:
            if code == "en":
                continue
            title, label = SECTIONS[name][code]
            if name == "news":
                translated = site.indexes[code]
                translated.title, translated.menu_label = title, label
                publish(translated)
            else:
                translated = translate(page, code, title=title, menu_label=label)
            urls.setdefault(code, {})[name] = translated.url
    # Long names, as a real campaign's, in the header.
    for code, translated in site.homes.items():
        translated.refresh_from_db()
        translated.title = HOME_TITLES[code]
        publish(translated)
    return urls


@pytest.mark.parametrize("language", ["en", "fa"])
def test_on_a_phone_the_appeal_s_sign_button_is_on_the_first_screen_under_a_small_header(
    site, menu, browser, language
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site.url + menu[language]["appeal"])
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 0.15 * PHONE["height"]
    jump = page.locator("a.button[href='#sign']")
    box = jump.bounding_box()
    assert jump.is_visible()
    assert box["y"] + box["height"] <= PHONE["height"]
    # It leads to the form.
    jump.click()
    assert page.locator("#sign form").first.bounding_box()["y"] < PHONE["height"]
    context.close()


def test_on_a_phone_the_menu_opens_and_closes_without_javascript(site, menu, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/fa/")
    sections = page.locator("nav.site-nav")
    toggle = page.locator(".menu > summary")
    assert toggle.is_visible()
    assert not sections.is_visible()
    toggle.click()
    assert sections.is_visible()
    link = sections.get_by_role("link", name=SECTIONS["events"]["fa"][0])
    assert link.is_visible()
    # The open menu lies over the page, inside the screen.
    box = sections.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    toggle.click()
    assert not sections.is_visible()
    context.close()


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_at_1280_px_the_menu_is_one_line_in_every_language(site, menu, browser, language):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site.url + f"/{language}/")
    assert not page.locator(".menu > summary").is_visible()
    links = page.locator("nav.site-nav a")
    assert links.count() == 2 + len(SECTIONS)  # the home page, the sections, the search
    tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
    assert len(tops) == 1
    labels = links.all_inner_texts()
    for texts in SECTIONS.values():
        title, label = texts[language]
        assert (label or title) in labels
    nav = page.locator("nav.site-nav ul").bounding_box()
    assert nav["x"] >= 0 and nav["x"] + nav["width"] <= DESKTOP["width"]
    context.close()
