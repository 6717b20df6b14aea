"""Errors the services raise; their messages are written for the facilitator."""


class ServiceError(Exception):
    """A request a service refuses (bad input, wrong state). Nothing was changed."""


class NotFound(ServiceError):
    """The thing asked for does not exist."""
