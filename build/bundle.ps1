# Build the one-folder bundle on Windows from a clean checkout (PowerShell, Python 3.11 on PATH):
#   powershell -ExecutionPolicy Bypass -File build\bundle.ps1 [-Smoke]
param([switch]$Smoke)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$venv = "build\work\venv"
# pip never uninstalls: a venv made for another pyproject.toml is made afresh (see bundle.sh)
$stamp = (Get-FileHash pyproject.toml -Algorithm SHA256).Hash
$stampFile = Join-Path $venv "pyproject.sha256"
if (-not (Test-Path $stampFile) -or ((Get-Content $stampFile) -ne $stamp)) {
  Remove-Item -Recurse -Force $venv -ErrorAction SilentlyContinue
}
if (-not (Test-Path "$venv\Scripts\python.exe")) { python -m venv $venv }
& "$venv\Scripts\python.exe" -m pip install -q --upgrade pip
& "$venv\Scripts\python.exe" -m pip install -q . "pyinstaller>=6.10,<7"
Set-Content $stampFile $stamp
& "$venv\Scripts\python.exe" build\translations.py release
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
  --distpath build\dist --workpath build\work\pyinstaller build\startlan.spec
$size = (Get-ChildItem build\dist\startlan-desktop -Recurse | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("bundle: build\dist\startlan-desktop ({0:N0} MB)" -f $size)
if ($Smoke) {
  $out = Join-Path $env:TEMP "startlan-smoke.png"
  $env:QT_QPA_PLATFORM = "offscreen"
  & build\dist\startlan-desktop\startlan-desktop.exe --screenshot $out | Out-Null
  if (-not (Test-Path $out)) { throw "smoke: no screenshot" }
  Write-Host "smoke: the bundle starts offscreen and renders a screenshot"
}
