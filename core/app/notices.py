"""The licences of what ships with Saring: Saring's own (LICENSE, GPL-3.0-or-later) and every
third-party component of a bundle, read from the installed packages' metadata.

``scripts/third_party_notices.py`` writes ``THIRD-PARTY-NOTICES.txt`` with it when a bundle is
built (build.spec); the bundle carries that file and the About dialog shows it. Run from the
source tree, the dialog renders the same text from the packages installed in the environment.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from core.app.paths import resource_dir

NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"
LICENSE_NAME = "LICENSE.txt"

# What the package metadata gets wrong, checked against the licence file each ships.
LICENCE_CORRECTIONS = {
    # Its classifier says MIT; the LICENSE file in the wheel (and the repository) is the MPL 2.0.
    "spylls": "MPL-2.0",
    # Its classifier says GPLv2; COPYING.txt: GPL-2.0-or-later with the bootloader exception.
    "pyinstaller": "GPL-2.0-or-later WITH PyInstaller bootloader exception",
}
# Qt for Python (pyside6-essentials, shiboken6) has only a commercial-licence note in its metadata:
# the LGPL-3.0 it is used under (and the GPL-3.0 that builds on) come from the texts Saring ships
# for hunspell id_ID.
EXTRA_TEXTS = {
    "pyside6-essentials": ("LICENSE-LGPL-3.txt", "LICENSE-GPL-3.txt"),
    "shiboken6": ("LICENSE-LGPL-3.txt", "LICENSE-GPL-3.txt"),
}
NOTES = {
    "pyside6-essentials": (
        "Qt 6 and its Python binding, used under the LGPL-3.0 as dynamically linked libraries "
        "(the Qt6*/libQt6* files and the Qt for Python folder): you may replace them with another "
        "build of the same version. Qt's source: https://download.qt.io/official_releases/qt/ ; "
        "Qt for Python's: https://code.qt.io/cgit/pyside/pyside-setup.git/ . Qt contains third-party "
        "code under permissive licences (libjpeg, libwebp, libpng, zlib, FreeType, HarfBuzz, "
        "PCRE2, ICU on Linux ...), listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html ."),
    "pyinstaller": (
        "Only PyInstaller's bootloader ships (it starts Saring.exe / Saring). It is under the "
        "GPL-2.0-or-later with an exception that allows distributing it with any program."),
}
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str
    url: str = ""
    note: str = ""
    texts: tuple[tuple[str, str], ...] = ()  # (file name, licence text)


def _key(name: str) -> str:
    """A distribution name as the tables above spell it (Foo_Bar.baz: foo-bar-baz)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(meta: metadata.PackageMetadata, name: str) -> str:
    if _key(name) in LICENCE_CORRECTIONS:
        return LICENCE_CORRECTIONS[_key(name)]
    for key in ("License-Expression", "License"):
        value = _field(meta, key).strip()
        if value and value.upper() != "UNKNOWN" and "\n" not in value and len(value) < 100:
            return value
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return " / ".join(classifiers) or "lihat teks lisensi"


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    return str(meta[key] or "") if key in meta else ""


def _url(meta: metadata.PackageMetadata) -> str:
    if _field(meta, "Home-page"):
        return _field(meta, "Home-page")
    urls = [u.split(",", 1) for u in meta.get_all("Project-URL") or []]
    for wanted in ("homepage", "source", "repository"):
        for label, url in urls:
            if label.strip().lower() == wanted:
                return url.strip()
    return urls[0][1].strip() if urls else ""


def package_component(dist: metadata.Distribution) -> Component:
    """One installed package: its licence from the metadata, its licence files' text."""
    meta = dist.metadata
    name = meta["Name"]
    texts = []
    for file in dist.files or ():
        if not file.parts[0].endswith(".dist-info"):
            continue
        if LICENCE_FILE.match(file.name) or "licenses" in file.parts[1:-1]:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
    for extra in EXTRA_TEXTS.get(_key(name), ()):
        texts.append((extra, (resource_dir() / "dictionaries" / extra).read_text(encoding="utf-8")))
    return Component(name, meta["Version"], _licence(meta, name), _url(meta),
                     NOTES.get(_key(name), ""), tuple(texts))


def python_component() -> Component:
    """The Python interpreter and standard library inside the bundle (with the libraries its
    Windows and Linux builds include, such as OpenSSL, SQLite, zlib: listed in its LICENSE)."""
    base = Path(sys.base_prefix)
    version = ".".join(map(str, sys.version_info[:3]))
    candidates = [base / "LICENSE.txt",
                  base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:  # Debian's own Python keeps it in /usr/share/doc
        return Component("Python", version, "PSF-2.0", "https://www.python.org/",
                         "Licence text: https://docs.python.org/3/license.html")
    text = found.read_text(encoding="utf-8", errors="replace")
    return Component("Python", version, "PSF-2.0", "https://www.python.org/", "", (("LICENSE.txt", text),))


def dictionary_component() -> Component:
    return Component(
        "hunspell id_ID", "7.5.0", "LGPL-3.0",
        "https://github.com/LibreOffice/dictionaries/tree/master/id",
        "From LibreOffice's dictionaries 7.5.0 as packaged by Debian (hunspell-id): "
        "resources/dictionaries/id_ID.aff, id_ID.dic; see resources/dictionaries/README.md. "
        "Licence texts: resources/dictionaries/LICENSE-LGPL-3.txt and LICENSE-GPL-3.txt.")


def lexicon_components() -> list[Component]:
    """The word lists compiled into resources/lexicon/lexicon.marisa besides hunspell id_ID."""
    return [
        Component(
            "wamerican (SCOWL)", "2020.12.07", "SCOWL permissive licence",
            "http://wordlist.aspell.net/",
            "English word list from Debian's wamerican package, compiled into the lexicon so a "
            "correctly spelled English word gets a foreign-word advice: "
            "resources/lexicon/sources/english/ (copyright and licence in COPYRIGHT.txt)."),
        Component(
            "idn-area-data", "3.1.2", "ODbL-1.0 (data), MIT (package)",
            "https://github.com/fityannugroho/idn-area-data",
            "Names of Indonesia's provinces, regencies/cities and districts (Kepmendagri "
            "100.1.1-6117/2022) by Fityan and contributors, made available under the Open Database "
            "License 1.0; Saring's lexicon holds a Derivative Database of them, made by "
            "scripts/build_lexicon.py from the unchanged CSVs in resources/lexicon/sources/wilayah/ "
            "(licence texts there; see resources/lexicon/README.md)."),
        Component(
            "wordfreq (Indonesian frequencies)", "3.1.1", "CC-BY-SA-4.0 (data), Apache-2.0 (code)",
            "https://github.com/rspeer/wordfreq",
            "Zipf frequencies of Indonesian words from wordfreq by Robyn Speer "
            "(doi:10.5281/zenodo.7199437), derived from Wikipedia, OPUS OpenSubtitles 2018 "
            "(opensubtitles.org) and web text; extracted unchanged into "
            "resources/lexicon/sources/wordfreq/id-frequency.tsv and, for the word forms the "
            "lexicon accepts, compiled into it (keys f:). Those parts are offered under CC BY-SA "
            "4.0 (see resources/lexicon/sources/wordfreq/README.md)."),
    ]


def twitter_text_component() -> Component:
    """X's list of top-level domains, for counting web addresses as X does."""
    return Component(
        "twitter-text (top-level domain list)", "3.1.0", "Apache-2.0",
        "https://github.com/twitter/twitter-text",
        "The generic and country top-level domains of twitter-text's validGTLD.js and "
        "validCCTLD.js (npm package twitter-text 3.1.0, Copyright Twitter, Inc.), copied by "
        "scripts/update_twitter_tlds.py into resources/twitter-text/tlds.txt; licence text: "
        "resources/twitter-text/LICENSE.")


def msvc_runtime_component() -> Component:
    """Windows builds carry Microsoft's C/C++ runtime DLLs, as Python and Qt ship them."""
    return Component(
        "Microsoft Visual C++ runtime", "14", "Microsoft redistributable code",
        "https://learn.microsoft.com/cpp/windows/redistributing-visual-cpp-files",
        "vcruntime140*.dll, msvcp140*.dll: redistributable files of Microsoft Visual Studio, "
        "shipped inside the Windows Python and Qt wheels and distributed with them under "
        "Microsoft's terms for redistributable code.")


def distributions_for_modules(modules: Iterable[str]) -> list[str]:
    """The installed third-party distributions that provide these top-level modules (sorted,
    unique; Saring's own modules left out)."""
    providers = metadata.packages_distributions()
    names = {dist for module in modules for dist in providers.get(module.split(".")[0], ())}
    return sorted((n for n in names if _key(n) != "saring"), key=str.lower)


def runtime_distributions(root: str = "saring") -> list[str]:
    """``root`` and what it requires at run time, recursively (no extras); ``root`` left out."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _key(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist.metadata["Name"]
        for req in dist.requires or ():
            if "extra ==" in req:
                continue
            if ";" in req and "sys_platform" in req:
                marker = req.split(";", 1)[1]
                if ("win32" in marker) != (sys.platform == "win32") and "==" in marker:
                    continue
            todo.append(re.split(r"[ ;<>=!~\[(]", req.strip(), maxsplit=1)[0])
    seen.pop(root, None)
    return sorted(seen.values(), key=str.lower)


def components(distributions: Iterable[str]) -> list[Component]:
    found = []
    for name in distributions:
        try:
            found.append(package_component(metadata.distribution(name)))
        except metadata.PackageNotFoundError:
            continue
    windows = [msvc_runtime_component()] if sys.platform == "win32" else []
    return [python_component(), *sorted(found, key=lambda c: c.name.lower()), dictionary_component(),
            *lexicon_components(), twitter_text_component(),
            *windows]


def render(parts: list[Component]) -> str:
    """The notices file: a summary line per component, then each one's licence texts."""
    lines = [
        "Saring: komponen pihak ketiga dan lisensinya / third-party components and their licences",
        "",
        "Saring itself is free software under the GNU General Public License, version 3 or (at your",
        "option) any later version: see LICENSE.txt. Saring's own word lists and rule packs",
        "(resources/) are written by the Saring team under the same licence; each file names its",
        "sources. The hunspell dictionary and the word lists compiled into the lexicon are",
        "third-party data, listed below with their licences.",
        "",
    ]
    width = max(len(p.name) for p in parts)
    version_width = max(len(p.version) for p in parts if len(p.version) < 24)
    lines += [f"{p.name:<{width}}  {p.version:<{version_width}}  {p.licence}" for p in parts]
    printed: dict[str, str] = {}  # a licence text already printed -> under which component
    for part in parts:
        lines += ["", "=" * 78, f"{part.name} {part.version}", f"Licence: {part.licence}"]
        if part.url:
            lines.append(f"Home: {part.url}")
        if part.note:
            lines.append(part.note)
        for file_name, text in part.texts:
            if text in printed:
                lines += ["", f"--- {file_name}: the same text as under {printed[text]} above ---"]
                continue
            printed[text] = part.name
            lines += ["", f"--- {file_name} ---", text.rstrip()]
    return "\n".join(lines) + "\n"


def licence_texts() -> tuple[str, str]:
    """(Saring's LICENSE, the third-party notices) for the About dialog: the files a bundle
    carries in ``_internal/licences/`` (build.spec), or, from the source tree, LICENSE and the
    notices rendered from the packages installed in this environment."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        folder = Path(bundle) / "licences"
        return ((folder / LICENSE_NAME).read_text(encoding="utf-8"),
                (folder / NOTICES_NAME).read_text(encoding="utf-8"))
    root = resource_dir().parent
    return ((root / "LICENSE").read_text(encoding="utf-8"),
            render(components(runtime_distributions())))
