#!/usr/bin/env bash
# Every user-visible string reaches the translators, and every shipped language is complete:
#  1. lupdate can give every tr() a context (a tr() in an anonymous namespace with no class or
#     named namespace around it is silently left out of the .ts files);
#  2. the committed fr and de files have no unfinished message (run the update_translations
#     target after changing strings, then translate what it marks);
#  3. the English file gives every plural message its two forms.
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
    # lrelease counts an empty translation as "untranslated", not "unfinished": check both.
    if ! grep -q " 0 unfinished" <<<"$report" || grep -q "untranslated" <<<"$report" \
        || grep -q 'type="unfinished"' "$src/translations/posthog-companion_$lang.ts"; then
        echo "FAIL: posthog-companion_$lang.ts has unfinished messages: $report" >&2
        status=1
    fi
done
# English needs only its plural forms ("1 row", "2 rows"): every numerus message has them.
plurals=$(grep -c 'numerus="yes"' "$src/translations/posthog-companion_en.ts" || true)
report=$("$lrelease" "$src/translations/posthog-companion_en.ts" -qm "$work/en.qm" 2>&1)
if [[ $plurals -eq 0 ]] || ! grep -q "Generated $plurals translation(s) ($plurals finished" <<<"$report"; then
    echo "FAIL: posthog-companion_en.ts lacks English plural forms ($plurals plural messages): $report" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "translations: every tr() has a context; fr and de complete; English plurals present"
exit $status
