#!/bin/sh
# Matcher precision and recall on blind books (org.relance.matching.BlindMatchingBenchmark): 2k, 5k and 20k
# credits over SEEDS seeds (default 10) from FIRST (default 1); a third argument "x" also prints the wrong and
# missed allocations. Run from the worktree root; offline, about a minute per 10 seeds on 2 cores.
set -e
FIRST=${1:-1}
SEEDS=${2:-10}
mvn -B -o test -Dtest=BlindBookPrecisionTest#benchmarkOverManySeeds -Drelance.blindBench="$FIRST,$SEEDS${3:+,$3}" \
    -DtrimStackTrace=false | grep -E "^ *(size|cores|wrong|missed)|Tests run:|FAIL"
