"""``tingsted phones serve|links``, ``tingsted ballots list|show|open|close|reveal`` and
``tingsted members checkin`` (issue 15 item 8): the phones from the command line."""

from __future__ import annotations

import argparse
import csv
import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.cli import CliError
from app.db import open_database
from app.services.assembly import current_assembly


def register(sub: Any) -> None:
    p = sub.add_parser("phones", help="members vote from their phones: run the server, write the links")
    verbs = p.add_subparsers(dest="phones_command", metavar="VERB", required=True, parser_class=type(p))
    serve = verbs.add_parser("serve", help="serve the phone pages; prints the address first; Ctrl+C stops it")
    serve.add_argument("db", metavar="DB", help="the assembly database")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every address, 0.0.0.0)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    serve.set_defaults(func=cmd_serve)
    links = verbs.add_parser("links", help="new personal voting links for every active member (old ones stop working)")
    links.add_argument("db", metavar="DB", help="the assembly database")
    links.add_argument("--out", type=Path, required=True, metavar="FILE", help="CSV: member_number,url")
    links.add_argument("--base-url", default=None, help="the address phones use (default: this laptop's, port 8765)")
    links.add_argument("--port", type=int, default=8765, help="port in the links (default 8765)")
    links.set_defaults(func=cmd_links)

    b = sub.add_parser("ballots", help="list, show, open, close and reveal ballots")
    bverbs = b.add_subparsers(dest="ballots_command", metavar="VERB", required=True, parser_class=type(p))
    ls = bverbs.add_parser("list", help="every ballot: id, title, method, state, items")
    ls.add_argument("db", metavar="DB")
    ls.add_argument("--format", choices=("text", "json"), default="text")
    ls.set_defaults(func=cmd_ballots_list)
    for verb, helptext in (
        ("show", "one ballot with its items, options and count so far"),
        ("open", "open a draft ballot for voting"),
        ("close", "close an open ballot and seal its result"),
        ("reveal", "show a closed ballot's result on the projector and the phones"),
    ):
        v = bverbs.add_parser(verb, help=helptext)
        v.add_argument("db", metavar="DB")
        v.add_argument("ballot", type=int, metavar="BALLOT", help="the ballot's id (see `ballots list`)")
        v.set_defaults(func=cmd_ballot_verb, verb=verb)


def add_checkin(verbs: Any) -> None:
    """``tingsted members checkin DB NUMBER… [--day N]`` (called by app.cli.members)."""
    c = verbs.add_parser("checkin", help="check members in as present on a meeting day (default: today's)")
    c.add_argument("db", metavar="DB")
    c.add_argument("numbers", type=int, nargs="+", metavar="NUMBER", help="member numbers")
    c.add_argument("--day", type=int, default=None, help="the day's number (default: today or the next day)")
    c.add_argument(
        "--status", choices=("present", "late", "absent", "left_early"), default="present", help="default present"
    )
    c.set_defaults(func=cmd_checkin)


# ----------------------------------------------------------------------- phones


def cmd_serve(args: argparse.Namespace) -> int:
    from app.phones.server import FIREWALL_HINT, PhoneServer

    db = open_database(args.db)
    stop = threading.Event()
    server = PhoneServer(db, args.host, args.port)
    try:
        url = server.start()
        print(url, flush=True)
        print(f"Phones on the same Wi-Fi open {url} (each member's link: {url}/v/…; join code: {url}/join).",
              flush=True)  # fmt: skip
        print(FIREWALL_HINT.format(port=url.rsplit(":", 1)[1]), flush=True)
        print("Press Ctrl+C to stop.", flush=True)

        def ask_stop(_sig: int, _frame: object) -> None:
            stop.set()

        signal.signal(signal.SIGINT, ask_stop)
        signal.signal(signal.SIGTERM, ask_stop)
        while not stop.wait(0.5):
            if not server.running:
                raise CliError("the phone server stopped unexpectedly")
    finally:
        server.stop()
        db.dispose()
    print("Phone server stopped.", flush=True)
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    from app.phones.server import base_url_for
    from app.services import phones

    if args.out.suffix.lower() != ".csv":
        raise CliError(f"{args.out}: give the links file a .csv name")
    if not args.out.parent.exists():
        raise CliError(f"{args.out.parent}: no such folder")
    base = (args.base_url or base_url_for("0.0.0.0", args.port)).rstrip("/")
    db = open_database(args.db)
    try:
        links = phones.issue_links(db, current_assembly(db).id)
    finally:
        db.dispose()
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["member_number", "url"])
        for link in links:
            w.writerow([link.member_number, link.url(base)])
    print(f"{len(links)} personal voting links written to {args.out}; earlier links no longer work.")
    print("This file is personal data: each link lets its holder vote as that member. Keep it safe and delete it "
          "after printing.", file=sys.stderr)  # fmt: skip
    return 0


# ---------------------------------------------------------------------- ballots


def _ballot_record(info: Any) -> dict[str, Any]:
    return {
        "id": info.id,
        "title": info.title,
        "method": info.method,
        "state": info.state,
        "secret": info.secret,
        "revealed": info.revealed,
        "day_id": info.day_id,
        "items": [{"id": i.id, "code": i.code, "label": i.label} for i in info.items],
        "options": [o.key for o in info.options],
    }


def cmd_ballots_list(args: argparse.Namespace) -> int:
    from app.services import voting

    db = open_database(args.db)
    try:
        ballots = voting.list_ballots(db, current_assembly(db).id)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([_ballot_record(b) for b in ballots], ensure_ascii=False, indent=2))
    else:
        for b in ballots:
            print(f"{b.id}\t{b.state}\t{b.method}\t{b.title}\t({len(b.items)} items)")
    return 0


def cmd_ballot_verb(args: argparse.Namespace) -> int:
    from app.services import voting

    db = open_database(args.db)
    try:
        if args.verb == "open":
            info = voting.open_ballot(db, args.ballot, actor="cli")
            print(f"Ballot {info.id} “{info.title}” is open.")
        elif args.verb == "close":
            from app.services import phones

            result = voting.close_ballot(db, args.ballot, actor="cli")
            phones.scrub_after_close(db, args.ballot)  # a secret ballot: no file keeps the order of voting
            print(f"Ballot {result.id} “{result.title}” is closed: {result.cast} votes; checksum {result.checksum}.")
        elif args.verb == "reveal":
            info = voting.set_revealed(db, args.ballot, True, actor="cli")
            print(f"Ballot {info.id} “{info.title}”: result revealed.")
        else:
            info = voting.get_ballot(db, args.ballot)
            record = _ballot_record(info)
            record["result"] = None
            if info.state != "draft":
                r = voting.ballot_result(db, args.ballot)
                record["cast"] = r.cast
                record["present"] = r.present
                if info.state != "open" or not info.secret or info.show_live:
                    record["result"] = [{"id": i.item_id, "counts": i.counts} for i in r.items]
            print(json.dumps(record, ensure_ascii=False, indent=2))
    finally:
        db.dispose()
    return 0


# ----------------------------------------------------------------------- checkin


def cmd_checkin(args: argparse.Namespace) -> int:
    from app.models import MeetingDay, Member
    from app.services import checkin

    db = open_database(args.db)
    try:
        assembly_id = current_assembly(db).id
        with db.read() as s:
            if args.day is None:
                day_id = checkin.default_day(db, assembly_id)
                if day_id is None:
                    raise CliError("the assembly has no meeting days")
            else:
                found = s.scalar(
                    select(MeetingDay.id).where(MeetingDay.assembly_id == assembly_id, MeetingDay.number == args.day)
                )
                if found is None:
                    raise CliError(f"no meeting day {args.day}")
                day_id = found
            rows = s.execute(
                select(Member.number, Member.id).where(
                    Member.assembly_id == assembly_id, Member.number.in_(args.numbers)
                )
            ).all()
            ids = {int(number): int(member_id) for number, member_id in rows}
        missing = [n for n in args.numbers if n not in ids]
        if missing:
            raise CliError(f"no member number {', '.join(map(str, missing))}; nobody checked in")
        for n in args.numbers:
            checkin.check_in(db, ids[n], day_id, args.status)
    finally:
        db.dispose()
    print(f"{len(args.numbers)} member(s) checked in as {args.status}.")
    return 0
