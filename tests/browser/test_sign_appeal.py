"""A supporter signs the Emergency Appeal with JavaScript switched off, confirms by email and
finds their name among the signers; in English, in Persian, and after a mistake in the form."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import caches
from playwright.sync_api import expect

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.news.tests.factories import translate


@pytest.fixture
def appeal(site):
    return make_appeal(site.home, title="Emergency Appeal: free them now", goal=10000)


def confirm_path(message):
    """The path of the confirmation link; the email's host is the configured site address,
    not the live test server's."""
    return re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", message.body).group(1)


def sign_form(page):
    return page.locator("form.sign-form")


def test_sign_confirm_and_be_counted_without_javascript(site, appeal, page_without_js):
    page = page_without_js
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(site.url + appeal.url)
    expect(page.locator("h1")).to_have_text("Emergency Appeal: free them now")
    expect(page.locator(".tally-total")).to_have_text("0")

    form = sign_form(page)
    form.get_by_label(re.compile(r"^Name")).fill("Nour Example")
    form.get_by_label(re.compile(r"^Title or affiliation")).fill("poet, writer")
    form.get_by_label(re.compile(r"^City")).fill("Lyon")
    form.get_by_label(re.compile(r"^Country")).select_option("FR")
    form.get_by_label(re.compile(r"^Email")).fill("nour@example.org")
    form.get_by_label("Show only my initials and country").check()
    form.get_by_role("button", name="Sign the appeal").click()

    expect(page).to_have_url(f"{site.url}{appeal.url}thanks/")
    expect(page.locator("h1")).to_have_text("Thank you. One more step.")
    signature = Signature.objects.get()
    assert (signature.name, signature.affiliation, signature.city) == (
        "Nour Example",
        "poet, writer",
        "Lyon",
    )
    assert (signature.status, signature.display) == (Signature.PENDING, Signature.INITIALS)

    # The appeals' clock hands owed emails to the queue every few seconds; here, now.
    assert mail.outbox == []
    assert services.queue_confirmations() == 1
    # The live server runs in this process: its locmem outbox is this module's outbox.
    assert [m.to for m in mail.outbox] == [["nour@example.org"]]
    link = site.url + confirm_path(mail.outbox[0])

    # Opening the link only offers the form: a mail scanner following it confirms nothing.
    page.goto(link)
    confirm = page.get_by_role("button", name="Confirm my signature")
    expect(confirm).to_be_visible()
    signature.refresh_from_db()
    assert signature.status == Signature.PENDING
    # The owner sees what the list would show for each choice, and chooses again.
    expect(page.locator(".confirm-form")).to_contain_text("N. E.")
    expect(page.locator(".confirm-form")).to_contain_text("Nour Example, poet, writer, Lyon")
    page.get_by_label("Show only my initials and country").check()
    confirm.click()
    expect(page.locator("h1")).to_have_text("Your signature is recorded")
    signature.refresh_from_db()
    assert signature.status == Signature.CONFIRMED

    services.tally_signatures()
    page.goto(f"{site.url}{appeal.url}signers/")
    signers = page.locator("ol.signers li")
    expect(signers).to_have_count(1)
    expect(signers.first).to_have_text("N. E. (France)")
    content = page.content()
    assert "Nour Example" not in content
    assert "Lyon" not in page.locator("main").inner_text()
    assert "nour@example.org" not in content

    # Anonymous appeal pages are kept 10 seconds in the page cache; the copy showing 0 was
    # stored on the first visit, so forget it rather than wait.
    caches["pages"].clear()
    page.goto(site.url + appeal.url)
    expect(page.locator(".tally-total")).to_have_text("1")

    origins = {
        f"{urlsplit(u).scheme}://{urlsplit(u).netloc}"
        for u in requested
        if not u.startswith("data:")
    }
    assert origins == {site.url}


def test_sign_in_persian_and_see_the_name_as_written(site, appeal, page_without_js):
    persian = translate(
        appeal, "fa", title="فراخوان اضطراری: آزادشان کنید", slug="faraakhaan-ezteraari"
    )
    page = page_without_js
    page.goto(site.url + persian.url)
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("فراخوان اضطراری: آزادشان کنید")

    form = sign_form(page)
    # Every visible label (text fields, the country select, the choices of how the name is
    # shown) reads right to left and sits against the right edge of the form, not the left.
    labels = form.locator(".field > label, .field label.choice, .field.checkbox label")
    expect(labels.first).to_be_visible()
    placed = labels.evaluate_all(
        """els => els.map(el => {
            const style = getComputedStyle(el);
            const range = document.createRange();
            range.selectNodeContents(el);
            const text = range.getBoundingClientRect();
            const field = el.closest(".field");
            const box = field.getBoundingClientRect();
            const edge = getComputedStyle(field);
            const right = box.right - parseFloat(edge.paddingRight)
                - parseFloat(edge.borderRightWidth);
            return {
                label: el.textContent.trim(),
                direction: style.direction,
                textAlign: style.textAlign,
                gapRight: right - text.right,
                gapLeft: text.left - box.left,
            };
        })"""
    )
    assert len(placed) >= 8
    for label in placed:
        assert label["direction"] == "rtl", label
        # "start" is the right edge in a right-to-left block.
        assert label["textAlign"] in ("start", "right"), label
        assert label["gapRight"] < 6, label
        assert label["gapLeft"] > 50, label

    name = form.locator('[name="person-name"]')
    name.fill("نرگس محمدی")
    form.locator('[name="person-city"]').fill("تهران")
    form.locator('[name="person-country"]').select_option("IR")
    form.locator('[name="person-email"]').fill("narges@example.org")
    form.locator('[name="person-display"][value="full"]').check()
    form.locator('button[type="submit"]').click()

    expect(page).to_have_url(f"{site.url}{persian.url}thanks/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert Signature.objects.get().language == "fa"

    # The email, and so the link, is in the language the visitor signed in.
    assert services.queue_confirmations() == 1
    path = confirm_path(mail.outbox[0])
    assert path.startswith(f"/fa/appeals/{persian.pk}/confirm/")
    page.goto(site.url + path)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.locator('[name="display"][value="full"]').check()
    page.locator('article.appeal-confirm button[value="confirm"]').click()
    expect(page.locator("article.appeal-confirmed")).to_be_visible()
    assert Signature.objects.get().status == Signature.CONFIRMED

    services.tally_signatures()
    page.goto(f"{site.url}{persian.url}signers/")
    expect(page.locator("ol.signers li strong")).to_have_text(["نرگس محمدی"])
    # The English list of the same appeal shows the same signer.
    page.goto(f"{site.url}{appeal.url}signers/")
    expect(page.locator("ol.signers li strong")).to_have_text(["نرگس محمدی"])


def test_a_mistake_is_explained_and_the_typing_kept_without_javascript(
    site, appeal, page_without_js
):
    page = page_without_js
    page.goto(site.url + appeal.url)
    form = sign_form(page)
    form.get_by_label(re.compile(r"^City")).fill("Malmö")
    form.get_by_label(re.compile(r"^Country")).select_option("SE")
    form.get_by_label(re.compile(r"^Email")).fill("not-an-address")
    form.get_by_role("button", name="Sign the appeal").click()

    form = sign_form(page)
    expect(form.locator(".error-summary[role=alert]")).to_be_visible()
    name_field = form.locator(".field", has=page.locator("#id_person-name"))
    expect(name_field).to_have_class(re.compile(r"\binvalid\b"))
    expect(name_field.locator(".error")).to_have_text("This field is required.")
    email_field = form.locator(".field", has=page.locator("#id_person-email"))
    expect(email_field.locator(".error")).to_have_text("Enter a valid email address.")
    expect(form.get_by_label(re.compile(r"^City"))).to_have_value("Malmö")
    expect(form.get_by_label(re.compile(r"^Country"))).to_have_value("SE")
    expect(form.get_by_label(re.compile(r"^Email"))).to_have_value("not-an-address")
    assert Signature.objects.count() == 0
    assert mail.outbox == []


def test_a_country_must_be_chosen(site, appeal, page_without_js):
    page = page_without_js
    page.goto(site.url + appeal.url)
    form = sign_form(page)
    form.get_by_label(re.compile(r"^Name")).fill("Lars Example")
    form.get_by_label(re.compile(r"^Email")).fill("lars@example.org")
    form.get_by_role("button", name="Sign the appeal").click()
    country_field = sign_form(page).locator(".field", has=page.locator("#id_person-country"))
    expect(country_field.locator(".error")).to_have_text("This field is required.")
    assert Signature.objects.count() == 0


def test_each_name_keeps_its_own_direction_in_the_list(site, appeal, page_without_js):
    persian = translate(appeal, "fa", title="فراخوان اضطراری", slug="faraakhaan")
    for n, (name, display, country) in enumerate(
        [("Farid Example", Signature.INITIALS, "AF"), ("شیوا قربانیان", Signature.FULL_NAME, "IR")]
    ):
        signature = services.sign_appeal(
            appeal=appeal,
            data={"name": name, "display": display, "country": country, "email": f"{n}@ex.org"},
        ).signature
        services.confirm_signature(signature)
    services.tally_signatures()
    page = page_without_js
    for url in (persian.url, appeal.url):
        page.goto(f"{site.url}{url}signers/")
        names = page.locator("ol.signers li strong")
        expect(names).to_have_count(2)
        isolated = names.evaluate_all(
            """els => els.map(el => {
                const isolates = e => ["isolate", "plaintext"].includes(
                    getComputedStyle(e).unicodeBidi);
                for (let e = el; e && e.tagName !== "LI"; e = e.parentElement) {
                    if (isolates(e)) return true;
                }
                return [...el.children].some(
                    e => isolates(e) && e.textContent.trim() === el.textContent.trim());
            })"""
        )
        assert isolated == [True, True], url
