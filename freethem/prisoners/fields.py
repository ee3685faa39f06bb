from django import forms
from django.core import checks, exceptions
from django.db import models
from django.db.models import Q


class ChoiceListField(models.CharField):
    """Several codes from one vocabulary, stored as ",a,b," so any database can filter on one.

    `Q(field__contains=",a,")` finds rows that carry code "a", on SQLite and PostgreSQL alike;
    a JSON list could not be searched that way on SQLite.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if not self.choices:
            errors.append(checks.Error("ChoiceListField needs choices.", obj=self))
        return errors

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, value in (("max_length", 500), ("blank", True), ("default", list)):
            if kwargs.get(key) == value:
                del kwargs[key]
        return name, path, args, kwargs

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, list | tuple):
            return [str(code) for code in value if code]
        return [code for code in str(value).split(",") if code]

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def get_prep_value(self, value):
        if isinstance(value, str):  # a lookup's operand (",a,"), passed through as it is
            return value
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = {code for code, _label in self.flatchoices}
        unknown = [code for code in value if code not in known]
        if unknown:
            raise exceptions.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(unknown)},
            )
        if not value and not self.blank:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.choices,
            "required": not self.blank,
            "widget": forms.CheckboxSelectMultiple,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        for key in ("coerce", "empty_value", "max_length", "choices_form_class"):
            defaults.pop(key, None)
        return form_class(**defaults)


def has_code(field, code):
    """Rows whose ChoiceListField `field` carries `code`."""
    return Q(**{f"{field}__contains": f",{code},"})
