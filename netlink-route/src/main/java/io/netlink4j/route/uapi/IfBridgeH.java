package io.netlink4j.route.uapi;

/** Constants of {@code <linux/if_bridge.h>} (bridge ports, VLANs) and the VLAN ethertypes of {@code <linux/if_ether.h>}. Generated from the kernel's uapi headers; names as there. */
@SuppressWarnings("unused")
public final class IfBridgeH {
    private IfBridgeH() {}

    // /usr/include/linux/if_bridge.h
    public static final int BRIDGE_FLAGS_MASTER = 1;
    public static final int BRIDGE_FLAGS_SELF = 2;
    public static final int BRIDGE_MODE_UNDEF = 65535;
    public static final int BRIDGE_MODE_VEB = 0;
    public static final int BRIDGE_MODE_VEPA = 1;
    public static final int BRIDGE_VLAN_INFO_BRENTRY = 32;
    public static final int BRIDGE_VLAN_INFO_MASTER = 1;
    public static final int BRIDGE_VLAN_INFO_ONLY_OPTS = 64;
    public static final int BRIDGE_VLAN_INFO_PVID = 2;
    public static final int BRIDGE_VLAN_INFO_RANGE_BEGIN = 8;
    public static final int BRIDGE_VLAN_INFO_RANGE_END = 16;
    public static final int BRIDGE_VLAN_INFO_UNTAGGED = 4;
    public static final int BR_STATE_BLOCKING = 4;
    public static final int BR_STATE_DISABLED = 0;
    public static final int BR_STATE_FORWARDING = 3;
    public static final int BR_STATE_LEARNING = 2;
    public static final int BR_STATE_LISTENING = 1;
    public static final int IFLA_BRIDGE_FLAGS = 0;
    public static final int IFLA_BRIDGE_MODE = 1;
    public static final int IFLA_BRIDGE_VLAN_INFO = 2;
    // /usr/include/linux/if_ether.h
    public static final int ETH_P_8021AD = 34984;
    public static final int ETH_P_8021Q = 33024;
}
