"""The fictional content of the demo center: names, rooms, wording. Contact details use the
reserved 555-01xx numbers and example.org addresses so nothing can reach a real person."""

from __future__ import annotations

from dataclasses import dataclass

FIRST_NAMES = (
    "Alex",
    "Amara",
    "Andre",
    "Angela",
    "Ari",
    "Bea",
    "Ben",
    "Bianca",
    "Caleb",
    "Camila",
    "Carmen",
    "Casey",
    "Cedric",
    "Chloe",
    "Dana",
    "Daniel",
    "Darius",
    "Deja",
    "Devon",
    "Diego",
    "Eden",
    "Elena",
    "Eli",
    "Emeka",
    "Farah",
    "Felix",
    "Gabe",
    "Grace",
    "Hana",
    "Hector",
    "Imani",
    "Isaac",
    "Jade",
    "Jamal",
    "Jasmine",
    "Jo",
    "Jordan",
    "Julian",
    "Kai",
    "Keisha",
    "Kenji",
    "Lana",
    "Leo",
    "Lena",
    "Luis",
    "Maggie",
    "Malik",
    "Marisol",
    "Mateo",
    "Maya",
    "Micah",
    "Mina",
    "Nadia",
    "Nate",
    "Nia",
    "Noah",
    "Omar",
    "Paloma",
    "Priya",
    "Quinn",
    "Rafael",
    "Rae",
    "Reggie",
    "Rosa",
    "Ruth",
    "Sam",
    "Sasha",
    "Simone",
    "Tariq",
    "Tess",
    "Theo",
    "Toni",
    "Uma",
    "Val",
    "Vince",
    "Wes",
    "Yara",
    "Yusuf",
    "Zane",
    "Zoe",
)

LAST_NAMES = (
    "Abara",
    "Adeyemi",
    "Alvarez",
    "Bauer",
    "Bell",
    "Brennan",
    "Castillo",
    "Chen",
    "Cortez",
    "Dalton",
    "Delgado",
    "Duarte",
    "Ellis",
    "Ferreira",
    "Fischer",
    "Fontaine",
    "Garza",
    "Gill",
    "Greer",
    "Haddad",
    "Hale",
    "Holloway",
    "Ibarra",
    "Iwu",
    "Jensen",
    "Kahale",
    "Keller",
    "Kowalski",
    "Lam",
    "Larkin",
    "Lindqvist",
    "Lowe",
    "Maddox",
    "Marsh",
    "Medina",
    "Moreau",
    "Nakamura",
    "Novak",
    "Nwosu",
    "Okafor",
    "Oliveira",
    "Ortega",
    "Park",
    "Patel",
    "Pike",
    "Quarles",
    "Ramos",
    "Reyes",
    "Rowe",
    "Salinas",
    "Santos",
    "Sato",
    "Shah",
    "Sorensen",
    "Stone",
    "Sullivan",
    "Tan",
    "Thorne",
    "Torres",
    "Underwood",
    "Vance",
    "Varga",
    "Vega",
    "Wade",
    "Walsh",
    "Webb",
    "Whitlock",
    "Yilmaz",
    "Young",
    "Zamora",
)


@dataclass(frozen=True)
class RoomSpec:
    name: str
    capacity: int
    accessible: bool
    notes: str
    location: str | None = None
    meeting_url: str | None = None


ROOMS = (
    RoomSpec(
        "Community Room", 20, True, "Step-free entrance; hearing loop; kitchenette", "Ground floor"
    ),
    RoomSpec("Group Room A", 12, True, "Step-free; accessible restroom next door", "Ground floor"),
    RoomSpec("Group Room B", 10, False, "Second floor, stairs only", "Second floor"),
    RoomSpec("Quiet Room", 4, True, "Soft lighting; for one-to-one conversations", "Ground floor"),
    RoomSpec(
        "Online Meeting Room",
        25,
        True,
        "Live captions can be switched on",
        meeting_url="https://meet.example.org/peercenter-demo/online-room",
    ),
)

LARGE_EXTRA_ROOMS = (
    RoomSpec("Group Room C", 12, True, "Step-free; movable tables", "Ground floor"),
    RoomSpec("Training Room", 16, True, "Projector; step-free", "Annex, ground floor"),
    RoomSpec("Wellness Studio", 14, True, "Mats and chairs; step-free", "Annex, ground floor"),
    RoomSpec("Quiet Room 2", 4, False, "Second floor, stairs only", "Second floor"),
)

TRAINING_DOMAINS = (
    "Advocacy",
    "Mentoring/Education",
    "Recovery/Wellness Support",
    "Ethical Responsibility",
)

# Initial peer-recovery training hours per domain (10/10/10/16), as blocks of whole minutes.
INITIAL_TRAINING = (
    ("Advocacy", "Advocacy in recovery-oriented systems", (300, 300)),
    ("Mentoring/Education", "Mentoring and sharing lived experience", (360, 240)),
    ("Recovery/Wellness Support", "Recovery planning and wellness tools", (300, 300)),
    ("Ethical Responsibility", "Ethics, boundaries and confidentiality", (480, 480)),
)

CONTINUING_EDUCATION = (
    ("Advocacy", "Navigating housing and benefits with participants"),
    ("Advocacy", "Reducing stigma in the community"),
    ("Mentoring/Education", "Motivational interviewing refresher"),
    ("Mentoring/Education", "Facilitating groups with mixed needs"),
    ("Recovery/Wellness Support", "Trauma-informed peer support"),
    ("Recovery/Wellness Support", "Naloxone and overdose response"),
    ("Recovery/Wellness Support", "Supporting families in recovery"),
    ("Ethical Responsibility", "Ethics update: social media and dual relationships"),
    ("Ethical Responsibility", "Confidentiality of substance use records"),
)

SUPERVISOR_TRAINING = (
    ("Ethical Responsibility", "Supervising peer workers: roles and boundaries"),
    ("Mentoring/Education", "Reflective supervision skills"),
)

PROVIDERS = (
    "Riverbend Recovery Institute (demo)",
    "State Peer Workforce Network (demo)",
    "Harborview Community College (demo)",
    "Northside Training Collaborative (demo)",
)

SUPERVISION_TOPICS = (
    "Boundaries with participants met in the community",
    "Documentation catch-up and note quality",
    "Self-care plan review",
    "Preparing for the certification exam",
    "Supporting a participant after a return to use",
    "Group facilitation: when one voice dominates",
    "Motivational interviewing practice",
    "Ethics: dual relationships in a small town",
    "Referral pathways for housing and benefits",
    "Debrief after a crisis call",
    "Caseload and schedule balance",
    "Sharing lived experience with purpose",
)

SUPERVISION_NOTES = (
    "Feeling stretched thin; agreed to protect Friday afternoons for documentation.",
    "Talked through a hard week; will use the employee assistance line if it continues.",
    "Strong growth in group facilitation. Ready to lead the evening group alone.",
    "Discussed own recovery supports and keeping them in place during busy months.",
    "Needs to finish the ethics hours before the renewal date.",
    "Boundary question resolved; plan written together.",
)

TIME_NOTES = {
    "documentation": ("Session notes", "Group notes and sign-in sheets", "Referral paperwork"),
    "direct_service": (
        "One-to-one support by phone",
        "Accompanied a participant to an appointment",
        "Drop-in support",
    ),
    "outreach": ("Outreach at the library", "Resource fair table", "Visited the shelter"),
    "admin": ("Team meeting", "Email and scheduling", "Supplies and room set-up"),
    "training": ("Training day",),
}

LEAVE_NOTES = ("Vacation", "Sick day", "Personal day")

CHECKIN_NOTES = (
    "Busy week.",
    "Feeling good after the training.",
    "Tired but okay.",
    "Glad the new group is going well.",
    "Could use a lighter week.",
)

CANCEL_REASONS = (
    "Facilitator out sick",
    "Severe weather",
    "Building maintenance",
    "Facilitator at a conference",
)
