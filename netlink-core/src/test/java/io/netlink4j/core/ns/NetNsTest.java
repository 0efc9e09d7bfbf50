package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.Netlink.*;
import static io.netlink4j.core.testing.RtConst.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Namespace handles, named namespaces shared with iproute2, and running code inside. */
class NetNsTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");

    static List<String> linkNames(NetlinkSocket s) {
        return s.dump(Request.of(RTM_GETLINK, 0, "RTM_GETLINK", null, w -> w.reserve(IFINFOMSG_LEN)), m -> {
            Attributes a = m.attributes(IFINFOMSG_LEN);
            while (a.next()) {
                if (a.type() == IFLA_IFNAME) {
                    return a.string();
                }
            }
            return null;
        });
    }

    /** Interface names in /proc/net/dev, which shows the reading thread's namespace. */
    static List<String> procNetDev() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/net/dev"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.add(line.substring(0, colon).trim());
            }
        }
        return out;
    }

    @Test
    void createdNamespaceIsListedByIp() {
        String name = NS.named();
        assertThat(Ip.netnsList()).contains(name);
        assertThat(NetNs.list()).contains(name);
        assertThat(NetNs.exists(name)).isTrue();
        try (NetNs ns = NetNs.named(name)) {
            assertThat(ns.name()).isEqualTo(name);
            assertThat(Ip.run("netns", "exec", name, "readlink", "/proc/self/ns/net").trim())
                    .isEqualTo("net:[" + ns.inode() + "]");
        }
        NetNs.delete(name);
        assertThat(Ip.netnsList()).doesNotContain(name);
        assertThat(NetNs.exists(name)).isFalse();
    }

    @Test
    void namespaceAddedByIpOpensByName() {
        String name = NS.reserve();
        Ip.run("netns", "add", name);
        Ip.run("-n", name, "link", "add", "from-ip", "type", "veth", "peer", "name", "from-ip-p");
        try (NetNs ns = NetNs.named(name); NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            assertThat(linkNames(s)).containsExactlyInAnyOrder("lo", "from-ip", "from-ip-p");
            assertThat(ns.call(NetNs::currentInode)).isEqualTo(ns.inode());
        }
        assertThat(NetNs.deleteIfExists(name)).isTrue();
        assertThat(Ip.netnsList()).doesNotContain(name);
    }

    @Test
    void codeInsideSeesOnlyItsOwnLoopbackAndTheCallerStaysHome() throws Exception {
        long home = NetNs.currentInode();
        NetNs ns = NS.anonymous();
        assertThat(ns.inode()).isNotEqualTo(home);
        List<String> dev = ns.call(NetNsTest::procNetDev);
        assertThat(dev).containsExactly("lo");
        List<String> links = ns.call(() -> {
            try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE)) {
                return linkNames(s);
            }
        });
        assertThat(links).containsExactly("lo");
        assertThat(ns.call(NetNs::currentInode)).isEqualTo(ns.inode());
        assertThat(NetNs.currentInode()).isEqualTo(home);

        // From a virtual thread too; its carrier never changes namespace.
        AtomicReference<Object> fromVirtual = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            try {
                fromVirtual.set(List.of(ns.call(NetNs::currentInode), NetNs.currentInode()));
            } catch (Throwable t) {
                fromVirtual.set(t);
            }
        }).join();
        assertThat(fromVirtual.get()).isEqualTo(List.of(ns.inode(), home));
    }

    @Test
    void resultsAndExceptionsCrossTheBoundaryUnchanged() {
        NetNs ns = NS.anonymous();
        IOException checked = new IOException("inside");
        assertThatThrownBy(() -> ns.call(() -> {
            throw checked;
        })).isSameAs(checked);
        IllegalStateException unchecked = new IllegalStateException("inside too");
        assertThatThrownBy(() -> ns.run(() -> {
            throw unchecked;
        })).isSameAs(unchecked);
        assertThat(ns.call(() -> "value")).isEqualTo("value");
    }

    @Test
    void startThreadLivesInside() throws Exception {
        NetNs ns = NS.anonymous();
        AtomicReference<Long> seen = new AtomicReference<>();
        Thread t = ns.startThread("inside", () -> seen.set(NetNs.currentInode()));
        t.join();
        assertThat(seen.get()).isEqualTo(ns.inode());
    }

    @Test
    void unknownNamesFailClearly() {
        String name = NS.reserve();
        NetlinkException e = catchThrowableOfType(NetlinkException.class, () -> NetNs.named(name));
        assertThat(e.errno()).isEqualTo(Errno.ENOENT);
        assertThat(e.getMessage()).isEqualTo("open netns " + name + ": No such file or directory (ENOENT): "
                + "no network namespace named '" + name + "' (no /run/netns/" + name + ")");
        assertThat(catchThrowableOfType(NetlinkException.class, () -> NetNs.delete(name)).errno())
                .isEqualTo(Errno.ENOENT);
        assertThat(NetNs.deleteIfExists(name)).isFalse();
    }

    @Test
    void existingNameIsRefused() {
        String name = NS.named();
        NetlinkException e = catchThrowableOfType(NetlinkException.class, () -> NetNs.create(name));
        assertThat(e.errno()).isEqualTo(Errno.EEXIST);
        assertThat(e.getMessage()).contains("'" + name + "' already exists");
        assertThat(NetNs.exists(name)).isTrue();
    }

    @Test
    void invalidNamesAreRejectedBeforeAnythingHappens() {
        List<String> before = NetNs.list();
        for (String bad : new String[] {"", ".", "..", "a/b", "/etc", "a\0b", "x".repeat(256)}) {
            assertThatThrownBy(() -> NetNs.create(bad)).as("create(%s)", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace name");
            assertThatThrownBy(() -> NetNs.named(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> NetNs.deleteIfExists(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> NetNs.create(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NetNs.list()).isEqualTo(before);
    }

    /** Issue 10, item 8: deleteIfExists used to delete any plain file under /run/netns. */
    @Test
    void deletingLeavesFilesThatAreNoNamespaceAlone() throws IOException {
        String name = NS.reserve();
        Path p = NetNs.RUN_DIR.resolve(name);
        Files.createDirectories(NetNs.RUN_DIR);
        Files.writeString(p, "not a namespace");
        try {
            assertThatThrownBy(() -> NetNs.deleteIfExists(name)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(p + " is neither a network namespace nor an empty placeholder: not deleting it");
            assertThatThrownBy(() -> NetNs.delete(name)).isInstanceOf(IllegalArgumentException.class);
            assertThat(Files.readString(p)).isEqualTo("not a namespace");
        } finally {
            Files.deleteIfExists(p);
        }
        Files.createDirectory(p);
        try {
            assertThatThrownBy(() -> NetNs.deleteIfExists(name)).isInstanceOf(IllegalArgumentException.class);
            assertThat(Files.isDirectory(p)).isTrue();
        } finally {
            Files.deleteIfExists(p);
        }
        // The empty placeholder that a creation cut short leaves behind is deleted.
        Files.createFile(p);
        assertThat(NetNs.deleteIfExists(name)).isTrue();
        assertThat(Files.exists(p)).isFalse();
    }

    @Test
    void aFileThatIsNoNamespaceIsRefused() {
        assertThatThrownBy(() -> NetNs.open(Path.of("/proc/self/status")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a network namespace");
        assertThatThrownBy(() -> NetNs.open(Path.of("/proc/self/ns/uts")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedHandleRefusesWork() {
        NetNs ns = NetNs.create();
        ns.close();
        ns.close();
        assertThatThrownBy(() -> ns.call(() -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ns::inode).isInstanceOf(IllegalStateException.class);
    }
}
