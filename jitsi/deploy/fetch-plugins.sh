#!/bin/sh
# Fetches the three jitsi-contrib prosody modules this deployment enables, at one pinned release,
# into the prosody container's custom plugin folder, and refuses any file whose checksum differs.
# Their code is jitsi-contrib's (Apache-2.0), not honjok's: it is fetched, never committed here.
#   sh fetch-plugins.sh [plugin folder, default $JITSI_CONFIG/prosody/prosody-plugins-custom]
# JITSI_CONFIG is taken as docker compose takes it: from the environment, else from the .env beside
# this script, else ~/.jitsi-meet-cfg; a relative one is relative to this folder.
set -eu

release=v20260523 # commit cd9b905d6dffc68477afcfdae20934f3a3c3fa42
base="https://github.com/jitsi-contrib/prosody-plugins/raw/$release"
here="$(cd "$(dirname "$0")" && pwd)"

config="${JITSI_CONFIG:-}"
if [ -z "$config" ] && [ -f "$here/.env" ]; then
  # The last JITSI_CONFIG line, read (never run): an optional "export ", then the value without
  # its quotes, or unquoted up to a " #" comment.
  line="$(sed -n 's/^[[:space:]]*\(export[[:space:]][[:space:]]*\)\{0,1\}JITSI_CONFIG[[:space:]]*=[[:space:]]*//p' \
    "$here/.env" | tail -n 1)"
  case "$line" in
    \"*) config="$(printf '%s\n' "$line" | sed 's/^"\([^"]*\)".*$/\1/')" ;;
    \'*) config="$(printf '%s\n' "$line" | sed "s/^'\\([^']*\\)'.*\$/\\1/")" ;;
    *) config="$(printf '%s\n' "$line" | sed -e 's/[[:space:]]#.*$//' -e 's/[[:space:]]*$//')" ;;
  esac
fi
config="${config:-$HOME/.jitsi-meet-cfg}"
case "$config" in
  "~") config="$HOME" ;;
  "~/"*) config="$HOME/${config#"~/"}" ;;
  /*) ;;
  *) config="$here/${config#./}" ;;
esac

target="${1:-$config/prosody/prosody-plugins-custom}"
echo "plugin folder: $target"
mkdir -p "$target"

fetch() { # checksum, path in the repository
  file="$target/$(basename "$2")"
  curl -fsSL "$base/$2" -o "$file.part"
  echo "$1  $file.part" | sha256sum -c - >/dev/null || { rm -f "$file.part"; echo "checksum mismatch: $2" >&2; exit 1; }
  mv "$file.part" "$file"
  echo "fetched $2"
}

fetch 1763add353affdc9167198448d0bb66d5aa40ea6b44d47b139a18688d507d1fa event_sync/mod_event_sync_component.lua
fetch 02b4fca21a01397e05b86c4e4043b6ac8638f31aed0439b06e09f958d1e076a9 token_affiliation_legacy/mod_token_affiliation_legacy.lua
fetch cc410e3d0e3cd8e43f8a7c5ad663fd86edd1084584e4ead3dac4ea3151c84c8d lobby_autostart/mod_lobby_autostart.lua
