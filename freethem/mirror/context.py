"""What templates know of a mirror build: `mirror` is set only while `build_mirror` asks for a
page (the request carries `freethem.mirror` in its environment, which no browser can send), so
the site itself never shows any of it.

With it, every page says that it is a copy, made when, and where the campaign's own site is
(`mirror/notice.html` in base.html), and each form says beside its button where it sends what
the reader fills in (`mirror/form_note.html`); the builder points the forms there.
"""

from dataclasses import dataclass

from .builder import ENVIRON_KEY, main_address, onion_address


@dataclass(frozen=True)
class MirrorBuild:
    made_on: object  # a date
    main_address: str
    onion_address: str
    forms_to: str

    @property
    def forms_to_onion(self):
        return bool(self.onion_address) and self.forms_to == self.onion_address


def mirror(request):
    info = request.META.get(ENVIRON_KEY) if request is not None else None
    if not isinstance(info, dict):
        return {}
    return {
        "mirror": MirrorBuild(
            made_on=info["made_on"],
            main_address=main_address(),
            onion_address=onion_address(),
            forms_to=info["forms_to"],
        )
    }
