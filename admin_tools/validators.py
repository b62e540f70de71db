from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from admin_tools.models import User

PIN_LENGTH = (6, 12)


def validate_child_secret(value: str) -> None:
    """A child's secret is a PIN (6–12 digits) or a password that passes the password rules."""
    if value.isdigit():
        low, high = PIN_LENGTH
        if not low <= len(value) <= high:
            raise ValidationError(f"A PIN must have {low} to {high} digits.", code="pin_length")
        return
    validate_password(value)


def validate_username_available(value: str) -> None:
    if User.objects.filter(username__iexact=value).exists():
        raise ValidationError("That username is taken. Try another one.", code="username_taken")


def validate_child_username(value: str) -> None:
    """A child's username follows the username rules (a plain form does not run the model field's
    validators) and is not taken."""
    User.username_validator(value)
    validate_username_available(value)
