"""fly-machines: a typed client for the Fly.io Machines API."""

__version__ = "0.1.0"
