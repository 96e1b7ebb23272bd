from typing import Literal

NewsletterInputType = Literal["email", "in_app", "inbox", "push", "twilio", "webhook"]

NEWSLETTER_INPUT_TYPE_VALUES: set[NewsletterInputType] = {
    "email",
    "in_app",
    "inbox",
    "push",
    "twilio",
    "webhook",
}


def check_newsletter_input_type(value: str) -> NewsletterInputType:
    if value in NEWSLETTER_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWSLETTER_INPUT_TYPE_VALUES!r}")
