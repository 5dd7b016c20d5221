"""``speechqa users``: accounts of the review app, managed from the server's command line.

There is no default account: the first admin is created here. Passwords come from stdin
(``--password-stdin``, for scripts) or a hidden prompt, never from the command line, where
they would end up in the shell history and the process list.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

users_app = typer.Typer(
    help="Accounts of the review app (speechqa serve): add, list, disable, passwords, tokens.",
    no_args_is_help=True,
)
console = Console(stderr=True)

DbOpt = Annotated[str | None, typer.Option(
    "--db", envvar="SPEECHQA_DB_URL", show_envvar=True,
    help="Database URL (sqlite:///results.db, postgresql://user@host/db) or an SQLite file; "
         "default: speechqa.db in the user's data directory.")]
PasswordStdinOpt = Annotated[bool, typer.Option(
    "--password-stdin", help="Read the password from the first line of stdin.")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    console.print(f"[red]error[/red] {escape(message)}")
    return typer.Exit(code=code)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise _fail("--password-stdin: stdin is empty")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise _fail("no terminal to ask for the password: pass it with --password-stdin")
    return typer.prompt("password", hide_input=True, confirmation_prompt=True)


def _store(db: str | None):
    from speechqa.store import default_db_url, open_store

    return open_store(db or default_db_url())


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Login name (letters, digits, . _ @ -).")],
    role: Annotated[str, typer.Option(
        "--role", help="admin, supervisor, auditor or agent.")],
    team: Annotated[list[str] | None, typer.Option(
        "--team", help="A team (or queue) a supervisor reviews; repeat for several.")] = None,
    agent_id: Annotated[str | None, typer.Option(
        "--agent-id", help="An agent's agent_id, as in the calls' metadata.")] = None,
    locale: Annotated[str | None, typer.Option(
        "--locale", help="Language of the pages: ru, uk, lt or en (default: the browser's).")
    ] = None,
    password_stdin: PasswordStdinOpt = False,
    db: DbOpt = None,
) -> None:
    """Create a user with a role; supervisors need --team, agents need --agent-id."""
    from speechqa.review import ReviewError
    from speechqa.review.accounts import create_user

    password = _read_password(password_stdin)
    with _store(db) as store:
        try:
            user = create_user(store, name, role, password, teams=team or (),
                               agent_id=agent_id, locale=locale)
        except ReviewError as error:
            raise _fail(str(error)) from error
    scope = ", ".join(user.teams) or user.agent_id or "all calls"
    console.print(f"created {escape(user.name)} ({user.role}: {escape(scope)})")


@users_app.command("list")
def list_command(db: DbOpt = None) -> None:
    """List users with their role, scope and login state."""
    from speechqa.review.accounts import user_statuses
    from speechqa.store import utcnow

    with _store(db) as store:
        statuses = user_statuses(store)
    if not statuses:
        console.print("no users yet: create an admin with "
                      "speechqa users add NAME --role admin --password-stdin", markup=False)
        return
    table = Table(title_justify="left")
    for column in ("name", "role", "teams / agent id", "locale", "state"):
        table.add_column(column)
    now = utcnow()
    for status in statuses:
        user = status.user
        state = "disabled" if user.disabled else "active"
        if status.locked_until is not None and status.locked_until > now:
            state += f", locked until {status.locked_until:%Y-%m-%d %H:%M:%S} UTC"
        table.add_row(
            escape(user.name), user.role, escape(", ".join(user.teams) or user.agent_id or ""),
            user.locale or "", state,
        )
    Console().print(table)


@users_app.command("disable")
def disable(
    name: Annotated[str, typer.Argument(help="Login name.")], db: DbOpt = None
) -> None:
    """Disable a user: their sessions end and their API tokens stop working."""
    from speechqa.review import ReviewError
    from speechqa.review.accounts import disable_user

    with _store(db) as store:
        try:
            disable_user(store, name)
        except ReviewError as error:
            raise _fail(str(error)) from error
    console.print(f"disabled {escape(name)}")


@users_app.command("set-password")
def set_password_command(
    name: Annotated[str, typer.Argument(help="Login name.")],
    password_stdin: PasswordStdinOpt = False,
    db: DbOpt = None,
) -> None:
    """Set a new password; this also lifts a login lockout and signs the user out."""
    from speechqa.review import ReviewError
    from speechqa.review.accounts import set_password

    password = _read_password(password_stdin)
    with _store(db) as store:
        try:
            set_password(store, name, password)
        except ReviewError as error:
            raise _fail(str(error)) from error
    console.print(f"password of {escape(name)} changed")


@users_app.command("token")
def token(
    name: Annotated[str, typer.Argument(help="Login name.")],
    label: Annotated[str, typer.Option("--label", help="What the token is for.")] = "",
    db: DbOpt = None,
) -> None:
    """Issue an API bearer token for scripts; it is printed once (stdout) and never again."""
    from speechqa.review import ReviewError
    from speechqa.review.accounts import issue_token

    with _store(db) as store:
        try:
            secret = issue_token(store, name, label)
        except ReviewError as error:
            raise _fail(str(error)) from error
    print(secret)
    console.print("use it as 'Authorization: Bearer <token>'; it is not shown again",
                  markup=False)
