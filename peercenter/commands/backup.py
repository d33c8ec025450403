"""`peercenter backup [-o FILE] [--encrypt]` and `peercenter restore FILE` (administrators).
A passphrase comes from $PEERCENTER_BACKUP_PASSPHRASE or a hidden prompt, never a flag."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from peercenter.commands.common import CommandError, open_database, sign_in

PASSPHRASE_ENV = "PEERCENTER_BACKUP_PASSPHRASE"


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the database now (administrators)",
        description="Without -o the backup goes where automatic ones go (this database's "
        "folder under the data folder's backups/, and the second folder), encrypted when a "
        "backup passphrase is set in Settings.",
    )
    backup.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the backup to this file instead"
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt with a passphrase from ${PASSPHRASE_ENV} or a prompt",
    )
    backup.set_defaults(handler=run_backup)
    restore_parser = commands.add_parser(
        "restore",
        help="replace the database with a backup, or put one on a new computer",
        description="The backup is checked first and the current database is backed up "
        "before it is replaced. No sign-in is needed where there is no database yet (a new "
        "computer), where no center is set up, or when the current database is damaged; "
        "the backup's own administrators sign in afterwards.",
    )
    restore_parser.add_argument("file", type=Path, metavar="FILE")
    restore_parser.add_argument(
        "--other-center",
        action="store_true",
        help="replace this center with a backup of another center (asked for only then)",
    )
    restore_parser.set_defaults(handler=run_restore)


def read_passphrase(confirm: bool) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(f"No passphrase: set {PASSPHRASE_ENV} or run this in a terminal.")
    passphrase = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise CommandError("The two passphrases are not the same.")
    return passphrase


def run_backup(args: argparse.Namespace) -> int:
    from peercenter.services.backup import service
    from peercenter.services.backup.crypto import Recipient
    from peercenter.services.backup.keys import stored_recipient

    db = open_database(args)
    try:
        actor = sign_in(args, db)
        recipient = (
            Recipient.from_passphrase(read_passphrase(confirm=True)) if args.encrypt else None
        )
        if args.output is None:
            if recipient is not None:
                raise CommandError(
                    "--encrypt needs -o FILE; automatic backups use the passphrase set in Settings."
                )
            result = service.back_up_now(db, actor)
            if not result.ok:
                raise CommandError(result.message)
            print(result.message)
            return 0
        if args.output.is_dir():
            raise CommandError(f"{args.output} is a folder; give a file name.")
        if recipient is None:
            with db.reader() as session:
                recipient = stored_recipient(session)
        backup = service.backup_to_file(db, actor, args.output, recipient)
        print(
            f"Saved {backup.path} ({backup.size:,} bytes, "
            f"{'encrypted' if backup.encrypted else 'not encrypted'})."
        )
        return 0
    finally:
        db.dispose()


def run_restore(args: argparse.Namespace) -> int:
    from peercenter.db.engine import Database, resolve_url, sqlite_path
    from peercenter.paths import DB_FILE_NAME, data_dir
    from peercenter.services.backup import restore
    from peercenter.services.backup.fileformat import read_header

    if not args.file.is_file():
        raise CommandError(f"There is no file {args.file}.")
    header = read_header(args.file)
    # Not even the data folder is made before the backup has checked out.
    url = resolve_url(args.db, f"sqlite:///{data_dir(create=False) / DB_FILE_NAME}")
    target = sqlite_path(url)
    if target is not None and not target.exists():  # a new computer
        passphrase = read_passphrase(confirm=False) if header.encrypted else None
        result = restore.restore_to_new_file(url, args.file, passphrase)
        _report(result, target)
        return 0
    db = Database.from_url(url)
    try:
        state = restore.database_state(db)
        actor = sign_in(args, db) if state is restore.State.IN_USE else None
        passphrase = read_passphrase(confirm=False) if header.encrypted else None
        try:
            result = restore.restore_backup(
                db, actor, args.file, passphrase, other_center_ok=args.other_center
            )
        except restore.OtherCenterBackup as exc:
            raise CommandError(
                f"{exc.message} Nothing was changed; to replace it with this backup anyway, "
                "run the command again with --other-center."
            ) from None
    finally:
        db.dispose()
    _report(result, None)
    if result.safety_copy is not None:
        damaged = state is restore.State.DAMAGED
        what = "damaged database was moved" if damaged else "database as it was is saved"
        print(f"The {what} to {result.safety_copy}")
    return 0


def _report(result: Any, new_file: Path | None) -> None:
    header = result.header
    when = header.created_at.astimezone()
    center = f" of {header.center_name}" if header.center_name else ""
    where = f" into {new_file}" if new_file is not None else ""
    print(f"Restored the backup{center} made {when:%Y-%m-%d %H:%M}{where}.")
    if result.upgraded_from:
        print(f"Its schema was upgraded from {result.upgraded_from}.")
    if new_file is not None:
        print("Sign in with a login from that backup.")
