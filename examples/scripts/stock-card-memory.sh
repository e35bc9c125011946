#!/bin/sh
# Measures the stock-card tool's memory bound: writes a CSV of LINES lines (default 5,000,000,
# the header and the movements: an opening receipt of 100, then receipts of 10 and issues of 7 and 3, unique
# documents, 100 movements a day on days 1 to 28 of each month from 2000), then runs the tool on
# it in a 256 MB heap under each method, printing the peak resident set size and the time
# (/usr/bin/time -v) and the output's line count. Run from the repository root after
# `mvn -B package -DskipTests`:
#
#   sh examples/scripts/stock-card-memory.sh [LINES]
set -eu
LINES=${1:-5000000}
JAR=${JAR:-examples/target/suanpan-examples.jar}
FILE=${FILE:-${TMPDIR:-/tmp}/stock-card-$LINES.csv}
HEAP=${HEAP:--Xmx256m}

awk -v n="$LINES" 'BEGIN {
  print "date,document,quantity,unit_cost"
  y = 2000; m = 1; d = 1; k = 0
  for (i = 1; i < n; i++) {
    date = sprintf("%04d-%02d-%02d", y, m, d)
    if (i == 1) {
      print date ",GRN-" i ",100,10.00"
    } else if (i % 3 == 2) {
      printf "%s,GRN-%d,10,%d.%02d\n", date, i, 10 + i % 5, i % 100
    } else if (i % 3 == 0) {
      print date ",OUT-" i ",-7,"
    } else {
      print date ",OUT-" i ",-3,"
    }
    if (++k == 100) {
      k = 0
      if (++d > 28) { d = 1; if (++m > 12) { m = 1; y++ } }
    }
  }
}' > "$FILE"
echo "$FILE: $(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1)"

for args in "--method fifo --format csv" "--method moving-average --format csv" \
    "--method monthly-average --format csv" "--method monthly-average" \
    "--method standard --standard 2000-01-01=10.00 --standard 2050-01-01=11.00 --format csv"; do
  # shellcheck disable=SC2086
  /usr/bin/time -v java $HEAP -jar "$JAR" stock-card $args "$FILE" \
    > "$FILE.out" 2> "$FILE.time" || { cat "$FILE.time"; exit 1; }
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$FILE.time")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$FILE.time")
  echo "$args: peak RSS $((rss / 1024)) MB, $wall, $(wc -l < "$FILE.out") output lines"
done
rm -f "$FILE.out" "$FILE.time"
