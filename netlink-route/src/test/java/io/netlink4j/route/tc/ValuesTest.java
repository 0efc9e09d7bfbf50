package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Handles, rates, sizes, times and percents read and printed as tc 6.1 reads and prints them, and refused with the rule named. */
class ValuesTest {
    @ParameterizedTest
    @CsvSource({"1:10, 0x00010010, 1:10", "1:, 0x00010000, 1:", ":10, 0x00000010, :10", "root, 0xffffffff, root",
        "none, 0x0, none", "ffff:fff2, 0xfffffff2, ffff:fff2", "ABCD:EF, 0xabcd00ef, abcd:ef"})
    void handlesParseAndPrintAsTc(String text, String value, String printed) {
        TcHandle h = TcHandle.parse(text);
        assertThat(h.value()).isEqualTo(Integer.parseUnsignedInt(value.substring(2), 16));
        assertThat(h).hasToString(printed);
    }

    @Test
    void badHandlesNameTheRule() {
        assertThatThrownBy(() -> TcHandle.parse("10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tc handle '10' has no ':': write '10:' for a qdisc or 'MAJ:10' for a class (hex), or root/none");
        assertThatThrownBy(() -> TcHandle.parse("1:10000")).hasMessage(
                "tc handle '1:10000': minor '10000' is not 1 to 4 hex digits (0..ffff)");
        assertThatThrownBy(() -> TcHandle.parse("x:1")).hasMessage("tc handle 'x:1': major 'x' is not 1 to 4 hex digits (0..ffff)");
        assertThatThrownBy(() -> TcHandle.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("handle");
    }

    @ParameterizedTest
    @CsvSource({"8mbit, 1000000, 8Mbit", "8Mbit, 1000000, 8Mbit", "1.5gbit, 187500000, 1500Mbit", "100kbit, 12500, 100Kbit",
        "1kibit, 128, 1024bit", "1mibit, 131072, 1048Kbit", "800, 100, 800bit", "100kbps, 100000, 800Kbit",
        "1bps, 1, 8bit", "2mbps, 2000000, 16Mbit", "10gbit, 1250000000, 10Gbit", "12345bit, 1543, 12344bit"})
    void ratesParseAndPrintAsTc(String text, long bytesPerSecond, String printed) {
        Rate r = Rate.parse(text);
        assertThat(r.bytesPerSecond()).isEqualTo(bytesPerSecond);
        assertThat(r).hasToString(printed);
    }

    @Test
    void ratesInIecUnits() {
        assertThat(Rate.parse("8mibit").toIecString()).isEqualTo("8Mibit");
        assertThat(Rate.parse("8mbit").toIecString()).isEqualTo("7812Kibit"); // tc divides as integers, as here
        assertThat(Rate.ofBitsPerSecond(8_000_000)).isEqualTo(Rate.parse("8mbit"));
    }

    @Test
    void badRatesNameTheRule() {
        assertThatThrownBy(() -> Rate.parse("8 mbit")).hasMessageStartingWith("rate '8 mbit': unknown unit ' mbit' (bit, kbit,");
        assertThatThrownBy(() -> Rate.parse("fast")).hasMessageStartingWith("rate 'fast' does not start with a non-negative decimal number");
        assertThatThrownBy(() -> Rate.parse("-8mbit")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.parse("4bit")).hasMessage("rate '4bit' is less than 1 byte per second");
        assertThatThrownBy(() -> new Rate(0)).hasMessage("rate of 0 bytes/s: at least 1 byte per second");
    }

    @ParameterizedTest
    @CsvSource({"32kb, 32768, 32Kb", "32k, 32768, 32Kb", "1600, 1600, 1600b", "1600b, 1600, 1600b", "15k, 15360, 15Kb",
        "1mb, 1048576, 1Mb", "1.5kb, 1536, 1536b", "1kbit, 128, 128b", "1mbit, 131072, 128Kb", "1g, 1073741824, 1024Mb"})
    void sizesParseAndPrintAsTc(String text, long bytes, String printed) {
        assertThat(Size.parse(text)).isEqualTo(bytes);
        assertThat(Size.format(bytes)).isEqualTo(printed);
    }

    @Test
    void badSizesNameTheRule() {
        assertThatThrownBy(() -> Size.parse("32 kb")).hasMessage("size '32 kb': unknown unit ' kb' (b, k, kb, m, mb, g, gb, kbit, mbit, gbit)");
        assertThatThrownBy(() -> Size.parse("4gb")).hasMessage("size '4gb' exceeds 4294967295 bytes (32 bits)");
        assertThatThrownBy(() -> Tbf.of("8mbit").withBurst("lots")).hasMessageStartingWith("tbf burst 'lots' does not start with");
    }

    @ParameterizedTest
    @CsvSource({"50ms, 50000, 50ms", "1.5s, 1500000, 1.5s", "200us, 200, 200us", "200, 200, 200us", "10secs, 10000000, 10s",
        "1234567us, 1234567, 1.23s", "0.5msec, 500, 500us"})
    void timesParseAndPrintAsTc(String text, long micros, String printed) {
        Duration d = TcTime.parse(text);
        assertThat(d).isEqualTo(Duration.ofNanos(micros * 1000));
        assertThat(TcTime.format(d)).isEqualTo(printed);
    }

    @Test
    void badTimesNameTheRule() {
        assertThatThrownBy(() -> TcTime.parse("50 ms")).hasMessageStartingWith("time '50 ms': unknown unit ' ms'");
        assertThatThrownBy(() -> TcTime.parse("2h")).hasMessageStartingWith("time '2h': unknown unit 'h'");
        assertThatThrownBy(() -> Netem.of().withDelay(Duration.ofNanos(1500))).hasMessage(
                "netem delay PT0.0000015S is not a whole number of microseconds");
        assertThatThrownBy(() -> Netem.of().withDelay("300s")).hasMessage(
                "netem delay 300s is too large for the scheduler's 32-bit ticks");
    }

    @ParameterizedTest
    @CsvSource({"1%, 42949673, 1%", "0.1%, 4294967, 0.1%", "25%, 1073741824, 25%", "100%, 4294967295, 100%", "50, 2147483648, 50%",
        "0%, 0, 0%"})
    void percentsAsNetemCarriesThem(String text, long value, String printed) {
        Percent p = Percent.parse(text);
        assertThat(p.value()).isEqualTo(value);
        assertThat(p).hasToString(printed).isEqualTo(new Percent(value));
    }

    @Test
    void badPercentsNameTheRule() {
        assertThatThrownBy(() -> Percent.parse("101%")).hasMessage("percentage '101%' is out of range 0..100%");
        assertThatThrownBy(() -> Percent.parse("1 %")).hasMessage("percentage '1 %': ' %' after the number, only '%' may follow");
    }

    @Test
    void specsRefuseWhatTcRefuses() {
        assertThatThrownBy(() -> Netem.of().withReorder("25%")).hasMessage(
                "netem reorder 25% needs a delay: a reordered packet is one sent without it");
        assertThatThrownBy(() -> Netem.of().withGap(5)).hasMessage("netem gap 5 needs a reorder probability");
        assertThatThrownBy(() -> Netem.of().withEcn()).hasMessage("netem ecn needs a loss probability to mark instead of dropping");
        assertThatThrownBy(() -> Prio.of().withBands(2)).hasMessage("prio priomap entry 2 is out of range 0..1 for 2 bands");
        assertThatThrownBy(() -> HtbClass.of("4mbit").withPrio(8)).hasMessage("htb prio 8 is out of range 0..7");
        assertThatThrownBy(() -> QdiscSpec.root("veth-a", Htb.of()).withHandle("1:10")).hasMessage(
                "qdisc handle 1:10 has a minor number: a qdisc handle is 'MAJ:'");
        assertThatThrownBy(() -> TrafficClassSpec.of("veth-a", "2:", "1:10", HtbClass.of("1mbit"))).hasMessage(
                "class 1:10 cannot hang under 2:: a class and its parent belong to the same qdisc (1:)");
        assertThatThrownBy(() -> QdiscSpec.root("veth-with-a-long-name", Htb.of())).hasMessageContaining("veth-with-a-long-name");
        assertThatThrownBy(() -> U32.of().matchIpDst("10.0.0.1/32").match(new U32Key(0x0a000002, -1, 16, 0)))
                .hasMessage("u32 match 0a000002/ffffffff at 16 contradicts match 0a000001/ffffffff at 16 on the same word");
        assertThatThrownBy(() -> U32.of().matchIpDst("fd00::1")).hasMessage("u32 match ip dst 'fd00::1' is not IPv4 (use matchIp6Dst)");
        assertThatThrownBy(() -> Flower.of().withDstPort(80)).hasMessage("flower ports need ip_proto tcp, udp or sctp, not any");
        assertThatThrownBy(() -> FilterSpec.ingress("veth-a", Flower.of().withDstIp("fd00::1")).withProtocol("ip"))
                .hasMessageContaining("do not belong to protocol ip");
    }

    @Test
    void filterParentsAreSpelledAsTcTakesThem() {
        Matchall kind = Matchall.of().withAction(Gact.drop());
        assertThat(FilterSpec.of("veth-a", "ingress", kind)).isEqualTo(FilterSpec.ingress("veth-a", kind));
        assertThat(FilterSpec.of("veth-a", "egress", kind)).isEqualTo(FilterSpec.egress("veth-a", kind));
        assertThat(FilterSpec.of("veth-a", "ingress").parent()).isEqualTo(TcHandle.CLSACT_INGRESS);
        assertThat(FilterSpec.of("veth-a", "egress").parent()).isEqualTo(TcHandle.CLSACT_EGRESS);
        assertThat(FilterSpec.of("veth-a", "1:").parent()).isEqualTo(TcHandle.parse("1:"));
    }

    @Test
    void defaultsAreTcs() {
        // tc's htb default burst: rate / HZ + 1600 with HZ from /proc/net/psched (10^9 on high-resolution kernels).
        assertThat(HtbClass.of("4mbit").burst()).isEqualTo(1600);
        assertThat(HtbClass.of("4mbit").withCeil("8mbit").ceil()).isEqualTo(Rate.parse("8mbit"));
        assertThat(Tbf.of("8mbit")).isEqualTo(new Tbf(Rate.parse("8mbit"), 10000, Duration.ofMillis(50), 0));
        assertThat(Netem.of().withDelay("10ms").withReorder("25%").gap()).isEqualTo(1);
        assertThat(Police.of("1mbit", "10k").exceed()).isEqualTo(ActionControl.RECLASSIFY);
    }

    @Test
    void specsPrintAsTheTcCommandArguments() {
        assertThat(QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:"))
                .hasToString("dev veth-a root handle 1: htb default 30");
        assertThat(TrafficClassSpec.of("veth-a", "1:1", "1:10", HtbClass.of("4mbit").withCeil("4mbit")))
                .hasToString("dev veth-a parent 1:1 classid 1:10 htb rate 4Mbit ceil 4Mbit burst 1600b cburst 1600b");
        assertThat(FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10")).withProtocol("ip")
                .withPriority(1)).hasToString("dev veth-a parent 1: protocol ip prio 1 u32 match 0a0a0002/ffffffff at 16 flowid 1:10");
        assertThat(Netem.of().withDelay("50ms").withJitter("10ms").withDelayCorrelation("25%").withLoss("1%"))
                .hasToString("netem limit 1000 delay 50ms 10ms 25% loss 1%");
        assertThat(FilterSpec.ingress("veth-a", Matchall.of().withAction(Police.of("1mbit", "10k").withExceed(ActionControl.DROP))))
                .hasToString("dev veth-a ingress matchall action police rate 1Mbit burst 10Kb conform-exceed drop");
    }
}
