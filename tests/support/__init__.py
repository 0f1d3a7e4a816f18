"""Shared pieces of the tests (no tests here), one module a topic.

- kinds: `Kind`/`KINDS` (sync `Client` or `AsyncClient`), `run`/`run_result`, `failure`,
  `ok_value`.
- transports: `Script` (a scripted server) and its answers, `Recording`.
- servers: `local_server`, a real HTTP server on 127.0.0.1.
- facade: the facade tests' constants, seed calls and error cases, `mock_client` (answered
  by a respx router, no retries).
- resilience: `retrying_client` (a ManualClock, exact retries) and the simulator helpers
  (`new_sim`, `sim_client`, `sim_machine`, ...).
- sim: scenarios against the simulator's HTTP API (`Api`, and its `api` fixture).
- lifecycle: `Fly`, a simulator and a facade client sharing a clock.
- project: the repository root, the patched spec, the README's commands.

The tests import them as `support.<module>`: pytest puts tests/ on sys.path (the test
files are not in a package), and mypy, given the tests folder, finds the package there
the same way. Shared fixtures (`kind`, `api`) are in tests/conftest.py.
"""
