package io.netlink4j.netfilter;

import static io.netlink4j.core.message.Netlink.*;
import static io.netlink4j.netfilter.internal.NfNetlink.*;
import static io.netlink4j.netfilter.internal.NfTables.*;
import static io.netlink4j.netfilter.internal.Netfilter.NFPROTO_UNSPEC;
import static io.netlink4j.core.sys.SysConst.SOL_SOCKET;
import static io.netlink4j.core.sys.SysConst.SO_RCVBUFFORCE;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.message.Ack;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.netfilter.internal.ObjectCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a {@link Batch} framed by {@code NFNL_MSG_BATCH_BEGIN}/{@code END} in one {@code sendto}
 * and collects one answer per message.
 *
 * <p>What {@code nfnetlink_rcv_batch} does with it: every message runs against the next ruleset
 * generation; an error does not stop the walk, so every failing message gets its own error
 * (each message carries {@code NLM_F_ACK}, so the others get a zero ACK even when the batch is
 * then aborted). Only when all succeeded is the generation committed; the echoes of created
 * objects ({@code NLM_F_ECHO}) are sent during the commit, before the ACKs. An error addressed to
 * the BEGIN message means the batch as a whole failed (out of memory, or the commit itself).
 */
final class Transaction {
    /** How long to wait for stragglers once the kernel rejected the batch as a whole. */
    private static final int DRAIN_MILLIS = 200;
    /**
     * Receive-queue room to reserve per message: its ACK and its echo. The socket's 4 MiB held
     * the answers to 2000 rules but not to 8000, which the kernel then committed while their
     * ACKs were dropped (ENOBUFS); {@code nft} likewise grows its buffer with the batch.
     */
    private static final long ANSWER_BYTES = 2048;
    private static final long DEFAULT_QUEUE = 4L << 20;

    private Transaction() {}

    static Committed commit(NetlinkSocket socket, List<Batch.Op> ops) {
        if (ops.isEmpty()) {
            return new Committed(List.of(), List.of(), List.of());
        }
        return socket.exclusive(s -> {
            MessageWriter w = s.writer();
            int beginSeq = w.begin(NFNL_MSG_BATCH_BEGIN, NLM_F_REQUEST);
            // res_id names the subsystem the batch is for, in network order.
            ObjectCodec.nfgenmsg(w, NFPROTO_UNSPEC, NFNL_SUBSYS_NFTABLES);
            int firstSeq = w.nextSeq();
            for (Batch.Op op : ops) {
                int echo = op.msg() == NFT_MSG_NEWTABLE || op.msg() == NFT_MSG_NEWCHAIN || op.msg() == NFT_MSG_NEWRULE
                        ? NLM_F_ECHO : 0;
                w.begin(ObjectCodec.type(op.msg()), NLM_F_REQUEST | NLM_F_ACK | echo | op.flags());
                op.body().accept(w);
            }
            w.begin(NFNL_MSG_BATCH_END, NLM_F_REQUEST);
            ObjectCodec.nfgenmsg(w, NFPROTO_UNSPEC, NFNL_SUBSYS_NFTABLES);
            reserveAnswerRoom(s, ops.size());
            s.send(w.finish());
            try {
                return collect(s, ops, beginSeq, firstSeq);
            } catch (NetlinkException e) {
                if (e.errno() != Errno.ENOBUFS || e instanceof BatchException) {
                    throw e;
                }
                // The kernel ran the whole batch inside sendto; only its answers were lost.
                throw new NetlinkException(Errno.ENOBUFS, "nftables batch of " + ops.size(),
                        "its answers overflowed the receive queue, so whether it was committed is unknown:"
                                + " list the ruleset to see");
            }
        });
    }

    /**
     * Grows the socket's receive queue for a batch whose ACKs and echoes would not fit the
     * default; without the privilege for that, a lost answer is reported as ENOBUFS.
     */
    private static void reserveAnswerRoom(NetlinkSocket s, int messages) {
        long want = messages * ANSWER_BYTES;
        if (want <= DEFAULT_QUEUE) {
            return;
        }
        try {
            s.setOption(SOL_SOCKET, SO_RCVBUFFORCE, (int) Math.min(want, Integer.MAX_VALUE / 2));
        } catch (NetlinkException noCapNetAdmin) {
            // keep the queue as it is
        }
    }

    private static Committed collect(NetlinkSocket s, List<Batch.Op> ops, int beginSeq, int firstSeq) {
        int count = ops.size();
        NetlinkException[] errors = new NetlinkException[count];
        boolean[] answered = new boolean[count];
        int pending = count;
        NetlinkException batchError = null;
        List<Table> tables = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        while (pending > 0) {
            int n = batchError == null ? s.receive() : s.receive(DRAIN_MILLIS);
            if (n == 0) {
                break;
            }
            MessageReader r = s.messages(n);
            while (r.next()) {
                Message m = r.message();
                if (m.portId() != s.portId()) {
                    continue;
                }
                int k = m.seq() - firstSeq;
                if (m.type() == NLMSG_ERROR) {
                    if (m.seq() == beginSeq) {
                        if (Ack.error(m) != 0) {
                            batchError = Ack.toException(m, "commit");
                        }
                    } else if (k >= 0 && k < count && !answered[k]) {
                        answered[k] = true;
                        pending--;
                        if (Ack.error(m) != 0) {
                            errors[k] = failure(ops.get(k), Ack.toException(m, ops.get(k).description()));
                        }
                    }
                } else if (k >= 0 && k < count) {
                    echoed(m, tables, chains, rules);
                }
            }
        }
        List<NetlinkException> failures = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < count; i++) {
            if (errors[i] != null) {
                failures.add(errors[i]);
                first = first < 0 ? i : first;
            }
        }
        if (batchError != null) {
            failures.add(0, batchError);
            first = -1;
        }
        if (!failures.isEmpty()) {
            throw new BatchException(count, first, failures);
        }
        return new Committed(tables, chains, rules);
    }

    /** The kernel's error, naming the expression its extended ACK points at when it is in a rule. */
    private static NetlinkException failure(Batch.Op op, NetlinkException e) {
        if (op.rule() == null || e.extAckOffset() < 0) {
            return e;
        }
        int i = RuleCodec.expressionAt(op.rule(), op.position(), e.extAckOffset());
        if (i < 0) {
            return e;
        }
        String what = op.description() + ", expression " + (i + 1) + " of " + op.rule().expressions().size() + " "
                + op.rule().expressions().get(i);
        return new NetlinkException(e.errorNumber(), what, e.extAck(), e.extAckOffset());
    }

    private static void echoed(Message m, List<Table> tables, List<Chain> chains, List<Rule> rules) {
        int t = m.type();
        if (t == ObjectCodec.type(NFT_MSG_NEWTABLE)) {
            addIfNotNull(tables, ObjectCodec.readTable(m));
        } else if (t == ObjectCodec.type(NFT_MSG_NEWCHAIN)) {
            addIfNotNull(chains, ObjectCodec.readChain(m));
        } else if (t == ObjectCodec.type(NFT_MSG_NEWRULE)) {
            addIfNotNull(rules, RuleCodec.read(m));
        }
    }

    private static <T> void addIfNotNull(List<T> list, T t) {
        if (t != null) {
            list.add(t);
        }
    }
}
