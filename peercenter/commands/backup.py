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
        description="Without -o the backup goes where automatic ones go (the data folder's "
        "backups/ and the second folder), encrypted when a backup passphrase is "
        "set in Settings.",
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
        help="replace the database with a backup (administrators)",
        description="The backup is checked first and the current database is backed up "
        "before it is replaced. When the current database is damaged, no "
        "sign-in is needed.",
    )
    restore_parser.add_argument("file", type=Path, metavar="FILE")
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
    from peercenter.services.backup.fileformat import BackupKey
    from peercenter.services.backup.keys import stored_key

    db = open_database(args)
    try:
        actor = sign_in(args, db)
        key = BackupKey.from_passphrase(read_passphrase(confirm=True)) if args.encrypt else None
        if args.output is None:
            if key is not None:
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
        if key is None:
            with db.reader() as session:
                key = stored_key(session)
        backup = service.backup_to_file(db, actor, args.output, key)
        print(
            f"Saved {backup.path} ({backup.size:,} bytes, "
            f"{'encrypted' if backup.encrypted else 'not encrypted'})."
        )
        return 0
    finally:
        db.dispose()


def run_restore(args: argparse.Namespace) -> int:
    from peercenter.services.backup import restore
    from peercenter.services.backup.fileformat import read_header

    if not args.file.is_file():
        raise CommandError(f"There is no file {args.file}.")
    header = read_header(args.file)
    db = open_database(args, upgrade=False)
    try:
        damaged = restore.current_database_damaged(db)
        actor = None if damaged else sign_in(args, db)
        passphrase = read_passphrase(confirm=False) if header.encrypted else None
        result = restore.restore_backup(db, actor, args.file, passphrase)
    finally:
        db.dispose()
    when = header.created_at.astimezone()
    print(f"Restored the backup made {when:%Y-%m-%d %H:%M}.")
    if result.safety_copy is not None:
        what = "damaged database was moved" if damaged else "database as it was is saved"
        print(f"The {what} to {result.safety_copy}")
    if result.upgraded_from:
        print(f"Its schema was upgraded from {result.upgraded_from}.")
    return 0
