from ..types import OpenStrEnum


class FlyEnvFromFieldRef(OpenStrEnum):
    APP_NAME = "app_name"
    ID = "id"
    IMAGE = "image"
    PRIVATE_IP = "private_ip"
    REGION = "region"
    VERSION = "version"
