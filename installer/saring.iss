; Inno Setup 6 script for Saring: a per-user install that needs no administrator rights.
;
;   pyinstaller --noconfirm build.spec                                  (makes dist\Saring\)
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\saring.iss
;
; Output: installer\Output\Saring-setup-<version>.exe. See README ("Windows installer").
;
; * PrivilegesRequired=lowest: no UAC prompt; {autopf} is then the user's own program folder
;   (%LOCALAPPDATA%\Programs\Saring) and {autoprograms}/{autodesktop} the user's Start menu
;   and desktop.
; * The user's data (queue database, autosaved drafts, backups, settings, log) lives in
;   %LOCALAPPDATA%\Saring, written by the program, never by this installer. The uninstaller
;   removes the program and asks, with "No" as the default, whether to delete that data too;
;   a silent uninstall never deletes it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Saring"
#define AppExe "Saring.exe"
#define SourceDir "..\dist\Saring"

[Setup]
; AppId identifies Saring for upgrades and the uninstaller; never change it.
AppId={{6C1E3F0A-5B7D-4C2E-9A41-3D8F2B7E5A19}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Saring
AppComments=Saring sebelum sharing: pemeriksa unggahan media sosial instansi, luring.
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; PrivilegesRequiredOverridesAllowed is left at its default (none): always per-user.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=Output
OutputBaseFilename=Saring-setup-{#AppVersion}
SetupIconFile=..\resources\icons\saring.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Closing a running Saring before files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Buat pintasan di desktop
english.Shortcuts=Pintasan:
english.RunNow=Jalankan Saring sekarang
english.DeleteData=Hapus juga data Saring di%n%n%1%n%n(antrean unggahan, draf, cadangan, pengaturan, log)?%n%nPilih "No" untuk menyimpannya (bawaan), misalnya untuk memasang ulang Saring nanti.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunNow}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Saring');
    if DirExists(DataDir) and (not UninstallSilent()) then
      if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
