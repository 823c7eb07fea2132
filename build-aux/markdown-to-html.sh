#!/bin/sh
# Turns the Markdown user guide into a standalone HTML page.
# Usage: markdown-to-html.sh CMARK_GFM INPUT.md OUTPUT.html
set -eu
cmark=$1
input=$2
output=$3
# The page title is the guide's first heading.
title=$(sed -n 's/^# //p' "$input" | head -n 1)
{
  printf '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
  printf '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
  printf '<title>%s</title>\n' "$title"
  printf '<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}'
  printf 'img{max-width:100%%;border:1px solid #ccc}table{border-collapse:collapse}'
  printf 'th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left}kbd{border:1px solid #aaa;'
  printf 'border-radius:3px;padding:0 .3em;font-size:90%%}</style>\n</head>\n<body>\n'
  "$cmark" --extension table --extension autolink --to html "$input"
  printf '</body>\n</html>\n'
} > "$output.tmp"
mv "$output.tmp" "$output"
