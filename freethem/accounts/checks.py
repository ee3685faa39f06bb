"""The second factor holds only with its middleware in place: say so at start-up if it is not."""

from django.conf import settings
from django.core import checks

OTP = "django_otp.middleware.OTPMiddleware"
GATE = "freethem.accounts.middleware.SecondFactorMiddleware"
AUTH = "django.contrib.auth.middleware.AuthenticationMiddleware"


@checks.register(checks.Tags.security)
def second_factor_middleware(app_configs, **kwargs):
    middleware = list(settings.MIDDLEWARE)
    if all(name in middleware for name in (AUTH, OTP, GATE)) and (
        middleware.index(AUTH) < middleware.index(OTP) < middleware.index(GATE)
    ):
        return []
    return [
        checks.Error(
            "The admin's second factor is not enforced.",
            hint=f"MIDDLEWARE needs {AUTH}, then {OTP}, then {GATE}.",
            id="accounts.E001",
        )
    ]
