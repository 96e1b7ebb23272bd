"""The CLI import workload's worker: the same rows through the bulk sender alone, or through ``customerio import``.

    python bench/cli_worker.py --mode write --file rows.csv --n 200000
    python bench/cli_worker.py --mode bulk --file rows.csv --url http://127.0.0.1:PORT
    python bench/cli_worker.py --mode script --file rows.csv --url http://127.0.0.1:PORT
    python bench/cli_worker.py --mode cli --file rows.csv --url http://127.0.0.1:PORT

``bulk`` reads the CSV into memory first (not timed), then times ``TrackClient.bulk()`` sending one event per
row: the bulk sender's own events/s (``--via pipelines``: ``PipelinesClient.bulk()``, and the command line with
``--via pipelines``). ``script`` is the same with the CSV read inside the timing
(``csv.DictReader``, row by row): what a hand-written import script with the bulk sender does. ``cli`` runs the
command line in this process (``customerio._cli.main``, as the console script does) on the file, and reports the
events/s the command itself measured (reading and parsing the file, validation, dedupe ids, failure accounting
and checkpoints included; interpreter start-up not). Each prints one JSON line.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import tempfile
import time
from collections.abc import Callable
from typing import Any

SITE_ID, API_KEY, WRITE_KEY = "bench-site", "bench-key", "bench-write-key"


def write(path: str, n: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["customer_id", "name", "timestamp", "plan", "total", "currency"])
        for i in range(n):
            out.writerow([f"user-{i}", "Order Completed", 1_700_000_000 + i, "pro", f"{i % 1000}.99", "EUR"])


def _sender(via: str, url: str) -> tuple[Any, Callable[[Any, dict[str, str]], None]]:
    """The client of ``via`` and how one CSV row becomes one ``track`` call on its bulk sender.

    Data Pipelines takes the time as a datetime (what ``customerio import --via pipelines`` sends).
    """
    if via == "track":
        from customerio import TrackClient

        def track(sender: Any, row: dict[str, str]) -> None:
            customer, name, timestamp = row.pop("customer_id"), row.pop("name"), int(row.pop("timestamp"))
            sender.track(customer, name=name, data=row, timestamp=timestamp)

        return TrackClient(SITE_ID, API_KEY, url=f"{url}/api/v1"), track
    import datetime as dt

    from customerio import PipelinesClient

    def pipelines_track(sender: Any, row: dict[str, str]) -> None:
        user, name = row.pop("customer_id"), row.pop("name")
        when = dt.datetime.fromtimestamp(int(row.pop("timestamp")), dt.UTC)
        sender.track(user, event=name, properties=row, timestamp=when)

    return PipelinesClient(WRITE_KEY, url=f"{url}/v1"), pipelines_track


def bulk(path: str, url: str, read_in_timing: bool, via: str = "track") -> dict[str, float]:
    """The bulk sender alone on rows already in memory, or (``read_in_timing``) a script reading the CSV too."""
    client, track = _sender(via, url)
    with client:
        if not read_in_timing:
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
        t0 = time.perf_counter()
        if read_in_timing:
            f = open(path, newline="", encoding="utf-8")  # noqa: SIM115 - closed below, outside the loop
            rows = csv.DictReader(f)  # type: ignore[assignment]
        count = 0
        with client.bulk() as sender:
            for row in rows:
                track(sender, row)
                count += 1
        wall = time.perf_counter() - t0
        if read_in_timing:
            f.close()
    assert sender.result.ok, sender.result
    assert sender.result.sent == count, sender.result
    return {"rows": count, "wall": wall, "events_per_second": count / wall}


def cli(path: str, url: str, via: str = "track") -> dict[str, float]:
    from customerio._cli import main

    env = {"CUSTOMERIO_SITE_ID": SITE_ID, "CUSTOMERIO_API_KEY": API_KEY, "CUSTOMERIO_WRITE_KEY": WRITE_KEY}
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as tmp:
        argv = ["--url", url, "--json", "import", "events", path, "--no-progress", "--via", via]
        argv += ["--checkpoint", os.path.join(tmp, "c.json"), "--failures", os.path.join(tmp, "f.jsonl")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(argv)
    report = json.loads(out.getvalue())
    assert status == 0, report
    assert report["failed"] == 0, report
    return {"rows": report["sent"], "wall": report["seconds"], "events_per_second": report["events_per_second"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["write", "bulk", "script", "cli"], required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--url", default="")
    parser.add_argument("--via", choices=["track", "pipelines"], default="track")
    args = parser.parse_args()
    if args.mode == "write":
        write(args.file, args.n)
        return
    if args.mode == "cli":
        print(json.dumps(cli(args.file, args.url, args.via)))
    else:
        print(json.dumps(bulk(args.file, args.url, read_in_timing=args.mode == "script", via=args.via)))


if __name__ == "__main__":
    main()
