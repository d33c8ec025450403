"""The child of the crash test: writes as fast as it can, one service call per transaction,
and appends each committed action to a log (fsynced) only after the commit returned.

    python -m tests.db.crash_writer URL LOG START USER_ID STAFF_ID
"""

from __future__ import annotations

import os
import random
import sys

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import participants
from peercenter.services.context import Actor


def main(url: str, log_path: str, start: int, user_id: int, staff_id: int) -> None:
    actor = Actor(
        user_id=user_id,
        username="admin",
        role=Role.ADMIN,
        staff_id=staff_id,
        display_name="Ada Admin",
    )
    db = Database.from_url(url)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    created: dict[int, str] = {}
    n = start
    while True:
        n += 1
        if created and n % 3 == 0:
            target = random.choice(list(created))
            with db.session() as s:
                detail = participants.update(
                    s,
                    actor,
                    target,
                    participants.ParticipantForm(
                        preferred_name=created[target], notes=f"edit {n} " + "x" * 500
                    ),
                    None,
                )
            line = f"u {target} {detail.version}\n"
        else:
            with db.session() as s:
                detail = participants.create(
                    s,
                    actor,
                    participants.ParticipantForm(
                        preferred_name=f"c{n}", notes="y" * random.randint(0, 2000)
                    ),
                )
            created[detail.id] = f"c{n}"
            line = f"c {detail.id} c{n}\n"
        os.write(log, line.encode())
        os.fsync(log)
        if n == start + 1:
            print("writing", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
