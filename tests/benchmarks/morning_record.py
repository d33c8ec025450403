"""A busy morning at a center with three front desks, as a recording the load benchmark
replays: 20 sessions in 4 rooms from 8 to 1, 120 check-ins, 10 walk-ins (5 of them people new
to the center), 6 sessions moved to the afternoon and 30 sign-ins, each desk with its three
people taking turns. Every action says when it happened, at which desk, by whom, and what it
was about by name (group, person), never by a database id.

The recording is busy_morning.json; this module made it (`python -m
tests.benchmarks.morning_record` writes it again) and reads it. The morning is one whose end
does not depend on which desk is quicker: each person is on one roster and checked in once,
no two desks ask for the same thing, and no moved session shares a room slot or a lead with
another moved session."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RECORDING = Path(__file__).with_name("busy_morning.json")
DESKS = {
    "north": ("ana", "ben", "cora"),
    "south": ("dev", "eli", "fay"),
    "east": ("gus", "hal", "ida"),
}
ROOMS = ("Room 1", "Room 2", "Room 3", "Room 4")
SLOTS = ("08:00", "09:00", "10:00", "11:00", "12:00")
AFTERNOON = ("13:00", "14:00", "15:00", "16:00", "17:00", "18:00")
LEADS = tuple(
    f"Lead {name}" for name in ("Avila", "Brook", "Chen", "Diaz", "Evans", "Ford", "Gray", "Hale")
)
FIRST = [
    "Ada",
    "Ben",
    "Cal",
    "Dee",
    "Eva",
    "Finn",
    "Gia",
    "Hugo",
    "Iris",
    "Jon",
    "Kai",
    "Lena",
    "Milo",
    "Nia",
    "Omar",
    "Pia",
    "Quin",
    "Rae",
    "Sam",
    "Tess",
    "Uma",
    "Vic",
    "Wren",
    "Xena",
    "Yara",
    "Zed",
]
LAST = [
    "Abbott",
    "Baker",
    "Cruz",
    "Dunn",
    "Ellis",
    "Frost",
    "Garza",
    "Hayes",
    "Ibarra",
    "Jones",
    "Kline",
    "Lowe",
    "Mora",
    "Nash",
    "Ortiz",
    "Park",
    "Quade",
    "Reyes",
    "Stone",
    "Tate",
    "Ueda",
    "Vance",
    "Webb",
    "Xu",
    "Young",
    "Zane",
]
ROSTER = 6
MOVES = 6


@dataclass(frozen=True)
class Morning:
    rooms: tuple[str, ...]
    leads: tuple[str, ...]
    desks: dict[str, tuple[str, ...]]
    groups: list[dict[str, str]]  # name, start, room, lead
    rosters: dict[str, list[str]]  # group name → people
    actions: list[dict[str, Any]]  # in the order they happened

    def desk_of(self, username: str) -> str:
        return next(desk for desk, people in self.desks.items() if username in people)

    def of_desk(self, desk: str) -> list[dict[str, Any]]:
        return [a for a in self.actions if a["desk"] == desk]

    def count(self, kind: str) -> int:
        return sum(1 for a in self.actions if a["do"] == kind)


def load(path: Path = RECORDING) -> Morning:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Morning(
        tuple(data["rooms"]),
        tuple(data["leads"]),
        {desk: tuple(people) for desk, people in data["desks"].items()},
        data["groups"],
        data["rosters"],
        data["actions"],
    )


def _clock(minutes: float) -> str:
    whole = int(minutes * 60)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def make(seed: int = 2026) -> dict[str, Any]:
    """The morning, made up once from ``seed``."""
    rng = random.Random(seed)
    names = [f"{first} {last}" for last in LAST for first in FIRST]
    rng.shuffle(names)
    people, extra = names[: 20 * ROSTER], names[20 * ROSTER : 20 * ROSTER + 10]
    groups, rosters = [], {}
    for s, slot in enumerate(SLOTS):
        for r, room in enumerate(ROOMS):
            name = f"{('Morning', 'Midday')[s >= 3]} Circle {s * len(ROOMS) + r + 1:02d}"
            lead = LEADS[(s % 2) * 4 + r]
            groups.append({"name": name, "start": slot, "room": room, "lead": lead})
            rosters[name] = people[(s * len(ROOMS) + r) * ROSTER :][:ROSTER]
    # Six sessions go to the afternoon, each to a free slot of its own room; no two share a
    # lead, and no session of a moved lead moves too.
    moved: list[dict[str, str]] = []
    for g in rng.sample(groups, len(groups)):
        leads_moved = {m["lead"] for m in moved}
        if len(moved) < MOVES and g["lead"] not in leads_moved:
            moved.append(g)
    taken: set[tuple[str, str]] = set()
    targets: dict[str, str] = {}
    for g in moved:  # a free afternoon slot of its own room, none taken twice
        to = next(t for t in AFTERNOON if (g["room"], t) not in taken)
        taken.add((g["room"], to))
        targets[g["name"]] = to
    work: dict[str, list[dict[str, Any]]] = {desk: [] for desk in DESKS}
    desks = list(DESKS)
    for g in groups:
        hour = int(g["start"][:2])
        first, second = rng.sample(desks, 2)  # two desks share each session's check-ins
        for n, person in enumerate(rosters[g["name"]]):
            desk = first if n % 2 == 0 else second
            status = "late" if rng.random() < 0.15 else "present"
            at = (hour - 1) * 60 + 50 + rng.uniform(0, 25)
            work[desk].append(
                {"at": at, "do": "check_in", "group": g["name"], "person": person, "status": status}
            )
    for n, person in enumerate(extra):
        g = groups[rng.randrange(len(groups))]
        hour = int(g["start"][:2])
        step: dict[str, Any] = {
            "at": hour * 60 + rng.uniform(5, 20),
            "group": g["name"],
            "person": person,
        }
        desk = desks[n % 3]
        if n % 2:  # someone new to the center: added, then checked in
            work[desk].append({**step, "do": "new_person"})
            step["at"] += 0.5
        work[desk].append({**step, "do": "walk_in"})
    for n, g in enumerate(moved):
        at = 7 * 60 + 50 + n * 30 + rng.uniform(0, 20)
        work[desks[n % 3]].append(
            {"at": at, "do": "move", "group": g["name"], "to": targets[g["name"]]}
        )
    actions: list[dict[str, Any]] = []
    for desk, todo in work.items():
        todo.sort(key=lambda a: a["at"])
        # Ten sign-ins a desk: its three people take turns, the first at 7:45.
        turns = [7 * 60 + 45, *sorted(rng.uniform(8 * 60, 12 * 60 + 30) for _ in range(9))]
        opened: set[tuple[str, str]] = set()
        staff = DESKS[desk]
        for n, at in enumerate(turns):
            todo.append({"at": at, "do": "sign_in", "who": staff[n % 3]})
        todo.sort(key=lambda a: (a["at"], a["do"] != "sign_in"))
        who = staff[0]
        for action in todo:
            if action["do"] == "sign_in":
                who = action["who"]
            elif action["do"] in ("check_in", "walk_in") and (who, action["group"]) not in opened:
                opened.add((who, action["group"]))  # the sheet is opened first, as on screen
                actions.append(
                    {
                        "at": action["at"] - 0.1,
                        "do": "open",
                        "group": action["group"],
                        "desk": desk,
                        "who": who,
                    }
                )
            actions.append({**action, "desk": desk, "who": who})
    actions.sort(key=lambda a: a["at"])
    for action in actions:
        action["at"] = _clock(action["at"])
    return {
        "rooms": [*ROOMS, "Room 5", "Room 6"],
        "leads": list(LEADS),
        "desks": {desk: list(people) for desk, people in DESKS.items()},
        "groups": groups,
        "rosters": rosters,
        "actions": actions,
    }


def write(path: Path = RECORDING) -> None:
    """One action a line, so a change to the recording reads well in a diff."""
    data = make()
    out = ["{"]
    for key in ("rooms", "leads", "desks", "groups", "rosters"):
        out.append(f' "{key}": {json.dumps(data[key], ensure_ascii=False)},')
    out.append(' "actions": [')
    out.append(",\n".join("  " + json.dumps(a, ensure_ascii=False) for a in data["actions"]))
    out += [" ]", "}", ""]
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else RECORDING)
