"""`python -m fly_machines demo`: the lifecycle demo, on the embedded simulator by default.

Without FLY_API_TOKEN (or FLY_ACCESS_TOKEN) the demo runs against an in-process
simulator, so it works on a fresh machine with no network. With a token and `--app`,
the same steps run against the real Machines API, in that existing app.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ._client import Client
from ._version import __version__
from .demo import DemoFailed, default_app_name, run_demo


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fly_machines", description=__doc__)
    parser.add_argument("--version", action="version", version=f"fly-machines {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="run the narrated machine lifecycle")
    demo.add_argument("--app", help="an existing app to use with the real API")
    demo.add_argument("--region", help="region for the machine (real API only)")
    demo.add_argument(
        "--simulator", action="store_true", help="use the simulator even when a token is set"
    )
    args = parser.parse_args(argv)

    has_token = bool(os.environ.get("FLY_API_TOKEN") or os.environ.get("FLY_ACCESS_TOKEN"))
    if has_token and not args.simulator:
        if not args.app:
            parser.error(
                "with a Fly token set, name an existing app: --app NAME"
                " (or run it offline on the embedded simulator: --simulator)"
            )
        print(f"fly-machines demo against the real Machines API, app {args.app}")
        with Client() as client:
            return _run(client, app_name=args.app, region=args.region, create_app=False)

    from .testing import FlySimulator

    simulator = FlySimulator(transition_seconds=0.2, seed=1)
    why = "--simulator" if has_token else "no FLY_API_TOKEN set"
    print(f"fly-machines demo against the embedded simulator ({why})")
    with Client(
        token="simulator", base_url="http://simulator", transport=simulator.transport()
    ) as client:
        # The simulator's machines start in 0.2 s: half a second shows a crash loop as well.
        return _run(
            client,
            app_name=args.app or default_app_name(),
            region="ams",
            create_app=True,
            smoke_seconds=0.5,
        )


def _run(
    client: Client,
    *,
    app_name: str,
    region: str | None,
    create_app: bool,
    smoke_seconds: float = 1.0,
) -> int:
    try:
        run_demo(
            client,
            app_name=app_name,
            region=region,
            create_app=create_app,
            smoke_seconds=smoke_seconds,
            out=sys.stdout,
        )
    except DemoFailed as failed:
        print(f"demo stopped: {failed}", file=sys.stderr)
        return 1
    print("demo finished: every step succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
