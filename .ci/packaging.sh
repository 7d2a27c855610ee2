#!/usr/bin/env bash
# CI step after the test suite (.ci/run calls it): build the bundle and the .deb once, smoke-test a
# copy of the bundle outside the tree, then install the .deb with apt, run the installed launcher
# offscreen, remove the package and check that nothing it installed is left. Exits non-zero on any
# failure. Idempotent: tools already present are not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Tools: dpkg-deb, the freedesktop validators, tesseract to read the French menu bar back,
# binutils (as, ld) to rebuild ICU's data library with our languages only, and strace (which files
# the bundle reads at start: PySide6's support modules compiled, not their sources).
need=()
for pair in dpkg-deb:dpkg desktop-file-validate:desktop-file-utils appstreamcli:appstream \
  update-mime-database:shared-mime-info tesseract:tesseract-ocr as:binutils ld:binutils strace:strace; do
  command -v "${pair%%:*}" >/dev/null || need+=("${pair##*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing packaging tools: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e ".[test,package]"

# Build once (bundle + .deb); build.py fails when the bundle is over its size target.
.venv/bin/python packaging/build.py all

# Smoke test of the bundle, copied outside the tree by the fixture.
POLICY_EDITOR_BUNDLE="$PWD/dist/policy-editor" .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/packaging/test_bundle_smoke.py

# The .deb: install with apt (it pulls the Depends), run the launcher, remove, check nothing is left.
read -r name version mime < <(.venv/bin/python -c 'import sys; sys.path.insert(0, "packaging")
import metadata; a = metadata.app(); print(a.name, a.version, a.mime_type)')
deb="$PWD/dist/${name}_${version}_$(dpkg --print-architecture).deb"
if dpkg -s "$name" >/dev/null 2>&1; then apt-get remove --purge -y -qq "$name" >/dev/null; fi
apt-get update -qq  # the package's Depends come from the archive
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
installed=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$installed" "$work"' EXIT
dpkg -L "$name" >"$installed"
[ "$(command -v "$name")" = "/usr/bin/$name" ] || { echo "the launcher is not /usr/bin/$name" >&2; exit 1; }
grep -qF ":$mime:*.policy.md" /usr/share/mime/globs2 \
  || { echo "the MIME type for *.policy.md is not registered" >&2; exit 1; }
HOME="$work" POLICY_EDITOR_HOME="$work/home" QT_QPA_PLATFORM=offscreen \
  "$name" --screenshot "$work/installed.png"
[ "$(stat -c %s "$work/installed.png")" -gt 20000 ] || { echo "the installed app drew no window" >&2; exit 1; }
echo "installed $name $version ran: $work/installed.png ($(stat -c %s "$work/installed.png") bytes)"
apt-get remove --purge -y -qq "$name" >/dev/null
left=$(while read -r path; do
  if [ -e "$path" ] && [ ! -d "$path" ]; then echo "$path"; fi
done <"$installed")
if [ -n "$left" ] || [ -e "/opt/$name" ] || grep -qF ":$mime:" /usr/share/mime/globs2; then
  echo "removing $name left files behind: ${left:-/opt/$name or the MIME type}" >&2
  exit 1
fi
echo "packaging OK: bundle, .deb installed, run and removed cleanly"
