"""Serve the offline Machines API simulator: ``python -m fly_machines.sim --port 4280``.

Point any Machines API client at the printed URL. Needs the ``[sim]`` extra (uvicorn).
Runs until interrupted (Ctrl-C or SIGTERM). The behaviour it simulates is documented in
`fly_machines.testing`.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

TOKEN_ENV = "FLY_SIM_TOKEN"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m fly_machines.sim",
        description="Serve an offline, stateful simulator of the Fly Machines API.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=4280,
        help="port to listen on; 0 picks a free one (default 4280)",
    )
    parser.add_argument(
        "--token",
        default=None,
        help=f"accept only this API token (default: ${TOKEN_ENV} if set, else any token)",
    )
    parser.add_argument("--seed", type=int, default=None, help="make generated ids repeatable")
    parser.add_argument(
        "--transition-seconds",
        type=float,
        default=1.0,
        help="how long each transient machine state lasts (default 1.0)",
    )
    parser.add_argument(
        "--rate-limit", action="store_true", help="apply Fly's documented rate limits (429)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not 0 <= args.port <= 65535:
        print(f"error: --port must be from 0 to 65535, got {args.port}", file=sys.stderr)
        return 2
    if args.transition_seconds < 0:
        print("error: --transition-seconds must be >= 0", file=sys.stderr)
        return 2
    try:
        from .testing import FlySimulator

        simulator = FlySimulator(
            token=args.token or os.environ.get(TOKEN_ENV) or None,
            rate_limit=args.rate_limit,
            transition_seconds=args.transition_seconds,
            seed=args.seed,
        )
        server = simulator.serve(host=args.host, port=args.port)
    except ModuleNotFoundError as exc:
        print(
            f"error: {exc.name} is missing; install the extra: pip install 'fly-machines[sim]'",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        print(
            f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    with server:
        print(f"Fly Machines API simulator listening on {server.base_url}", flush=True)
        stop.wait()
    print("simulator stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
