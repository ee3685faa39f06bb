"""A sign box that news posts embed: an appeal's form in the middle of a story."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AppealSignBlock(blocks.StructBlock):
    appeal = blocks.PageChooserBlock(page_type="appeals.AppealPage", label=_("Appeal"))
    heading = blocks.CharBlock(
        required=False,
        label=_("Heading"),
        help_text=_("Leave empty to use the appeal's call to action."),
    )

    class Meta:
        icon = "form"
        label = _("Sign box")
        template = "appeals/blocks/sign_box.html"

    def get_context(self, value, parent_context=None):
        from .forms import OrganizationSignatureForm, PersonSignatureForm

        context = super().get_context(value, parent_context=parent_context)
        appeal = value.get("appeal")
        if appeal is not None:
            # The version in the reader's language when there is one.
            appeal = appeal.specific.localized.specific
        if appeal is None or not appeal.live:
            context["appeal"] = None
            return context
        context["appeal"] = appeal
        if appeal.accepts_people:
            context["form"], context["kind"] = PersonSignatureForm(prefix="person"), "person"
        else:
            context["form"], context["kind"] = (
                OrganizationSignatureForm(prefix="org"),
                "organization",
            )
        return context
