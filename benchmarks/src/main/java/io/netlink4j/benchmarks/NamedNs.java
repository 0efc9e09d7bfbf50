package io.netlink4j.benchmarks;

import static io.netlink4j.core.sys.SysConst.MS_BIND;
import static io.netlink4j.core.sys.SysConst.O_CREAT;
import static io.netlink4j.core.sys.SysConst.O_EXCL;
import static io.netlink4j.core.sys.SysConst.O_RDONLY;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.sys.Sys;

/**
 * Named namespaces for the benchmarks' setup. {@link NetNs#create(String)} is used when it works;
 * netlink-core at commit abe8ba6 rejects the namespace it has just mounted (it recognises a
 * namespace file by {@code readlink /proc/self/fd/N}, which shows the bind mount's path, not
 * {@code net:[...]}), so until that is fixed the same bind mount is made here by hand.
 */
final class NamedNs {
    private NamedNs() {}

    static NetNs create(String name) {
        try {
            return NetNs.create(name);
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).contains("is not a network namespace")) {
                throw e;
            }
        }
        NetNs ns = NetNs.create();
        String path = NetNs.RUN_DIR.resolve(name).toString();
        try {
            Sys.close(Sys.open(path, O_RDONLY | O_CREAT | O_EXCL, 0));
            Sys.mount("/proc/self/fd/" + ns.fd(), path, "none", MS_BIND);
            return ns;
        } catch (RuntimeException e) {
            ns.close();
            NetNs.deleteIfExists(name);
            throw e;
        }
    }
}
