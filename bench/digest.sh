#!/bin/sh
# The digest for N open invoices (default 10,000): plan → items → DigestView messages, timed (goal: < 200 ms).
# Usage: bench/digest.sh [INVOICES] [ROUNDS]
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test
java -cp target/classes:target/test-classes:$(cat target/cp-test.txt) org.relance.digest.DigestBenchmark "$@" 2>/dev/null
