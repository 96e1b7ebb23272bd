from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_input_type import (
    NewsletterInputType,
    check_newsletter_input_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterInput")


@_attrs_define
class NewsletterInput:
    """A new newsletter: its name, channel (`type`), audience (`recipients`, a filter of `segment` and `attribute`
    conditions combined with `and`, `or`, `not`) and content for the channel (an email's `subject`, `body` and
    `from` or `from_id`; a webhook's `body`, `request_method` and `url`; an in-app message's `body_json`...).
    `send_now` sends it at once, `scheduled_at` later; otherwise it is a draft.

    Attributes:
        name (str): The newsletter's name (at most 190 characters).
        type_ (NewsletterInputType): The channel.
        recipients (NewsletterInputRecipients): The audience filter.
        send_now (bool | Unset): Send it as soon as it is created.
        scheduled_at (int | Unset): When to send it, in unix seconds (in the future).
        subscription_topic_id (int | Unset): The subscription topic (required when the workspace has a subscription
            center).
        subject (str | Unset): An email's subject line (or a push notification's title).
        body (str | Unset): The message body (HTML for emails).
        from_ (str | Unset): An email's sender address (give `from` or `from_id`, not both).
        from_id (int | Unset): An email's sender identity id.
        preheader_text (str | Unset): An email's preview text.
        rate_limit_email_rate (int | Unset): The most messages per period (any channel), at least 1.
        rate_limit_time_period (int | Unset): The rate limit's period in seconds: 60, 3600 or 86400.
        rate_limit_spread (bool | Unset): Spread the messages evenly over each period.
    """

    name: str
    type_: NewsletterInputType
    recipients: NewsletterInputRecipients
    send_now: bool | Unset = UNSET
    scheduled_at: int | Unset = UNSET
    subscription_topic_id: int | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | Unset = UNSET
    preheader_text: str | Unset = UNSET
    rate_limit_email_rate: int | Unset = UNSET
    rate_limit_time_period: int | Unset = UNSET
    rate_limit_spread: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        recipients = self.recipients.to_dict()

        send_now = self.send_now

        scheduled_at = self.scheduled_at

        subscription_topic_id = self.subscription_topic_id

        subject = self.subject

        body = self.body

        from_ = self.from_

        from_id = self.from_id

        preheader_text = self.preheader_text

        rate_limit_email_rate = self.rate_limit_email_rate

        rate_limit_time_period = self.rate_limit_time_period

        rate_limit_spread = self.rate_limit_spread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "recipients": recipients,
            }
        )
        if send_now is not UNSET:
            field_dict["send_now"] = send_now
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if subscription_topic_id is not UNSET:
            field_dict["subscription_topic_id"] = subscription_topic_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if rate_limit_email_rate is not UNSET:
            field_dict["rate_limit_email_rate"] = rate_limit_email_rate
        if rate_limit_time_period is not UNSET:
            field_dict["rate_limit_time_period"] = rate_limit_time_period
        if rate_limit_spread is not UNSET:
            field_dict["rate_limit_spread"] = rate_limit_spread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.name = d.pop("name")

        type_ = check_newsletter_input_type(d.pop("type"))

        self.type_ = type_

        _recipients = d.pop("recipients")
        recipients = NewsletterInputRecipients.__new__(NewsletterInputRecipients)
        recipients.additional_properties = (
            _recipients if _owned and isinstance(_recipients, dict) else dict(_recipients)
        )

        self.recipients = recipients

        self.send_now = d.pop("send_now", UNSET)

        self.scheduled_at = d.pop("scheduled_at", UNSET)

        self.subscription_topic_id = d.pop("subscription_topic_id", UNSET)

        self.subject = d.pop("subject", UNSET)

        self.body = d.pop("body", UNSET)

        self.from_ = d.pop("from", UNSET)

        self.from_id = d.pop("from_id", UNSET)

        self.preheader_text = d.pop("preheader_text", UNSET)

        self.rate_limit_email_rate = d.pop("rate_limit_email_rate", UNSET)

        self.rate_limit_time_period = d.pop("rate_limit_time_period", UNSET)

        self.rate_limit_spread = d.pop("rate_limit_spread", UNSET)

        self.additional_properties = d
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    from ..models.newsletter_input_recipients import NewsletterInputRecipients
else:
    from . import _Nested

    NewsletterInputRecipients = _Nested(
        globals(), __package__, "..models.newsletter_input_recipients", "NewsletterInputRecipients"
    )
