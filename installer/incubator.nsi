; Windows installer for Incubator Desktop: per user, no administrator rights, and the user's data is never touched.
;
; Build on Windows from the project root, after PyInstaller has made dist\incubator-desktop\:
;   makensis installer\incubator.nsi
; Defines (all optional):
;   /DVERSION=x.y.z      default: __version__ in src\incubator_desktop\__init__.py
;   /DSOURCE_DIR=path    the one-folder bundle; default: dist\incubator-desktop
;   /DOUTFILE=path       the installer to write; default: dist\IncubatorDesktop-<version>-setup.exe
; Relative paths below are relative to this file: makensis runs in the script's folder.
;
; Data: the program lives in %LOCALAPPDATA%\Programs\IncubatorDesktop. The user's data lives in
; %LOCALAPPDATA%\IncubatorDesktop (platformdirs' user_data_dir for "IncubatorDesktop", appauthor=False; see
; core/paths.py) and the settings in HKCU\Software\IncubatorDesktop (QSettings). Install, upgrade and uninstall
; touch neither: an upgrade replaces the program files in place, and the next start migrates the database
; after a verified backup.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!define APP_ID "IncubatorDesktop"
!define APP_NAME "社区社会组织孵化培育工作台"
!define APP_NAME_EN "Incubator Desktop"
!define PUBLISHER "Incubator Desktop"
!define MAIN_EXE "incubator-desktop.exe"
!define CLI_EXE "incubator.exe"
!define SMOKE_EXE "incubator-smoke.exe"
!define PROGRAM_PARENT "$LOCALAPPDATA\Programs"
; Never removed, never written: the per-user data folder the program itself uses.
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

!ifndef VERSION
  !searchparse /file "..\src\incubator_desktop\__init__.py" `__version__ = "` VERSION `"`
!endif
!searchparse "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\incubator-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\IncubatorDesktop-${VERSION}-setup.exe"
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "${PROGRAM_PARENT}\${APP_ID}"
; An upgrade finds the folder the previous version was installed in.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

!define MUI_ICON "icon.ico"
!define MUI_UNICON "icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${MAIN_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataIsKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' own language is neither of these.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString AppRunning ${LANG_SIMPCHINESE} "“${APP_NAME}”正在运行。请先关闭它（包括命令行窗口），再点击“重试”。"
LangString AppRunning ${LANG_ENGLISH} "${APP_NAME_EN} is running. Close it (and any command window using it), then click Retry."
LangString Needs64Bit ${LANG_SIMPCHINESE} "本程序需要 64 位的 Windows 10 或 Windows 11。"
LangString Needs64Bit ${LANG_ENGLISH} "This program needs 64-bit Windows 10 or Windows 11."
LangString DataIsKept ${LANG_SIMPCHINESE} "卸载只删除程序文件。您的数据（数据库、备份、附件）保留在 ${DATA_DIR}，重新安装后可以继续使用。"
LangString DataIsKept ${LANG_ENGLISH} "Uninstalling removes the program files only. Your data (database, backups, attachments) stays in ${DATA_DIR} for a later installation."

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "Apache-2.0"

; Refuses while the program (GUI or command line) still runs from $INSTDIR: a locked file would half-upgrade it.
!macro DEFINE_ENSURE_CLOSED PREFIX
Function ${PREFIX}EnsureClosed
  retry:
  ${If} ${FileExists} "$INSTDIR\${MAIN_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${MAIN_EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${CLI_EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
FunctionEnd
!macroend
!insertmacro DEFINE_ENSURE_CLOSED ""
!insertmacro DEFINE_ENSURE_CLOSED "un."

; The removal of program files, shared by upgrade and uninstall. Only what the installer itself put there:
; never RMDir /r $INSTDIR, which could be a folder the user chose that holds other things.
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${SMOKE_EXE}"
!macroend

Function .onInit
  SetShellVarContext current
  SetRegView 64
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

; The Next button stays disabled for a folder inside the data folder: removing program files there on a later
; upgrade or uninstall must never come near the user's database.
Function .onVerifyInstDir
  StrLen $0 "${DATA_DIR}"
  StrCpy $1 "$INSTDIR" $0
  ${If} $1 == "${DATA_DIR}"
    StrCpy $2 "$INSTDIR" 1 $0
    ${If} $2 == ""
    ${OrIf} $2 == "\"
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Install"
  Call EnsureClosed
  ; Upgrade in place: the previous version's program files go first, so no stale module lingers.
  !insertmacro REMOVE_PROGRAM_FILES
  SetOutPath "$INSTDIR"
  ; The self-check is for CI; clerks get the client and the command line.
  File /r /x "${SMOKE_EXE}" /x "incubator-smoke" "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0 SW_SHOWNORMAL "" "${APP_NAME}"
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0 SW_SHOWNORMAL "" "${APP_NAME}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${MAIN_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  SetShellVarContext current
  SetRegView 64
FunctionEnd

Section "Uninstall"
  Call un.EnsureClosed
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\uninstall.exe"
  ; Only when empty: whatever else the user put in the folder stays.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; ${DATA_DIR} and HKCU\Software\${APP_ID} (the settings) belong to the user and stay.
SectionEnd
