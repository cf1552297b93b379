#!/bin/sh
# Ack latency of the Slack app in HTTP mode: signed approve clicks at RATE per second for SECONDS (default 50 for 20)
# against a local instance and the fake Web API; prints p50/p99/max. Usage: bench/slack-ack.sh [RATE] [SECONDS]
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
[ -f target/cp.txt ] || mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.relance.slack.AckBenchmark "${1:-50}" "${2:-20}" 2>/dev/null \
    | grep -E '^(slack ack|decisions)'
