"""The demo assembly, built fresh from the files in ``data/demo``.

(Foundation stub: the assembly and its categories. The full demo – pool, members,
days, experts, tables, recommendations, ballots – is built in the foundation issue.)
"""

from __future__ import annotations

from pathlib import Path

from app.db import Database, create_database
from app.models import Assembly, Category, CategoryValue

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"


def build_demo(path: str | Path, *, overwrite: bool = False) -> Database:
    db = create_database(path, overwrite=overwrite)
    with db.session() as s:
        a = Assembly(
            name="Borgertinget i Sundby",
            commissioning_body="Sundby Byråd",
            remit=("Hvordan skaber vi sammen et bæredygtigt Sundby for vores unge, byen og erhvervslivet?"),
            language="da",
            town="Sundby",
        )
        s.add(a)
        s.flush()
        for pos, (name, values) in enumerate(
            [
                ("Alder", [("16-24", 0.14), ("25-39", 0.22), ("40-59", 0.33), ("60+", 0.31)]),
                ("Køn", [("Kvinde", 0.505), ("Mand", 0.495)]),
            ]
        ):
            cat = Category(assembly_id=a.id, name=name, position=pos)
            cat.values = [
                CategoryValue(name=v, position=i, population_share=share) for i, (v, share) in enumerate(values)
            ]
            s.add(cat)
    return db
