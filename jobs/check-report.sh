#!/usr/bin/env bash
# Checks that an HTML report renders: opens it in headless Chromium and saves a screenshot.
#   jobs/check-report.sh REPORT.html SCREENSHOT.png
# Needs the Debian package chromium (apt-get install -y chromium).
# CHROMIUM names another binary; CHECK_REPORT_TIMEOUT (seconds, default 120) bounds the run.
# Exit codes: 0 rendered, 1 no screenshot came out, 2 usage error, 3 chromium is missing.
set -euo pipefail

usage() {
  echo "usage: $0 REPORT.html SCREENSHOT.png" >&2
  exit 2
}
[[ $# -eq 2 ]] || usage
report="$1"
screenshot="$2"
if [[ ! -f "$report" ]]; then
  echo "check-report: cannot render $report: no such file" >&2
  exit 2
fi

chromium="${CHROMIUM:-chromium}"
if ! command -v "$chromium" >/dev/null 2>&1; then
  echo "check-report: cannot render $report: '$chromium' is not installed;" \
    "install it with: apt-get install -y chromium" >&2
  exit 3
fi

report_abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
mkdir -p "$(dirname "$screenshot")"
screenshot_abs="$(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")"
# The characters of a path that a file URL must percent-encode, '%' first.
url_path="${report_abs//%/%25}"
url_path="${url_path// /%20}"
url_path="${url_path//#/%23}"
url_path="${url_path//\?/%3F}"
rm -f "$screenshot_abs"

profile="$(mktemp -d -t check-report-profile.XXXXXX)"
log="$(mktemp -t check-report-log.XXXXXX)"
trap 'rm -rf "$profile" "$log"' EXIT

status=0
timeout "${CHECK_REPORT_TIMEOUT:-120}" "$chromium" --headless --no-sandbox --disable-gpu \
  --disable-quic --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$screenshot_abs" --window-size=1280,2400 "file://$url_path" >"$log" 2>&1 \
  || status=$?

# A PNG file starts with the 8 bytes 89 50 4E 47 0D 0A 1A 0A.
if [[ ! -s "$screenshot_abs" ]] \
    || [[ "$(head -c 8 "$screenshot_abs" | od -An -tx1 | tr -d ' \n')" \
          != "89504e470d0a1a0a" ]]; then
  echo "check-report: cannot render $report: chromium (exit status $status) wrote no PNG to" \
    "$screenshot_abs; its output:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "check-report: rendered $report_abs to $screenshot_abs ($(wc -c <"$screenshot_abs") bytes)"
