"""The ``customerio`` commands, on click (arguments) and rich (progress); imported only once both are known present.

Credentials come from flags or the environment (``CUSTOMERIO_SITE_ID``, ``CUSTOMERIO_API_KEY``,
``CUSTOMERIO_APP_KEY``, ``CUSTOMERIO_WRITE_KEY``) and are never printed: not in help (click shows the
variable's name, never its value), output, ``--json``, error messages, the failures file or the checkpoint.
Every command calls the SDK's clients; errors the SDK raises become a message and ``EXIT_ERROR``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import click

from . import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_ROWS_FAILED
from ._import import Columns, ImportJob, ImportStats, ImportUsageError, Kind, Via

F = TypeVar("F", bound=Callable[..., Any])

#: Path the ``--url`` root adds for each API (a mock or proxy serving all three under one root).
URL_SUFFIX = {"track": "/api/v1", "app": "/v1", "pipelines": "/v1"}


class _Group(click.Group):
    """``cli``'s group: with ``--json`` anywhere in the arguments, a usage error is also a JSON document.

    Scripts that ask for JSON get one for every outcome: a usage error (a bad option, a missing credential,
    a value the SDK refuses) prints ``{"ok": false, "error": {"type": "UsageError", ...}}`` on stdout, next to
    click's usage text on stderr, and still exits with ``EXIT_USAGE``. Errors are caught where click raises
    them (parsing the arguments, running the command), before click's own handling prints them.
    """

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        wants_json = "--json" in args
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            _usage_json(exc, wants_json)
            raise
        ctx.meta["customerio.json"] = wants_json
        return ctx

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            _usage_json(exc, ctx.meta.get("customerio.json", False))
            raise


def _usage_json(exc: click.UsageError, wants_json: bool) -> None:
    if wants_json:
        _error_document({"type": "UsageError", "message": exc.format_message()})


def _error_document(error: dict[str, Any]) -> None:
    """The JSON document of a failure, on stdout (``--json``)."""
    click.echo(json.dumps({"ok": False, "error": error}))


class CommandError(click.ClickException):
    """A command failed (an API error, a connection failure): ``EXIT_ERROR``."""

    exit_code = EXIT_ERROR


class Settings:
    """The group's options: credentials, where to send, and whether to answer in JSON."""

    def __init__(self, **options: Any) -> None:
        self.site_id: str | None = options["site_id"]
        self._api_key: str | None = options["api_key"]
        self._app_key: str | None = options["app_key"]
        self._write_key: str | None = options["write_key"]
        self.region: str = options["region"] or "us"
        self.url: str | None = options["url"]
        self.json: bool = options["json_output"]

    def __repr__(self) -> str:  # the keys are secrets: never in a repr or a traceback's locals
        return f"Settings(region={self.region!r}, url={self.url!r})"

    def _url(self, api: str) -> str | None:
        return None if self.url is None else self.url.rstrip("/") + URL_SUFFIX[api]

    def track(self) -> Any:
        """A TrackClient from the site id and API key."""
        from customerio import TrackClient

        if not self.site_id or not self._api_key:
            raise click.UsageError("the Track API needs --site-id and --api-key (or CUSTOMERIO_SITE_ID/_API_KEY)")
        return TrackClient(self.site_id, self._api_key, region=self.region, url=self._url("track"))

    def app(self) -> Any:
        """An APIClient from the App API key."""
        from customerio import APIClient

        if not self._app_key:
            raise click.UsageError("the App API needs --app-key (or CUSTOMERIO_APP_KEY)")
        return APIClient(self._app_key, region=self.region, url=self._url("app"))

    def pipelines(self) -> Any:
        """A PipelinesClient from the write key."""
        from customerio import PipelinesClient

        if not self._write_key:
            raise click.UsageError("Data Pipelines needs --write-key (or CUSTOMERIO_WRITE_KEY)")
        return PipelinesClient(self._write_key, region=self.region, url=self._url("pipelines"))


def json_option(f: F) -> F:
    """``--json`` on a command (also accepted before the command, on ``customerio`` itself)."""

    def remember(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value:
            ctx.find_object(Settings).json = True  # type: ignore[union-attr]

    return click.option(
        "--json",
        "json_output",
        is_flag=True,
        expose_value=False,
        callback=remember,
        help="Print one JSON document on stdout (for scripts) instead of text.",
    )(f)


def emit(settings: Settings, data: Any, text: str) -> None:
    """Print the command's answer: ``data`` as JSON with ``--json``, else ``text``."""
    if settings.json:
        click.echo(json.dumps(data, ensure_ascii=False, default=str))
    else:
        click.echo(text)


def plain(value: Any) -> Any:
    """A typed SDK answer as JSON values."""
    from customerio import raw_json

    return raw_json(value) if hasattr(value, "to_dict") or isinstance(value, list) else value


@contextmanager
def sdk_errors(settings: Settings) -> Iterator[None]:
    """The SDK's typed errors as a message (and a JSON error document with ``--json``) and ``EXIT_ERROR``."""
    from customerio import CustomerIOError, CustomerIORequestError

    try:
        yield
    except CustomerIORequestError as exc:
        _fail(settings, {"type": type(exc).__name__, "status": exc.status_code, "message": exc.message}, str(exc))
    except CustomerIOError as exc:
        _fail(settings, {"type": type(exc).__name__, "message": str(exc)}, str(exc))
    except (ValueError, TypeError) as exc:  # the SDK's checks of a request's values, before sending
        raise click.UsageError(str(exc)) from None


def _fail(settings: Settings, error: dict[str, Any], text: str) -> NoReturn:
    if settings.json:
        _error_document(error)
    raise CommandError(text)


def json_value(name: str, text: str | None) -> Any:
    """A flag's JSON value; invalid JSON is a usage error."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON ({exc})", param_hint=name) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--site-id", envvar="CUSTOMERIO_SITE_ID", help="Track API site id.")
@click.option("--api-key", envvar="CUSTOMERIO_API_KEY", help="Track API key (never printed).")
@click.option("--app-key", envvar="CUSTOMERIO_APP_KEY", help="App API key (never printed).")
@click.option("--write-key", envvar="CUSTOMERIO_WRITE_KEY", help="Data Pipelines write key (never printed).")
@click.option(
    "--region",
    envvar="CUSTOMERIO_REGION",
    type=click.Choice(["us", "eu"], case_sensitive=False),
    help="Data region of the workspace (default us).",
)
@click.option(
    "--url",
    envvar="CUSTOMERIO_URL",
    help="Root URL serving every API instead of Customer.io's (a proxy, a local mock): ROOT/api/v1, ROOT/v1.",
)
@click.option("--json", "json_output", is_flag=True, help="Print one JSON document on stdout (for scripts).")
@click.version_option(package_name="customerio-py", prog_name="customerio")
@click.pass_context
def cli(ctx: click.Context, /, **options: Any) -> None:
    """Customer.io from the command line: bulk imports, exports, people, transactional email.

    Exit status: 0 success; 1 a command failed (API or connection error); 2 usage error (nothing sent);
    3 an import finished but some rows failed (see its failures file); 4 the CLI extra is missing;
    130 interrupted (an import resumes from its checkpoint when run again).
    """
    ctx.obj = Settings(**options)


# -- import ------------------------------------------------------------------------------------------------


def _progress(settings: Settings, enabled: bool | None) -> tuple[Callable[[ImportStats], None], Callable[[], None]]:
    """A rich progress line on stderr (rows read, sent, failed, events/s); off when stderr is not a terminal."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    # Not a terminal (a log, CI): rich draws no live line, and with --progress prints the final state once.
    console = Console(stderr=True)
    if enabled is False or (enabled is None and not console.is_terminal):
        return (lambda stats: None), (lambda: None)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("read {task.fields[read]:,}"),
        TextColumn("sent {task.fields[sent]:,}"),
        TextColumn("[red]failed {task.fields[failed]:,}"),
        TextColumn("{task.fields[rate]:,.0f} events/s"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )
    task = progress.add_task("import", read=0, sent=0, failed=0, rate=0.0, total=None)
    progress.start()

    def update(stats: ImportStats) -> None:
        progress.update(task, read=stats.read, sent=stats.sent, failed=stats.failed, rate=stats.rate)

    def stop() -> None:
        progress.stop()

    return update, stop


@cli.command("import")
@click.argument("kind", type=click.Choice(["people", "events", "devices"]))
@click.argument("file", metavar="FILE")
@click.option(
    "--via",
    type=click.Choice(["track", "pipelines"]),
    default="track",
    show_default=True,
    help="Send through the Track API's v2 batch or Data Pipelines' batch.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    help="Input format (default: from the file name, else from its first byte).",
)
@click.option("--id-column", help="Field with the person's id (default: id for people, customer_id otherwise).")
@click.option(
    "--email-column",
    default="email",
    show_default=True,
    help="Field with the email (identifies the person when the id is empty).",
)
@click.option("--name-column", default="name", show_default=True, help="Field with the event name (events).")
@click.option("--timestamp-column", default="timestamp", show_default=True, help="Field with the event time (events).")
@click.option(
    "--event-id-column", default="event_id", show_default=True, help="Field with the event's own dedupe id, if any."
)
@click.option("--device-column", default="device_id", show_default=True, help="Field with the device token (devices).")
@click.option(
    "--platform-column", default="platform", show_default=True, help="Field with the device platform (devices)."
)
@click.option("--rename", "renames", multiple=True, metavar="FROM=TO", help="Rename an input field (repeatable).")
@click.option(
    "--ignore-column", "ignored", multiple=True, metavar="NAME", help="Leave an input field out (repeatable)."
)
@click.option("--dry-run", is_flag=True, help="Validate every row; send nothing.")
@click.option(
    "--failures",
    "failures_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where failed rows go, as JSON Lines {line, row, reason} (default FILE.failures.jsonl; "
    "FILE.dry-run.failures.jsonl with --dry-run).",
)
@click.option(
    "--checkpoint",
    "checkpoint_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Checkpoint file (default FILE.KIND-VIA.checkpoint.json; none for stdin unless given).",
)
@click.option("--restart", is_flag=True, help="Ignore an existing checkpoint and import from the first row.")
@click.option(
    "--checkpoint-every",
    default=50_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows between checkpoints.",
)
@click.option(
    "--max-in-flight",
    default=4,
    show_default=True,
    type=click.IntRange(min=1),
    help="Batch requests in flight at once.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Show the progress line (default: when stderr is a terminal)."
)
@json_option
@click.pass_obj
def import_(settings: Settings, /, kind: str, file: str, via: str, fmt: str | None, **options: Any) -> None:
    """Import people, events or devices from FILE (CSV or JSON Lines; - for stdin) through a bulk sender.

    Every field other than the person's id (and the event's name, time and id) becomes an attribute (events:
    the event's data). Bad rows never stop the import: they are counted and written to the failures file with
    their line number and the reason. Interrupted (Ctrl-C), it writes a checkpoint and the same command
    resumes after the last row whose outcome is known; events carry ids derived from the input and the line,
    so a row sent again after a crash is dropped by Customer.io as a duplicate.
    """
    renames: dict[str, str] = {}
    for pair in options["renames"]:
        source, sep, target = pair.partition("=")
        if not sep or not source or not target:
            raise click.BadParameter(f"{pair!r} is not FROM=TO", param_hint="--rename")
        renames[source] = target
    columns = Columns(
        id=options["id_column"] or ("id" if kind == "people" else "customer_id"),
        email=options["email_column"],
        name=options["name_column"],
        timestamp=options["timestamp_column"],
        event_id=options["event_id_column"],
        device=options["device_column"],
        platform=options["platform_column"],
        rename=renames,
        ignore=frozenset(options["ignored"]),
    )
    stdin = file == "-"
    # A dry run lists its invalid rows apart: it must not replace the failures file of the real import.
    suffix = "dry-run.failures.jsonl" if options["dry_run"] else "failures.jsonl"
    failures_path = options["failures_path"] or Path(f"customerio-{suffix}" if stdin else f"{file}.{suffix}")
    # One checkpoint per input, kind and API: importing the same file as people and as events keeps two.
    checkpoint_path = options["checkpoint_path"] or (None if stdin else Path(f"{file}.{kind}-{via}.checkpoint.json"))
    job = ImportJob(
        kind=cast(Kind, kind),
        via=cast(Via, via),
        input=file,
        columns=columns,
        fmt=cast(Any, fmt),
        dry_run=options["dry_run"],
        failures_path=failures_path,
        checkpoint_path=checkpoint_path,
        restart=options["restart"],
        checkpoint_every=options["checkpoint_every"],
        max_in_flight=options["max_in_flight"],
    )
    # Credentials are checked before the input is read: a missing key is a usage error, with nothing sent.
    client = None if job.dry_run else (settings.track() if via == "track" else settings.pipelines())
    update, stop = _progress(settings, options["progress"])
    try:
        with sdk_errors(settings):
            stats = job.run(client, update)
    except ImportUsageError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        stop()
        if client is not None:
            client.close()
    data = {"ok": stats.failed == 0 and not stats.interrupted, "dry_run": job.dry_run, **stats.as_dict()}
    if stats.failed:
        data["failures_file"] = str(failures_path)
    if checkpoint_path is not None and not job.dry_run:
        data["checkpoint_file"] = str(checkpoint_path)
    if stats.already_complete:
        text = f"already imported (checkpoint {checkpoint_path}); --restart imports it again"
    else:
        verb = "validated" if job.dry_run else "sent"
        text = (
            f"{stats.read:,} rows read, {stats.sent if not job.dry_run else stats.read - stats.invalid:,} {verb}, "
            f"{stats.failed:,} failed ({stats.invalid:,} invalid, {stats.rejected:,} rejected)"
            + (f", {stats.skipped:,} skipped (already imported)" if stats.skipped else "")
            + f" in {stats.elapsed:.1f}s"
        )
        if stats.failed:
            text += f"\nfailed rows: {failures_path}"
        if stats.interrupted:
            text += f"\ninterrupted: run the same command again to resume after line {stats.done_line}"
    emit(settings, data, text)
    ctx = click.get_current_context()
    if stats.interrupted:
        ctx.exit(EXIT_INTERRUPTED)
    if stats.failed:
        ctx.exit(EXIT_ROWS_FAILED)


# -- export ------------------------------------------------------------------------------------------------


@cli.group()
def export() -> None:
    """Create exports and download them (App API)."""


@export.command("download")
@click.argument("export_id", metavar="ID")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write (- for stdout).",
)
@click.option(
    "--progress/--no-progress", default=None, help="Show the progress bar (default: when stderr is a terminal)."
)
@json_option
@click.pass_obj
def export_download(settings: Settings, export_id: str, output: Path, progress: bool | None) -> None:
    """Download export ID's file to OUTPUT, with progress by bytes."""
    import httpx
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    app = settings.app()
    with sdk_errors(settings), app:
        link = app.download_export(export_id)
    url = getattr(link, "url", None)
    if not isinstance(url, str):
        _fail(settings, {"type": "UnexpectedResponseError", "message": "no download URL"}, "no download URL")
    console = Console(stderr=True, force_terminal=True if progress else None)
    show = progress is not False and (progress or console.is_terminal)
    written = 0
    try:
        # The signed URL is a plain file download, not an API call: no credentials are sent to it.
        with httpx.stream("GET", url, follow_redirects=True, timeout=60) as response:
            response.raise_for_status()
            total = int(response.headers.get("content-length", 0)) or None
            sink = sys.stdout.buffer if str(output) == "-" else output.open("wb")
            try:
                with Progress(
                    BarColumn(), DownloadColumn(), TransferSpeedColumn(), console=console, disable=not show
                ) as bar:
                    task = bar.add_task("download", total=total)
                    for chunk in response.iter_bytes():
                        sink.write(chunk)
                        written += len(chunk)
                        bar.update(task, advance=len(chunk))
            finally:
                if sink is not sys.stdout.buffer:
                    sink.close()
    except (httpx.HTTPError, OSError) as exc:
        # The signed URL carries a signature: name the failure, not the URL.
        reason = f"HTTP {exc.response.status_code}" if isinstance(exc, httpx.HTTPStatusError) else type(exc).__name__
        _fail(settings, {"type": "DownloadError", "message": reason}, f"download failed: {reason}")
    summary = {"ok": True, "export_id": export_id, "bytes": written, "output": str(output)}
    text = f"export {export_id}: {written:,} bytes written to {output}"
    if str(output) == "-":  # stdout holds the file, byte for byte: the summary goes to stderr
        click.echo(json.dumps(summary) if settings.json else text, err=True)
    else:
        emit(settings, summary, text)


@export.command("create")
@click.argument("what", type=click.Choice(["customers", "deliveries"]))
@click.option("--filters", help='customers: the audience filter, as JSON (e.g. \'{"segment": {"id": 3}}\').')
@click.option(
    "--attribute", "attributes", multiple=True, help="customers: an attribute to add as a column (repeatable)."
)
@click.option("--newsletter", help="deliveries: the newsletter id.")
@click.option("--start", type=int, help="deliveries: from this unix time.")
@click.option("--end", type=int, help="deliveries: until this unix time.")
@click.option("--metric", help="deliveries: only deliveries with this metric (e.g. opened).")
@json_option
@click.pass_obj
def export_create(
    settings: Settings,
    what: str,
    filters: str | None,
    attributes: tuple[str, ...],
    newsletter: str | None,
    start: int | None,
    end: int | None,
    metric: str | None,
) -> None:
    """Start an export of people (customers) or of a newsletter's deliveries; prints its id."""
    if what == "customers":
        if filters is None:
            raise click.UsageError("export create customers needs --filters")
        value = json_value("--filters", filters)
        app = settings.app()
        with sdk_errors(settings), app:
            answer = app.create_customers_export(value, attributes=list(attributes) or None)
    else:
        if newsletter is None:
            raise click.UsageError("export create deliveries needs --newsletter")
        options = {k: v for k, v in {"start": start, "end": end, "metric": metric}.items() if v is not None}
        app = settings.app()
        with sdk_errors(settings), app:
            answer = app.create_deliveries_export(newsletter, options)
    data = plain(answer)
    export_ = data.get("export", data) if isinstance(data, dict) else {}
    emit(settings, data, f"export {export_.get('id')} created ({export_.get('status', 'unknown status')})")


# -- people, email, region ---------------------------------------------------------------------------------


@cli.group()
def person() -> None:
    """Look people up (App API)."""


@person.command("get")
@click.argument("who", metavar="ID|EMAIL")
@click.option(
    "--id-type",
    type=click.Choice(["id", "email", "cio_id"]),
    help="What ID|EMAIL is (default: email when it has an @, else id).",
)
@json_option
@click.pass_obj
def person_get(settings: Settings, who: str, id_type: str | None) -> None:
    """A person's attributes, by id, cio_id or email."""
    kind = id_type or ("email" if "@" in who else "id")
    app = settings.app()
    with sdk_errors(settings), app:
        data = plain(app.get_attributes(who, kind))
    emit(settings, data, json.dumps(data, indent=2, ensure_ascii=False, default=str))


@cli.group()
def send() -> None:
    """Send transactional messages (App API)."""


@send.command("email")
@click.option("--template", required=True, help="Transactional message id (or trigger name).")
@click.option("--to", "to", required=True, help="Recipient address.")
@click.option("--id", "customer_id", help="The recipient's person id (default: identified by --to).")
@click.option("--data", help="Liquid data for the template, as a JSON object.")
@json_option
@click.pass_obj
def send_email(settings: Settings, template: str, to: str, customer_id: str | None, data: str | None) -> None:
    """Send a transactional email from a template; prints the delivery id."""
    from customerio import SendEmailRequest

    message_data = json_value("--data", data)
    if message_data is not None and not isinstance(message_data, dict):
        raise click.BadParameter("must be a JSON object", param_hint="--data")
    identifiers = {"id": customer_id} if customer_id else {"email": to}
    with sdk_errors(settings):
        request = SendEmailRequest(
            to=to, identifiers=identifiers, transactional_message_id=template, message_data=message_data
        )
        app = settings.app()
        with app:
            answer = plain(app.send_email(request))
    emit(settings, answer, f"queued: delivery {answer.get('delivery_id')}")


@cli.command()
@json_option
@click.pass_obj
def region(settings: Settings) -> None:
    """Which data region the Track credentials (site id and API key) belong to."""
    track = settings.track()
    with sdk_errors(settings), track:
        answer = plain(track.get_account_region())
    emit(settings, answer, f"{answer.get('region')} ({answer.get('url')})")


def run(argv: list[str] | None = None) -> int:
    """Run ``cli`` and return its exit status instead of exiting.

    Not click's standalone mode, whose Ctrl-C (``Abort``) exits with 1: a Ctrl-C that gets here (a second one
    during an import, or one during another command) is ``EXIT_INTERRUPTED`` like the first.
    """
    try:
        status = cli.main(args=argv, prog_name="customerio", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        sys.stderr.write("\ninterrupted\n")
        return EXIT_INTERRUPTED
    return status if isinstance(status, int) else EXIT_OK
