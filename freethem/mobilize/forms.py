"""The forms supporters fill in to add an event or to report an action, without an account.

Every field is plain text: text that looks like HTML is refused with a message rather than
cleaned behind the visitor's back, so what a moderator reads is what the visitor wrote.
"""

import datetime
import re
import secrets
import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from freethem.core.forms import CountryField
from freethem.core.names import clean_line, clean_paragraphs

from .models import Proposal, time_zones
from .photos import ACCEPT, MAX_PHOTOS, TOO_MANY, process_photo, too_large_error

# An HTML tag or comment as a browser would read it: "<b>", "</p>", "<a href=…>", "<!--".
# "I <3 Iran" or "x < y" are text, and pass.
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|<!--|<![A-Za-z\[]")
PLAIN_TEXT_ONLY = _(
    "Please write plain text, without HTML tags such as <b> or <a href>: we lay the text out "
    "ourselves."
)
NO_ROOM_FOR_PHOTOS = _(
    "Our moderators still have many photos to look at, so the site can't take photos right "
    "now. Everything else you typed is kept: send the form again without them and it will "
    "reach us, or send it with your photos in a few days."
)
# Events can be announced up to this far ahead.
MAX_DAYS_AHEAD = 3 * 365
EARLIEST_REPORT = datetime.date(1979, 1, 1)


def new_submission_key():
    return secrets.token_hex(16)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class OnlyValidValue:
    """A date or time input sent back holding what was typed only if it is a date or a time:
    a browser shows nothing else in one, and HTML allows nothing else (the error says why)."""

    def format_value(self, value):
        value = super().format_value(value)
        if isinstance(value, str) and value:
            try:
                datetime.datetime.strptime(value, self.format)
            except ValueError:
                return None
        return value


class DateInput(OnlyValidValue, forms.DateInput):
    def __init__(self):
        super().__init__(attrs={"type": "date"}, format="%Y-%m-%d")


class TimeInput(OnlyValidValue, forms.TimeInput):
    def __init__(self):
        super().__init__(attrs={"type": "time"}, format="%H:%M")


class PhotosField(forms.FileField):
    """One file input that takes several files; cleaned into a list of uploaded files."""

    widget = MultipleFileInput(attrs={"accept": ACCEPT})

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(PhotosField, self).clean(file, initial) for file in files if file]


class ProposalForm(forms.Form):
    """What an event and a report share; see the two forms below for what differs."""

    kind = None

    # A field people never see: filled in only by robots that fill in everything.
    homepage = forms.CharField(required=False, label=_("Leave this empty"))
    # Sent back with the form: the same form sent twice makes one proposal.
    submission = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    title = forms.CharField(max_length=200)
    text = forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))
    date = forms.DateField(
        label=_("Date"),
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter the date as year-month-day, e.g. 2025-11-05.")},
    )
    city = forms.CharField(
        label=_("City"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    country = CountryField(
        label=_("Country"),
        error_messages={"invalid_choice": _("Choose a country from the list.")},
    )
    organizer = forms.CharField(
        label=_("Organized by"),
        max_length=200,
        required=False,
        help_text=_("A group, a collective or a person, as it may appear on the site."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    photos = PhotosField(
        label=_("Photos"),
        required=False,
        help_text=_(
            "Up to five JPEG, PNG or WebP photos. We remove the location and camera data from "
            "them. Think of the people in them: a face can put someone in danger."
        ),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        required=False,
        help_text=_(
            "Optional. Only to tell you whether it was published; never shown, and deleted "
            "once we have written to you."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the campaign keeps what I send until a moderator has decided, and may "
            "publish it, with the photos, on this site. The photos are mine to share, and the "
            "people in them agree."
        ),
        error_messages={"required": _("Tick this box so that we may keep and publish this.")},
    )

    def __init__(self, *args, too_large=(), extra_photos=0, room_for_photos=True, **kwargs):
        super().__init__(*args, **kwargs)
        # Photos the upload handler dropped before they reached the form (see photos.py).
        self.too_large = list(too_large)
        self.extra_photos = extra_photos
        # False when the photos awaiting a decision fill their space (services.photo_space).
        self.room_for_photos = room_for_photos

    # Cleaning ---------------------------------------------------------------------------------

    def _plain(self, name, clean):
        value = clean(self.cleaned_data.get(name) or "")
        if HTML_TAG.search(value):
            raise forms.ValidationError(PLAIN_TEXT_ONLY, code="html")
        return value

    def clean_title(self):
        value = self._plain("title", clean_line)
        if not value:
            raise forms.ValidationError(_("Please give a title."), code="required")
        return value

    def clean_text(self):
        value = self._plain("text", clean_paragraphs)
        if not value:
            raise forms.ValidationError(_("Please tell us about it."), code="required")
        return value

    def clean_city(self):
        value = self._plain("city", clean_line)
        if not value:
            raise forms.ValidationError(_("Please give the city."), code="required")
        return value

    def clean_organizer(self):
        return self._plain("organizer", clean_line)

    def clean_submission(self):
        value = self.cleaned_data.get("submission", "")
        # Anything but the key we handed out is replaced: it only has to be unique.
        if not re.fullmatch(r"[0-9a-f]{32}", value):
            return new_submission_key()
        return value

    def clean_photos(self):
        files = self.cleaned_data.get("photos") or []
        if not self.room_for_photos and (files or self.too_large or self.extra_photos):
            # Not even read: reading is the costly part, and nothing could be kept.
            raise forms.ValidationError(NO_ROOM_FOR_PHOTOS, code="no_room")
        errors = [too_large_error(name) for name in self.too_large]
        if len(files) + len(self.too_large) + self.extra_photos > MAX_PHOTOS:
            errors.append(
                forms.ValidationError(TOO_MANY, code="too_many", params={"count": MAX_PHOTOS})
            )
        photos = []
        for file in files[:MAX_PHOTOS]:
            try:
                photos.append(process_photo(file))
            except forms.ValidationError as error:
                errors.append(error)
        if errors:
            raise forms.ValidationError(errors)
        return photos

    def clean(self):
        data = super().clean()
        if data.get("date") and "date" not in self.errors:
            self.check_date(data["date"], data)
        self.check_times(data)
        return data

    def check_date(self, date, data):
        raise NotImplementedError

    def check_times(self, data):
        pass

    # Reading ---------------------------------------------------------------------------------

    def is_robot(self):
        return bool(self.cleaned_data.get("homepage"))

    def proposal_data(self):
        """The cleaned fields as the Proposal model names them."""
        fields = [
            "title",
            "text",
            "date",
            "start_time",
            "end_time",
            "time_zone",
            "city",
            "country",
            "organizer",
            "email",
        ]
        return {name: self.cleaned_data[name] for name in fields if name in self.cleaned_data}


class EventProposalForm(ProposalForm):
    kind = Proposal.EVENT

    title = forms.CharField(
        label=_("Name of the event"),
        max_length=200,
        help_text=_("For example: Vigil for the prisoners of Evin."),
    )
    text = forms.CharField(
        label=_("What will happen"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Where exactly, what to bring, who will speak: what people need to join in."),
    )
    start_time = forms.TimeField(
        label=_("Starts at"),
        required=False,
        widget=TimeInput(),
    )
    end_time = forms.TimeField(
        label=_("Ends at"),
        required=False,
        widget=TimeInput(),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        help_text=_("Of the place where it happens, e.g. Europe/Paris. Needed with a time."),
        error_messages={"invalid_choice": _("Choose a time zone from the list.")},
    )

    field_order = [
        "homepage",
        "submission",
        "title",
        "text",
        "date",
        "start_time",
        "end_time",
        "time_zone",
        "city",
        "country",
        "organizer",
        "photos",
        "email",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [("", _("Choose the time zone"))] + time_zones()

    def check_date(self, date, data):
        zone_name = data.get("time_zone")
        if zone_name:
            today = timezone.now().astimezone(zoneinfo.ZoneInfo(zone_name)).date()
        else:
            # Without a place's time zone, "today" is the earliest today anywhere (UTC-12).
            today = (timezone.now() - datetime.timedelta(hours=12)).date()
        if date < today:
            self.add_error(
                "date",
                _(
                    "This date has passed. To tell us about an action that took place, use "
                    "the form to report an action."
                ),
            )
        elif date > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
            self.add_error("date", _("Events can be announced up to three years ahead."))

    def check_times(self, data):
        zone_name = data.get("time_zone")
        start, end = data.get("start_time"), data.get("end_time")
        if end and not start:
            self.add_error("start_time", _("Give the start time too, or leave both empty."))
        elif start and end and end <= start:
            self.add_error("end_time", _("The event must end after it starts."))
        if start and not zone_name and "time_zone" not in self.errors:
            self.add_error(
                "time_zone",
                _("Choose the time zone of the place, so that everyone sees the right time."),
            )


class ReportProposalForm(ProposalForm):
    kind = Proposal.REPORT

    title = forms.CharField(
        label=_("What happened, in a few words"),
        max_length=200,
        help_text=_("For example: Poster action for Toomaj in Cologne."),
    )
    text = forms.CharField(
        label=_("Tell us about the action"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Where it took place, how many people came, what was said or handed out."),
    )
    date = forms.DateField(
        label=_("Date of the action"),
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": _("Enter the date as year-month-day, e.g. 2025-11-05.")},
    )

    field_order = [
        "homepage",
        "submission",
        "title",
        "text",
        "date",
        "city",
        "country",
        "organizer",
        "photos",
        "email",
        "consent",
    ]

    def check_date(self, date, data):
        # The latest today anywhere (UTC+14): an action reported from Kiribati is not "future".
        today = (timezone.now() + datetime.timedelta(hours=14)).date()
        if date > today:
            self.add_error(
                "date",
                _(
                    "This date is still to come. To announce an action, use the form to add "
                    "your event."
                ),
            )
        elif date < EARLIEST_REPORT:
            self.add_error("date", _("Please check the year."))


FORMS = {Proposal.EVENT: EventProposalForm, Proposal.REPORT: ReportProposalForm}
