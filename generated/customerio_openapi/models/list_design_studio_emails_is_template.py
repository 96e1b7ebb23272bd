from typing import Literal

ListDesignStudioEmailsIsTemplate = Literal["any", "false", "true"]

LIST_DESIGN_STUDIO_EMAILS_IS_TEMPLATE_VALUES: set[ListDesignStudioEmailsIsTemplate] = {
    "any",
    "false",
    "true",
}


def check_list_design_studio_emails_is_template(value: str) -> ListDesignStudioEmailsIsTemplate:
    if value in LIST_DESIGN_STUDIO_EMAILS_IS_TEMPLATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_EMAILS_IS_TEMPLATE_VALUES!r}"
    )
