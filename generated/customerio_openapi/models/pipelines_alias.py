from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.pipelines_alias_type import PipelinesAliasType, check_pipelines_alias_type
from ..models.pipelines_channel import PipelinesChannel, check_pipelines_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesAlias")


@_attrs_define
class PipelinesAlias:
    """Merge the identity `previousId` (an anonymousId or userId) into `userId`.

    Example:
        {'type': 'alias', 'userId': '42', 'previousId': 'c0e5cae6'}

    Attributes:
        type_ (PipelinesAliasType):
        user_id (str): The id to keep.
        previous_id (str): The id merged into userId.
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

    type_: PipelinesAliasType
    user_id: str
    previous_id: str
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

        previous_id = self.previous_id

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
                "userId": user_id,
                "previousId": previous_id,
            }
        )
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
        type_ = check_pipelines_alias_type(d.pop("type"))

        self.type_ = type_

        self.user_id = d.pop("userId")

        self.previous_id = d.pop("previousId")

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
else:
    from . import _Nested

    PipelinesContext = _Nested(globals(), __package__, "..models.pipelines_context", "PipelinesContext")
    PipelinesIntegrations = _Nested(
        globals(), __package__, "..models.pipelines_integrations", "PipelinesIntegrations"
    )
