#!/usr/bin/env bash
# Every user-visible string reaches the translators, and every shipped language is complete:
#  1. lupdate can give every tr() a context (a tr() in an anonymous namespace with no class or
#     named namespace around it is silently left out of the .ts files);
#  2. the committed fr and de files have no unfinished message (run the update_translations
#     target after changing strings, then translate what it marks).
# Usage: check-translations.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
scan=$("$lupdate" "$src/app" "$src/core" "$src/ui" -ts "$work/all.ts" 2>&1)
if grep "cannot be called without context" <<<"$scan"; then
    echo "FAIL: these tr() calls have no context, so lupdate drops their strings (wrap the helpers in a named namespace)" >&2
    status=1
fi
for lang in fr de; do
    report=$("$lrelease" "$src/translations/posthog-companion_$lang.ts" -qm "$work/$lang.qm" 2>&1)
    if ! grep -q " 0 unfinished" <<<"$report"; then
        echo "FAIL: posthog-companion_$lang.ts has unfinished messages: $report" >&2
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "translations: every tr() has a context; fr and de complete"
exit $status
