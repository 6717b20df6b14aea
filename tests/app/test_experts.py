from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.db import Database, backup_copy, open_database
from app.services import experts, program
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError


def test_experts_presentations_and_materials(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    e = experts.create_expert(
        db,
        assembly.id,
        "Mette Frederiksen",
        role="Researcher",
        organisation="Aalborg Universitet",
        perspective="Climate science",
        email="mf@example.dk",
        phone="12345678",
    )
    assert e.first_name == "Mette"
    with pytest.raises(ServiceError):
        experts.create_expert(db, assembly.id, " ")
    with pytest.raises(ServiceError):
        experts.update_expert(db, e.id, email="not-an-address")
    assert experts.get_expert(db, e.id).email == "mf@example.dk"

    day = program.create_day(db, assembly.id, dt.date(2026, 3, 7))
    item = program.add_item(db, day.id, "Welcome", duration_min=30)
    slot = program.add_item(db, day.id, "Expert talk", kind="presentation", duration_min=45)
    p = experts.create_presentation(db, e.id, "Heat pumps in Sundby", agenda_item_id=slot.id)
    assert p.agenda_label == "Day 1, 09:30 – Expert talk"
    assert program.day_program(db, day.id).items[1].presentations == ("Heat pumps in Sundby – Mette Frederiksen",)
    p = experts.update_presentation(db, p.id, agenda_item_id=item.id)
    assert p.agenda_item_id == item.id
    assert experts.update_presentation(db, p.id, agenda_item_id=None).agenda_label == ""
    with pytest.raises(NotFound):
        experts.update_presentation(db, p.id, agenda_item_id=999)

    src = tmp_path / "slides æøå.pdf"
    src.write_bytes(b"%PDF-1.4 fake slides")
    m = experts.import_material(db, p.id, src)
    assert (m.filename, m.mime_type, m.size) == ("slides æøå.pdf", "application/pdf", 20)
    with pytest.raises(ServiceError):
        experts.add_material(db, p.id, "empty.pdf", b"")
    assert [x.filename for x in experts.list_materials(db, p.id)] == ["slides æøå.pdf"]

    # a backup carries the material
    copy = backup_copy(db, tmp_path / "backup.tingsted")
    other = open_database(copy)
    try:
        info, content = experts.material_content(other, m.id)
        assert content == b"%PDF-1.4 fake slides"
        out = experts.export_material(other, m.id, tmp_path / "out")
        assert out.read_bytes() == content and out.name == "slides æøå.pdf"
    finally:
        other.dispose()

    assert experts.list_experts(db, assembly.id)[0].presentations == 1
    experts.delete_expert(db, e.id)
    assert experts.list_experts(db, assembly.id) == []
    assert experts.list_presentations(db, assembly.id) == []
    with pytest.raises(NotFound):
        experts.material_content(db, m.id)
