from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from . import vocabulary as v
from .models import Prison, TimelineEvent

SORTS = [
    ("name", _("Name")),
    ("arrest", _("Arrest date, newest first")),
    ("updated", _("Last updated")),
]


class PrisonerFilterForm(forms.Form):
    """The index's filters, read from the address. A value we do not know is dropped and the
    reader told so; nothing a visitor types reaches a query unchecked."""

    q = forms.CharField(label=_("Name"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    occupation = forms.ChoiceField(label=_("Occupation"), required=False)
    group = forms.ChoiceField(label=_("Group"), required=False)
    prison = forms.ChoiceField(label=_("Prison"), required=False)
    gender = forms.ChoiceField(label=_("Gender"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    def __init__(self, data, *, prisons=(), **kwargs):
        super().__init__(data, **kwargs)
        everyone = [("", _("All"))]
        self.fields["status"].choices = everyone + v.STATUSES
        self.fields["occupation"].choices = everyone + v.OCCUPATIONS
        self.fields["group"].choices = everyone + v.GROUPS
        self.fields["prison"].choices = everyone + list(prisons)
        self.fields["gender"].choices = everyone + v.GENDERS

    def clean_q(self):
        return self.cleaned_data["q"][: settings.FREETHEM_SEARCH_MAX_LENGTH].strip()

    def filters(self):
        """The filters that make sense, and a note for each one that did not."""
        self.is_valid()
        ignored = []
        values = {}
        for name in self.fields:
            if name in self.errors:
                ignored.append(self.fields[name].label)
            else:
                values[name] = self.cleaned_data.get(name) or ""
        return values, ignored


# What the index's filters read from the address: the form's fields, and "risk" (the link from
# the at-risk group). The search box's `q` is declared apart: it holds what a visitor typed.
FILTERS = (*(name for name in PrisonerFilterForm.base_fields if name != "q"), "risk")


class PrisonerPageForm(WagtailAdminPageForm):
    """The profile editor, keeping published timeline events as they were written."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("events")
        if formset is None or not formset.is_valid():
            return cleaned
        for form in formset.forms:
            if not form.instance.pk:
                continue  # not yet published: still a draft, free to change
            if formset.can_delete and formset._should_delete_form(form):
                raise ValidationError(
                    gettext(
                        "Published timeline events cannot be deleted. Tick “retracted” to "
                        "hide a wrong one, and add the correct event."
                    )
                )
            for name in TimelineEvent.FIXED_FIELDS:
                if name in form.changed_data:
                    form.add_error(
                        name,
                        gettext(
                            "This event has been published and is kept as it was written. "
                            "Retract it and add a new event instead."
                        ),
                    )
        return cleaned


def prison_choices(language):
    """Prisons to filter by, named in the reader's language where a translation exists."""
    by_key = {}
    for prison in Prison.objects.select_related("locale").order_by("pk"):
        current = by_key.get(prison.translation_key)
        if current is None or prison.locale.language_code == language:
            by_key[prison.translation_key] = prison
    return sorted(((p.slug, p.name) for p in by_key.values()), key=lambda item: item[1])
