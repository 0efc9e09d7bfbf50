package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.netfilter.internal.NfGenMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An atomic set of nftables changes, what {@code nft -f FILE} sends: the kernel applies all of
 * it or none. Each method checks its arguments at once ({@link IllegalArgumentException},
 * {@link NullPointerException}) and adds one message; {@link #commit} sends them in one
 * {@code sendto}, framed by {@code NFNL_MSG_BATCH_BEGIN} and {@code END}.
 *
 * <pre>{@code
 * // nft -f - <<EOF
 * //   add table ip filter
 * //   add chain ip filter FORWARD { type filter hook forward priority filter; policy drop; }
 * //   add rule ip filter FORWARD ct state established,related accept
 * //   add rule ip filter FORWARD iifname "br0" oifname "eth0" accept
 * // EOF
 * nft.transaction()
 *    .replace(Table.of(Family.IP, "filter"))
 *    .replace(Chain.base(Family.IP, "filter", "FORWARD", Hook.FORWARD).withPolicy(Policy.DROP))
 *    .add(Rule.in(Family.IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept())
 *    .add(Rule.in(Family.IP, "filter", "FORWARD").iifname("br0").oifname("eth0").accept())
 *    .commit();
 * }</pre>
 *
 * The verbs are the facades' ({@link Tables}, {@link Chains}, {@link Rules}): {@code add} creates
 * (a table or chain that exists is an error, as {@code nft create}), {@code replace} creates or
 * updates (as {@code nft add table}/{@code add chain}: contents stay), {@code delete},
 * {@code flush}; rules are appended ({@code add}), inserted, or placed after/before a handle.
 *
 * <p>When the kernel refuses any message, nothing of the transaction took effect, and
 * {@link #commit} throws a {@link KernelException} of the first failure's type
 * ({@link io.netlink4j.core.AlreadyExistsException}, {@link io.netlink4j.core.NotFoundException},
 * ...) that names it, with the expression the kernel's extended ACK points at, and every other
 * failure suppressed:
 * <pre>
 * nftables batch of 3 rolled back at message 3, add rule ip filter FORWARD, expression 1 of 1 (jump nowhere):
 *     No such file or directory (ENOENT)</pre>
 * Its cause is the failed message's own exception ({@code add rule ip filter FORWARD: ...}).
 *
 * <p>Large transactions: the kernel answers every message (an ACK, and an echo of what it
 * created), all inside the {@code sendto}; the socket's receive queue is grown for them first.
 * Should the answers still overflow it (no {@code CAP_NET_ADMIN} to grow it), the
 * {@link SystemCallException} ({@code ENOBUFS}) names the transaction and says that its outcome
 * is unknown — list the ruleset to see.
 *
 * <p>Not thread-safe; a transaction can be committed more than once.
 */
public final class Transaction {
    /**
     * Receive-queue room per message: its ACK and its share of the echoes. The socket's 4 MiB
     * held the answers to 2000 rules but not to 8000, which the kernel then committed while
     * their ACKs were dropped; {@code nft} likewise grows its buffer with the batch.
     */
    private static final long ANSWER_BYTES = 2048;
    private static final long DEFAULT_QUEUE = 4L << 20;

    /** One message, and for a new rule the rule (to name the expression an extended ACK points at). */
    record Op(Request request, Rule rule) {}

    private final NetlinkSocket socket;
    private final List<Op> ops = new ArrayList<>();

    Transaction(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * Number of messages so far.
     *
     * @return the number of messages
     */
    public int size() {
        return ops.size();
    }

    // ---- tables -----------------------------------------------------------------------------

    /**
     * {@code nft create table ...}: fails with {@code AlreadyExistsException} if it exists.
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction add(Table table) {
        return op(TableCodec.create(Objects.requireNonNull(table, "table"), true), null);
    }

    /**
     * {@code nft add table ...}: creates it, or updates the flags of the one there (its contents stay).
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction replace(Table table) {
        return op(TableCodec.create(Objects.requireNonNull(table, "table"), false), null);
    }

    /**
     * {@code nft delete table FAMILY NAME}, with everything in it.
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction delete(Table table) {
        Objects.requireNonNull(table, "table");
        return op(TableCodec.delete(table.family(), table.name()), null);
    }

    /**
     * {@code nft flush table FAMILY NAME}: removes every rule of every chain, keeps the chains.
     *
     * @param table the table
     * @return this transaction
     */
    public Transaction flush(Table table) {
        Objects.requireNonNull(table, "table");
        return op(TableCodec.flush(table.family(), table.name()), null);
    }

    // ---- chains -----------------------------------------------------------------------------

    /**
     * {@code nft create chain ...}: fails with {@code AlreadyExistsException} if it exists.
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction add(Chain chain) {
        return op(ChainCodec.create(Objects.requireNonNull(chain, "chain"), true), null);
    }

    /**
     * {@code nft add chain ...}: creates it, or updates the policy of the one there (same hook and type).
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction replace(Chain chain) {
        return op(ChainCodec.create(Objects.requireNonNull(chain, "chain"), false), null);
    }

    /**
     * {@code nft delete chain FAMILY TABLE NAME}: it must be empty and nothing may jump to it.
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction delete(Chain chain) {
        Objects.requireNonNull(chain, "chain");
        return op(ChainCodec.delete(chain.family(), chain.table(), chain.name()), null);
    }

    /**
     * {@code nft flush chain FAMILY TABLE NAME}: removes its rules.
     *
     * @param chain the chain
     * @return this transaction
     */
    public Transaction flush(Chain chain) {
        Objects.requireNonNull(chain, "chain");
        return op(ChainCodec.flush(chain.family(), chain.table(), chain.name()), null);
    }

    // ---- rules ------------------------------------------------------------------------------

    /**
     * {@code nft add rule ...}: appends to the end of the chain ({@code iptables -A}).
     *
     * @param rule the rule: its family, table, chain and expressions
     * @return this transaction
     */
    public Transaction add(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return op(RuleCodec.add(rule, 0), rule);
    }

    /**
     * {@code nft add rule ... position HANDLE}: right after the rule with that handle.
     *
     * @param rule the rule: its family, table, chain and expressions
     * @param handle a rule's handle, as listed or returned
     * @return this transaction
     */
    public Transaction addAfter(Rule rule, long handle) {
        Objects.requireNonNull(rule, "rule");
        return op(RuleCodec.add(rule, checkHandle(handle, "position")), rule);
    }

    /**
     * {@code nft insert rule ...}: at the start of the chain ({@code iptables -I}).
     *
     * @param rule the rule: its family, table, chain and expressions
     * @return this transaction
     */
    public Transaction insert(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return op(RuleCodec.insert(rule, 0), rule);
    }

    /**
     * {@code nft insert rule ... position HANDLE}: right before the rule with that handle.
     *
     * @param rule the rule: its family, table, chain and expressions
     * @param handle a rule's handle, as listed or returned
     * @return this transaction
     */
    public Transaction insertBefore(Rule rule, long handle) {
        Objects.requireNonNull(rule, "rule");
        return op(RuleCodec.insert(rule, checkHandle(handle, "position")), rule);
    }

    /**
     * {@code nft replace rule ... handle H}: the rule with {@code rule}'s handle (as listed, or
     * {@link Rule#withHandle}) gets {@code rule}'s expressions, and a new handle.
     *
     * @param rule the new rule, with the handle of the one it replaces
     * @return this transaction
     */
    public Transaction replace(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        checkHandle(rule.handle(), "replace " + rule.place() + ": handle");
        return op(RuleCodec.replace(rule), rule);
    }

    /**
     * {@code nft delete rule ... handle H} of a rule as listed or returned (or {@link Rule#withHandle}).
     *
     * @param rule a rule as listed or returned: its place and handle name it
     * @return this transaction
     */
    public Transaction delete(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        checkHandle(rule.handle(), "delete " + rule.place() + ": handle");
        return op(RuleCodec.delete(rule.family(), rule.table(), rule.chain(), rule.handle()), null);
    }

    static long checkHandle(long handle, String what) {
        if (handle <= 0) {
            throw new IllegalArgumentException(what + " " + handle
                    + " is not a rule handle: handles are positive; use a rule as listed or returned, not a spec");
        }
        return handle;
    }

    private Transaction op(Request request, Rule rule) {
        ops.add(new Op(request, rule));
        return this;
    }

    // ---- commit -----------------------------------------------------------------------------

    /**
     * Sends the transaction and waits for the kernel's verdict on every message.
     *
     * @return what it created, as the kernel echoed it (handles included)
     * @throws KernelException      of the first failure's type when the kernel refused it (then
     *                              nothing of it took effect)
     * @throws SystemCallException  {@code ENOBUFS} when the answers overflowed the receive queue:
     *                              whether it was committed is unknown
     */
    public Committed commit() {
        return commit(socket, List.copyOf(ops));
    }

    static Committed commit(NetlinkSocket socket, List<Op> ops) {
        if (ops.isEmpty()) {
            return new Committed(List.of(), List.of(), List.of());
        }
        int n = ops.size();
        long want = n * ANSWER_BYTES;
        if (want > DEFAULT_QUEUE) {
            socket.growReceiveQueue((int) Math.min(want, Integer.MAX_VALUE / 2));
        }
        List<Request> body = new ArrayList<>(n);
        for (Op op : ops) {
            body.add(op.request());
        }
        List<Table> tables = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        BatchResult result;
        try {
            result = socket.transaction(NfGenMsg.batchBegin(batch(n)), body, NfGenMsg.batchEnd(),
                    m -> echoed(m, tables, chains, rules));
        } catch (SystemCallException e) {
            if (e.errno() != Errno.ENOBUFS) {
                throw e;
            }
            // The kernel ran the whole batch inside sendto; only its answers were lost.
            throw new SystemCallException(e.errorNumber(), "recvfrom(netlink) for the " + batch(n),
                    "its answers overflowed the receive queue, so whether it was committed is unknown:"
                            + " list the ruleset to see");
        }
        if (!result.ok()) {
            throw failure(ops, result);
        }
        return new Committed(tables, chains, rules);
    }

    private static String batch(int n) {
        return "nftables batch of " + n + (n == 1 ? " message" : " messages");
    }

    private static void echoed(Message m, List<Table> tables, List<Chain> chains, List<Rule> rules) {
        int t = m.type();
        if (t == NfGenMsg.type(NFT_MSG_NEWTABLE)) {
            addIfNotNull(tables, TableCodec.parse(m));
        } else if (t == NfGenMsg.type(NFT_MSG_NEWCHAIN)) {
            addIfNotNull(chains, ChainCodec.parse(m));
        } else if (t == NfGenMsg.type(NFT_MSG_NEWRULE)) {
            addIfNotNull(rules, RuleCodec.parse(m));
        }
    }

    private static <T> void addIfNotNull(List<T> list, T t) {
        if (t != null) {
            list.add(t);
        }
    }

    /**
     * The exception for a refused transaction: of the first failure's type, named by its place
     * in the transaction (left out for a transaction of one) and, for a rule, by the expression
     * the extended ACK points at; the failure itself is the cause, the others are suppressed.
     */
    static KernelException failure(List<Op> ops, BatchResult result) {
        int n = ops.size();
        List<Integer> failed = result.failedIndices();
        if (failed.isEmpty()) {
            KernelException whole = result.transactionError().orElseThrow();
            return whole.reframe(batch(n) + " rolled back as a whole", null);
        }
        int first = failed.get(0);
        KernelException e = result.error(first).orElseThrow();
        String what = named(ops.get(first), e);
        String framed = n == 1 ? what
                : "nftables batch of " + n + " rolled back at message " + (first + 1) + ", " + what;
        KernelException all = framed.equals(e.operation()) ? e : e.reframe(framed, null);
        for (int i : failed.subList(1, failed.size())) {
            all.addSuppressed(result.error(i).orElseThrow());
        }
        result.transactionError().ifPresent(all::addSuppressed);
        return all;
    }

    /** {@code add rule ip filter FORWARD, expression 1 of 1 (jump nowhere)}, or the failure's own words. */
    private static String named(Op op, KernelException e) {
        if (op.rule() == null || e.extAckOffset() < 0) {
            return e.operation();
        }
        int i = RuleCodec.expressionAt(op.request(), e.extAckOffset());
        if (i < 0) {
            return e.operation();
        }
        List<Expr> exprs = op.rule().expressions();
        return e.operation() + ", expression " + (i + 1) + " of " + exprs.size() + " ("
                + NftText.of(op.rule().family(), List.of(exprs.get(i))) + ")";
    }

    /** The one object a transaction of one created, as the kernel echoed it. */
    static <T> T echo(List<T> echoed, Object spec) {
        if (echoed.size() != 1) {
            throw new ProtocolException("the kernel echoed " + echoed.size() + " objects for " + spec + ", not 1");
        }
        return echoed.get(0);
    }

    /** For tests and messages: the requests in order. */
    List<Request> requests() {
        List<Request> out = new ArrayList<>(ops.size());
        for (Op op : ops) {
            out.add(op.request());
        }
        return out;
    }

    /** {@code Transaction[3 messages]}. */
    @Override
    public String toString() {
        return "Transaction[" + ops.size() + (ops.size() == 1 ? " message]" : " messages]");
    }
}
