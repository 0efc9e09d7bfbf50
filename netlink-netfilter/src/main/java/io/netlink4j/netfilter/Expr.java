package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

/**
 * One kernel expression of a rule, exactly as the kernel stores it: a rule is a list of these,
 * run in order on registers. {@code nft --debug=netlink} prints the same list, and each record's
 * {@code toString} prints it that way; for example {@code oifname "eth0" masquerade} is
 * <pre>
 *   [ meta load oifname =&gt; reg 1 ]                        new Meta(Meta.Key.OIFNAME, REG_1)
 *   [ cmp eq reg 1 0x30687465 0x00000000 0x00000000 0x00000000 ]
 *                                                        new Cmp(Cmp.Op.EQ, REG_1, "eth0" NUL-padded to 16 bytes)
 *   [ masq ]                                             Masquerade.plain()
 * </pre>
 * {@link Rule}'s methods ({@code oifname}, {@code masquerade}...) write these lists for the usual
 * matches the way {@code nft} does; the records are for everything else and for reading rules
 * back. An expression this hierarchy does not model is read back as {@link UnknownExpr}, bytes
 * kept, and written again unchanged.
 *
 * <p>Registers: {@link #REG_VERDICT} holds the verdict; {@link #REG_1}..{@link #REG_4} are the
 * 16-byte data registers {@code nft} uses.
 */
public sealed interface Expr permits Meta, Payload, Bitwise, Cmp, Immediate, Verdict, Counter, Ct, Masquerade, Nat,
        UnknownExpr {

    /** {@code NFT_REG_VERDICT}. */
    int REG_VERDICT = NFT_REG_VERDICT;
    /** {@code NFT_REG_1}. */
    int REG_1 = NFT_REG_1;
    /** {@code NFT_REG_2}. */
    int REG_2 = NFT_REG_2;
    /** {@code NFT_REG_3}. */
    int REG_3 = NFT_REG_3;
    /** {@code NFT_REG_4}. */
    int REG_4 = NFT_REG_4;

    /**
     * The kernel's name of the expression ({@code NFTA_EXPR_NAME}): {@code "meta"}, {@code "cmp"}...
     *
     * @return the name
     */
    String kernelName();
}
