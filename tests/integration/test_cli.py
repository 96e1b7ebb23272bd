"""The ``customerio`` command line end to end: real HTTP to a scripted loopback server and to the Prism mock.

The 100,000-row import runs in a subprocess (so it can be interrupted with a real SIGINT) against the loopback
server, which records every operation it receives: the test checks exact counts, the failures file, and that
across the interrupted run and the resumed one the server saw each row exactly once.
"""

from __future__ import annotations

import collections
import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from customerio._bulk import MAX_OPERATION_BYTES
from customerio._cli import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_MISSING_EXTRA,
    EXIT_OK,
    EXIT_ROWS_FAILED,
    EXIT_USAGE,
)
from customerio._cli._commands import cli

from .._support import API_KEY, APP_KEY, SITE_ID, WRITE_KEY
from ._cli_server import CliServer

ROOT = Path(__file__).resolve().parents[2]
ROWS = 100_000
#: The environment without any credential (click's test runner removes a variable set to None).
NO_CREDENTIALS: dict[str, str | None] = dict.fromkeys(
    ("CUSTOMERIO_SITE_ID", "CUSTOMERIO_API_KEY", "CUSTOMERIO_APP_KEY", "CUSTOMERIO_WRITE_KEY", "CUSTOMERIO_URL")
)
CREDENTIALS = {
    "CUSTOMERIO_SITE_ID": SITE_ID,
    "CUSTOMERIO_API_KEY": API_KEY,
    "CUSTOMERIO_APP_KEY": APP_KEY,
    "CUSTOMERIO_WRITE_KEY": WRITE_KEY,
}


@pytest.fixture
def server() -> Any:
    with CliServer() as running:
        yield running


def invoke(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run the command in-process with click's test runner (stdout and stderr apart)."""
    return CliRunner().invoke(cli, list(args), env={**CREDENTIALS, **(env or {})}, catch_exceptions=False)


def write_events(path: Path, rows: int) -> tuple[set[int], set[int]]:
    """A CSV of events; returns the lines of the rows that are invalid and of those the server rejects."""
    invalid, rejected = set(), set()
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["customer_id", "name", "timestamp", "plan"])
        for i in range(rows):
            line = i + 2  # the header is line 1
            name, plan = "purchase", "pro"
            if i % 9_973 == 5:
                name = ""  # no event name: invalid before sending
                invalid.add(line)
            elif i % 4_999 == 7:
                plan = "reject"  # the server refuses it (207)
                rejected.add(line)
            out.writerow([f"c{i}", name, 1_700_000_000 + i, plan])
    return invalid, rejected


def test_100k_row_import_interrupted_and_resumed_sends_every_row_exactly_once(
    tmp_path: Path, server: CliServer
) -> None:
    source = tmp_path / "events.csv"
    invalid, rejected = write_events(source, ROWS)
    failures = tmp_path / "failures.jsonl"
    checkpoint = tmp_path / "checkpoint.json"
    argv = [sys.executable, "-m", "customerio", "--url", server.url, "--json", "import", "events", str(source)]
    argv += ["--failures", str(failures), "--checkpoint", str(checkpoint), "--checkpoint-every", "30000"]
    env = {**os.environ, **CREDENTIALS}

    server.hold(8)  # the 8th batch request waits: the import is then well under way, and far from done
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    assert server.held.wait(60), "the import never reached its 8th request"
    proc.send_signal(signal.SIGINT)
    server.release()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED, err
    first = json.loads(out)
    assert first["interrupted"] is True
    assert 0 < first["done_line"] < ROWS + 1
    saved = json.loads(checkpoint.read_text())
    assert saved["done_line"] == first["done_line"]
    assert not saved["complete"]
    seen_first = len(server.items)
    assert seen_first == first["sent"] > 0

    second = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert second.returncode == EXIT_ROWS_FAILED, second.stderr
    resumed = json.loads(second.stdout)
    assert resumed["skipped"] == first["read"]
    assert first["read"] + resumed["read"] == ROWS

    # The server saw every valid row exactly once: no duplicate across the two runs, none missing.
    customers = collections.Counter(item["identifiers"]["id"] for item in server.items)
    assert max(customers.values()) == 1
    expected = {f"c{line - 2}" for line in range(2, ROWS + 2) if line not in invalid}
    assert set(customers) == expected
    ids = [item["id"] for item in server.items]
    assert len(set(ids)) == len(ids) == ROWS - len(invalid)

    # Exact counts, summed over both runs, and one failures-file line per failed row, with its reason.
    assert first["invalid"] + resumed["invalid"] == len(invalid)
    assert first["rejected"] + resumed["rejected"] == len(rejected)
    assert first["sent"] + resumed["sent"] == ROWS - len(invalid)
    written = [json.loads(line) for line in failures.read_text().splitlines()]
    assert sorted(f["line"] for f in written) == sorted(invalid | rejected)
    by_line = {f["line"]: f for f in written}
    some_invalid, some_rejected = min(invalid), min(rejected)
    assert "no event name" in by_line[some_invalid]["reason"]
    assert by_line[some_rejected]["reason"].startswith("rejected row")
    assert by_line[some_rejected]["row"] == {
        "customer_id": f"c{some_rejected - 2}",
        "name": "purchase",
        "timestamp": str(1_700_000_000 + some_rejected - 2),
        "plan": "reject",
    }
    assert json.loads(checkpoint.read_text())["complete"] is True

    # Run again: the checkpoint says the input is imported, and nothing is sent.
    again = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert again.returncode == EXIT_OK
    assert json.loads(again.stdout)["already_complete"] is True
    assert len(server.items) == ROWS - len(invalid)


def test_a_hard_interrupt_resends_only_rows_after_the_checkpoint_with_the_same_event_ids(
    tmp_path: Path, server: CliServer
) -> None:
    """Two Ctrl-Cs: the import dies while rows after its last checkpoint are in flight (outcome unknown to it).

    The resumed run sends those rows again, each with the event id it had: Customer.io drops such a replay, so
    every duplicate the server sees must carry the id of the first copy; no row is lost.
    """
    source = tmp_path / "events.csv"
    invalid, _ = write_events(source, 20_000)
    checkpoint = tmp_path / "c.json"
    argv = [sys.executable, "-m", "customerio", "--url", server.url, "--json", "import", "events", str(source)]
    argv += ["--checkpoint", str(checkpoint), "--checkpoint-every", "4000"]
    env = {**os.environ, **CREDENTIALS}
    server.hold(3)  # after the first checkpoint (4,000 rows: two requests), the next request waits
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    assert server.held.wait(60)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)  # the second one interrupts at once: no final checkpoint
    time.sleep(0.3)
    server.release()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED, err
    done = json.loads(checkpoint.read_text())["done_line"]
    assert 0 < done < 10_000
    first_copies = len(server.items)
    assert first_copies > done - 1 - len([line for line in invalid if line <= done])  # rows past it were sent

    resumed = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert resumed.returncode == EXIT_ROWS_FAILED, resumed.stderr
    ids_by_customer: dict[str, set[str]] = collections.defaultdict(set)
    copies = collections.Counter()
    for item in server.items:
        ids_by_customer[item["identifiers"]["id"]].add(item["id"])
        copies[item["identifiers"]["id"]] += 1
    expected = {f"c{line - 2}" for line in range(2, 20_002) if line not in invalid}
    assert set(ids_by_customer) == expected
    assert all(len(ids) == 1 for ids in ids_by_customer.values())  # a replay carries the same id
    replayed = [customer for customer, n in copies.items() if n > 1]
    assert replayed  # the scenario happened: rows whose outcome the first run did not record were sent twice
    assert all(int(customer[1:]) + 2 > done for customer in replayed)  # never a row before the checkpoint


def test_event_ids_are_derived_from_the_input_and_line_so_a_replay_is_deduplicated(
    tmp_path: Path, server: CliServer
) -> None:
    source = tmp_path / "events.csv"
    write_events(source, 50)
    common = ["--url", server.url, "import", "events", str(source), "--checkpoint", str(tmp_path / "c.json")]
    assert invoke(*common).exit_code == EXIT_ROWS_FAILED
    ids = [item["id"] for item in server.items]
    # A run that died before its checkpoint: the same rows sent again carry the same ids (Customer.io drops them).
    state = json.loads((tmp_path / "c.json").read_text())
    (tmp_path / "c.json").write_text(json.dumps({**state, "done_line": 0, "complete": False}))
    assert invoke(*common).exit_code == EXIT_ROWS_FAILED
    assert [item["id"] for item in server.items[len(ids) :]] == ids
    # --restart is a new import: new ids.
    assert invoke(*common, "--restart").exit_code == EXIT_ROWS_FAILED
    assert not set(ids) & {item["id"] for item in server.items[2 * len(ids) :]}


def test_dry_run_validates_every_row_and_sends_nothing(tmp_path: Path, server: CliServer) -> None:
    source = tmp_path / "events.csv"
    invalid, _ = write_events(source, 20_000)
    result = invoke("--url", server.url, "import", "events", str(source), "--dry-run", "--json")
    assert result.exit_code == EXIT_ROWS_FAILED
    data = json.loads(result.stdout)
    assert (data["read"], data["invalid"], data["sent"], data["dry_run"]) == (20_000, len(invalid), 0, True)
    assert server.batches == 0
    assert not server.items
    assert not (tmp_path / "events.csv.events-track.checkpoint.json").exists()
    failed = [
        json.loads(line)["line"] for line in (tmp_path / "events.csv.dry-run.failures.jsonl").read_text().splitlines()
    ]
    assert failed == sorted(invalid)


def test_dry_run_needs_no_credentials_and_checks_the_sdk_rules(tmp_path: Path) -> None:
    source = tmp_path / "devices.jsonl"
    source.write_text(
        '{"customer_id": 1, "device_id": "tok", "platform": "ios"}\n'
        '{"customer_id": 2, "device_id": "tok", "platform": "windows-phone"}\n'
        "[1, 2]\n"
    )
    result = CliRunner().invoke(cli, ["import", "devices", str(source), "--dry-run", "--json"], env=NO_CREDENTIALS)
    assert result.exit_code == EXIT_ROWS_FAILED, result.output
    assert json.loads(result.stdout)["invalid"] == 2
    reasons = [json.loads(line)["reason"] for line in Path(f"{source}.dry-run.failures.jsonl").read_text().splitlines()]
    assert "windows-phone" in reasons[0]
    assert "JSON object" in reasons[1]


def test_dry_run_refuses_an_oversized_row_as_the_bulk_sender_does(tmp_path: Path) -> None:
    """A row over the 32 KB operation limit fails the dry run with the bulk sender's own reason."""
    source = tmp_path / "events.jsonl"
    rows = [{"customer_id": 1, "name": "big", "note": "x" * 40_000}, {"customer_id": 2, "name": "small"}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = CliRunner().invoke(cli, ["import", "events", str(source), "--dry-run", "--json"], env=NO_CREDENTIALS)
    assert result.exit_code == EXIT_ROWS_FAILED, result.output
    assert json.loads(result.stdout)["invalid"] == 1
    (failure,) = [json.loads(line) for line in Path(f"{source}.dry-run.failures.jsonl").read_text().splitlines()]
    assert failure["line"] == 1
    assert failure["reason"].endswith(f"accepts at most {MAX_OPERATION_BYTES} per operation")


def test_import_through_data_pipelines(tmp_path: Path, server: CliServer) -> None:
    source = tmp_path / "people.jsonl"
    source.write_text("".join(json.dumps({"id": i, "email": f"p{i}@example.com"}) + "\n" for i in range(300)))
    result = invoke("--url", server.url, "import", "people", str(source), "--via", "pipelines", "--json")
    assert result.exit_code == EXIT_OK, result.output
    assert json.loads(result.stdout)["sent"] == 300
    assert [item["userId"] for item in server.items] == [str(i) for i in range(300)]
    assert all(item["type"] == "identify" and item["traits"]["email"] for item in server.items)
    assert len({item["messageId"] for item in server.items}) == 300
    assert not Path(f"{source}.failures.jsonl").exists()  # no failure, no failures file


def test_a_fresh_import_replaces_a_stale_failures_file(tmp_path: Path, server: CliServer) -> None:
    source = tmp_path / "events.csv"
    write_events(source, 10)  # line 7 has no name; line 9 is rejected
    failures = Path(f"{source}.failures.jsonl")
    failures.write_text('{"line": 1, "row": {}, "reason": "from an earlier import"}\n')
    assert invoke("--url", server.url, "import", "events", str(source)).exit_code == EXIT_ROWS_FAILED
    assert [json.loads(line)["line"] for line in failures.read_text().splitlines()] == [7, 9]


def test_csv_column_mapping(tmp_path: Path, server: CliServer) -> None:
    source = tmp_path / "people.csv"
    source.write_text("Customer ID,E-mail,Secret,plan\n7,a@example.com,x,pro\n,b@example.com,y,\n")
    result = invoke(
        "--url", server.url, "import", "people", str(source),
        "--id-column", "Customer ID", "--rename", "E-mail=email", "--ignore-column", "Secret",
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    assert [item["identifiers"] for item in server.items] == [{"id": "7"}, {"email": "b@example.com"}]
    assert server.items[0]["attributes"] == {"email": "a@example.com", "plan": "pro"}


def test_credentials_are_never_echoed(tmp_path: Path, server: CliServer) -> None:
    server.status = 401
    source = tmp_path / "events.csv"
    write_events(source, 100)
    result = invoke("--url", server.url, "--json", "import", "events", str(source), "--progress")
    assert result.exit_code == EXIT_ROWS_FAILED
    assert "AuthenticationError" in (tmp_path / "events.csv.failures.jsonl").read_text()
    region = invoke("--url", server.url, "region")
    assert region.exit_code == EXIT_ERROR
    help_text = invoke("--help").output
    for secret in (API_KEY, APP_KEY, WRITE_KEY):
        for text in (result.stdout, result.stderr, region.stdout, region.stderr, help_text):
            assert secret not in text
        for path in tmp_path.iterdir():
            assert secret not in path.read_text()
    # The keys did reach the server, as HTTP Basic auth: the test would prove nothing if they were never used.
    assert any(h.get("Authorization", "").startswith("Basic ") for h in server.headers)


def test_usage_errors_send_nothing(tmp_path: Path, server: CliServer) -> None:
    source = tmp_path / "events.csv"
    write_events(source, 10)
    missing_key = CliRunner().invoke(cli, ["--url", server.url, "import", "events", str(source)], env=NO_CREDENTIALS)
    assert missing_key.exit_code == EXIT_USAGE
    assert "--api-key" in missing_key.output
    assert invoke("--url", server.url, "import", "events", str(tmp_path / "nope.csv")).exit_code == EXIT_USAGE
    assert invoke("--url", server.url, "import", "events", str(source), "--rename", "x").exit_code == EXIT_USAGE
    assert invoke(
        "--url", server.url, "send", "email", "--template", "1", "--to", "a@b.c", "--data", "{"
    ).exit_code == (EXIT_USAGE)
    # A checkpoint of another input is refused rather than skipping rows of this one.
    other = tmp_path / "other.csv"
    write_events(other, 12)
    checkpoint = ["--checkpoint", str(tmp_path / "c.json")]
    assert invoke("--url", server.url, "import", "events", str(other), *checkpoint).exit_code == EXIT_ROWS_FAILED
    sent = server.batches
    mismatch = invoke("--url", server.url, "import", "events", str(source), *checkpoint)
    assert mismatch.exit_code == EXIT_USAGE
    assert "another input" in mismatch.output
    assert server.batches == sent


def test_usage_errors_are_json_documents_with_json(tmp_path: Path, server: CliServer) -> None:
    """With --json (before or after the command), a usage error is also one JSON document on stdout."""
    source = tmp_path / "events.csv"
    write_events(source, 3)
    cases = [
        (["--json", "--bogus"], "No such option"),
        (["--url", server.url, "import", "events", str(source), "--json"], "--api-key"),
        (["--json", "--url", server.url, "send", "email", "--template", "1", "--to", "a@b.c", "--data", "{"], "JSON"),
    ]
    for argv, says in cases:
        result = CliRunner().invoke(cli, argv, env=NO_CREDENTIALS if "import" in argv else CREDENTIALS)
        assert result.exit_code == EXIT_USAGE, result.output
        document = json.loads(result.stdout)
        assert document["ok"] is False
        assert document["error"]["type"] == "UsageError"
        assert says in document["error"]["message"]
        assert "Usage:" in result.stderr or "Error:" in result.stderr  # the people's text stays on stderr
    # Without --json a usage error prints no JSON.
    plain = CliRunner().invoke(cli, ["--bogus"], env=CREDENTIALS)
    assert plain.exit_code == EXIT_USAGE
    assert plain.stdout == ""
    assert server.batches == 0


def test_import_from_stdin(server: CliServer, tmp_path: Path) -> None:
    lines = "".join(json.dumps({"customer_id": i, "name": "opened"}) + "\n" for i in range(10))
    argv = ["--url", server.url, "import", "events", "-", "--json", "--failures", str(tmp_path / "f.jsonl")]
    result = CliRunner().invoke(cli, argv, input=lines, env=CREDENTIALS)
    assert result.exit_code == EXIT_OK, result.output
    assert json.loads(result.stdout)["sent"] == 10
    assert len(server.items) == 10


def test_export_download_writes_the_file(tmp_path: Path, server: CliServer) -> None:
    server.export_body = b"id,email\n" + b"".join(b"%d,p%d@example.com\n" % (i, i) for i in range(5000))
    out = tmp_path / "export.csv"
    result = invoke("--url", server.url, "export", "download", "9", "-o", str(out), "--json", "--progress")
    assert result.exit_code == EXIT_OK, result.output
    assert out.read_bytes() == server.export_body
    assert json.loads(result.stdout)["bytes"] == len(server.export_body)
    # To stdout: the file byte for byte, the summary on stderr (with --json too).
    for flags in ([], ["--json"]):
        piped = invoke("--url", server.url, "export", "download", "9", "-o", "-", *flags)
        assert piped.exit_code == EXIT_OK, piped.output
        assert piped.stdout_bytes == server.export_body
        assert "bytes" in piped.stderr
    # The signed file URL gets no credentials; the App API call got the bearer key.
    assert "Authorization" not in server.headers[-1]
    assert server.headers[0]["Authorization"] == f"Bearer {APP_KEY}"


def test_commands_against_the_mock(prism_root: str, tmp_path: Path) -> None:
    region = invoke("--url", prism_root, "--json", "region")
    assert region.exit_code == EXIT_OK, region.output
    assert json.loads(region.stdout)["region"] in ("us", "eu")

    person = invoke("--url", prism_root, "person", "get", "42", "--json")
    assert person.exit_code == EXIT_OK, person.output
    assert "customer" in json.loads(person.stdout)

    sent = invoke(
        "--url", prism_root, "send", "email", "--template", "3", "--to", "a@example.com", "--data", '{"n": 1}', "--json"
    )
    assert sent.exit_code == EXIT_OK, sent.output
    assert json.loads(sent.stdout)["delivery_id"]

    created = invoke("--url", prism_root, "export", "create", "customers", "--filters", '{"segment": {"id": 3}}')
    assert created.exit_code == EXIT_OK, created.output
    assert created.stdout.startswith("export ")
    deliveries = invoke("--url", prism_root, "--json", "export", "create", "deliveries", "--newsletter", "5")
    assert deliveries.exit_code == EXIT_OK, deliveries.output

    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps({"customer_id": i, "name": "signup"}) + "\n" for i in range(2000)))
    imported = invoke("--url", prism_root, "import", "events", str(source), "--json")
    assert imported.exit_code == EXIT_OK, imported.output
    assert json.loads(imported.stdout)["accepted"] == 2000


def test_the_entry_point_explains_a_missing_extra() -> None:
    """Without click (or rich) the console script says how to install the extra, and imports neither."""
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('click', 'rich'): raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib.util\n"
        "importlib.util.find_spec = lambda name, *a: None if name in ('click', 'rich') else object()\n"
        "from customerio._cli import main\n"
        "status = main(['--help'])\n"
        "assert not {'click', 'rich'} & set(sys.modules), sorted(sys.modules)\n"
        "sys.exit(status)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == EXIT_MISSING_EXTRA, proc.stderr
    assert 'pip install "customerio-py[cli]"' in proc.stderr
