from ..types import OpenIntEnum


class RessetAction(OpenIntEnum):
    ACTION_READ = 1
    ACTION_WRITE = 2
    ACTION_CREATE = 4
    ACTION_DELETE = 8
    ACTION_CONTROL = 16
    ACTION_ALL = 31
    ACTION_NONE = 0
