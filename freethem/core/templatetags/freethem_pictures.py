"""`{% picture_of image "shape" alt="" lazy=True %}`: an image in every size and format a screen
may want; `{% rendition_of image "name" as x %}`: one rendition named in NAMED
(freethem/core/renditions.py). Neither makes a WebP or AVIF while a reader waits."""

from django import template

from freethem.core import renditions

register = template.Library()


@register.simple_tag
def picture_of(image, shape, alt="", lazy=True, css_class=""):
    return renditions.picture(image, shape, alt=alt, lazy=lazy, css_class=css_class)


@register.simple_tag
def rendition_of(image, name):
    return renditions.rendition(image, name)
