from typing import Literal

DevicePlatform = Literal["android", "ios"]

DEVICE_PLATFORM_VALUES: set[DevicePlatform] = {
    "android",
    "ios",
}


def check_device_platform(value: str) -> DevicePlatform:
    if value in DEVICE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEVICE_PLATFORM_VALUES!r}")
