from __future__ import annotations

import pytest

from core.app.bidang import (
    Bidang,
    BidangError,
    checked_list,
    clean_name,
    default_bidang,
    defaults_for,
    guess_opd_type,
    opd_types,
    resolve_names,
)


def test_every_type_has_a_source_a_reason_and_sekretariat() -> None:
    types = opd_types()
    assert len(types) >= 10
    assert len({t.id for t in types}) == len(types)
    for kind in types:
        assert kind.source.strip() and kind.reason.strip() and kind.match
        assert kind.bidang[0] == "Sekretariat"
        checked_list(Bidang(n) for n in kind.bidang)  # names valid, none twice


@pytest.mark.parametrize(("office", "kind"), [
    ("Dinas Kesehatan Kabupaten OKU Timur", "dinkes"),
    ("Dinas Pendidikan dan Kebudayaan", "disdik"),
    ("Dinas PUPR", "pupr"),
    ("Dinas Sosial", "dinsos"),
    ("Dinas Komunikasi dan Informatika Kab. OKU Timur", "kominfo"),
    ("Kecamatan Belitang", "kecamatan"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "dukcapil"),
    ("BPBD OKU Timur", "bpbd"),
    ("Bappeda", "bappeda"),
    ("Dinas Tanaman Pangan dan Hortikultura", "pertanian"),
])
def test_guess_type_from_the_office_name(office: str, kind: str) -> None:
    found = guess_opd_type(office)
    assert found is not None and found.id == kind


def test_unknown_office_gets_sekretariat_only() -> None:
    assert guess_opd_type("Kantor Antah Berantah") is None
    assert default_bidang("Kantor Antah Berantah") == (Bidang("Sekretariat", 1),)
    assert defaults_for(None) == (Bidang("Sekretariat", 1),)
    assert default_bidang("Dinas Kesehatan")[1] == Bidang("Bidang Kesehatan Masyarakat", 1)


def test_clean_name_refuses_empty_long_and_formula_names() -> None:
    assert clean_name("  Bidang   Bina  Marga ") == "Bidang Bina Marga"
    for bad in ("", "   ", "x" * 121, "=HYPERLINK(1)", "-Bidang", "Bidang A||B"):
        with pytest.raises(BidangError):
            clean_name(bad)


def test_checked_list_refuses_twice_and_bad_targets() -> None:
    with pytest.raises(BidangError, match="dua kali"):
        checked_list([Bidang("Sekretariat"), Bidang("sekretariat ")])
    with pytest.raises(BidangError, match="Target"):
        checked_list([Bidang("Sekretariat", -1)])
    with pytest.raises(BidangError, match="50"):
        checked_list(Bidang(f"Bidang {i}") for i in range(51))


def test_resolve_names_by_office_spelling_and_lists_known_ones() -> None:
    known = (Bidang("Sekretariat"), Bidang("Bidang Bina Marga"))
    assert resolve_names(["bidang  bina marga", "SEKRETARIAT", "Bidang Bina Marga"], known) == (
        "Bidang Bina Marga", "Sekretariat")
    with pytest.raises(BidangError) as caught:
        resolve_names(["Bidang Cipta Karya"], known)
    assert "\"Bidang Cipta Karya\"" in str(caught.value)
    assert "Sekretariat; Bidang Bina Marga" in str(caught.value)
    with pytest.raises(BidangError, match="Pengaturan"):
        resolve_names(["X"], ())
