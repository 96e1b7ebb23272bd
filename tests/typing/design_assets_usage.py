"""Type-checked (mypy --strict) use of the Design Studio and asset operations, as an application would write it.

The clients are made without ``with``: their ``__enter__`` is typed ``Any``, which would let anything pass.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from customerio import APIClient, AsyncAPIClient
from customerio.types import (
    Asset,
    AssetResponse,
    DesignStudioEmail,
    DesignStudioFolder,
    ListDesignStudioEmailsResponse,
    Unset,
)


def design_assets_usage(banner: Path) -> list[str]:
    names: list[str] = []
    api = APIClient("app key")
    try:
        folder: DesignStudioFolder = api.create_design_studio_folder({"name": "Spring"}).folder
        since = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        page: ListDesignStudioEmailsResponse = api.list_design_studio_emails(
            parent_folder_id=folder.id, sort_by="name", created_after=since, is_template="false", page=2, limit=100
        )
        emails: list[DesignStudioEmail] = page.emails
        names.extend(email.name for email in emails)
        if not isinstance(page.meta, Unset) and not isinstance(page.meta.pagination, Unset):
            total: int | Unset = page.meta.pagination.total
            del total
        api.update_design_studio_email(emails[0].id, {"content": {"subject": "Hi"}})
        with banner.open("rb") as file:
            uploaded: AssetResponse = api.create_asset(file, banner.name, name="Banner", parent_folder_id=12)
        asset: Asset = api.get_asset(uploaded.asset.id).asset
        api.create_asset(b"%PDF-1.7", "prices.pdf")
        names.append(asset.name)
    finally:
        api.close()
    return names


async def async_design_assets_usage(data: bytes) -> int:
    api = AsyncAPIClient("app key")
    try:
        created = await api.create_asset(data, "logo.png", content_type="image/png")
        return created.asset.id
    finally:
        await api.aclose()
