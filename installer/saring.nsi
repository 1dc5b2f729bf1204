; NSIS 3 script for Saring's Windows installer: a per-user install that needs no administrator
; rights. scripts/build-windows.sh builds it on Linux with Debian's makensis and installs,
; self-tests and uninstalls it under Wine on every CI run; the GitHub workflow does the same on
; a real Windows runner.
;
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist-win/Saring -DOUTFILE=dist-win/Saring-setup-0.1.0.exe installer/saring.nsi
;
; SOURCE_DIR is the one-folder bundle build.spec makes (Saring.exe, saring-cli.exe, _internal\,
; LICENSE.txt, THIRD-PARTY-NOTICES.txt). Paths are relative to this file.
;
; * RequestExecutionLevel user + $LOCALAPPDATA\Programs\Saring: no UAC prompt, nothing outside
;   the user's own profile; the Start-menu entry and the optional desktop shortcut are the
;   user's own too (SetShellVarContext current).
; * Wizard text in Indonesian (the first language, the default) or English, picked at start.
; * The user's data (queue database, autosaved drafts, backups, settings, log) lives in
;   %LOCALAPPDATA%\Saring, written by the program, never by this installer. The uninstaller
;   removes the program and asks, with "No" as the default, whether to delete that data too;
;   a silent uninstall never deletes it.
; * A running Saring is never overwritten: while a Saring process holds its named mutex (or
;   Saring.exe / saring-cli.exe cannot be opened for writing), the installer and the
;   uninstaller ask the user to close it and try again; in silent mode they stop with exit code 2.
; * Silent install: Saring-setup-<version>.exe /S [/DESKTOP] (/DESKTOP adds the desktop
;   shortcut); silent uninstall: Uninstall.exe /S.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!ifndef VERSION
  !error "makensis -DVERSION=<version from pyproject.toml>"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\Saring"
!endif
!ifndef OUTFILE
  !define OUTFILE "Saring-setup-${VERSION}.exe"
!endif

!define APP_NAME "Saring"
!define APP_EXE "Saring.exe"
!define CLI_EXE "saring-cli.exe"
; Held by every running Saring (main.py RUNNING_MUTEX): the installer refuses to replace files.
!define APP_MUTEX "Saring-6C1E3F0A-running"
; Uninstall key under HKCU (per user); its name identifies Saring for upgrades: never change it.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Saring"
!define SETTINGS_KEY "Software\Saring"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Pemasang Saring ${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"
VIAddVersionKey /LANG=0 "CompanyName" "Saring"

!define MUI_ICON "..\resources\icons\saring.ico"
!define MUI_UNICON "..\resources\icons\saring.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

; GPL-3.0 asks nobody to accept it to run the program: the page informs, "Next" goes on.
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(LicenceNote)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${SOURCE_DIR}\LICENSE.txt"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default one (a silent install uses it).
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString LicenceNote ${LANG_INDONESIAN} "Saring adalah perangkat lunak bebas (GPL-3.0-or-later). Anda tidak perlu menyetujui lisensi ini untuk memakai Saring. Lisensi komponen lain ada di THIRD-PARTY-NOTICES.txt."
LangString LicenceNote ${LANG_ENGLISH} "Saring is free software (GPL-3.0-or-later). You need not accept this licence to use Saring. The licences of its components are in THIRD-PARTY-NOTICES.txt."
LangString SecProgram ${LANG_INDONESIAN} "Saring (program dan menu Start)"
LangString SecProgram ${LANG_ENGLISH} "Saring (program and Start menu)"
LangString SecDesktop ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString DescProgram ${LANG_INDONESIAN} "Program Saring dan entri di menu Start."
LangString DescProgram ${LANG_ENGLISH} "The Saring program and its Start-menu entry."
LangString DescDesktop ${LANG_INDONESIAN} "Ikon Saring di desktop."
LangString DescDesktop ${LANG_ENGLISH} "A Saring icon on the desktop."
LangString Running ${LANG_INDONESIAN} "Saring sedang berjalan. Simpan pekerjaan Anda, tutup Saring, lalu pilih Coba lagi (Retry).$\r$\n$\r$\nPilih Batal (Cancel) untuk berhenti tanpa mengubah apa pun."
LangString Running ${LANG_ENGLISH} "Saring is running. Save your work, close Saring, then choose Retry.$\r$\n$\r$\nChoose Cancel to stop without changing anything."
LangString DeleteData ${LANG_INDONESIAN} "Hapus juga data Saring di$\r$\n$\r$\n$LOCALAPPDATA\Saring$\r$\n$\r$\n(antrean unggahan, draf, cadangan, pengaturan, log)?$\r$\n$\r$\nPilih Tidak (No) untuk menyimpannya (bawaan), misalnya untuk memasang ulang Saring nanti."
LangString DeleteData ${LANG_ENGLISH} "Also delete Saring's data in$\r$\n$\r$\n$LOCALAPPDATA\Saring$\r$\n$\r$\n(post queue, drafts, backups, settings, log)?$\r$\n$\r$\nChoose No to keep it (the default), for example to install Saring again later."

; Refuse to touch the program's files while Saring runs: every Saring process (window or command
; line) holds the named mutex APP_MUTEX (main.py, hold_running_mutex); as a second guard for a
; Saring too old to hold it, Windows does not let a running program's .exe be opened for
; writing. The label is local to the section that uses the macro.
!macro REFUSE_WHILE_RUNNING
  ${Do}
    StrCpy $R9 ""
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${APP_MUTEX}") p .R8'
    ${If} $R8 != 0
      System::Call 'kernel32::CloseHandle(p R8)'
      StrCpy $R9 "running"
    ${EndIf}
    ${ForEach} $R7 1 2 + 1
      ${If} $R7 == 1
        StrCpy $R6 "$INSTDIR\${APP_EXE}"
      ${Else}
        StrCpy $R6 "$INSTDIR\${CLI_EXE}"
      ${EndIf}
      ${If} $R9 == ""
      ${AndIf} ${FileExists} $R6
        ClearErrors
        FileOpen $0 $R6 a
        ${If} ${Errors}
          StrCpy $R9 "running"
        ${Else}
          FileClose $0
        ${EndIf}
      ${EndIf}
    ${Next}
    ${If} $R9 == ""
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDRETRY refuse_retry
    SetErrorLevel 2
    Quit
    refuse_retry:
  ${Loop}
!macroend

Section "$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro REFUSE_WHILE_RUNNING
  ; An update replaces the program folder's contents; nothing of the user's lives there.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME} ${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Saring"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(DescProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DescDesktop)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Saring memerlukan Windows 64-bit. / Saring needs 64-bit Windows." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DESKTOP" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro REFUSE_WHILE_RUNNING
  ; Only what the installer put there: never a recursive delete of $INSTDIR itself, in case
  ; the user installed into a folder that holds other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  ; The user's data: kept unless the user says "Yes" (a silent uninstall answers "No").
  ${If} ${FileExists} "$LOCALAPPDATA\${APP_NAME}\*.*"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(DeleteData)" /SD IDNO IDNO keep_data
    RMDir /r "$LOCALAPPDATA\${APP_NAME}"
    keep_data:
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
