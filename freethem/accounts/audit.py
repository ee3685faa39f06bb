"""Who changed the admin's accounts and who took personal data out, in Wagtail's audit log.

Wagtail already logs users and groups created, edited and deleted in its admin. This adds what
those entries leave out, and what happens outside the admin:

- a user's groups, own permissions, and superuser, staff or active flags, as they change, with
  what changed (the admin's user form, the shell, a command alike);
- a group's permissions, as they change;
- users created or deleted outside the admin (`createsuperuser`, the shell);
- second factors set up, passkeys added and removed, recovery codes made, second factors reset
  and accounts unlocked by an operator;
- exports of personal data (`EXPORT`, logged by the app that exports: signers' CSV and
  spreadsheets).

Each entry keeps who (the admin's user, or none for the command line) and when. The actions are
registered with Wagtail in wagtail_hooks.py.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp_webauthn.utils import get_credential_model
from wagtail.log_actions import LogFormatter, get_active_log_context, log

from .middleware import concrete

User = get_user_model()

GROUPS_CHANGED = "freethem.user.groups"
PERMISSIONS_CHANGED = "freethem.user.permissions"
FLAGS_CHANGED = "freethem.user.flags"
GROUP_PERMISSIONS_CHANGED = "freethem.group.permissions"
APP_SET_UP = "freethem.second_factor.app"
PASSKEY_ADDED = "freethem.second_factor.passkey_added"
PASSKEY_REMOVED = "freethem.second_factor.passkey_removed"
RECOVERY_CODES = "freethem.second_factor.recovery_codes"
SECOND_FACTOR_RESET = "freethem.second_factor.reset"
ACCOUNT_UNLOCKED = "freethem.account.unlocked"
#: For any app that hands personal data out of the admin. Log it on the user who exports, with
#: data {"model": "<app_label.model_name>", "format": "csv", "rows": <count>}.
EXPORT = "freethem.export"

FLAGS = ("is_superuser", "is_staff", "is_active")


SELF = object()


def log_on_user(user, action, *, by=SELF, **kwargs):
    """An entry about `user`'s account, made by `by`: the user unless said; None, an operator."""
    user = concrete(user)
    return log(user, action, user=user if by is SELF else concrete(by), **kwargs)


# Formatters ----------------------------------------------------------------------------------


def _names(values):
    return ", ".join(values) or "-"


class ChangeFormatter(LogFormatter):
    """'Added: …; removed: …' from the entry's data."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("%(what)s: added %(added)s; removed %(removed)s") % {
            "what": self.label,
            "added": _names(data.get("added", [])),
            "removed": _names(data.get("removed", [])),
        }


class GroupsFormatter(ChangeFormatter):
    label = _("Change groups")


class PermissionsFormatter(ChangeFormatter):
    label = _("Change permissions")


class GroupPermissionsFormatter(ChangeFormatter):
    label = _("Change group permissions")


class FlagsFormatter(LogFormatter):
    label = _("Change access")

    def format_message(self, log_entry):
        names = {
            "is_superuser": gettext("superuser"),
            "is_staff": gettext("staff"),
            "is_active": gettext("active"),
        }
        changes = [
            (gettext("%(flag)s turned on") if new else gettext("%(flag)s turned off"))
            % {"flag": names.get(flag, flag)}
            for flag, new in sorted((log_entry.data or {}).items())
        ]
        return _names(changes)


class ExportFormatter(LogFormatter):
    label = _("Export personal data")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        try:
            what = apps.get_model(data.get("model", ""))._meta.verbose_name_plural
        except (LookupError, ValueError):
            what = data.get("model", "")
        return gettext("Exported %(rows)s %(what)s (%(format)s)") % {
            "rows": data.get("rows", "?"),
            "what": what,
            "format": str(data.get("format", "")).upper(),
        }


def simple(label, message):
    return type("Formatter", (LogFormatter,), {"label": label, "message": message})


FORMATTERS = {
    GROUPS_CHANGED: GroupsFormatter,
    PERMISSIONS_CHANGED: PermissionsFormatter,
    FLAGS_CHANGED: FlagsFormatter,
    GROUP_PERMISSIONS_CHANGED: GroupPermissionsFormatter,
    APP_SET_UP: simple(_("Set up an authenticator app"), _("Set up an authenticator app")),
    PASSKEY_ADDED: simple(_("Add a passkey"), _("Added a passkey")),
    PASSKEY_REMOVED: simple(_("Remove a passkey"), _("Removed a passkey")),
    RECOVERY_CODES: simple(_("Make recovery codes"), _("Made new recovery codes")),
    SECOND_FACTOR_RESET: simple(
        _("Reset the second factor"), _("Second factor reset: set up again at next sign-in")
    ),
    ACCOUNT_UNLOCKED: simple(_("Unlock the account"), _("Failed sign-ins forgotten")),
    EXPORT: ExportFormatter,
}


# Receivers -----------------------------------------------------------------------------------


def in_admin_view():
    """Whether a Wagtail admin view is running, which logs creations and deletions itself."""
    return get_active_log_context().user is not None


@receiver(post_save, sender=User, dispatch_uid="freethem_accounts_user_created")
def user_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and not in_admin_view():
        log(instance, "wagtail.create")


@receiver(post_delete, sender=User, dispatch_uid="freethem_accounts_user_deleted")
def user_deleted(sender, instance, **kwargs):
    if not in_admin_view():
        log(instance, "wagtail.delete")


@receiver(pre_save, sender=User, dispatch_uid="freethem_accounts_user_flags")
def user_flags_changing(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None:
        return
    if update_fields is not None and not set(FLAGS) & set(update_fields):
        return  # a sign-in, say, saving last_login
    before = sender.objects.filter(pk=instance.pk).values(*FLAGS).first()
    if before is None:
        return
    changed = {
        flag: getattr(instance, flag) for flag in FLAGS if before[flag] != getattr(instance, flag)
    }
    if changed:
        log(instance, FLAGS_CHANGED, data=changed)


def _group_names(pks):
    return sorted(Group.objects.filter(pk__in=pks).values_list("name", flat=True))


def _permission_names(pks):
    rows = Permission.objects.filter(pk__in=pks).values_list("content_type__app_label", "codename")
    return sorted(f"{app}.{codename}" for app, codename in rows)


def _track(through, log_action, forward, backward, names):
    """Log the changes of one many-to-many relation on its owner, from either of its ends.

    `forward` is the relation's name on the owner (a user's `groups`), `backward` its name on
    the other side (a group's `user_set`); `names` names the other side's rows.
    """

    def changed(sender, instance, action, reverse, model, pk_set, **kwargs):
        if action == "pre_clear":
            # What a clear removes is known only before it does.
            manager = getattr(instance, backward if reverse else forward)
            instance._freethem_cleared = set(manager.values_list("pk", flat=True))
            return
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if action == "post_clear":
            pks = instance.__dict__.pop("_freethem_cleared", set())
        else:
            pks = set(pk_set or ())
        if not pks:
            return
        change = "added" if action == "post_add" else "removed"
        if reverse:
            other = names([instance.pk])
            for owner in model.objects.filter(pk__in=pks):
                log(owner, log_action, data={"added": [], "removed": [], change: other})
        else:
            log(instance, log_action, data={"added": [], "removed": [], change: names(pks)})

    m2m_changed.connect(changed, sender=through, weak=False, dispatch_uid=log_action)


_track(User.groups.through, GROUPS_CHANGED, "groups", "user_set", _group_names)
_track(
    User.user_permissions.through,
    PERMISSIONS_CHANGED,
    "user_permissions",
    "user_set",
    _permission_names,
)
_track(
    Group.permissions.through,
    GROUP_PERMISSIONS_CHANGED,
    "permissions",
    "group_set",
    _permission_names,
)


@receiver(post_save, sender=get_credential_model(), dispatch_uid="freethem_accounts_passkey")
def passkey_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        log(concrete(instance.user), PASSKEY_ADDED, data={"name": instance.name})
