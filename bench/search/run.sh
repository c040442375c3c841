#!/bin/sh
# Search benchmark: bench/search/run.sh lucene|postgres [items] [queries]   (from the repository root)
set -e
cd "$(dirname "$0")/../.."
mvn -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "target/classes:$(cat target/bench-cp.txt)" bench/search/SearchBenchmark.java
exec java -Xmx4g $BENCH_JAVA_OPTS -cp "target/bench-classes:target/classes:$(cat target/bench-cp.txt)" vn.phoihop.search.SearchBenchmark "$@"
