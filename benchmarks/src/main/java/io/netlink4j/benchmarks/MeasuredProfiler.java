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
 * JMH profiler ({@code -prof io.netlink4j.benchmarks.MeasuredProfiler}) reporting, per
 * operation of the measured code alone ({@link Measured}): {@code alloc.op} heap bytes,
 * {@code cpu.user} and {@code cpu.sys} microseconds.
 */
public final class MeasuredProfiler implements InternalProfiler {
    @Override
    public String getDescription() {
        return "heap bytes and user/system CPU per operation of the measured code alone";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        Measured.reset();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
                                                          IterationParams iterationParams, IterationResult result) {
        if (Measured.units() == 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("alloc.op", Measured.bytesPerUnit(), "B/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.user", Measured.userMicrosPerUnit(), "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.sys", Measured.sysMicrosPerUnit(), "us/op", AggregationPolicy.AVG));
    }
}
