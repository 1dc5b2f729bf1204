"""The Windows installer (installer/saring.nsi), its build script and workflow say what the issue
asks, and match build.spec.

These read the files as data; scripts/build-windows.sh compiles the installer with makensis and
installs, self-tests and uninstalls it under Wine on every CI run (.ci/run), and the workflow does
the same on a real Windows runner.
"""

from __future__ import annotations

import re
from pathlib import Path

from core.app.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[1]
NSI = (ROOT / "installer" / "saring.nsi").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")
BUILD = (ROOT / "scripts" / "build-windows.sh").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def code() -> str:
    """The script without its comment lines."""
    return "\n".join(line for line in NSI.splitlines() if not line.lstrip().startswith(";"))


def section(name: str) -> str:
    match = re.search(rf'^Section (?:/o )?"{re.escape(name)}".*?^SectionEnd', code(), re.M | re.S)
    assert match, name
    return match.group(0)


def define(name: str) -> str:
    match = re.search(rf'^!define {name} "(.*)"', code(), re.M)
    assert match, name
    return match.group(1)


def test_per_user_install_without_administrator() -> None:
    text = code()
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP_NAME\}"$', text, re.M)
    assert define("APP_NAME") == APP_NAME
    assert "HKLM" not in text  # nothing machine-wide: registry under HKCU only
    assert "SetShellVarContext all" not in text
    assert "Target amd64-unicode" in text  # Saring.exe is 64-bit


def test_start_menu_entry_and_an_optional_desktop_shortcut() -> None:
    program = section("$(SecProgram)")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}"' in program
    assert "SectionIn RO" in program  # the program itself is not optional
    desktop = re.search(r'^Section /o "\$\(SecDesktop\)".*?^SectionEnd', code(), re.M | re.S)
    assert desktop, "the desktop shortcut is an unticked (/o) section"
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk"' in desktop.group(0)
    assert '${GetOptions} $0 "/DESKTOP" $1' in code()  # the silent install can ask for it


def test_wizard_in_indonesian_first_and_english() -> None:
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', code(), re.M)
    assert languages == ["Indonesian", "English"]  # the first is the default
    for name in re.findall(r"^LangString (\w+) \$\{LANG_INDONESIAN\}", code(), re.M):
        assert re.search(rf"^LangString {name} \$\{{LANG_ENGLISH\}}", code(), re.M), name


def test_files_and_exe_are_what_build_spec_makes() -> None:
    assert 'exe = _exe("Saring", console=not WINDOWS)' in SPEC  # the GUI program on Windows
    assert '_exe("saring-cli", console=True)' in SPEC  # its command line, beside it
    assert re.search(r'COLLECT\([^)]*name="Saring"', SPEC, re.S)  # the folder <dist>/Saring
    assert define("APP_EXE") == "Saring.exe" and define("CLI_EXE") == "saring-cli.exe"
    assert 'File /r "${SOURCE_DIR}\\*"' in section("$(SecProgram)")
    assert "-DSOURCE_DIR=\"$BUNDLE\"" in BUILD and 'BUNDLE="$OUT/Saring"' in BUILD
    assert (ROOT / define("MUI_ICON").replace("..\\", "").replace("\\", "/")).is_file()
    # The licences the bundle carries are installed and removed again.
    assert '!insertmacro MUI_PAGE_LICENSE "${SOURCE_DIR}\\LICENSE.txt"' in code()
    for name in ("LICENSE.txt", "THIRD-PARTY-NOTICES.txt"):
        assert f'Delete "$INSTDIR\\{name}"' in section("Uninstall")


def test_uninstaller_keeps_the_users_data_unless_asked() -> None:
    uninstall = section("Uninstall")
    assert '"$LOCALAPPDATA\\${APP_NAME}' in uninstall  # the folder core.app.paths.user_data_dir() uses
    # "No" is the default answer and the silent one; only "Yes" reaches the delete.
    assert re.search(r'MessageBox MB_YESNO\|MB_ICONQUESTION\|MB_DEFBUTTON2 "\$\(DeleteData\)" '
                     r'/SD IDNO IDNO keep_data\n\s*RMDir /r "\$LOCALAPPDATA\\\$\{APP_NAME\}"', uninstall)
    # The program folder is emptied file by file, never removed recursively as a whole.
    assert 'RMDir /r "$INSTDIR"' not in uninstall and 'RMDir "$INSTDIR"' in uninstall


def test_a_running_saring_is_refused_before_files_are_replaced() -> None:
    macro = re.search(r"^!macro REFUSE_WHILE_RUNNING.*?^!macroend", code(), re.M | re.S)
    assert macro
    body = macro.group(0)
    # Every Saring process holds the named mutex (main.py); a running .exe cannot be opened for writing.
    mutex = re.search(r'^!define APP_MUTEX "(.+)"$', code(), re.M)
    main_py = (ROOT / "main.py").read_text(encoding="utf-8")
    assert mutex and f'RUNNING_MUTEX = "{mutex.group(1)}"' in main_py
    assert "kernel32::OpenMutexW" in body and '"${APP_MUTEX}"' in body
    assert 'StrCpy $R6 "$INSTDIR\\${APP_EXE}"' in body and 'StrCpy $R6 "$INSTDIR\\${CLI_EXE}"' in body
    assert "FileOpen $0 $R6 a" in body
    assert "/SD IDCANCEL" in body and "SetErrorLevel 2" in body  # silent: stop with status 2
    for name in ("$(SecProgram)", "Uninstall"):
        text = section(name)
        assert text.index("!insertmacro REFUSE_WHILE_RUNNING") < min(
            i for i in (text.find("File /r"), text.find("RMDir /r")) if i >= 0), name


def test_ci_builds_installs_and_tests_the_installer_under_wine() -> None:
    assert "bash scripts/build-windows.sh" in CI
    assert CI.index("build-bundle.sh") < CI.index("build-windows.sh")
    assert "makensis" in BUILD and "installer/saring.nsi" in BUILD
    assert 'SETUP="$OUT/Saring-setup-$VERSION.exe"' in BUILD
    for step in ("--self-test", "/S /DESKTOP", "Uninstall.exe", "keep.txt", "export --format generic",
                 "check --date", "icu*.dll", "MAX_INSTALLED=$((90 * 1000 * 1000))",
                 "MAX_SETUP=$((35 * 1000 * 1000))", "expected 2 (refused)"):
        assert step in BUILD, step


def test_workflow_builds_installs_self_tests_and_uninstalls_keeping_data() -> None:
    assert "pyinstaller --noconfirm" in WORKFLOW and "build.spec" in WORKFLOW
    assert "makensis" in WORKFLOW and "installer\\saring.nsi" in WORKFLOW
    assert "Saring-setup-${{ steps.version.outputs.version }}.exe" in WORKFLOW
    assert "saring-cli.exe --self-test" in WORKFLOW
    assert "/S', '/DESKTOP'" in WORKFLOW and "Desktop" in WORKFLOW
    assert "Uninstall.exe" in WORKFLOW and "keep.txt" in WORKFLOW
    assert "export --db" in WORKFLOW and "--format generic" in WORKFLOW
    assert "90 * 1000 * 1000" in WORKFLOW  # the same limits as scripts/build-windows.sh
