"""The Windows installer script and workflow say what the issue asks, and match build.spec.

No Windows (and no Inno Setup compiler) runs here: these read installer/saring.iss and
.github/workflows/windows.yml as data. The workflow compiles and runs the installer for real.
"""

from __future__ import annotations

import re
from pathlib import Path

from core.app.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[1]
ISS = (ROOT / "installer" / "saring.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def section(name: str) -> list[str]:
    """The non-comment lines of one [Section] of the .iss."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert match, name
    return [line.strip() for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in section("Setup"))


def define(name: str) -> str:
    match = re.search(rf'^#define {name} "(.*)"', ISS, re.M)
    assert match, name
    return match.group(1)


def test_per_user_install_without_administrator() -> None:
    options = setup()
    assert options["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in options  # never an elevated all-users install
    assert options["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when per-user


def test_start_menu_entry_and_an_optional_desktop_shortcut() -> None:
    icons = section("Icons")
    assert any(line.startswith('Name: "{autoprograms}\\') and "Tasks:" not in line for line in icons)
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}\\')]
    assert len(desktop) == 1 and "Tasks: desktopicon" in desktop[0]
    task = next(line for line in section("Tasks") if line.startswith('Name: "desktopicon"'))
    assert "Flags: unchecked" in task  # optional: not ticked unless the user wants it


def test_files_and_exe_are_what_build_spec_makes() -> None:
    assert 'exe = _exe("Saring", console=not WINDOWS)' in SPEC  # the GUI program on Windows
    assert '_exe("saring-cli", console=True)' in SPEC  # its command line, beside it
    assert re.search(r'COLLECT\([^)]*name="Saring"', SPEC, re.S)  # the folder dist/Saring
    assert define("AppExe") == "Saring.exe"
    assert define("SourceDir") == "..\\dist\\Saring"
    assert 'Source: "{#SourceDir}\\*"' in "\n".join(section("Files"))
    assert "recursesubdirs" in "\n".join(section("Files"))
    icon = setup()["SetupIconFile"].replace("..\\", "").replace("\\", "/")
    assert (ROOT / icon).is_file()


def test_uninstaller_keeps_the_users_data_unless_asked() -> None:
    code = ISS[ISS.index("[Code]"):]
    assert f"{{localappdata}}\\{APP_NAME}" in code  # the folder core.app.paths.user_data_dir() uses
    assert "DelTree" in code
    assert "not UninstallSilent()" in code  # a silent uninstall never deletes it
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer
    assert re.search(r"=\s*IDYES\s+then\s+DelTree", code)  # only after an explicit "Yes"
    assert "{app}" not in code  # the program folder is the uninstaller's job, not this code


def test_workflow_builds_installs_self_tests_and_uninstalls_keeping_data() -> None:
    output = setup()["OutputBaseFilename"].replace("{#AppVersion}", "${{ steps.version.outputs.version }}")
    assert f"installer\\Output\\{output}.exe" in WORKFLOW
    assert "pyinstaller --noconfirm build.spec" in WORKFLOW
    assert "installer\\saring.iss" in WORKFLOW
    assert "saring-cli.exe --self-test" in WORKFLOW
    assert "/TASKS=desktopicon" in WORKFLOW and "Desktop" in WORKFLOW
    assert "unins000.exe" in WORKFLOW and "keep.txt" in WORKFLOW
    assert "150 * 1000 * 1000" in WORKFLOW  # the same 150 MB as scripts/build-bundle.sh
