"""Generate the demo assembly's data files in ``data/demo/`` (seeded, deterministic).

    .venv/bin/python scripts/make_demo_data.py

"Borgertinget i Sundby" is a synthetic Danish municipal citizens' assembly in the spirit of
Næstved's (2023): a pool of ~600 volunteers, 50 members drawn by stratified lottery, five
meeting days (Saturdays/Sundays, February–May 2027), seven experts, eight tables with
hosts, five table rotations, twelve draft recommendations, a closed and an open ballot
and an evaluation of day 1. Every name is invented; no real person is meant.

The draw is made by Tingsted's own lottery (``app.services.sortition``: LEXIMIN, quotas
from the population targets, the transparent lottery's public number), so the app can
reproduce it; that takes a few seconds, which is why it is done here and not when the
demo is built.

The files are plain CSV/JSON so a facilitator can read them, and ``app/demo.py`` loads them.
Running this script again gives byte-identical files (with the same solver versions).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import random
import string
from collections import Counter
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "data" / "demo"
SEED = 20270206
POOL_SIZE = 600
PANEL = 50
RESERVES = 10
N_TABLES = 8

# ----------------------------------------------------------------- categories
# Population shares of Sundby (invented, close to a mid-sized Zealand municipality).
CATEGORIES: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Alder", [("16-24", 0.14, ""), ("25-39", 0.22, ""), ("40-59", 0.33, ""), ("60+", 0.31, "")]),
    ("Køn", [("Kvinde", 0.505, "K;F"), ("Mand", 0.495, "M")]),
    (
        "Uddannelse",
        [
            ("Grundskole", 0.22, ""),
            ("Gymnasial", 0.12, "STX;HHX;HTX;HF"),
            ("Erhvervsfaglig", 0.34, "EUD"),
            ("Kort/mellemlang videregående", 0.22, "KVU;MVU"),
            ("Lang videregående", 0.10, "LVU"),
        ],
    ),
    (
        "Bopæl",
        [
            ("Midtbyen", 0.28, ""),
            ("Nordbyen", 0.20, ""),
            ("Havnekvarteret", 0.12, ""),
            ("Vestervang", 0.17, ""),
            ("Landsbyerne", 0.23, ""),
        ],
    ),
]
# Who answers an invitation letter: older and more educated people, more often.
POOL_BIAS = {
    "16-24": 0.7,
    "25-39": 0.85,
    "40-59": 1.1,
    "60+": 1.2,
    "Grundskole": 0.6,
    "Gymnasial": 1.0,
    "Erhvervsfaglig": 0.85,
    "Kort/mellemlang videregående": 1.3,
    "Lang videregående": 2.0,
}
AREA_POSTCODE = {"Midtbyen": "4790", "Nordbyen": "4791", "Havnekvarteret": "4792", "Vestervang": "4793"}
VILLAGES = ["Skovby", "Holme", "Rødstrup", "Enø Strand", "Lille Tved"]

FEMALE = (  # noqa: SIM905 (a list of names is easier to read as text)
    "Anne Mette Kirsten Hanne Susanne Lene Maria Marianne Camilla Louise Charlotte Pia Tina Lone Helle Rikke "
    "Julie Emma Ida Sofie Freja Clara Laura Karen Inge Birthe Jytte Bente Gitte Signe Nanna Maja Amalie Mia "
    "Sara Cecilie Line Malene Dorthe Annette Eva Jette Ulla Yasmin Fatima Agnieszka Leila Nadia"
).split()
MALE = (  # noqa: SIM905
    "Peter Jens Lars Michael Henrik Søren Thomas Jan Niels Anders Morten Martin Jesper Rasmus Kim Mads Christian "
    "Mikkel Frederik Oliver William Lucas Emil Noah Victor Magnus Jonas Carl Poul Erik Ole Bent Finn Kurt Hans "
    "Torben Steen Jørgen Kasper Simon Mathias Tobias Ahmed Ali Omar Piotr Tariq Villads Asger"
).split()
SURNAMES = (  # noqa: SIM905
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen "
    "Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen "
    "Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen "
    "Iversen Jeppesen Vestergaard Mogensen Nygaard Bach Dahl Lauridsen Kjær Skov Bruun Juhl Lindholm Østergaard "
    "Ravn Krogh Winther Thygesen Brandt Hedegaard Nørgaard Friis Mathiesen Kowalski Yilmaz Hussein Nguyen"
).split()
STREETS = {
    "Midtbyen": ["Algade", "Torvegade", "Kirkestræde", "Ringstedgade", "Brogade", "Rådhusstræde"],
    "Nordbyen": ["Nørrevang", "Kildemarksvej", "Bøgevej", "Egevænget", "Lærkevej", "Fasanvej"],
    "Havnekvarteret": ["Havnegade", "Kajgade", "Skibsbroen", "Fiskerstræde", "Ankerpladsen"],
    "Vestervang": ["Vestervangsvej", "Toftevej", "Mosevej", "Hyldevang", "Rugvænget", "Pilevej"],
    "Landsbyerne": ["Bygaden", "Skolevej", "Møllevej", "Engvej", "Gadekæret", "Præstevej"],
}
NEEDS = [
    "Kørestol – bord tæt på indgangen",
    "Høreapparat – sid tæt på højttaleren",
    "Vegetar",
    "Glutenfri kost",
    "Tolk (arabisk) ved oplæg",
]


def _weighted(rng: random.Random, values: list[tuple[str, float, str]], bias: bool) -> str:
    weights = [share * (POOL_BIAS.get(name, 1.0) if bias else 1.0) for name, share, _ in values]
    return rng.choices([v[0] for v in values], weights=weights)[0]


def _phone(rng: random.Random) -> str:
    digits = [rng.choice("2345678"), *(rng.choice(string.digits) for _ in range(7))]
    d = "".join(digits)
    return f"+45 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"


def _ascii(text: str) -> str:
    return (
        text.lower()
        .replace("æ", "ae")
        .replace("ø", "oe")
        .replace("å", "aa")
        .replace("é", "e")
        .replace(" ", "")
        .replace("-", "")
    )


def make_pool(rng: random.Random) -> list[dict[str, Any]]:
    pool: list[dict[str, Any]] = []
    used_emails: set[str] = set()
    household_no = 0
    i = 0
    while len(pool) < POOL_SIZE:
        i += 1
        values = {name: _weighted(rng, vals, bias=True) for name, vals in CATEGORIES}
        female = values["Køn"] == "Kvinde"
        first = rng.choice(FEMALE if female else MALE)
        last = rng.choice(SURNAMES)
        area = values["Bopæl"]
        street = rng.choice(STREETS[area])
        address = f"{street} {rng.randint(1, 120)}"
        if area == "Landsbyerne":
            village = rng.choice(VILLAGES)
            address += f", {village}"
            postcode = "4794"
        else:
            postcode = AREA_POSTCODE[area]
        email = f"{_ascii(first)}.{_ascii(last)}@eksempel.dk"
        n = 2
        while email in used_emails:
            email = f"{_ascii(first)}.{_ascii(last)}{n}@eksempel.dk"
            n += 1
        used_emails.add(email)
        person = {
            "external_id": f"S{1000 + i:04d}",
            "household": "",
            "first_name": first,
            "last_name": last,
            "email": email,
            "phone": _phone(rng),
            "address": address,
            "postcode": postcode,
            **values,
        }
        pool.append(person)
        # Now and then a partner in the same household answered too.
        if len(pool) < POOL_SIZE and rng.random() < 0.06 and values["Alder"] != "16-24":
            household_no += 1
            person["household"] = f"H{household_no:03d}"
            i += 1
            partner_values = dict(values)
            partner_values["Køn"] = "Mand" if female else "Kvinde"
            partner_values["Uddannelse"] = _weighted(rng, CATEGORIES[2][1], bias=True)
            pfirst = rng.choice(MALE if female else FEMALE)
            pemail = f"{_ascii(pfirst)}.{_ascii(last)}{i}@eksempel.dk"
            used_emails.add(pemail)
            pool.append(
                {
                    "external_id": f"S{1000 + i:04d}",
                    "household": person["household"],
                    "first_name": pfirst,
                    "last_name": last,
                    "email": pemail,
                    "phone": _phone(rng),
                    "address": address,
                    "postcode": postcode,
                    **partner_values,
                }
            )
    return pool


# ------------------------------------------------------------------------ draw


# The public number drawn with three dice (000–999) at the draw, and the draw's seed (it
# orders the reserves). The panel is ticket 742 of the 1,000 panels of the transparent
# lottery, which depend only on the pool and the quotas.
DRAW_NUMBER = 742
# One seat of leeway on each side of the rounded target: exact quotas (0) left one young
# respondent with basic schooling in every possible panel (a 100 % chance) and the lowest
# chance at 4.1 %; with 1 the chances are far more even, and the panel still mirrors the targets.
QUOTA_TOLERANCE = 1
DRAW_SEED = "527319084"


def make_draw(pool: list[dict[str, Any]]) -> tuple[list[int], list[int], list[float], dict[str, Any]]:
    """The draw, made by Tingsted's own lottery exactly as the app makes it: quotas from
    the population targets for a panel of 50 (``quotas_from_targets``, ``QUOTA_TOLERANCE``), LEXIMIN with the
    household rule, the 1,000-panel transparent lottery, ticket ``DRAW_NUMBER``, reserves
    ranked by ``DRAW_SEED``. Returns (members, ranked reserves, exact LEXIMIN
    probabilities, the draw's record) in the pool's order; ``app.demo`` stores the record
    so the Lottery page's "Reproduce draw" recomputes the same panel and reserves."""
    from app.algorithms import leximin
    from app.services import quotas, sortition

    categories = {name: [v[0] for v in vals] for name, vals in CATEGORIES}
    bounds: dict[tuple[str, str], tuple[int, int]] = {}
    for name, vals in CATEGORIES:
        for (value, _share, _al), q in zip(
            vals, quotas.quotas_from_targets([v[1] for v in vals], PANEL, QUOTA_TOLERANCE), strict=True
        ):
            assert q is not None
            bounds[(name, value)] = q
    # the order ``sortition._load_instance`` reads the pool in: by external id
    order = sorted(range(len(pool)), key=lambda i: pool[i]["external_id"])
    rows = [tuple(categories[name].index(pool[i][name]) for name in categories) for i in order]
    inst = leximin.Instance(
        categories, rows, bounds, PANEL, [pool[i]["household"] or None for i in order], household_rule=True
    )
    ext = [pool[i]["external_id"] for i in order]
    probs, ticket_probs, tickets, model, notes, digest = sortition.compute_for_instance(inst, ext, "leximin")
    number, panel, ranked = sortition.pick(inst, tickets, DRAW_SEED, DRAW_NUMBER, RESERVES)
    assert number == DRAW_NUMBER and leximin.panel_meets_quotas(inst, panel)
    achieved = {c: dict.fromkeys(vals, 0) for c, vals in categories.items()}
    for i in panel:
        for c, cat in enumerate(categories):
            achieved[cat][categories[cat][rows[i][c]]] += 1
    record = {
        "algorithm": "leximin",
        "model": model,
        "household_rule": True,
        "seed": DRAW_SEED,
        "number": DRAW_NUMBER,
        "tickets": len(tickets),
        "inputs_hash": digest,
        "quotas": {c: {v: list(bounds[(c, v)]) for v in vals} for c, vals in categories.items()},
        "achieved": achieved,
        "min_probability": min(probs),
        "min_ticket_probability": min(ticket_probs),
        "versions": sortition.versions(),
        "pool": len(pool),
        "notes": notes,
        "how_to_reproduce": (
            "Recompute the lottery from the same pool and quotas (same inputs hash); the 1,000 panels depend "
            "only on the inputs; the number (or, without one, the seed) picks the panel; the reserves are a "
            "shuffle seeded by the seed and the number."
        ),
    }
    probabilities = [0.0] * len(pool)
    for j, i in enumerate(order):
        probabilities[i] = probs[j]
    return [order[j] for j in panel], [order[j] for j in ranked], probabilities, record


# --------------------------------------------------------------------- program

STAFF = {
    "lead": "Mette Lund (proceslede)",
    "facilitator": "Kasper Nygaard (facilitator)",
    "mayor": "Borgmester Lone Ravnholt",
    "secretariat": "Sekretariatet",
}
DAYS = [
    ("2027-02-06", "Velkommen til borgertinget", "Sundby Kulturhus"),
    ("2027-03-07", "Unge, uddannelse og fritid", "Sundby Kulturhus"),
    ("2027-04-10", "Byen, boligerne og naturen", "Sundby Gymnasium, Aulaen"),
    ("2027-04-25", "Erhverv, job og grøn omstilling", "Sundby Kulturhus"),
    ("2027-05-22", "Anbefalinger og afstemning", "Sundby Rådhus, Byrådssalen"),
]

EXPERTS = [
    {
        "key": "E1",
        "name": "Henrik Vestergaard",
        "role": "Analysechef",
        "organisation": "Sundby Kommune, Økonomi og Analyse",
        "perspective": "Fakta om kommunen",
        "bio": "Har i 12 år lavet befolknings- og erhvervsanalyser for kommunen.",
        "title": "Sundby i tal: unge, byen og erhvervslivet",
        "summary": "Befolkningsudvikling, fraflytning blandt unge, pendling og de største arbejdspladser.",
    },
    {
        "key": "E2",
        "name": "Sofie Kjærsgaard",
        "role": "Lektor i bæredygtig byudvikling",
        "organisation": "Center for Bæredygtige Byer, Sjællands Universitet",
        "perspective": "Forskning",
        "bio": "Forsker i hvordan mellemstore byer kan vokse uden at øge deres klimaaftryk.",
        "title": "Hvad betyder bæredygtighed for en by som Sundby?",
        "summary": "Social, økonomisk og miljømæssig bæredygtighed – og hvor de kan stå i vejen for hinanden.",
    },
    {
        "key": "E3",
        "name": "Jonas Frederiksen",
        "role": "Formand",
        "organisation": "Sundby Ungeråd",
        "perspective": "De unges stemme",
        "bio": "21 år, studerer til pædagog og har siddet i ungerådet i tre år.",
        "title": "Hvorfor flytter de unge – og hvad får dem til at blive?",
        "summary": "Resultater fra ungerådets rundspørge blandt 800 unge i Sundby.",
    },
    {
        "key": "E4",
        "name": "Camilla Østergaard",
        "role": "Direktør",
        "organisation": "Sundby Erhvervsforum",
        "perspective": "Erhvervslivet",
        "bio": "Repræsenterer 240 lokale virksomheder, fra håndværk til industri.",
        "title": "Virksomhedernes behov for arbejdskraft frem mod 2035",
        "summary": "Hvilke faglærte og hvilke kompetencer mangler, og hvordan kan skolerne hjælpe?",
    },
    {
        "key": "E5",
        "name": "Ali Hassan",
        "role": "Uddannelsesvejleder",
        "organisation": "Ungdommens Uddannelsesvejledning Sundby",
        "perspective": "Uddannelse og vejledning",
        "bio": "Vejleder unge mellem 15 og 25 år om valg af uddannelse.",
        "title": "Vejen fra folkeskole til uddannelse og job",
        "summary": "Frafald, praktikpladser og de unge, der hverken er i uddannelse eller job.",
    },
    {
        "key": "E6",
        "name": "Birgitte Holm",
        "role": "Byplanlægger",
        "organisation": "Sundby Kommune, Plan og Miljø",
        "perspective": "Byplanlægning",
        "bio": "Arbejder med kommuneplanen og omdannelsen af havnen.",
        "title": "Havnen, midtbyen og landsbyerne: hvor skal Sundby vokse?",
        "summary": "Kommuneplanens rammer, boligbehovet og hvad borgerne kan påvirke.",
    },
    {
        "key": "E7",
        "name": "Rasmus Bach",
        "role": "Projektleder",
        "organisation": "Grøn Omstilling Sydsjælland",
        "perspective": "Klima og energi",
        "bio": "Leder et samarbejde mellem seks kommuner om energirenovering og kollektiv trafik.",
        "title": "Grøn omstilling, der kan mærkes lokalt",
        "summary": "Energi, transport og grønne job – eksempler fra andre mellemstore byer.",
    },
]

# (kind, title, minutes, responsible, room, expert key or "")
Agenda = list[tuple[str, str, int, str, str, str]]
SAL = "Salen"
CAFE = "Caféen"
AGENDAS: list[Agenda] = [
    [
        ("plenary", "Velkomst og morgenkaffe", 30, STAFF["mayor"], SAL, ""),
        ("plenary", "Hvad er et borgerting? Opgaven og rammerne", 30, STAFF["lead"], SAL, ""),
        ("table_dialogue", "Lær hinanden at kende ved bordene", 45, "Bordværterne", SAL, ""),
        ("break", "Pause", 15, "", CAFE, ""),
        ("presentation", "Sundby i tal: unge, byen og erhvervslivet", 30, "", SAL, "E1"),
        ("table_dialogue", "Hvad undrer os? Spørgsmål til eksperterne", 30, "Bordværterne", SAL, ""),
        ("break", "Frokost", 45, "", CAFE, ""),
        ("presentation", "Hvad betyder bæredygtighed for en by som Sundby?", 30, "", SAL, "E2"),
        ("table_dialogue", "Drømme og bekymringer for Sundby", 60, "Bordværterne", SAL, ""),
        ("break", "Kaffe og kage", 15, "", CAFE, ""),
        ("plenary", "Opsamling fra bordene", 30, STAFF["facilitator"], SAL, ""),
        ("vote", "Vejledende afstemning om de første udkast", 30, STAFF["lead"], SAL, ""),
        ("plenary", "Evaluering og tak for i dag", 30, STAFF["lead"], SAL, ""),
    ],
    [
        ("plenary", "Velkommen tilbage – hvor er vi nu?", 30, STAFF["lead"], SAL, ""),
        ("presentation", "Hvorfor flytter de unge – og hvad får dem til at blive?", 30, "", SAL, "E3"),
        ("table_dialogue", "De unges Sundby", 45, "Bordværterne", SAL, ""),
        ("break", "Pause", 15, "", CAFE, ""),
        ("presentation", "Vejen fra folkeskole til uddannelse og job", 30, "", SAL, "E5"),
        ("plenary", "Spørgsmål til eksperterne", 30, STAFF["facilitator"], SAL, ""),
        ("break", "Frokost", 45, "", CAFE, ""),
        ("table_dialogue", "Idéer til anbefalinger: unge og uddannelse", 75, "Bordværterne", SAL, ""),
        ("break", "Kaffe", 15, "", CAFE, ""),
        ("table_dialogue", "Skriv de første udkast", 60, "Bordværterne", SAL, ""),
        ("plenary", "Bordene fremlægger deres udkast", 30, STAFF["facilitator"], SAL, ""),
        ("plenary", "Evaluering og tak for i dag", 15, STAFF["lead"], SAL, ""),
    ],
    [
        ("plenary", "Velkomst og dagens program", 20, STAFF["lead"], SAL, ""),
        ("presentation", "Havnen, midtbyen og landsbyerne: hvor skal Sundby vokse?", 40, "", SAL, "E6"),
        ("table_dialogue", "Byen vi vil have", 45, "Bordværterne", SAL, ""),
        ("break", "Pause", 15, "", CAFE, ""),
        ("presentation", "Grøn omstilling, der kan mærkes lokalt", 30, "", SAL, "E7"),
        ("plenary", "Spørgsmål og svar med eksperterne", 30, STAFF["facilitator"], SAL, ""),
        ("break", "Frokost", 45, "", CAFE, ""),
        ("table_dialogue", "Udkast: by, boliger og natur", 75, "Bordværterne", SAL, ""),
        ("break", "Kaffe", 15, "", CAFE, ""),
        ("table_dialogue", "Læs de andre bordes udkast og giv feedback", 60, "Bordværterne", SAL, ""),
        ("plenary", "Opsamling og evaluering", 45, STAFF["lead"], SAL, ""),
    ],
    [
        ("plenary", "Velkomst og dagens program", 20, STAFF["lead"], SAL, ""),
        ("presentation", "Virksomhedernes behov for arbejdskraft frem mod 2035", 40, "", SAL, "E4"),
        ("table_dialogue", "Job og erhverv i Sundby", 45, "Bordværterne", SAL, ""),
        ("break", "Pause", 15, "", CAFE, ""),
        ("plenary", "Paneldebat: erhvervsliv, unge og kommunen", 45, STAFF["facilitator"], SAL, ""),
        ("break", "Frokost", 45, "", CAFE, ""),
        ("table_dialogue", "Udkast: erhverv og grøn omstilling", 75, "Bordværterne", SAL, ""),
        ("break", "Kaffe", 15, "", CAFE, ""),
        ("table_dialogue", "Ændringsforslag til alle udkast", 60, "Bordværterne", SAL, ""),
        ("plenary", "Hvad mangler vi? Opsamling og evaluering", 60, STAFF["lead"], SAL, ""),
    ],
    [
        ("plenary", "Velkomst: den sidste dag", 20, STAFF["mayor"], "Byrådssalen", ""),
        ("table_dialogue", "Sidste gennemlæsning af anbefalingerne", 70, "Bordværterne", "Byrådssalen", ""),
        ("break", "Pause", 15, "", "Foyeren", ""),
        ("vote", "Afstemning om anbefalingerne, del 1", 45, STAFF["lead"], "Byrådssalen", ""),
        ("break", "Frokost", 45, "", "Foyeren", ""),
        ("vote", "Afstemning om anbefalingerne, del 2", 45, STAFF["lead"], "Byrådssalen", ""),
        ("table_dialogue", "Mindretalsudtalelser og begrundelser", 60, "Bordværterne", "Byrådssalen", ""),
        ("break", "Kaffe", 15, "", "Foyeren", ""),
        ("plenary", "Overrækkelse af anbefalingerne til byrådet", 45, STAFF["mayor"], "Byrådssalen", ""),
        ("plenary", "Evaluering, tak og afslutning", 60, STAFF["lead"], "Byrådssalen", ""),
    ],
]

TABLES = [
    ("Egen", "Ditte Marcussen"),
    ("Bøgen", "Karsten Lykke"),
    ("Birken", "Sanne Thorup"),
    ("Lærken", "Mohammed Aziz"),
    ("Asken", "Helene Vind"),
    ("Linden", "Bo Kragh"),
    ("Elmen", "Trine Abildgaard"),
    ("Pilen", "Nikolaj Strand"),
]


def make_seating(rng: random.Random, members: list[dict[str, Any]]) -> list[list[int]]:
    """Five rounds: each member at one table per round, sizes differing by at most one,
    every table close to the assembly's mix on every category, few repeated meetings.

    A greedy start, then swaps between tables that lower the cost: the squared distance
    of each table's category counts from their proportional share, plus a weight for
    every pair of members who have already sat together.
    """
    numbers = [m["number"] for m in members]
    n = len(numbers)
    names = [name for name, _ in CATEGORIES]
    profile = {m["number"]: tuple(m[name] for name in names) for m in members}
    share = {
        (c, v): sum(1 for num in numbers if profile[num][c] == v) / n
        for c in range(len(names))
        for v in sorted({profile[num][c] for num in numbers})
    }
    met: Counter[tuple[int, int]] = Counter()
    repeat_weight = 6.0
    rounds: list[list[int]] = []
    base, extra = divmod(n, N_TABLES)
    capacity = [base + (1 if t < extra else 0) for t in range(N_TABLES)]

    def pair(a: int, b: int) -> tuple[int, int]:
        return (a, b) if a < b else (b, a)

    def table_cost(seat: list[int]) -> float:
        size = len(seat)
        cost = 0.0
        counts = Counter((c, profile[num][c]) for num in seat for c in range(len(names)))
        for (c, v), s in share.items():
            d = abs(counts[(c, v)] - s * size)
            cost += d * d + (30 if d > 1 + 1e-9 else 0)  # beyond ±1 of proportional costs much more
        for i, a in enumerate(seat):
            for b in seat[i + 1 :]:
                cost += repeat_weight * met[pair(a, b)]
        return cost

    for _round in range(5):
        order = numbers[:]
        rng.shuffle(order)
        seats: list[list[int]] = [[] for _ in range(N_TABLES)]
        for k, num in enumerate(order):  # a round-robin start over the shuffled members
            seats[k % N_TABLES].append(num)
        assert [len(s) for s in seats] == capacity
        costs = [table_cost(s) for s in seats]
        best, best_total = [s[:] for s in seats], sum(costs)
        steps = 20000
        for step in range(steps):
            temperature = 3.0 * (0.002 ** (step / steps))  # simulated annealing: 3 → 0.006
            ta, tb = rng.sample(range(N_TABLES), 2)
            ia, ib = rng.randrange(len(seats[ta])), rng.randrange(len(seats[tb]))
            a, b = seats[ta][ia], seats[tb][ib]
            seats[ta][ia], seats[tb][ib] = b, a
            new_a, new_b = table_cost(seats[ta]), table_cost(seats[tb])
            delta = new_a + new_b - costs[ta] - costs[tb]
            if delta < 0 or rng.random() < math.exp(-delta / temperature):
                costs[ta], costs[tb] = new_a, new_b
                if sum(costs) < best_total - 1e-9:
                    best, best_total = [s[:] for s in seats], sum(costs)
            else:
                seats[ta][ia], seats[tb][ib] = a, b
        seats = best
        assignment = {num: t for t, seat in enumerate(seats) for num in seat}
        for seat in seats:
            for i, a in enumerate(seat):
                for b in seat[i + 1 :]:
                    met[pair(a, b)] += 1
        rounds.append([assignment[num] + 1 for num in numbers])
    repeats = sum(c - 1 for c in met.values() if c > 1)
    print(f"seating: {len(met)} pairs met, {repeats} repeated meetings over 5 rounds")
    return rounds


# ----------------------------------------------------------- recommendations

THEMES = {
    "U": "Unge og uddannelse",
    "E": "Erhverv og job",
    "G": "Grøn omstilling og mobilitet",
    "B": "Byliv og mødesteder",
    "H": "Boliger og byudvikling",
    "D": "Demokrati og inddragelse",
}

RECOMMENDATIONS: list[dict[str, Any]] = [
    {
        "code": "A1",
        "theme": "U",
        "title": "Et Ungdommens Hus i Midtbyen",
        "versions": [
            "Kommunen skal oprette et hus for unge i Midtbyen.",
            "Kommunen skal oprette et Ungdommens Hus i Midtbyen, hvor unge mellem 15 og 25 år kan mødes, "
            "lave lektier og få vejledning.",
            "Kommunen skal inden 2029 åbne et Ungdommens Hus i Midtbyen, hvor unge mellem 15 og 25 år kan mødes, "
            "lave lektier, øve musik og få vejledning. De unge skal være med til at drive huset.",
        ],
        "initiatives": [
            "Brug en tom butik eller kommunal bygning i Midtbyen i en prøveperiode på to år.",
            "Åbent alle hverdage til kl. 22 og i weekenden.",
            "Et husråd med unge, der bestemmer over en del af budgettet.",
        ],
    },
    {
        "code": "A2",
        "theme": "E",
        "title": "Praktikpladsgaranti for unge i Sundby",
        "versions": [
            "Alle unge på en erhvervsuddannelse skal have en praktikplads i Sundby.",
            "Kommunen og Sundby Erhvervsforum skal sammen sikre, at alle unge på en erhvervsuddannelse kan få en "
            "praktikplads i kommunen.",
        ],
        "initiatives": [
            "En fælles praktikpladsbank for kommunen og virksomhederne.",
            "Kommunen opretter selv 20 ekstra lærepladser om året.",
        ],
    },
    {
        "code": "A3",
        "theme": "G",
        "title": "Aftenbusser til landsbyerne",
        "versions": [
            "Der skal køre busser til landsbyerne om aftenen.",
            "Der skal køre busser mellem Midtbyen og landsbyerne mindst hver time til kl. 23, også i weekenden.",
            "Der skal køre busser mellem Midtbyen og landsbyerne mindst hver time til kl. 23, også i weekenden. "
            "Unge under 25 kører for halv pris.",
        ],
        "initiatives": [
            "Forsøg med flextur og delebusser i de tyndest befolkede områder.",
            "Halv pris for unge under 25 på alle lokale ruter.",
            "Sikre cykelparkering ved de vigtigste stoppesteder.",
        ],
    },
    {
        "code": "A4",
        "theme": "B",
        "title": "Byhaver og grønne tage på havnen",
        "versions": [
            "Havnen skal have byhaver, hvor borgerne kan dyrke grøntsager.",
            "Havnekvarteret skal have byhaver og grønne tage, som borgere, skoler og foreninger kan bruge.",
        ],
        "initiatives": [
            "Afsæt 5.000 m² på havnen til byhaver de næste ti år.",
            "Krav om grønne tage på nye byggerier på havnen.",
        ],
    },
    {
        "code": "A5",
        "theme": "H",
        "title": "Flere billige ungdomsboliger",
        "versions": [
            "Der skal bygges flere billige boliger til unge.",
            "Der skal bygges 300 billige ungdomsboliger tæt på uddannelserne og stationen inden 2032.",
            "Der skal bygges 300 billige ungdomsboliger tæt på uddannelserne og stationen inden 2032. "
            "Huslejen må højst være en tredjedel af SU'en plus boligstøtte.",
        ],
        "initiatives": [
            "Boligselskaberne får billige byggegrunde mod at bygge ungdomsboliger.",
            "Tomme kontorer i Midtbyen kan laves om til ungdomsboliger.",
        ],
    },
    {
        "code": "A6",
        "theme": "E",
        "title": "Et iværksætterhus for unge og nye virksomheder",
        "versions": [
            "Kommunen skal lave et iværksætterhus.",
            "Kommunen skal sammen med erhvervslivet åbne et iværksætterhus med billige kontorer, værksted og "
            "rådgivning for unge og nye virksomheder.",
        ],
        "initiatives": [
            "Gratis rådgivning det første år for virksomheder startet af unge under 30.",
            "Fælles værksted med 3D-printer, laserskærer og værktøj.",
            "Mentorer fra lokale virksomheder.",
        ],
    },
    {
        "code": "A7",
        "theme": "G",
        "title": "Sammenhængende cykelstier mellem landsbyerne og byen",
        "versions": [
            "Der skal være cykelstier fra alle landsbyer ind til byen.",
            "Alle landsbyer i kommunen skal inden 2035 have en sikker cykelsti til Midtbyen, med lys på de "
            "strækninger, hvor skolebørn cykler.",
        ],
        "initiatives": [
            "En plan for de manglende strækninger, prioriteret efter skoleveje.",
            "Lys og bedre vintervedligehold på cykelstierne.",
        ],
    },
    {
        "code": "A8",
        "theme": "B",
        "title": "Havnebad og aktivitetsområde på havnen",
        "versions": [
            "Der skal være et havnebad.",
            "Sundby skal have et havnebad og et aktivitetsområde på havnen, som er åbent for alle og gratis.",
            "Sundby skal have et havnebad og et aktivitetsområde med plads til sport, leg og ophold på havnen, "
            "som er åbent for alle og gratis. Foreningerne skal være med til at planlægge det.",
        ],
        "initiatives": [
            "Havnebad med livredder i sommerferien.",
            "Skaterbane, streetbasket og overdækket opholdssted.",
        ],
    },
    {
        "code": "A9",
        "theme": "U",
        "title": "Skoler og virksomheder samarbejder om grønne job",
        "versions": [
            "Skolerne skal samarbejde mere med virksomhederne.",
            "Alle folkeskoler skal have et fast samarbejde med mindst to lokale virksomheder om grønne job og "
            "erhvervspraktik.",
        ],
        "initiatives": [
            "Erhvervspraktik i 8. klasse for alle elever.",
            "Et årligt jobmarked om grønne job på gymnasiet og erhvervsskolen.",
        ],
    },
    {
        "code": "A10",
        "theme": "G",
        "title": "Energirenovering med lokale håndværkere",
        "versions": [
            "Kommunens bygninger skal energirenoveres.",
            "Kommunen skal energirenovere alle sine bygninger inden 2035 og bruge lokale håndværkere og lærlinge "
            "til arbejdet.",
        ],
        "initiatives": [
            "Krav om lærlinge på alle kommunale renoveringsopgaver.",
            "Solceller på skoler og haller.",
            "Rådgivning til boligejere om energirenovering.",
        ],
    },
    {
        "code": "A11",
        "theme": "U",
        "title": "Mentorordning mellem generationerne",
        "versions": [
            "Ældre og unge skal kunne hjælpe hinanden.",
            "En frivillig mentorordning, hvor ældre borgere hjælper unge med lektier, job og hverdagen, og unge "
            "hjælper ældre med det digitale.",
        ],
        "initiatives": [
            "Et mødested på biblioteket to eftermiddage om ugen.",
            "En koordinator i kommunen, der matcher mentorer og unge.",
        ],
    },
    {
        "code": "A12",
        "theme": "D",
        "title": "Borgertinget skal følges op",
        "versions": [
            "Byrådet skal svare på anbefalingerne.",
            "Byrådet skal inden seks måneder svare skriftligt på hver anbefaling og ét år efter holde et åbent møde "
            "med borgertingets medlemmer om, hvad der er sket.",
        ],
        "initiatives": [
            "Et skriftligt svar på hver anbefaling, offentliggjort på kommunens hjemmeside.",
            "Et opfølgningsmøde med medlemmerne efter et år.",
        ],
    },
]
AMENDMENTS = [
    {
        "code": "A3",
        "version": 2,
        # An amendment holds the whole proposed wording (accepting it makes that the new version).
        "text": "Der skal køre busser mellem Midtbyen og landsbyerne mindst hver time til kl. 23, også i weekenden. "
        "Unge under 25 kører for halv pris.",
        "rationale": "Prisen er den største hindring for de unge i landsbyerne.",
        "table": 4,
        "status": "accepted",
        "result_version": 3,
    },
    {
        "code": "A5",
        "version": 3,
        "text": "Der skal bygges 200 billige ungdomsboliger tæt på uddannelserne og stationen inden 2032. "
        "Huslejen må højst være en tredjedel af SU'en plus boligstøtte.",
        "rationale": "300 boliger er mere end behovet ifølge kommunens egne tal.",
        "table": 2,
        "status": "proposed",
        "result_version": None,
    },
    {
        "code": "A8",
        "version": 2,
        "text": "Sundby skal have et havnebad og et aktivitetsområde med plads til sport, leg og ophold på havnen, "
        "som er åbent for alle og gratis. Foreningerne skal være med til at planlægge det.",
        "rationale": "Så det bliver brugt hele året.",
        "table": 7,
        "status": "accepted",
        "result_version": 3,
    },
]

# Support profile per closed-ballot item: weights for the steps 5..1.
SUPPORT_PROFILES = {
    "A1": [18, 14, 8, 3, 2],
    "A2": [20, 15, 6, 2, 1],
    "A3": [16, 16, 7, 3, 2],
    "A4": [6, 10, 12, 10, 6],
    "A5": [13, 12, 10, 6, 3],
    "A6": [9, 12, 12, 8, 3],
}
SCALE = [
    ("5", "Helt enig", True),
    ("4", "Støtter", True),
    ("3", "Kan leve med", True),
    ("2", "Imod", False),
    ("1", "Helt imod", False),
]

SURVEY_QUESTIONS = [
    ("q1", "likert", "Jeg fik sagt det, jeg gerne ville, ved mit bord."),
    ("q2", "likert", "Oplæggene var til at forstå."),
    ("q3", "likert", "Bordværten styrede samtalen godt."),
    ("q4", "likert", "Jeg følte mig respekteret af de andre ved bordet."),
    ("q5", "likert", "Dagen var godt tilrettelagt."),
    ("good", "text", "Hvad fungerede godt i dag?"),
    ("better", "text", "Hvad kan vi gøre bedre næste gang?"),
]
LIKERT_LABELS = ["Meget uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Meget enig"]
LIKERT_WEIGHTS = {
    "q1": [1, 2, 5, 16, 16],
    "q2": [1, 4, 8, 17, 10],
    "q3": [0, 1, 4, 14, 21],
    "q4": [0, 1, 3, 12, 24],
    "q5": [1, 3, 7, 18, 11],
}
GOOD = [
    "God stemning ved bordet.",
    "Det var spændende at møde folk, jeg aldrig ellers ville tale med.",
    "Oplægget om Sundby i tal var meget øjenåbnende.",
    "Bordværten var god til at give alle ordet.",
    "Maden!",
    "At vi fik lov at stille spørgsmål direkte til eksperterne.",
    "Dejligt at der var tid til pauser.",
    "Jeg føler, at min mening tæller.",
]
BETTER = [
    "Lidt for lange oplæg efter frokost.",
    "Svært at høre i salen, når alle borde taler på én gang.",
    "Mere tid ved bordene.",
    "Send materialet ud før mødet.",
    "Flere unge ved mit bord.",
    "Det var svært at finde parkering.",
    "Kortere dag – det er lang tid at sidde stille.",
]
QUESTIONS = [
    (1, "E1", "Hvor mange unge flytter fra Sundby hvert år, og hvor flytter de hen?", "unge-flytning", "answered"),
    (3, "E1", "Hvor mange af dem kommer tilbage, når de har fået børn?", "unge-flytning", "answered"),
    (2, "E1", "Hvilke brancher har flest ledige stillinger lige nu?", "job", "selected"),
    (5, "E2", "Kan en by vokse og samtidig bruge mindre energi?", "vaekst-klima", "answered"),
    (6, "E2", "Hvad koster det at gøre Sundby CO2-neutral?", "vaekst-klima", "submitted"),
    (4, "E2", "Hvilke byer af vores størrelse er gode eksempler?", "eksempler", "selected"),
    (8, "E3", "Hvad savner de unge mest i fritiden?", "", "submitted"),
    (7, "E5", "Hvorfor falder så mange fra på erhvervsuddannelserne?", "frafald", "submitted"),
    (2, "E6", "Hvem bestemmer, hvad der skal bygges på havnen?", "havnen", "submitted"),
    (1, "E7", "Kan kommunen selv sætte prisen på bussen ned?", "bus", "discarded"),
]


# ------------------------------------------------------------------------- write


def _write_csv(name: str, header: list[str], rows: list[list[Any]]) -> None:
    with (OUT / name).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _write_json(name: str, data: Any) -> None:
    (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _check_agendas() -> None:
    for number, agenda in enumerate(AGENDAS, start=1):
        total = sum(item[2] for item in agenda)
        assert total == 7 * 60, f"day {number}: agenda is {total} min, the day is 420"


def main() -> None:
    _check_agendas()
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    cat_names = [name for name, _ in CATEGORIES]

    pool = make_pool(rng)
    members_idx, reserves_idx, probabilities, draw_record = make_draw(pool)

    # assembly.json: the assembly, the categories and the draw
    _write_json(
        "assembly.json",
        {
            "assembly": {
                "name": "Borgertinget i Sundby",
                "commissioning_body": "Sundby Byråd",
                "remit": "Hvordan skaber vi sammen et bæredygtigt Sundby for vores unge, byen og erhvervslivet?",
                "language": "da",
                "support_threshold": 0.8,
                "town": "Sundby",
                "description": (
                    "50 borgere, trukket ved lodtrækning blandt 600, der svarede på invitationen, mødes fem "
                    "lørdage og søndage fra februar til maj 2027 og giver byrådet deres anbefalinger."
                ),
            },
            "categories": [
                {
                    "name": name,
                    "values": [
                        {
                            "name": v,
                            "population_share": share,
                            "aliases": al,
                            "quota": draw_record["quotas"][name][v],
                        }
                        for v, share, al in vals
                    ],
                }
                for name, vals in CATEGORIES
            ],
            "draw": {
                "created_at": "2026-11-02T10:00:00",
                "algorithm": "leximin",
                "panel_size": PANEL,
                "reserves": RESERVES,
                "seed": DRAW_SEED,
                "transparent_number": DRAW_NUMBER,
                "note": (
                    "Demo data: drawn by Tingsted's LEXIMIN lottery (household rule) with quotas from the "
                    f"population targets for {PANEL}; ticket {DRAW_NUMBER:03d} of the transparent lottery, "
                    f"reserves by seed {DRAW_SEED}. The probabilities are the exact LEXIMIN ones."
                ),
                "report": draw_record,
            },
        },
    )

    # respondents.csv: the pool (one line per respondent, like an import file)
    _write_csv(
        "respondents.csv",
        ["external_id", "household", "first_name", "last_name", "email", "phone", "address", "postcode", *cat_names],
        [
            [
                p[k]
                for k in (
                    "external_id",
                    "household",
                    "first_name",
                    "last_name",
                    "email",
                    "phone",
                    "address",
                    "postcode",
                    *cat_names,
                )
            ]
            for p in pool
        ],
    )

    # draw.csv: every respondent's probability, role and rank; members get their number
    # numbered in the order of their ids, as "Make members" numbers them
    member_number = {idx: n for n, idx in enumerate(sorted(members_idx, key=lambda i: pool[i]["external_id"]), 1)}
    reserve_rank = {idx: r for r, idx in enumerate(reserves_idx, start=1)}
    needs_rng = random.Random(SEED + 200)
    needs_for = dict(zip(needs_rng.sample(members_idx, len(NEEDS)), NEEDS, strict=True))
    rows = []
    for idx, p in enumerate(pool):
        role = "member" if idx in member_number else "reserve" if idx in reserve_rank else ""
        rows.append(
            [
                p["external_id"],
                f"{probabilities[idx]:.6f}",
                role,
                reserve_rank.get(idx, ""),
                member_number.get(idx, ""),
                needs_for.get(idx, ""),
            ]
        )
    _write_csv("draw.csv", ["external_id", "probability", "role", "rank", "member_number", "needs"], rows)

    # program.json: days with agendas, experts and their presentations
    experts_out = []
    for e in EXPERTS:
        slug = _ascii(e["name"].split()[-1])
        experts_out.append(
            {
                **{k: e[k] for k in ("key", "name", "role", "organisation", "perspective", "bio")},
                "email": f"{_ascii(e['name'].split()[0])}.{slug}@eksempel.dk",
                "phone": _phone(rng),
                "presentation": {"title": e["title"], "summary": e["summary"]},
            }
        )
    days_out = []
    for (date, title, venue), agenda in zip(DAYS, AGENDAS, strict=True):
        days_out.append(
            {
                "date": date,
                "title": title,
                "venue": venue,
                "start_time": "09:00",
                "end_time": "16:00",
                "agenda": [
                    {
                        "kind": kind,
                        "title": item_title,
                        "duration_min": minutes,
                        "responsible": responsible
                        or (next(e["name"] for e in EXPERTS if e["key"] == expert) if expert else ""),
                        "room": room,
                        "expert": expert,
                    }
                    for kind, item_title, minutes, responsible, room, expert in agenda
                ],
            }
        )
    _write_json("program.json", {"days": days_out, "experts": experts_out})

    # tables.csv and seating.csv (round, member number, table number)
    _write_csv(
        "tables.csv",
        ["number", "name", "host_name", "room"],
        [[n, name, host, "Salen"] for n, (name, host) in enumerate(TABLES, start=1)],
    )
    members = [{"number": member_number[idx], **pool[idx]} for idx in members_idx]
    members.sort(key=lambda m: m["number"])
    rounds = make_seating(random.Random(SEED + 300), members)
    _write_csv(
        "seating.csv",
        ["round", "member_number", "table"],
        [[r, m["number"], tables[i]] for r, tables in enumerate(rounds, start=1) for i, m in enumerate(members)],
    )

    # attendance.csv: day 1 (mostly present, a few late or absent)
    arng = random.Random(SEED + 400)
    numbers = [m["number"] for m in members]
    absent = arng.sample(numbers, 2)
    late = arng.sample([n for n in numbers if n not in absent], 3)
    reasons = ["Syg", "Familiefest"]
    att_rows = []
    for n in numbers:
        if n in absent:
            att_rows.append([1, n, "absent", reasons[absent.index(n)], ""])
        elif n in late:
            minute = arng.randint(15, 70)
            att_rows.append(
                [
                    1,
                    n,
                    "late",
                    "Toget var forsinket" if minute < 40 else "",
                    f"2027-02-06T09:{minute % 60:02d}:00" if minute < 60 else f"2027-02-06T10:{minute - 60:02d}:00",
                ]
            )
        else:
            t = dt.datetime(2027, 2, 6, 8, 35) + dt.timedelta(minutes=arng.randint(0, 24))
            att_rows.append([1, n, "present", "", t.isoformat()])
    _write_csv("attendance.csv", ["day", "member_number", "status", "reason", "checked_in_at"], att_rows)

    # recommendations.json
    rrng = random.Random(SEED + 500)
    recs_out = []
    for pos, rec in enumerate(RECOMMENDATIONS):
        origin = rrng.randint(1, N_TABLES)
        recs_out.append(
            {
                "code": rec["code"],
                "title": rec["title"],
                "theme": THEMES[rec["theme"]],
                "origin_table": origin,
                "position": pos,
                "versions": [
                    {
                        "number": i,
                        "text": text,
                        "author": f"Bord {origin}" if i == 1 else "Redaktionsgruppen",
                        "table": origin if i == 1 else None,
                        "note": ""
                        if i == 1
                        else (
                            "Redigeret efter feedback fra de andre borde" if i == 2 else "Ændringsforslag indarbejdet"
                        ),
                    }
                    for i, text in enumerate(rec["versions"], start=1)
                ],
                "initiatives": rec["initiatives"],
            }
        )
    _write_json("recommendations.json", {"recommendations": recs_out, "amendments": AMENDMENTS})

    # ballots.json + votes.csv
    _write_json(
        "ballots.json",
        {
            "ballots": [
                {
                    "key": "closed",
                    "day": 1,
                    "title": "Vejledende afstemning om de første udkast",
                    "question": "Hvor meget støtter du anbefalingen?",
                    "method": "support_scale",
                    "secret": True,
                    "threshold": 0.8,
                    "base": "valid",
                    "state": "closed",
                    "opened_at": "2027-02-06T15:32:00",
                    "closed_at": "2027-02-06T15:51:00",
                    "present_count": 48,
                    "eligible_count": 50,
                    "options": [
                        {"key": k, "label": label, "counts_as_support": sup, "is_blank": False}
                        for k, label, sup in SCALE
                    ],
                    "items": ["A1", "A2", "A3", "A4", "A5", "A6"],
                },
                {
                    "key": "open",
                    "day": 1,
                    "title": "Skal vi arbejde videre med disse udkast?",
                    "question": "Skal borgertinget arbejde videre med anbefalingen?",
                    "method": "yes_no_abstain",
                    "secret": True,
                    "threshold": 0.5,
                    "base": "valid",
                    "state": "open",
                    "opened_at": "2027-02-06T15:55:00",
                    "closed_at": None,
                    "present_count": None,
                    "eligible_count": None,
                    "options": [
                        {"key": "yes", "label": "Ja", "counts_as_support": True, "is_blank": False},
                        {"key": "no", "label": "Nej", "counts_as_support": False, "is_blank": False},
                        {"key": "abstain", "label": "Blank / undlader", "counts_as_support": False, "is_blank": True},
                    ],
                    "items": ["A7", "A8"],
                },
            ]
        },
    )
    vrng = random.Random(SEED + 600)
    vote_rows: list[list[Any]] = []
    for paper in range(1, 46):
        spoilt = paper == 45
        for code in ["A1", "A2", "A3", "A4", "A5", "A6"]:
            choice = "" if spoilt else vrng.choices(["5", "4", "3", "2", "1"], weights=SUPPORT_PROFILES[code])[0]
            vote_rows.append(["closed", paper, code, "paper", choice, int(spoilt)])
    present = [n for n in numbers if n not in absent]
    voted = sorted(vrng.sample(present, 12))
    for paper in range(1, len(voted) + 1):
        for code, weights in (("A7", [9, 2, 1]), ("A8", [7, 3, 2])):
            choice = vrng.choices(["yes", "no", "abstain"], weights=weights)[0]
            vote_rows.append(["open", paper, code, "device", choice, 0])
    # rows in a random order: the file's order must not tell anything either
    vrng.shuffle(vote_rows)
    _write_csv("votes.csv", ["ballot", "paper", "item", "source", "choice", "spoilt"], vote_rows)
    _write_csv("vote_cast.csv", ["ballot", "member_number"], [["open", n] for n in voted])

    # survey.json + survey_answers.csv (40 anonymous responses for day 1)
    _write_json(
        "survey.json",
        {
            "day": 1,
            "title": "Evaluering af dag 1",
            "questions": [
                {"code": code, "kind": kind, "text": text, "labels": LIKERT_LABELS if kind == "likert" else []}
                for code, kind, text in SURVEY_QUESTIONS
            ],
        },
    )
    srng = random.Random(SEED + 700)
    answer_rows: list[list[Any]] = []
    for response in range(1, 41):
        key = "".join(srng.choice("0123456789abcdef") for _ in range(16))
        for code, kind, _text in SURVEY_QUESTIONS:
            if kind == "likert":
                if srng.random() < 0.03:
                    continue  # left blank
                value = srng.choices([1, 2, 3, 4, 5], weights=LIKERT_WEIGHTS[code])[0]
                answer_rows.append([response, key, code, value, ""])
            else:
                pool_text = GOOD if code == "good" else BETTER
                if srng.random() < 0.55:
                    answer_rows.append([response, key, code, "", srng.choice(pool_text)])
    _write_csv("survey_answers.csv", ["response", "respondent_key", "question", "value_int", "value_text"], answer_rows)

    # questions.csv: questions from the tables to the experts
    _write_csv(
        "questions.csv",
        ["table", "expert", "text", "group_key", "status"],
        [list(q) for q in QUESTIONS],
    )

    # a short summary for whoever runs this
    counts = {name: Counter(pool[i][name] for i in members_idx) for name in cat_names}
    print(f"pool {len(pool)}, members {len(members_idx)}, reserves {len(reserves_idx)}")
    for name, vals in CATEGORIES:
        print(f"  {name}: " + ", ".join(f"{v} {counts[name][v]} (target {share * PANEL:.1f})" for v, share, _ in vals))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
