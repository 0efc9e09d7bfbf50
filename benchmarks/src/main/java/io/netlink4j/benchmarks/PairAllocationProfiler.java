package io.netlink4j.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * JMH profiler ({@code -prof io.netlink4j.benchmarks.PairAllocationProfiler}) reporting
 * {@code alloc.pair}: heap bytes allocated by the measured code per operation (pair, or pod),
 * without the namespace setup and teardown that JMH's {@code gc.alloc.rate.norm} also counts.
 */
public final class PairAllocationProfiler implements InternalProfiler {
    @Override
    public String getDescription() {
        return "heap bytes allocated per pair by the measured code alone";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        PairAllocations.reset();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        double perPair = PairAllocations.perUnit();
        if (Double.isNaN(perPair)) {
            return List.of();
        }
        return List.of(new ScalarResult("alloc.pair", perPair, "B/op", AggregationPolicy.AVG));
    }
}
