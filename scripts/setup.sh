#!/usr/bin/env bash
# Sets up everything pim-docs needs on a fresh Debian/Ubuntu machine; safe to run again.
#  - system packages: Tesseract OCR with Polish data (scanned PDFs), Chromium (browser
#    tests) and PostgreSQL (the tests start a throw-away server to run the catalogue on
#    it) — installed when apt-get can be used (root or passwordless sudo); otherwise a note
#    is printed, scanned pages are reported as "needs_ocr" without OCR and the PostgreSQL
#    tests fail saying the server is missing.
#  - Python: a virtual environment in .venv with the CPU build of PyTorch installed first
#    (a plain "torch" would pull several GB of CUDA wheels), then the package and its
#    test dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
APT_PACKAGES="tesseract-ocr tesseract-ocr-pol tesseract-ocr-osd chromium fonts-dejavu-core postgresql"

missing=""
for pkg in $APT_PACKAGES; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    echo "Instaluję pakiety systemowe:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  else
    echo "UWAGA: brak pakietów$missing i brak uprawnień do apt-get — skany nie będą odczytywane przez OCR," \
         "a testy na PostgreSQL się nie powiodą." >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.pim-docs-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --disable-pip-version-check "torch==2.13.0"
  .venv/bin/pip install -q --disable-pip-version-check -e ".[dev]"
  touch "$stamp"
fi
