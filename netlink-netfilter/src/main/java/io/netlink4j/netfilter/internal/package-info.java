/**
 * Floor 1: nfnetlink plumbing the API package shares (message types, {@code struct nfgenmsg},
 * batch framing, finding the attribute an extended ACK points at). Imports only core and
 * {@code uapi}, never the API; not exported.
 */
package io.netlink4j.netfilter.internal;
