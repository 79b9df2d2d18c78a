#!/usr/bin/env bash
# Runs the article-extraction evaluation (Crosscheck vs Readability4J vs boilerpipe on the
# benchmark in ../shared/eval/article-extraction). Arguments go to ExtractionEvaluation, e.g.
# --threads 2, --warmups 3, --show <id-prefix>. Set EVAL_WORST=true to list the weakest pages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/jdk.sh
log="$(mktemp)"
mvn -B -q -o -pl crosscheck-core,crosscheck-eval compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >"$log" 2>&1 || { cat "$log"; exit 1; }
rm -f "$log"
exec java -Xmx2g -Deval.worst="${EVAL_WORST:-false}" -Dcrosscheck.shared="$(cd .. && pwd)/shared" \
  -cp "crosscheck-eval/target/classes:$(cat crosscheck-eval/target/classpath.txt)" \
  org.crosscheck.eval.ExtractionEvaluation "$@"
