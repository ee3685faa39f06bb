"""The admin's brand form: the logos are uploaded as files and stored cleaned (core/brand.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import brand


class BrandSettingsForm(WagtailAdminModelForm):
    logo_file = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_(
            "An SVG drawing (best) or a PNG, WebP or JPEG image, about four times wider than "
            "tall. SVG files may hold only shapes and text: scripts and links to other files "
            "are refused."
        ),
    )
    remove_logo = forms.BooleanField(label=_("Remove the logo"), required=False)
    mark_file = forms.FileField(
        label=_("Square mark"),
        required=False,
        help_text=_(
            "A square version of the logo, shown on small screens. SVG, PNG, WebP or JPEG."
        ),
    )
    remove_mark = forms.BooleanField(label=_("Remove the square mark"), required=False)

    def _clean_upload(self, field):
        upload = self.cleaned_data.get(field)
        if upload:
            return brand.clean_logo(upload)
        return None

    def clean_logo_file(self):
        return self._clean_upload("logo_file")

    def clean_mark_file(self):
        return self._clean_upload("mark_file")

    def save(self, commit=True):
        instance = super().save(commit=False)
        for kind in ("logo", "mark"):
            upload = self.cleaned_data.get(f"{kind}_file")
            if upload:
                setattr(instance, kind, upload[0])
                setattr(instance, f"{kind}_type", upload[1])
            elif self.cleaned_data.get(f"remove_{kind}"):
                setattr(instance, kind, b"")
                setattr(instance, f"{kind}_type", "")
        if commit:
            instance.save()
        return instance
