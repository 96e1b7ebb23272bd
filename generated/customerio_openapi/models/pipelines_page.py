from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.pipelines_channel import PipelinesChannel, check_pipelines_channel
from ..models.pipelines_page_type import PipelinesPageType, check_pipelines_page_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesPage")


@_attrs_define
class PipelinesPage:
    """A page view of a person (`userId`, `anonymousId` or both required).

    Example:
        {'type': 'page', 'anonymousId': 'c0e5cae6', 'name': 'Pricing', 'properties': {'url':
            'https://example.com/pricing'}}

    Attributes:
        type_ (PipelinesPageType):
        user_id (str | Unset):
        anonymous_id (str | Unset):
        name (str | Unset): The page's name.
        category (str | Unset): The page's category.
        properties (PipelinesProperties | Unset): Properties of an event, page or screen view (any JSON values).
            Example: {'plan': 'pro', 'price': 23.45}.
        context (PipelinesContext | Unset): Context of a message: where and how it happened. The SDK always sets
            `library`; other keys are yours (a client's `default_context` merged under each call's). The keys below are
            typed as the vendor types them; mobile keys (`app`, `device`, `network`, `os`, `screen`) and others are passed
            as given.  Example: {'ip': '203.0.113.7', 'locale': 'en-US', 'library': {'name': 'customerio-py', 'version':
            '0.1.0'}}.
        integrations (PipelinesIntegrations | Unset): Destinations to send the message to (`true`) or not (`false`); all
            are on by default, `"All": false` turns them off except those named `true`.  Example: {'All': True,
            'Salesforce': False}.
        message_id (str | Unset):
        timestamp (str | Unset): An ISO 8601 date-time (RFC 3339, with a `Z` or an offset), e.g.
            `2024-05-01T09:30:00.000Z`.  Example: 2024-05-01T09:30:00.000Z.
        sent_at (str | Unset): An ISO 8601 date-time (RFC 3339, with a `Z` or an offset), e.g.
            `2024-05-01T09:30:00.000Z`.  Example: 2024-05-01T09:30:00.000Z.
        original_timestamp (str | Unset): An ISO 8601 date-time (RFC 3339, with a `Z` or an offset), e.g.
            `2024-05-01T09:30:00.000Z`.  Example: 2024-05-01T09:30:00.000Z.
        channel (PipelinesChannel | Unset): Where a message came from.
    """

    type_: PipelinesPageType
    user_id: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    properties: PipelinesProperties | Unset = UNSET
    context: PipelinesContext | Unset = UNSET
    integrations: PipelinesIntegrations | Unset = UNSET
    message_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    sent_at: str | Unset = UNSET
    original_timestamp: str | Unset = UNSET
    channel: PipelinesChannel | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        user_id = self.user_id

        anonymous_id = self.anonymous_id

        name = self.name

        category = self.category

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        message_id = self.message_id

        timestamp = self.timestamp

        sent_at = self.sent_at

        original_timestamp = self.original_timestamp

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if anonymous_id is not UNSET:
            field_dict["anonymousId"] = anonymous_id
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if properties is not UNSET:
            field_dict["properties"] = properties
        if context is not UNSET:
            field_dict["context"] = context
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if original_timestamp is not UNSET:
            field_dict["originalTimestamp"] = original_timestamp
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        type_ = check_pipelines_page_type(d.pop("type"))

        self.type_ = type_

        self.user_id = d.pop("userId", UNSET)

        self.anonymous_id = d.pop("anonymousId", UNSET)

        self.name = d.pop("name", UNSET)

        self.category = d.pop("category", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: PipelinesProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PipelinesProperties.__new__(PipelinesProperties)
            properties.additional_properties = (
                _properties if _owned and isinstance(_properties, dict) else dict(_properties)
            )

        self.properties = properties

        _context = d.pop("context", UNSET)
        context: PipelinesContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = PipelinesContext.from_dict(_context, _owned)

        self.context = context

        _integrations = d.pop("integrations", UNSET)
        integrations: PipelinesIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = PipelinesIntegrations.__new__(PipelinesIntegrations)
            integrations.additional_properties = (
                _integrations if _owned and isinstance(_integrations, dict) else dict(_integrations)
            )

        self.integrations = integrations

        self.message_id = d.pop("messageId", UNSET)

        self.timestamp = d.pop("timestamp", UNSET)

        self.sent_at = d.pop("sentAt", UNSET)

        self.original_timestamp = d.pop("originalTimestamp", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: PipelinesChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_pipelines_channel(_channel)

        self.channel = channel

        return self


if TYPE_CHECKING:
    from ..models.pipelines_context import PipelinesContext
    from ..models.pipelines_integrations import PipelinesIntegrations
    from ..models.pipelines_properties import PipelinesProperties
else:
    from . import _Nested

    PipelinesContext = _Nested(globals(), __package__, "..models.pipelines_context", "PipelinesContext")
    PipelinesIntegrations = _Nested(
        globals(), __package__, "..models.pipelines_integrations", "PipelinesIntegrations"
    )
    PipelinesProperties = _Nested(
        globals(), __package__, "..models.pipelines_properties", "PipelinesProperties"
    )
