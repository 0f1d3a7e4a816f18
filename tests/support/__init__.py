"""Shared pieces of the tests (no tests here), one module a topic.

The tests import them as `support.<module>`: pytest puts tests/ on sys.path (the test
files are not in a package), and mypy, given the tests folder, finds the package there
the same way. Shared fixtures are in tests/conftest.py.
"""
