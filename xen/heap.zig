// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The heap handed to the runtime: the largest page-aligned piece of RAM
// (memory map type 1) that lies above the kernel image, inside the identity
// map, and clear of what the loader left for us (start info, command line,
// memory map, modules).

const pvh = @import("pvh.zig");
const memmap = @import("memmap.zig");
const si = @import("start_info.zig");

extern const __image_end: u8;

pub var base: u64 = 0;
pub var len: u64 = 0;

const Range = struct { start: u64, end: u64 };
const page = 4096;

const Reserved = struct {
    items: [16]Range = undefined,
    n: usize = 0,

    fn add(self: *Reserved, start: u64, size: u64) void {
        if (size == 0 or self.n == self.items.len) return;
        self.items[self.n] = .{ .start = start, .end = start + size };
        self.n += 1;
    }
};

pub fn init(on_xen: bool) void {
    var res = Reserved{};
    res.add(0, @intFromPtr(&__image_end));
    res.add(@intFromPtr(si.info), @sizeOf(si.StartInfo));
    const cmd = si.cmdline();
    res.add(@intFromPtr(cmd.ptr), cmd.len + 1);
    const smm = si.memmap();
    res.add(@intFromPtr(smm.ptr), smm.len * @sizeOf(si.MemmapEntry));
    const mods = si.modules();
    res.add(@intFromPtr(mods.ptr), mods.len * @sizeOf(si.ModlistEntry));
    for (mods) |m| res.add(m.paddr, m.size);
    const reserved = res.items[0..res.n];

    base = @intFromPtr(&__image_end);
    len = 0;
    for (memmap.entries(on_xen)) |e| {
        if (e.type != memmap.RAM) continue;
        const lo = e.addr;
        const hi: u64 = @min(e.addr + e.size, @as(u64, pvh.mapped_limit));
        // Candidate starts: the region's start and the end of each reserved
        // range; each runs up to the next reserved range or the region's end.
        var i: usize = 0;
        while (i <= reserved.len) : (i += 1) {
            const s = alignUp(if (i == reserved.len) lo else reserved[i].end);
            if (s < lo or s >= hi or inside(reserved, s)) continue;
            var end = hi;
            for (reserved) |r| {
                if (r.start >= s and r.start < end) end = r.start;
            }
            end &= ~@as(u64, page - 1);
            if (end > s and end - s > len) {
                base = s;
                len = end - s;
            }
        }
    }
}

fn alignUp(x: u64) u64 {
    return (x + page - 1) & ~@as(u64, page - 1);
}

fn inside(rs: []const Range, x: u64) bool {
    for (rs) |r| {
        if (x >= r.start and x < r.end) return true;
    }
    return false;
}
