from ..types import OpenStrEnum


class FlyMachineServiceAutostop(OpenStrEnum):
    OFF = "off"
    STOP = "stop"
    SUSPEND = "suspend"
