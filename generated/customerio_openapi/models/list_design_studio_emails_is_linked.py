from typing import Literal

ListDesignStudioEmailsIsLinked = Literal["any", "false", "true"]

LIST_DESIGN_STUDIO_EMAILS_IS_LINKED_VALUES: set[ListDesignStudioEmailsIsLinked] = {
    "any",
    "false",
    "true",
}


def check_list_design_studio_emails_is_linked(value: str) -> ListDesignStudioEmailsIsLinked:
    if value in LIST_DESIGN_STUDIO_EMAILS_IS_LINKED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_EMAILS_IS_LINKED_VALUES!r}"
    )
