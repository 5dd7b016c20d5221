"""The ``speechqa`` command line. Every command is a thin wrapper over the Python API."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="speechqa",
    help="Score call-center recordings for QA: diarise, transcribe, check, flag.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def main() -> None:
    app()
