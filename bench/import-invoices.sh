#!/bin/sh
# Imports a generated invoices.csv of N rows (default 1,000,000) twice into a fresh store and reports time and
# peak RSS of each run (GNU time). Usage: bench/import-invoices.sh [ROWS] [JAVA_OPTS]
set -e
ROWS=${1:-1000000}
OPTS=${2:-}
WORK=$(mktemp -d)
cd "$(dirname "$0")/.."
[ -f target/cp.txt ] || mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath -Dmdep.outputFile=target/cp.txt
CP=target/classes:$(cat target/cp.txt)
printf 'company: {name: Bench SAS, email: bench@acme.test}\nstore: {url: "jdbc:sqlite:relance.db", files: files}\ndunning: {ecbRatePercent: 2.15}\n' > "$WORK/relance.yml"
awk -v n="$ROWS" 'BEGIN { print "number,customer,customer_email,issue_date,due_date,currency,total,paid";
  for (i = 1; i <= n; i++) printf "F-%07d,Client %d SARL,compta%d@client.test,2026-10-01,2026-10-31,EUR,%d.%02d,0\n", i, i % 5000, i % 5000, 100 + i % 9000, i % 100 }' > "$WORK/invoices.csv"
for run in first second; do
  /usr/bin/time -f "$run import: %e s, peak RSS %M KB" java $OPTS -cp "$CP" org.relance.Main import --no-progress \
      --config "$WORK/relance.yml" "$WORK/invoices.csv"
done
rm -rf "$WORK"
