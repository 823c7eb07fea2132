#!/bin/sh
# Copyright 2026 The Lacuna authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders a findings page of the report of an assessment written in Arabic
# and of one written in Chinese, for the README:
#
#   scripts/report-script-pages.sh [BUILD_DIR] [LANGUAGE_AR] [LANGUAGE_ZH]
#
# writes docs/screenshots/report-arabic.png (the report in LANGUAGE_AR,
# "ar" by default: right to left) and docs/screenshots/report-chinese.png
# (in LANGUAGE_ZH, "zh_CN" by default). The assessments are of the sample's
# fictional Arcadia; the team's text is typed in Arabic and in Chinese.
# Needs a built tree (BUILD_DIR, "build" by default) and poppler-utils.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
arabic_language=${2:-ar}
chinese_language=${3:-zh_CN}
cli=$build/src/cli/lacuna-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export LACUNA_FRAMEWORKS_DIR="$root/frameworks"
export LACUNA_FONTS_DIR="$build/data/fonts"
export SOURCE_DATE_EPOCH=1767225600

# Renders the first page of pdf whose text holds marker (digits of the
# team's text: pdftotext gives Arabic in its joined forms), at 70 dpi.
render_page_with () {
  pdf=$1 marker=$2 output=$3
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  page=1
  while [ "$page" -le "$pages" ]; do
    if pdftotext -f "$page" -l "$page" "$pdf" - 2>/dev/null | grep -q "$marker"; then
      pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$pdf" "${output%.png}" 2>/dev/null
      echo "Wrote $output (page $page of $pdf)"
      return 0
    fi
    page=$((page + 1))
  done
  echo "$marker is on no page of $pdf" >&2
  return 1
}

"$cli" new "$work/ar.lacuna" --country XA --country-name "جمهورية أركاديا" \
  --title "التقييم الوطني لعام 2024" --lead "اللجنة الوطنية لمكافحة الاتجار بالبشر" --by "فريق التقييم" >/dev/null
"$cli" set "$work/ar.lacuna" TIP-P1-01 --law partial --practice none --by "فريق التقييم" \
  --evidence "اعتمد البرلمان القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر، ويشير التدبير TIP-P1-01 إلى ضرورة تجريم جميع أشكال الاستغلال. وقد أحيلت 37 قضية إلى المحاكم بين عامي 2019 و2023، صدرت في 12 منها أحكام بالإدانة (انظر التقرير السنوي)." >/dev/null
"$cli" set "$work/ar.lacuna" TIP-P1-02 --law partial --practice partial --by "فريق التقييم" \
  --evidence "لا يتضمن القانون نصاً صريحاً على أن موافقة الضحية لا يعتد بها متى استُخدمت إحدى الوسائل، غير أن تعميم النيابة العامة رقم 7 لسنة 2022 يوجه بتطبيق هذا المبدأ." >/dev/null
"$cli" set "$work/ar.lacuna" TIP-P1-03 --law full --practice partial --by "فريق التقييم" \
  --evidence "يجرم القانون تجنيد الأطفال ونقلهم وإيواءهم لغرض الاستغلال دون اشتراط إثبات أي وسيلة، وفقاً للمادة 3 (ج) من البروتوكول." >/dev/null
"$cli" set "$work/ar.lacuna" TIP-P1-04 --law full --practice full --by "فريق التقييم" \
  --evidence "تعاقب المادة 5 على الشروع والاشتراك والتحريض بالعقوبة المقررة للجريمة التامة." >/dev/null
"$cli" report --lang "$arabic_language" "$work/ar.lacuna" -o "$work/ar.pdf" >/dev/null
render_page_with "$work/ar.pdf" "2019" "$root/docs/screenshots/report-arabic.png"

"$cli" new "$work/zh.lacuna" --country XA --country-name "阿卡迪亚共和国" \
  --title "2024年国家评估" --lead "国家打击贩运人口委员会" --by "评估小组" >/dev/null
"$cli" set "$work/zh.lacuna" TIP-P1-01 --law full --practice partial --by "评估小组" \
  --evidence "阿卡迪亚共和国刑法第二百四十条规定了拐卖妇女、儿童罪。2023年，公安机关共侦破拐卖案件1,234起，解救被拐卖妇女儿童2,345人。相关部门正在修订《反对拐卖人口行动计划（2021—2030年）》，以加强对受害人的保护和援助。" >/dev/null
"$cli" set "$work/zh.lacuna" TIP-P1-02 --law partial --practice partial --by "评估小组" \
  --evidence "刑法没有明确规定被害人的同意不影响犯罪的成立，但最高法院2016年的司法解释对此作了说明。" >/dev/null
"$cli" set "$work/zh.lacuna" TIP-P1-03 --law full --practice partial --by "评估小组" \
  --evidence "拐卖儿童的，不要求证明使用了暴力、胁迫或者欺骗等手段（第二百四十条第二款）。" >/dev/null
"$cli" set "$work/zh.lacuna" TIP-P1-04 --law full --practice full --by "评估小组" \
  --evidence "刑法总则关于犯罪未遂、共同犯罪和教唆犯的规定适用于拐卖人口犯罪。" >/dev/null
"$cli" report --lang "$chinese_language" "$work/zh.lacuna" -o "$work/zh.pdf" >/dev/null
render_page_with "$work/zh.pdf" "1,234" "$root/docs/screenshots/report-chinese.png"
