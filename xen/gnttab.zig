// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Grant tables, version 1 (xen/include/public/grant_table.h): entry `ref`
// of our table lets domain `domid` map or copy our frame `frame`. An
// HVM/PVH guest asks Xen to put the table's first frame at a guest frame of
// its choosing (XENMEM_add_to_physmap, XENMAPSPACE_grant_table): one of our
// .bss pages. One frame holds 512 entries; 0-7 are reserved for the
// toolstack (console, xenstore).

const cpu = @import("cpu.zig");
const clock = @import("clock.zig");
const shared_info = @import("shared_info.zig");

const Entry = extern struct { flags: u16, domid: u16, frame: u32 };

const GTF_permit_access: u16 = 1 << 0;
const GTF_readonly: u16 = 1 << 2;
const GTF_reading: u16 = 1 << 3;
const GTF_writing: u16 = 1 << 4;

const nr_entries = 4096 / @sizeOf(Entry);
const first_free = 8;

var table: [nr_entries]Entry align(4096) = undefined;
var used: [nr_entries / 64]u64 = [_]u64{0} ** (nr_entries / 64);
var state: enum { unknown, ready, absent } = .unknown;

pub const ENOSYS: i32 = -38;
pub const ENOSPC: i32 = -28;
pub const EINVAL: i32 = -22;
pub const EBUSY: i32 = -16;

fn init() bool {
    if (state == .unknown) {
        state = .absent;
        if (clock.xen_base != null and shared_info.addToPhysmap(shared_info.XENMAPSPACE_grant_table, 0, @intFromPtr(&table) >> 12)) {
            used[0] = (1 << first_free) - 1;
            state = .ready;
        }
    }
    return state == .ready;
}

/// Let `domid` access our frame `frame`; the grant reference, or a
/// negative errno.
pub fn grant(domid: u16, frame: u64, readonly: bool) i32 {
    if (!init()) return ENOSYS;
    if (frame > 0xffff_ffff) return EINVAL; // v1 entries hold 32-bit frames
    for (&used, 0..) |*w, i| {
        if (w.* == ~@as(u64, 0)) continue;
        const b: u6 = @intCast(@ctz(~w.*));
        w.* |= @as(u64, 1) << b;
        const ref = i * 64 + b;
        const e: *volatile Entry = &table[ref];
        e.domid = domid;
        e.frame = @intCast(frame);
        cpu.mfence(); // domid and frame before the flags that publish them
        e.flags = GTF_permit_access | (if (readonly) GTF_readonly else 0);
        return @intCast(ref);
    }
    return ENOSPC;
}

/// Revoke a grant: -EBUSY while the other domain still has it mapped.
pub fn end(ref: u32) i32 {
    if (!init()) return ENOSYS;
    if (ref < first_free or ref >= nr_entries or used[ref / 64] & (@as(u64, 1) << @intCast(ref % 64)) == 0) return EINVAL;
    const flags: *u16 = &table[ref].flags;
    var f = @atomicLoad(u16, flags, .seq_cst);
    while (true) {
        if (f & (GTF_reading | GTF_writing) != 0) return EBUSY;
        f = @cmpxchgStrong(u16, flags, f, 0, .seq_cst, .seq_cst) orelse break;
    }
    used[ref / 64] &= ~(@as(u64, 1) << @intCast(ref % 64));
    return 0;
}
