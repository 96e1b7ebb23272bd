from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PipelinesBatchRequest")


@_attrs_define
class PipelinesBatchRequest:
    """Several messages of any type in one request (≤ 500 KB in all, each message ≤ 32 KB). Customer.io's own server
    libraries send alias messages in batches too, so `alias` is accepted here.

    Example:
        {'batch': [{'type': 'identify', 'userId': '42', 'traits': {'email': 'ada@example.com'}}, {'type': 'track',
            'userId': '42', 'event': 'Course Started', 'properties': {'title': 'Intro'}}]}

    Attributes:
        batch (list[PipelinesAlias | PipelinesGroup | PipelinesIdentify | PipelinesPage | PipelinesScreen |
            PipelinesTrack]):
    """

    batch: list[
        PipelinesAlias | PipelinesGroup | PipelinesIdentify | PipelinesPage | PipelinesScreen | PipelinesTrack
    ]

    def to_dict(self) -> dict[str, Any]:
        batch = []
        for batch_item_data in self.batch:
            batch_item: dict[str, Any]
            if isinstance(batch_item_data, PipelinesIdentify):
                batch_item = batch_item_data.to_dict()
            elif isinstance(batch_item_data, PipelinesTrack):
                batch_item = batch_item_data.to_dict()
            elif isinstance(batch_item_data, PipelinesPage):
                batch_item = batch_item_data.to_dict()
            elif isinstance(batch_item_data, PipelinesScreen):
                batch_item = batch_item_data.to_dict()
            elif isinstance(batch_item_data, PipelinesGroup):
                batch_item = batch_item_data.to_dict()
            else:
                batch_item = batch_item_data.to_dict()

            batch.append(batch_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch": batch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        d = src_dict if _owned and isinstance(src_dict, dict) else dict(src_dict)
        self = cls.__new__(cls)
        batch = []
        _batch = d.pop("batch")
        for batch_item_data in _batch:

            def _parse_batch_item(
                data: object, _owned: bool = False
            ) -> (
                PipelinesAlias
                | PipelinesGroup
                | PipelinesIdentify
                | PipelinesPage
                | PipelinesScreen
                | PipelinesTrack
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    batch_item_type_0 = PipelinesIdentify.from_dict(data, _owned)

                    return batch_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    batch_item_type_1 = PipelinesTrack.from_dict(data, _owned)

                    return batch_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    batch_item_type_2 = PipelinesPage.from_dict(data, _owned)

                    return batch_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    batch_item_type_3 = PipelinesScreen.from_dict(data, _owned)

                    return batch_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    batch_item_type_4 = PipelinesGroup.from_dict(data, _owned)

                    return batch_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                batch_item_type_5 = PipelinesAlias.from_dict(data, _owned)

                return batch_item_type_5

            batch_item = _parse_batch_item(batch_item_data)

            batch.append(batch_item)

        self.batch = batch

        return self


if TYPE_CHECKING:
    from ..models.pipelines_alias import PipelinesAlias
    from ..models.pipelines_group import PipelinesGroup
    from ..models.pipelines_identify import PipelinesIdentify
    from ..models.pipelines_page import PipelinesPage
    from ..models.pipelines_screen import PipelinesScreen
    from ..models.pipelines_track import PipelinesTrack
else:
    from . import _Nested

    PipelinesAlias = _Nested(globals(), __package__, "..models.pipelines_alias", "PipelinesAlias")
    PipelinesGroup = _Nested(globals(), __package__, "..models.pipelines_group", "PipelinesGroup")
    PipelinesIdentify = _Nested(globals(), __package__, "..models.pipelines_identify", "PipelinesIdentify")
    PipelinesPage = _Nested(globals(), __package__, "..models.pipelines_page", "PipelinesPage")
    PipelinesScreen = _Nested(globals(), __package__, "..models.pipelines_screen", "PipelinesScreen")
    PipelinesTrack = _Nested(globals(), __package__, "..models.pipelines_track", "PipelinesTrack")
