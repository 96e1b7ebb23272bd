from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipelines_channel import PipelinesChannel, check_pipelines_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesContext")


@_attrs_define
class PipelinesContext:
    """Context of a message: where and how it happened. The SDK always sets `library`; other keys are yours (a client's
    `default_context` merged under each call's). The keys below are typed as the vendor types them; mobile keys
    (`app`, `device`, `network`, `os`, `screen`) and others are passed as given.

    Example:
        {'ip': '203.0.113.7', 'locale': 'en-US', 'library': {'name': 'customerio-py', 'version': '0.1.0'}}

    Attributes:
        active (bool | Unset): Whether the person is active (false: update traits without marking them seen).
        channel (PipelinesChannel | Unset): Where a message came from.
        ip (str | Unset): The person's IP address.
        locale (str | Unset): Locale, e.g. `en-US`.
        timezone (str | Unset): tz database name, e.g. `Europe/Amsterdam`.
        user_agent (str | Unset):
        group_id (str | Unset): A group (account) the message belongs to.
        traits (PipelinesContextTraits | Unset): Traits of the person, for destinations that want them with every
            message.
        library (PipelinesLibrary | Unset): The library that produced the message (the SDK fills in its own name and
            version). Example: {'name': 'customerio-py', 'version': '0.1.0'}.
        campaign (PipelinesContextCampaign | Unset): UTM parameters of the campaign that led to the message.
        page (PipelinesContextPage | Unset): The web page the message came from.
        location (PipelinesContextLocation | Unset):
        referrer (PipelinesContextReferrer | Unset):
    """

    active: bool | Unset = UNSET
    channel: PipelinesChannel | Unset = UNSET
    ip: str | Unset = UNSET
    locale: str | Unset = UNSET
    timezone: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    group_id: str | Unset = UNSET
    traits: PipelinesContextTraits | Unset = UNSET
    library: PipelinesLibrary | Unset = UNSET
    campaign: PipelinesContextCampaign | Unset = UNSET
    page: PipelinesContextPage | Unset = UNSET
    location: PipelinesContextLocation | Unset = UNSET
    referrer: PipelinesContextReferrer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        ip = self.ip

        locale = self.locale

        timezone = self.timezone

        user_agent = self.user_agent

        group_id = self.group_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        library: dict[str, Any] | Unset = UNSET
        if not isinstance(self.library, Unset):
            library = self.library.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if channel is not UNSET:
            field_dict["channel"] = channel
        if ip is not UNSET:
            field_dict["ip"] = ip
        if locale is not UNSET:
            field_dict["locale"] = locale
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if traits is not UNSET:
            field_dict["traits"] = traits
        if library is not UNSET:
            field_dict["library"] = library
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if page is not UNSET:
            field_dict["page"] = page
        if location is not UNSET:
            field_dict["location"] = location
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        self.active = d.pop("active", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: PipelinesChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_pipelines_channel(_channel)

        self.channel = channel

        self.ip = d.pop("ip", UNSET)

        self.locale = d.pop("locale", UNSET)

        self.timezone = d.pop("timezone", UNSET)

        self.user_agent = d.pop("userAgent", UNSET)

        self.group_id = d.pop("groupId", UNSET)

        _traits = d.pop("traits", UNSET)
        traits: PipelinesContextTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = PipelinesContextTraits.__new__(PipelinesContextTraits)
            traits.additional_properties = _traits if _owned and isinstance(_traits, dict) else dict(_traits)

        self.traits = traits

        _library = d.pop("library", UNSET)
        library: PipelinesLibrary | Unset
        if isinstance(_library, Unset):
            library = UNSET
        else:
            library = PipelinesLibrary.from_dict(_library, _owned)

        self.library = library

        _campaign = d.pop("campaign", UNSET)
        campaign: PipelinesContextCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = PipelinesContextCampaign.from_dict(_campaign, _owned)

        self.campaign = campaign

        _page = d.pop("page", UNSET)
        page: PipelinesContextPage | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PipelinesContextPage.from_dict(_page, _owned)

        self.page = page

        _location = d.pop("location", UNSET)
        location: PipelinesContextLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PipelinesContextLocation.from_dict(_location, _owned)

        self.location = location

        _referrer = d.pop("referrer", UNSET)
        referrer: PipelinesContextReferrer | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = PipelinesContextReferrer.from_dict(_referrer, _owned)

        self.referrer = referrer

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
    from ..models.pipelines_context_campaign import PipelinesContextCampaign
    from ..models.pipelines_context_location import PipelinesContextLocation
    from ..models.pipelines_context_page import PipelinesContextPage
    from ..models.pipelines_context_referrer import PipelinesContextReferrer
    from ..models.pipelines_context_traits import PipelinesContextTraits
    from ..models.pipelines_library import PipelinesLibrary
else:
    from . import _Nested

    PipelinesContextCampaign = _Nested(
        globals(), __package__, "..models.pipelines_context_campaign", "PipelinesContextCampaign"
    )
    PipelinesContextLocation = _Nested(
        globals(), __package__, "..models.pipelines_context_location", "PipelinesContextLocation"
    )
    PipelinesContextPage = _Nested(
        globals(), __package__, "..models.pipelines_context_page", "PipelinesContextPage"
    )
    PipelinesContextReferrer = _Nested(
        globals(), __package__, "..models.pipelines_context_referrer", "PipelinesContextReferrer"
    )
    PipelinesContextTraits = _Nested(
        globals(), __package__, "..models.pipelines_context_traits", "PipelinesContextTraits"
    )
    PipelinesLibrary = _Nested(globals(), __package__, "..models.pipelines_library", "PipelinesLibrary")
