from typing import Literal

V2DevicePlatform = Literal["android", "ios"]

V2_DEVICE_PLATFORM_VALUES: set[V2DevicePlatform] = {
    "android",
    "ios",
}


def check_v2_device_platform(value: str) -> V2DevicePlatform:
    if value in V2_DEVICE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V2_DEVICE_PLATFORM_VALUES!r}")
