from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerBroadcastRequest")


@_attrs_define
class TriggerBroadcastRequest:
    """Trigger payload. All keys are optional; `{}` sends to the configured audience with no data. Give at most one
    audience selector: `recipients`, `ids`, `emails`, `per_user_data` or `data_file_url`. The flags apply as
    follows: `id_ignore_missing` with `ids`, `per_user_data`, `data_file_url`; `email_ignore_missing` and
    `email_add_duplicates` with `emails`, `per_user_data`, `data_file_url`.

    Attributes:
        data (TriggerBroadcastRequestData | Unset): Liquid data for the broadcast's messages, referenced as
            `{{trigger.<key>}}`.
        recipients (ExportFilter | Unset): An audience filter. Exactly one key per object: a compound (`and`, `or`,
            `not`, nesting further filters to any depth) or a condition (`segment`, `attribute`).
        ids (list[int | str] | Unset): Ids of the people to send to.
        emails (list[str] | Unset): Email addresses of the people to send to.
        per_user_data (list[BroadcastPerUserData] | Unset): People to send to, each with its own liquid data (merged
            over `data`).
        data_file_url (str | Unset): URL of a file with one JSON object per line, each shaped like a `per_user_data`
            entry. Customer.io downloads it; it must be reachable without further authentication.
        id_ignore_missing (bool | Unset): If true, ids that don't match a person are skipped instead of failing the
            trigger.
        email_ignore_missing (bool | Unset): If true, emails that don't match a person are skipped instead of failing
            the trigger.
        email_add_duplicates (bool | Unset): If true, every person sharing a listed email address receives the message;
            otherwise only one does.
    """

    data: TriggerBroadcastRequestData | Unset = UNSET
    recipients: ExportFilter | Unset = UNSET
    ids: list[int | str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    per_user_data: list[BroadcastPerUserData] | Unset = UNSET
    data_file_url: str | Unset = UNSET
    id_ignore_missing: bool | Unset = UNSET
    email_ignore_missing: bool | Unset = UNSET
    email_add_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        recipients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients.to_dict()

        ids: list[int | str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item: int | str
                ids_item = ids_item_data
                ids.append(ids_item)

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        per_user_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.per_user_data, Unset):
            per_user_data = []
            for per_user_data_item_data in self.per_user_data:
                per_user_data_item = per_user_data_item_data.to_dict()
                per_user_data.append(per_user_data_item)

        data_file_url = self.data_file_url

        id_ignore_missing = self.id_ignore_missing

        email_ignore_missing = self.email_ignore_missing

        email_add_duplicates = self.email_add_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if ids is not UNSET:
            field_dict["ids"] = ids
        if emails is not UNSET:
            field_dict["emails"] = emails
        if per_user_data is not UNSET:
            field_dict["per_user_data"] = per_user_data
        if data_file_url is not UNSET:
            field_dict["data_file_url"] = data_file_url
        if id_ignore_missing is not UNSET:
            field_dict["id_ignore_missing"] = id_ignore_missing
        if email_ignore_missing is not UNSET:
            field_dict["email_ignore_missing"] = email_ignore_missing
        if email_add_duplicates is not UNSET:
            field_dict["email_add_duplicates"] = email_add_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        _data = d.pop("data", UNSET)
        data: TriggerBroadcastRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TriggerBroadcastRequestData.__new__(TriggerBroadcastRequestData)
            data.additional_properties = _data if _owned and isinstance(_data, dict) else dict(_data)

        self.data = data

        _recipients = d.pop("recipients", UNSET)
        recipients: ExportFilter | Unset
        if isinstance(_recipients, Unset):
            recipients = UNSET
        else:
            recipients = ExportFilter.from_dict(_recipients, _owned)

        self.recipients = recipients

        _ids = d.pop("ids", UNSET)
        ids: list[int | str] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item: int | str = ids_item_data

                ids.append(ids_item)

        self.ids = ids

        emails = cast(list[str], d.pop("emails", UNSET))

        self.emails = emails

        _per_user_data = d.pop("per_user_data", UNSET)
        per_user_data: list[BroadcastPerUserData] | Unset = UNSET
        if _per_user_data is not UNSET:
            per_user_data = []
            for per_user_data_item_data in _per_user_data:
                per_user_data_item = BroadcastPerUserData.from_dict(per_user_data_item_data, _owned)

                per_user_data.append(per_user_data_item)

        self.per_user_data = per_user_data

        self.data_file_url = d.pop("data_file_url", UNSET)

        self.id_ignore_missing = d.pop("id_ignore_missing", UNSET)

        self.email_ignore_missing = d.pop("email_ignore_missing", UNSET)

        self.email_add_duplicates = d.pop("email_add_duplicates", UNSET)

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
    from ..models.broadcast_per_user_data import BroadcastPerUserData
    from ..models.export_filter import ExportFilter
    from ..models.trigger_broadcast_request_data import TriggerBroadcastRequestData
else:
    from . import _Nested

    BroadcastPerUserData = _Nested(
        globals(), __package__, "..models.broadcast_per_user_data", "BroadcastPerUserData"
    )
    ExportFilter = _Nested(globals(), __package__, "..models.export_filter", "ExportFilter")
    TriggerBroadcastRequestData = _Nested(
        globals(), __package__, "..models.trigger_broadcast_request_data", "TriggerBroadcastRequestData"
    )
