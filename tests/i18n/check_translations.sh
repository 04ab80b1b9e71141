#!/bin/sh
# Fails when any source string is untranslated or obsolete in the zh_CN catalogue:
# lupdate runs over the sources into a scratch copy, then unfinished/vanished are counted.
set -eu
source_dir=$1
lupdate=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$source_dir/translations/infrai-console_zh_CN.ts" "$scratch/"
"$lupdate" -silent -locations none "$source_dir/app" "$source_dir/models" "$source_dir/ui" \
    -ts "$scratch/infrai-console_zh_CN.ts"
unfinished=$(grep -c 'type="unfinished"' "$scratch/infrai-console_zh_CN.ts" || true)
stale=$(grep -c -E 'type="(vanished|obsolete)"' "$scratch/infrai-console_zh_CN.ts" || true)
total=$(grep -c '<source>' "$scratch/infrai-console_zh_CN.ts" || true)
echo "zh_CN: $total strings, $unfinished untranslated, $stale obsolete"
if [ "$unfinished" -ne 0 ] || [ "$stale" -ne 0 ]; then
    grep -B2 -E 'type="(unfinished|vanished|obsolete)"' "$scratch/infrai-console_zh_CN.ts" \
        | grep '<source>' | sed 's/^ */  /' | head -50
    echo "Run: cmake --build build/dev --target update_translations, then translate." >&2
    exit 1
fi
