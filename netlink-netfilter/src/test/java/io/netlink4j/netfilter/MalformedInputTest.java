package io.netlink4j.netfilter;

import static io.netlink4j.core.uapi.Netlink.NLA_F_NESTED;
import static io.netlink4j.netfilter.uapi.NfTablesH.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.netfilter.internal.NfGenMsg;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Malformed listings raise {@link ProtocolException}, never an {@link IllegalArgumentException}
 * from a record constructor (issue 10, item 8: objects with empty names); values outside the
 * expression records' model are kept raw, as {@link UnknownExpr}.
 */
class MalformedInputTest {
    /** A message of {@code msg} with an {@code ip} nfgenmsg and the attributes {@code body} writes. */
    private static Message message(int msg, Consumer<MessageWriter> body) {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 256);
            w.begin(NfGenMsg.type(msg), 0);
            NfGenMsg.write(w, Family.IP.code(), 0);
            body.accept(w);
            MessageReader r = MessageReader.of(w.finish().toArray(ValueLayout.JAVA_BYTE));
            r.next();
            return r.message();
        }
    }

    private static <T> T parse(int msg, Function<Message, T> parser, Consumer<MessageWriter> body) {
        return parser.apply(message(msg, body));
    }

    @Test
    void objectsWithEmptyOrMissingNamesAreProtocolErrors() {
        assertThatThrownBy(() -> parse(NFT_MSG_NEWTABLE, TableCodec::parse, w -> w.putString(NFTA_TABLE_NAME, "")))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("NFT_MSG_NEWTABLE: table name must not be empty");
        assertThatThrownBy(() -> parse(NFT_MSG_NEWTABLE, TableCodec::parse, w -> w.putU32be(NFTA_TABLE_FLAGS, 0)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("without a table name");
        assertThatThrownBy(() -> parse(NFT_MSG_NEWCHAIN, ChainCodec::parse, w -> {
            w.putString(NFTA_CHAIN_TABLE, "t");
            w.putString(NFTA_CHAIN_NAME, "");
        })).isInstanceOf(ProtocolException.class).hasMessageContaining("chain name must not be empty");
        assertThatThrownBy(() -> parse(NFT_MSG_NEWRULE, RuleCodec::parse, w -> {
            w.putString(NFTA_RULE_TABLE, "x".repeat(300));
            w.putString(NFTA_RULE_CHAIN, "c");
        })).isInstanceOf(ProtocolException.class).hasMessageContaining("300 bytes long: at most 255");
    }

    @Test
    void brokenStructureIsAProtocolError() {
        assertThatThrownBy(() -> parse(NFT_MSG_NEWCHAIN, ChainCodec::parse, w -> {
            w.putString(NFTA_CHAIN_TABLE, "t");
            w.putString(NFTA_CHAIN_NAME, "c");
            int h = w.beginNested(NFTA_CHAIN_HOOK);
            w.putU32be(NFTA_HOOK_HOOKNUM, 1);
            w.endNested(h);
        })).isInstanceOf(ProtocolException.class).hasMessageContaining("hook but no priority");
        assertThatThrownBy(() -> parse(NFT_MSG_NEWRULE, RuleCodec::parse, w -> {
            w.putString(NFTA_RULE_TABLE, "t");
            w.putString(NFTA_RULE_CHAIN, "c");
            w.putU64be(NFTA_RULE_HANDLE, -1);
        })).isInstanceOf(ProtocolException.class).hasMessageContaining("beyond 2^63");
        assertThatThrownBy(() -> parse(NFT_MSG_NEWRULE, RuleCodec::parse, w -> {
            w.putString(NFTA_RULE_TABLE, "t");
            w.putString(NFTA_RULE_CHAIN, "c");
            int list = w.beginNested(NFTA_RULE_EXPRESSIONS);
            int e = w.beginNested(NFTA_LIST_ELEM);
            w.putU32be(NFTA_EXPR_DATA | NLA_F_NESTED, 0);
            w.endNested(e);
            w.endNested(list);
        })).isInstanceOf(ProtocolException.class).hasMessageContaining("without a name");
        // A u32 attribute of 2 bytes: the core's bounds-checked reader refuses it.
        assertThatThrownBy(() -> parse(NFT_MSG_NEWTABLE, TableCodec::parse, w -> {
            w.putString(NFTA_TABLE_NAME, "t");
            w.putU16(NFTA_TABLE_FLAGS, 1);
        })).isInstanceOf(ProtocolException.class);
    }

    @Test
    void expressionsOutsideTheModelStayRaw() {
        Rule r = parse(NFT_MSG_NEWRULE, RuleCodec::parse, w -> {
            w.putString(NFTA_RULE_TABLE, "t");
            w.putString(NFTA_RULE_CHAIN, "c");
            int list = w.beginNested(NFTA_RULE_EXPRESSIONS);
            // cmp with 65 bytes of data, more than a register holds
            expr(w, "cmp", () -> {
                w.putU32be(NFTA_CMP_SREG, 1);
                w.putU32be(NFTA_CMP_OP, 0);
                int d = w.beginNested(NFTA_CMP_DATA);
                w.putBytes(NFTA_DATA_VALUE, new byte[65]);
                w.endNested(d);
            });
            // jump to a chain with an empty name
            expr(w, "immediate", () -> {
                w.putU32be(NFTA_IMMEDIATE_DREG, NFT_REG_VERDICT);
                int d = w.beginNested(NFTA_IMMEDIATE_DATA);
                int v = w.beginNested(NFTA_DATA_VERDICT);
                w.putU32be(NFTA_VERDICT_CODE, NFT_JUMP);
                w.putString(NFTA_VERDICT_CHAIN, "");
                w.endNested(v);
                w.endNested(d);
            });
            // a meta key this library does not name
            expr(w, "meta", () -> {
                w.putU32be(NFTA_META_KEY, 9999);
                w.putU32be(NFTA_META_DREG, 1);
            });
            w.endNested(list);
            w.putBytes(NFTA_RULE_USERDATA, new byte[] {0, 2, 'h', 0});
        });
        assertThat(r.expressions()).extracting(Expr::kernelName).containsExactly("cmp", "immediate", "meta");
        assertThat(r.expressions()).allMatch(e -> e instanceof UnknownExpr);
        assertThat(r.unknown()).containsExactly(new RawAttribute(NFTA_RULE_USERDATA, new byte[] {0, 2, 'h', 0}));
        // Written back, the raw expressions are the bytes read.
        MessageReader sent = MessageReader.of(RuleCodec.add(r, 0).toBytes());
        sent.next();
        assertThat(RuleCodec.parse(sent.message()).expressions()).isEqualTo(r.expressions());
    }

    private static void expr(MessageWriter w, String name, Runnable data) {
        int e = w.beginNested(NFTA_LIST_ELEM);
        w.putString(NFTA_EXPR_NAME, name);
        int d = w.beginNested(NFTA_EXPR_DATA);
        data.run();
        w.endNested(d);
        w.endNested(e);
    }
}
