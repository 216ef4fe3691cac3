// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The shared info page (struct shared_info, xen/include/public/xen.h): event
// channel pending and mask bits, per-vCPU upcall flags and time, the wall
// clock. An HVM/PVH guest asks Xen to put it at a guest frame of its
// choosing (XENMEM_add_to_physmap, XENMAPSPACE_shared_info): we give one of
// our own .bss pages, which Xen replaces. Mapped on first use.

const hypercall = @import("hypercall.zig");
const hvm = @import("hvm.zig");

pub const VcpuTimeInfo = extern struct {
    version: u32,
    pad0: u32,
    tsc_timestamp: u64,
    system_time: u64,
    tsc_to_system_mul: u32,
    tsc_shift: i8,
    flags: u8,
    pad1: [2]u8,
};

pub const VcpuInfo = extern struct {
    evtchn_upcall_pending: u8,
    evtchn_upcall_mask: u8,
    pad: [6]u8,
    evtchn_pending_sel: u64,
    cr2: u64,
    arch_pad: u64,
    time: VcpuTimeInfo,
};

pub const SharedInfo = extern struct {
    vcpu_info: [32]VcpuInfo,
    evtchn_pending: [64]u64,
    evtchn_mask: [64]u64,
    wc_version: u32,
    wc_sec: u32,
    wc_nsec: u32,
    wc_sec_hi: u32,
};

comptime {
    if (@sizeOf(VcpuInfo) != 64 or @offsetOf(SharedInfo, "wc_version") != 3072) @compileError("shared_info layout");
}

const XENMEM_add_to_physmap = 7;
pub const XENMAPSPACE_shared_info = 0;
pub const XENMAPSPACE_grant_table = 1;

const AddToPhysmap = extern struct { domid: u16, size: u16 = 0, space: u32, idx: u64, gpfn: u64 };

/// Put frame `idx` of Xen's map space `space` at guest frame `gpfn`.
pub fn addToPhysmap(space: u32, idx: u64, gpfn: u64) bool {
    var a = AddToPhysmap{ .domid = hvm.DOMID_SELF, .space = space, .idx = idx, .gpfn = gpfn };
    return hypercall.call(hypercall.memory_op, XENMEM_add_to_physmap, @intFromPtr(&a), 0) == 0;
}

var frame: [4096]u8 align(4096) = undefined;
var mapped: ?*volatile SharedInfo = null;

/// The shared info page; null when Xen refuses (or we are not on Xen:
/// callers check shutdown.on_xen first).
pub fn get() ?*volatile SharedInfo {
    if (mapped == null and addToPhysmap(XENMAPSPACE_shared_info, 0, @intFromPtr(&frame) >> 12)) {
        mapped = @ptrCast(&frame);
    }
    return mapped;
}
