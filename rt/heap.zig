// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The heap: a bump allocator over the single region the platform hands
//! out. Callers see only `init`, `alloc` and `tryAlloc`, so a collector can
//! replace it later without touching them.

const std = @import("std");
const platform = @import("platform.zig");
const panic = @import("panic.zig");

pub const alignment = 16;

var base: usize = 0;
var next: usize = 0;
var end: usize = 0;

/// Takes the heap region from the platform. Idempotent.
pub fn init() void {
    if (end != 0) return;
    var len: usize = 0;
    const ptr = platform.heap(&len);
    base = @intFromPtr(ptr);
    next = std.mem.alignForward(usize, base, alignment);
    end = base + len;
    if (next > end) next = end;
}

/// Returns `size` bytes aligned to 16, or null when the heap is exhausted.
pub fn tryAlloc(size: usize) ?[*]align(alignment) u8 {
    if (end == 0) init();
    const rounded = std.math.add(usize, size, alignment - 1) catch return null;
    const n = rounded & ~@as(usize, alignment - 1);
    if (n > end - next) return null;
    const p = next;
    next += n;
    return @ptrFromInt(p);
}

/// Like tryAlloc, but running out of memory is fatal (as in Node).
pub fn alloc(size: usize) [*]align(alignment) u8 {
    return tryAlloc(size) orelse panic.outOfMemory(end - base);
}

/// Bytes handed out so far.
pub fn used() usize {
    return next - base;
}

test "alloc is aligned and disjoint" {
    const a = alloc(3);
    const b = alloc(1);
    try std.testing.expect(@intFromPtr(a) % 16 == 0);
    try std.testing.expect(@intFromPtr(b) % 16 == 0);
    try std.testing.expect(@intFromPtr(b) >= @intFromPtr(a) + 16);
}

test "tryAlloc reports exhaustion" {
    try std.testing.expect(tryAlloc(std.math.maxInt(usize) - 4) == null);
    try std.testing.expect(tryAlloc(1 << 40) == null);
}
