from typing import Literal

ListDesignStudioEmailsHasTranslations = Literal["any", "false", "true"]

LIST_DESIGN_STUDIO_EMAILS_HAS_TRANSLATIONS_VALUES: set[ListDesignStudioEmailsHasTranslations] = {
    "any",
    "false",
    "true",
}


def check_list_design_studio_emails_has_translations(value: str) -> ListDesignStudioEmailsHasTranslations:
    if value in LIST_DESIGN_STUDIO_EMAILS_HAS_TRANSLATIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_EMAILS_HAS_TRANSLATIONS_VALUES!r}"
    )
