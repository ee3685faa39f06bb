"""Build the demo campaign site: pages in four languages, pictures, downloads, an appeal with its
signers, an admin login with its second factor."""

import datetime
import io
import json
import secrets
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from freethem.accounts import services as second_factor
from freethem.appeals import services as appeal_services
from freethem.appeals.models import AppealPage, Signature
from freethem.appeals.paper import import_paper_csv
from freethem.core import addresses, limits, site_address, tasks
from freethem.core.models import HomePage
from freethem.core.numerals import number
from freethem.core.renditions import pictures_of
from freethem.core.writing import language_direction
from freethem.mobilize.models import DayOfActionPage, EventPage
from freethem.news.models import (
    Author,
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageEvent,
    NewsPagePrisoner,
)
from freethem.pages.models import GeneralPage

from . import crowd, media
from .alerts import AlertBuilder
from .brand import BrandBuilder
from .data import news_files, read
from .events import EventBuilder
from .names import NameBuilder
from .prisoners import PrisonerBuilder
from .proposals import ProposalBuilder
from .translate import english, paragraph_pairs, paragraphs, translate_page

appeal_texts = read("appeal")
event_data = read("events")
page_texts = read("pages")
site_texts = read("site")

# The demo appeal's crowd of invented signers, and how many organizations sign the statement.
CROWD_SIZE = 3000
ORGANIZATION_COUNT = 50

TRANSLATED_LANGUAGES = ["es", "fa", "fr"]
# The words in a block's fields that a translation gives in its own language.
BLOCK_WORDS = ("text", "attribution", "caption", "credit", "heading", "note", "title", "image_alt")
# Recovery codes of the demo administrator written to var/admin-login.txt (it has more).
DEMO_CODES_SHOWN = 5
# Pictures the demo draws: small, so that loading stays fast, yet as large as the widest
# rendition pages ask for.
HERO_SIZE = (1920, 840)
LISTING_SIZE = (960, 640)


def demo_posts():
    """Every post of every news file in freethem/demo/data, oldest first (files in name order,
    so that posts of the same day keep one order)."""
    posts = []
    for name in news_files():
        posts.extend(read(name).POSTS)
    return sorted(posts, key=lambda post: post["date"])


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.images = {}
        self.documents = {}
        self.scenes_drawn = 0

    # Media -------------------------------------------------------------------------------
    def image(self, label, palette, caption):
        key = (label, palette)
        if key not in self.images:
            Image = get_image_model()
            self.images[key] = Image.objects.create(
                title=label.title(),
                description=caption[:255],
                file=ContentFile(
                    media.picture(label, palette), name=f"{uuid.uuid4().hex[:12]}.jpg"
                ),
            )
        return self.images[key]

    def hero(self, language):
        """The home page's picture in `language`: the slogan drawn in it, its focal point on the
        banner, so phones keep it in the frame."""
        texts = site_texts.HERO[language]
        direction = language_direction(language)
        image = get_image_model().objects.create(
            title=texts["slogan"],
            description=texts["alt"],
            file=ContentFile(
                media.scene("vigil", 0, HERO_SIZE, texts["slogan"], direction),
                name=f"{uuid.uuid4().hex[:12]}.jpg",
            ),
            # The banner, drawn at the end of the line of reading (media.scene).
            focal_point_x=HERO_SIZE[0] * (24 if direction == "rtl" else 76) // 100,
            focal_point_y=HERO_SIZE[1] * 19 // 100,
            focal_point_width=HERO_SIZE[0] * 2 // 5,
            focal_point_height=HERO_SIZE[1] * 18 // 100,
        )
        return image

    def listing_image(self, n):
        """A scene for the listing of a post without a photo; the scenes take turns."""
        texts = site_texts.LISTING_SCENES[n % len(site_texts.LISTING_SCENES)]
        return get_image_model().objects.create(
            title=texts["alt"].rstrip("."),
            description=texts["alt"],
            file=ContentFile(
                media.scene(texts["scene"], n, LISTING_SIZE, texts.get("slogan", ""), seed=n),
                name=f"{uuid.uuid4().hex[:12]}.jpg",
            ),
        )

    def document(self, title, kind, palette, drawn=None):
        key = (title, kind)
        if key not in self.documents:
            Document = get_document_model()
            drawn = drawn or title
            slug = "".join(c if c.isalnum() else "-" for c in drawn.lower())[:40].strip("-")
            self.documents[key] = Document.objects.create(
                title=title,
                file=ContentFile(media.printable(drawn, kind.title(), palette), name=f"{slug}.pdf"),
            )
        return self.documents[key]

    def photo(self, placards, palette, seed, alt):
        """A supporter's photo of an action, drawn (media.rally), described by `alt`."""
        key = (tuple(placards), palette, seed)
        if key not in self.images:
            self.images[key] = get_image_model().objects.create(
                title=" / ".join(placards).title(),
                description=alt[:255],
                file=ContentFile(
                    media.rally(placards, palette, seed=seed), name=f"{uuid.uuid4().hex[:12]}.jpg"
                ),
            )
        return self.images[key]

    # Blocks ------------------------------------------------------------------------------
    def body(self, blocks):
        raw = []
        for kind, value in blocks:
            if kind == "paragraph":
                raw.append({"type": "paragraph", "value": paragraphs(value)})
            elif kind == "heading":
                raw.append({"type": "heading", "value": value})
            elif kind == "quote":
                raw.append({"type": "quote", "value": dict(value)})
            elif kind == "image":
                image = self.image(
                    value["label"], value.get("palette", 0), value.get("caption", "")
                )
                raw.append(
                    {
                        "type": "image",
                        "value": {
                            "image": image.pk,
                            "caption": value.get("caption", ""),
                            "credit": value.get("credit", ""),
                        },
                    }
                )
            elif kind == "signatories":
                raw.append(
                    {
                        "type": "signatories",
                        "value": {
                            "heading": value["heading"],
                            "names": "\n".join(value["names"]),
                            "note": value.get("note", ""),
                            "numbered": value.get("numbered", False),
                        },
                    }
                )
            elif kind == "embed":
                raw.append(
                    {"type": "embed", "value": {"url": value["url"], "title": value["title"]}}
                )
            elif kind == "document":
                document = self.document(
                    value.get("file_title") or value["title"],
                    value.get("kind", "flyer"),
                    len(raw),
                    drawn=value.get("drawn"),
                )
                raw.append(
                    {
                        "type": "document",
                        "value": {
                            "document": document.pk,
                            "title": value["title"],
                            "language": value.get("language", ""),
                        },
                    }
                )
            elif kind == "gallery":
                # Items with ids, as the admin saves them: wagtail-localize translates only those.
                items = [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "image": self.photo(
                                item["placards"], item["palette"], item["seed"], item["alt"]
                            ).pk,
                            "alt": item["alt"],
                            "caption": item.get("caption", ""),
                        },
                    }
                    for item in value["images"]
                ]
                raw.append(
                    {
                        "type": "gallery",
                        "value": {
                            "images": items,
                            "caption": value.get("caption", ""),
                            "credit": value.get("credit", ""),
                        },
                    }
                )
            elif kind == "social_post":
                picture = value.get("image")
                image = (
                    self.image(picture["label"], picture["palette"], value["text"])
                    if picture
                    else None
                )
                raw.append(
                    {
                        "type": "social_post",
                        "value": {
                            "text": value["text"],
                            "author": value["author"],
                            "handle": value.get("handle", ""),
                            "date": value.get("date"),
                            "image": image.pk if image else None,
                            "image_alt": value.get("image_alt", ""),
                            "url": value["url"],
                        },
                    }
                )
            elif kind == "divider":
                raw.append({"type": "divider", "value": None})
            elif kind == "sign_box":
                appeal = AppealPage.objects.get(slug=value, locale__language_code="en")
                raw.append({"type": "sign_box", "value": {"appeal": appeal.pk, "heading": ""}})
            else:
                raise ValueError(f"Unknown block kind {kind!r}")
        for block in raw:
            block["id"] = str(uuid.uuid4())
        return json.dumps(raw)

    @staticmethod
    def text_pairs(source, target):
        """(source text, translated text) for every human-language string of two parallel posts."""
        pairs = [
            (source.get(key), target.get(key))
            for key in (
                "title",
                "menu_label",
                "kicker",
                "lead",
                "tagline",
                "intro",
                "search_description",
            )
        ]
        for (kind, src), (_kind, dst) in zip(
            source.get("body", []), target.get("body", []), strict=True
        ):
            if kind == "paragraph":
                pairs += list(zip(src.split("\n\n"), dst.split("\n\n"), strict=False))
            elif kind == "heading":
                pairs.append((src, dst))
            elif kind == "gallery":
                pairs += [(src["caption"], dst["caption"]), (src["credit"], dst["credit"])]
                for image, translated in zip(src["images"], dst["images"], strict=True):
                    pairs += [(image[key], translated[key]) for key in ("alt", "caption")]
            else:
                for key in BLOCK_WORDS:
                    if isinstance(src, dict) and key in src:
                        pairs.append((src[key], dst.get(key)))
                if kind == "signatories":
                    pairs.append(("\n".join(src["names"]), "\n".join(dst["names"])))
        return pairs

    # Pages -------------------------------------------------------------------------------
    @staticmethod
    def publish(page, when=None):
        revision = page.save_revision()
        revision.publish()
        if when is not None:
            type(page).objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=when
            )
        return page

    def site_pages(self, locales):
        root = Page.get_first_root_node()
        # Wagtail's welcome page goes, and the default site with it; ours replaces both.
        for page in root.get_children().filter(content_type__model="page"):
            page.delete()
        en = site_texts.HOME["en"]
        home = root.add_child(
            instance=HomePage(
                title=en["title"],
                slug=site_texts.HOME["slug"],
                tagline=en["tagline"],
                intro=paragraphs(en["intro"]),
                locale=locales["en"],
            )
        )
        self.publish(home)
        # At the configured address (WAGTAILADMIN_BASE_URL), as every link the site gives out.
        site_address.sync_default_site(root_page=home, site_name=en["title"])

        en = site_texts.NEWS_INDEX["en"]
        index = home.add_child(
            instance=NewsIndexPage(
                title=en["title"],
                slug=site_texts.NEWS_INDEX["slug"],
                search_description=en["search_description"],
                intro=paragraphs(en["intro"]),
                menu_label=en["menu_label"],
                show_in_menus=True,
            )
        )
        self.publish(index)
        for code in TRANSLATED_LANGUAGES:
            for page, texts in ((home, site_texts.HOME), (index, site_texts.NEWS_INDEX)):
                src, dst = texts["en"], texts[code]
                pairs = self.text_pairs(src, dst)
                pairs += list(
                    zip(src["intro"].split("\n\n"), dst["intro"].split("\n\n"), strict=True)
                )
                translate_page(page, locales[code], pairs)
        return home, index

    def author(self, spec, pages):
        """The author snippet named in a post's byline, made the first time it is named."""
        author, _created = Author.objects.get_or_create(
            name=spec["name"],
            defaults={
                "kind": spec.get("kind", Author.PERSON),
                "page": pages.get(spec.get("page")),
                "names": spec.get("names", {}),
            },
        )
        return author

    def post(self, index, locales, post, prisoners=(), pages=None, reports=None):
        en = post["en"]
        when = timezone.make_aware(
            datetime.datetime.combine(datetime.date.fromisoformat(post["date"]), datetime.time(12))
        )
        corrections = [
            {
                "type": "correction",
                "id": str(uuid.uuid4()),
                "value": {"date": c["date"], "text": c["en"]},
            }
            for c in post.get("corrections", [])
        ]
        page = NewsPage(
            title=en["title"],
            slug=post["slug"],
            date=post["date"],
            lead=en["lead"],
            body=self.body(
                en["body"] + ([("sign_box", post["sign_box"])] if "sign_box" in post else [])
            ),
            corrections=json.dumps(corrections),
            source_organization=post.get("source_organization", ""),
            source_url=post.get("source_url", ""),
            translated_from=post.get("translated_from", ""),
            translator=english(post.get("translator")),
            original_url=post.get("original_url", ""),
            countries=post.get("countries", []),
            related_prisoners=[NewsPagePrisoner(prisoner=p) for p in prisoners],
            kicker=en.get("kicker", ""),
            authors=[
                NewsPageAuthor(author=self.author(spec, pages or {}))
                for spec in post.get("authors", [])
            ],
        )
        reports = reports or {}
        if reports.get("day_of_action"):
            page.day_of_action = DayOfActionPage.objects.get(
                slug=reports["day_of_action"], locale=locales["en"]
            )
        page.related_events = [
            NewsPageEvent(event=EventPage.objects.get(slug=slug, locale=locales["en"]))
            for slug in reports.get("events", ())
        ]
        if not any(kind == "image" for kind, _value in en["body"]):
            page.listing_image = self.listing_image(self.scenes_drawn)
            self.scenes_drawn += 1
        index.add_child(instance=page)
        page.tags.add(*post.get("tags", []))
        self.publish(page, when)
        for code in TRANSLATED_LANGUAGES:
            if code not in post:
                continue
            pairs = self.text_pairs(en, post[code])
            pairs += [(c["en"], c.get(code)) for c in post.get("corrections", [])]
            pairs += paragraph_pairs(post.get("translator"), code=code)
            translated = translate_page(page, locales[code], pairs)
            NewsPage.objects.filter(pk=translated.pk).update(
                first_published_at=when, last_published_at=when
            )
        return page

    def appeal(self, home, locales, texts):
        """An appeal or statement under the home page, shown in the menu, in every language."""
        en = texts["en"]
        page = AppealPage(
            title=en["title"],
            slug=texts["slug"],
            search_description=en["search_description"],
            summary=en["summary"],
            body=self.body(en["body"]),
            call_to_action=en["call_to_action"],
            goal=texts.get("goal"),
            open_to=texts["open_to"],
            thank_you_text=paragraphs(en["thank_you_text"]),
            share_text=en["share_text"],
            menu_label=en.get("menu_label", ""),
            show_in_menus=True,
        )
        home.add_child(instance=page)
        self.publish(page)
        for code in TRANSLATED_LANGUAGES:
            dst = texts[code]
            pairs = self.text_pairs(en, dst)
            pairs += [(en[key], dst[key]) for key in ("summary", "call_to_action", "share_text")]
            # The address stays the same in every language, and the translation shows complete.
            pairs.append((texts["slug"], texts["slug"]))
            pairs += list(
                zip(
                    en["thank_you_text"].split("\n\n"),
                    dst["thank_you_text"].split("\n\n"),
                    strict=True,
                )
            )
            translate_page(page, locales[code], pairs)
        return page

    @staticmethod
    def retention(code):
        """What the privacy page says of how long things are kept, in `code`'s digits: read from
        the settings and retention jobs of the code that loads the demo, so the page is true
        for this installation."""
        kept = [
            page.retention_days
            for page in AppealPage.objects.filter(locale__language_code="en").only("retention_days")
        ]
        if kept and None not in kept:
            signer = page_texts.SIGNER_RETENTION["set"][code].format(
                retention_days=number(max(kept), code)
            )
        else:
            signer = page_texts.SIGNER_RETENTION["kept"][code]
        return {
            "unconfirmed_days": number(settings.FREETHEM_UNCONFIRMED_LIFETIME.days, code),
            "link_days": number(settings.FREETHEM_CONFIRM_MAX_AGE // 86400, code),
            "key_hours": number(limits.CLIENT_KEY_LIFETIME // 3600, code),
            "signer_retention": signer,
        }

    def general_page(self, parent, locales, texts, values=None):
        """A general page in every language; `values(code)` fills the words in braces."""

        def filled(code):
            text = texts[code]
            if values is None:
                return text
            fill = values(code)
            return {
                "title": text["title"],
                "lead": text["lead"].format(**fill),
                "body": [
                    (kind, value.format(**fill) if isinstance(value, str) else value)
                    for kind, value in text["body"]
                ],
            }

        en = filled("en")
        page = GeneralPage(
            title=en["title"],
            slug=texts["slug"],
            lead=en["lead"],
            body=self.body(en["body"]),
            show_in_menus=texts.get("show_in_menus", False),
        )
        parent.add_child(instance=page)
        self.publish(page)
        for code in TRANSLATED_LANGUAGES:
            pairs = self.text_pairs(en, filled(code))
            pairs.append((texts["slug"], texts["slug"]))
            translate_page(page, locales[code], pairs)
        return page

    def general_pages(self, home, locales):
        pages = {
            texts["slug"]: self.general_page(
                home,
                locales,
                texts,
                values=self.retention if texts is page_texts.PRIVACY else None,
            )
            for texts in page_texts.PAGES
        }
        self.log(f"Built {len(pages)} general pages with their translations.")
        return pages

    def signatures(self, appeal, signers, kind=Signature.PERSON):
        """Confirmed signatures, spread over the past weeks, oldest first as listed."""
        now = timezone.now()
        span = datetime.timedelta(days=120) / max(len(signers), 1)
        rows = []
        for n, signer in enumerate(signers):
            # Addresses on a reserved domain: never shown, and no mail can reach anyone.
            email = f"{appeal.slug}-{n + 1}@example.org"
            confirmed_at = now - span * (len(signers) - n)
            rows.append(
                Signature(
                    appeal_key=appeal.translation_key,
                    kind=kind,
                    name=signer["name"],
                    affiliation=signer.get("affiliation", ""),
                    city=signer.get("city", ""),
                    country=signer["country"],
                    email=email,
                    email_hash=addresses.address_hash(email),
                    domain_hash=addresses.domain_hash("example.org"),
                    display=signer.get("display", Signature.FULL_NAME),
                    language=signer.get("language", "en"),
                    status=Signature.CONFIRMED,
                    confirmed_at=confirmed_at,
                    notable="notable" in signer,
                    notable_description=signer.get("notable", ""),
                    tally_due=True,
                )
            )
            rows[-1].publish()
        created = Signature.objects.bulk_create(rows, batch_size=500)
        # created_at is set on saving; move it to a few minutes before each confirmation.
        for signature in created:
            signature.created_at = signature.confirmed_at - datetime.timedelta(minutes=4)
        Signature.objects.bulk_update(created, ["created_at"], batch_size=500)
        return len(rows)

    def festival_sheets(self, appeal):
        """The paper sheets of a festival stand, entered as volunteers enter them."""
        festival = appeal_texts.FESTIVAL
        lines = ["name,affiliation,city,country,email,show_name"]
        lines += [",".join(row) for row in festival["rows"]]
        upload = io.BytesIO("\n".join(lines).encode())
        upload.name = "medellin-festival-sheets.csv"
        batch = import_paper_csv(
            appeal=appeal,
            file=upload,
            collected_at=festival["collected_at"],
            collected_on=datetime.date.fromisoformat(festival["collected_on"]),
            uploaded_by="demo",
        )
        return batch.accepted

    def appeals(self, home, locales):
        appeal = self.appeal(home, locales, appeal_texts.APPEAL)
        statement = self.appeal(home, locales, appeal_texts.STATEMENT)
        people = self.signatures(appeal, crowd.crowd(CROWD_SIZE) + appeal_texts.SIGNERS)
        on_paper = self.festival_sheets(appeal)
        signing_organizations = appeal_texts.ORGANIZATIONS + crowd.organizations(
            ORGANIZATION_COUNT - len(appeal_texts.ORGANIZATIONS)
        )
        organizations = self.signatures(
            statement, signing_organizations, kind=Signature.ORGANIZATION
        )
        # Counts are kept by the tally job, as on a running site.
        appeal_services.tally_signatures()
        self.log(
            f"Built the Emergency Appeal ({people} signatures online, {on_paper} from festival "
            f"sheets) and the Statement of organizations ({organizations} organizations) with "
            "their translations."
        )
        return appeal, statement

    @transaction.atomic
    def build(self):
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _ in settings.LANGUAGES
        }
        home, index = self.site_pages(locales)
        BrandBuilder(self.log).build()
        # Appeals first: a news post embeds the appeal's sign box.
        appeal, _statement = self.appeals(home, locales)
        # After the appeals: the privacy page tells how long their signers are kept.
        general = self.general_pages(home, locales)
        # Prisoners before posts: posts name the prisoners they are about.
        prisoners = PrisonerBuilder(locales, self.log)
        prisoners.build(home)
        links = prisoners.news_links()
        EventBuilder(locales, self.log).build(home)
        ProposalBuilder(self.log).build()
        posts = demo_posts()
        for post in posts:
            reports = event_data.REPORTS.get(post["slug"])
            self.post(index, locales, post, links.get(post["slug"], ()), general, reports)
        self.log(f"Built {len(posts)} news posts with their translations.")
        NameBuilder(self.log).build()
        # After the posts: an alert was sent from one of them.
        AlertBuilder(self.log).build()
        # The home page in every language features the Emergency Appeal.
        # Each has its hero, the slogan drawn in its language.
        for page in HomePage.objects.select_related("locale"):
            page.featured_appeal = appeal
            page.hero_image = self.hero(page.locale.language_code)
            self.publish(page)
        return home


def admin_login_file():
    return settings.VAR_DIR / "admin-login.txt"


def ensure_admin(log=print):
    """An administrator for the demo, with everything needed to sign in written to
    var/admin-login.txt: a random password, and for the second step the secret of an
    authenticator app and a few one-time recovery codes."""
    User = get_user_model()
    if User.objects.filter(is_superuser=True).exists():
        return None
    password = secrets.token_urlsafe(12)
    admin = User.objects.create_superuser("admin", "admin@localhost", password)
    app = second_factor.pending_authenticator_app(admin)
    app.confirmed = True
    app.save(update_fields=["confirmed"])
    codes = second_factor.new_recovery_codes(admin)
    secret = second_factor.totp_secret(app).replace(" ", "")
    login_file = admin_login_file()
    login_file.parent.mkdir(parents=True, exist_ok=True)
    login_file.write_text(
        f"user: admin\n"
        f"password: {password}\n"
        f"second step, authenticator app key: {secret}\n"
        f"  (add it to an app such as Aegis or FreeOTP, or: oathtool --totp -b {secret})\n"
        f"  otpauth URI: {app.config_url}\n"
        f"second step, recovery codes (each works once): {' '.join(codes[:DEMO_CODES_SHOWN])}\n"
    )
    log(f"Created the administrator; its login is in {login_file}.")
    return password


def load_demo(log=print):
    """Load the demo site into an empty database; do nothing if the site already has a home page."""
    if HomePage.objects.exists():
        log("The site already has content; the demo was not loaded again.")
        return False
    DemoBuilder(log).build()
    make_pictures(log)
    ensure_admin(log)
    return True


def make_pictures(log=print):
    """Make every rendition the demo's pages show, here and now, so that no first visitor waits
    for one: the task publishing hands to the worker (core/renditions.py), run inline. Where
    tasks already ran inline on publishing, this finds them made."""
    made = 0
    for page in Page.objects.live().specific():
        for image_id, shapes in pictures_of(page).items():
            made += tasks.make_pictures.call(image_id, shapes)
    log(f"Made {made} picture renditions.")
