package io.netlink4j.route.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.route.testing.Replies;
import org.junit.jupiter.api.Test;

/** Bad rule input is refused before anything is sent, with the value and the rule in the message; bad kernel input is a ProtocolException. */
class RuleSpecTest {
    @Test
    void refusesBadValuesNamingThem() {
        assertThatThrownBy(() -> RuleSpec.all().withTos(0x11))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "tos 0x11: the two ECN bits (0x3) must be 0; a DSCP d is tos d << 2");
        assertThatThrownBy(() -> RuleSpec.all().withDscp(64))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("DSCP 64 is out of range 0..63");
        assertThatThrownBy(() -> RuleSpec.all().withSport(65535))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port range 65535-65535 is outside 1..65534");
        assertThatThrownBy(() -> PortRange.of(2000, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port range 2000-1000 ends before it starts");
        assertThatThrownBy(() -> RuleSpec.all().withUidRange(5, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("uid range 5-4 ends before it starts");
        assertThatThrownBy(() -> RuleSpec.all().withPriority(1L << 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("priority 4294967296 is out of range 0..4294967295");
        assertThatThrownBy(() -> RuleSpec.from("10.0.0.0/8").withTo("fd00::/64"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to fd00::/64 is not inet like the rest of the rule");
        assertThatThrownBy(() -> RuleSpec.all().withIif("an-interface-name-too-long"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an-interface-name-too-long");
        assertThatThrownBy(() -> RuleSpec.all().withSuppressPrefixLength(33))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("suppress_prefixlength 33 is out of range 0..32 for inet");
        assertThatThrownBy(() -> RuleSpec.all().withAction(RuleAction.GOTO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("action goto needs a target: use withGoto(priority)");
        assertThatThrownBy(() -> RuleSpec.all().withGoto(10).withAction(RuleAction.BLACKHOLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("goto 10 excludes action blackhole");
        assertThatThrownBy(() -> RuleSpec.from("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> IpProtocol.parse("tcpp"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tcpp'");
    }

    @Test
    void nullsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> RuleSpec.all().withTable(null))
                .isInstanceOf(NullPointerException.class).hasMessage("table");
        assertThatThrownBy(() -> RuleSpec.all(null))
                .isInstanceOf(NullPointerException.class).hasMessage("family");
        assertThatThrownBy(() -> RuleSpec.all().withIif(null))
                .isInstanceOf(NullPointerException.class).hasMessage("dev");
    }

    @Test
    void theFamilyFollowsThePrefixes() {
        assertThat(RuleSpec.from("fd00::/64").family()).isEqualTo(AddressFamily.INET6);
        assertThat(RuleSpec.to("10.3.0.0/16").family()).isEqualTo(AddressFamily.INET);
        assertThat(RuleSpec.all(AddressFamily.INET6).withTable(RouteTable.of(7)))
                .hasToString("-6 from all lookup 7");
    }

    @Test
    void malformedKernelInputIsAProtocolException() {
        // RTM_NEWRULE, IPv4, src_len 24, FRA_SRC of 16 bytes (an IPv6 address in an IPv4 rule)
        String v6InV4 = "30000000200002000000000000000000" + "020018006400000100000000"
                + "14000200" + "fd000000000000000000000000000001";
        assertThatThrownBy(() -> Replies.parseOne(v6InV4, RuleCodec::parse))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("FRA_SRC fd00::1 in a inet rule");
        // FRA_PRIORITY whose nla_len runs past the message
        String overrun = "24000000200002000000000000000000" + "020000006400000100000000" + "0c000600e8030000";
        assertThatThrownBy(() -> Replies.parseOne(overrun, RuleCodec::parse)).isInstanceOf(ProtocolException.class);
        // FRA_SPORT_RANGE ending before it starts: a value the library refuses is malformed here
        String badRange = "24000000200002000000000000000000" + "020000006400000100000000" + "08001700d007e803";
        assertThatThrownBy(() -> Replies.parseOne(badRange, RuleCodec::parse))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("port range 2000-1000");
    }
}
