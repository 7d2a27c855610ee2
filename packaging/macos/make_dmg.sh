#!/bin/sh
# The macOS disk image: PolicyEditor.app next to a link to /Applications, compressed (hdiutil, macOS only).
# Usage (build.py dmg passes these from packaging/metadata.py):
#     sh packaging/macos/make_dmg.sh dist/PolicyEditor.app dist/PolicyEditor-VERSION.dmg "Policy Editor"
set -eu
app="$1"
dmg="$2"
volume="$3"
if [ ! -d "$app" ]; then
    echo "$app: no app here; run \`python packaging/build.py bundle\` on macOS first" >&2
    exit 2
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "$volume" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
