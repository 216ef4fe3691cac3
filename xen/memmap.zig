// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The physical memory map. hvm_start_info carries it from version 1 on
// (QEMU); Xen 4.17 gives a PVH dom0 version 0, so there we ask Xen with
// XENMEM_memory_map (the domain's own e820).

const hypercall = @import("hypercall.zig");
const si = @import("start_info.zig");

pub const Entry = si.MemmapEntry;
pub const RAM = si.MEMMAP_RAM;

const XENMEM_memory_map = 9;
const E820Entry = extern struct { addr: u64 align(4), size: u64 align(4), type: u32 }; // 20 bytes
const XenMemoryMap = extern struct { nr_entries: u32, buffer: u64 };

var e820: [32]E820Entry = undefined;
var converted: [32]Entry = undefined;

/// The memory map; empty when none can be had.
pub fn entries(on_xen: bool) []const Entry {
    const from_start_info = si.memmap();
    if (from_start_info.len != 0 or !on_xen) return from_start_info;
    var map = XenMemoryMap{ .nr_entries = e820.len, .buffer = @intFromPtr(&e820) };
    if (hypercall.call(hypercall.memory_op, XENMEM_memory_map, @intFromPtr(&map), 0) != 0) return &.{};
    const n = @min(map.nr_entries, e820.len);
    for (e820[0..n], converted[0..n]) |e, *c| c.* = .{ .addr = e.addr, .size = e.size, .type = e.type, .reserved = 0 };
    return converted[0..n];
}
