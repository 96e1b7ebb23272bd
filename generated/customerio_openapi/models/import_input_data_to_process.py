from typing import Literal

ImportInputDataToProcess = Literal["all", "only_existing", "only_new"]

IMPORT_INPUT_DATA_TO_PROCESS_VALUES: set[ImportInputDataToProcess] = {
    "all",
    "only_existing",
    "only_new",
}


def check_import_input_data_to_process(value: str) -> ImportInputDataToProcess:
    if value in IMPORT_INPUT_DATA_TO_PROCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_INPUT_DATA_TO_PROCESS_VALUES!r}")
