from typing import Literal

IdentifyRelationshipsAction = Literal["add_relationships", "delete_relationships"]

IDENTIFY_RELATIONSHIPS_ACTION_VALUES: set[IdentifyRelationshipsAction] = {
    "add_relationships",
    "delete_relationships",
}


def check_identify_relationships_action(value: str) -> IdentifyRelationshipsAction:
    if value in IDENTIFY_RELATIONSHIPS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IDENTIFY_RELATIONSHIPS_ACTION_VALUES!r}")
