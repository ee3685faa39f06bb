"""`{% picture_of image "shape" alt="" lazy=True %}`: an image in every size and format a screen
may want (freethem/core/renditions.py)."""

from django import template

from freethem.core import renditions

register = template.Library()


@register.simple_tag
def picture_of(image, shape, alt="", lazy=True, css_class=""):
    return renditions.picture(image, shape, alt=alt, lazy=lazy, css_class=css_class)
