// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Allocator and collector tests, on the fake platform's 32 MiB region.
//! Stack scanning is off (tsx_stack_top 0) unless a test is about it, so
//! stale words in debug frames cannot keep garbage alive.

const std = @import("std");
const testing = std.testing;
const heap = @import("heap.zig");
const gc = @import("gc.zig");
const block = @import("block.zig");
const object = @import("object.zig");
const platform = @import("platform.zig");
const string = @import("string.zig");

/// tag 16: {next, other}; tag 17: {next}; tag 18: {Value}.
const Pair = extern struct { hdr: object.Header, next: usize, other: usize };
const Link = extern struct { hdr: object.Header, next: usize };
const Boxed = extern struct { hdr: object.Header, _pad: u64 = 0, v: [2]u64 };
const types = [_]object.TypeDesc{
    .{ .size = 24, .ptr_map = 0b110, .value_map = 0 },
    .{ .size = 16, .ptr_map = 0b10, .value_map = 0 },
    .{ .size = 32, .ptr_map = 0, .value_map = 0b100 },
};

var root: usize = 0;
const roots = [_]*usize{&root};

fn reset(o: heap.Options) void {
    heap.testReset(o);
    gc.tsx_stack_top = 0;
    gc.mark_stack = gc.mark_stack.ptr[0..16 * 1024];
    root = 0;
    platform.fake.roots = &roots;
    platform.fake.type_table = &types;
}

fn new(comptime T: type, tag: u32) *T {
    return @ptrCast(@alignCast(heap.allocObject(@sizeOf(T), tag)));
}

test "freed slots are reused, zeroed" {
    reset(.{});
    const a = new(Pair, 16);
    const b = new(Pair, 16);
    try testing.expectEqual(@intFromPtr(a) + 32, @intFromPtr(b));
    b.next = 0xdead0;
    b.other = 7;
    root = @intFromPtr(a);
    heap.collect();
    try testing.expectEqual(@as(usize, 32), heap.live);
    // The block is swept when its class next needs memory: b's slot first.
    const c = new(Pair, 16);
    try testing.expect(c == b);
    try testing.expectEqual(@as(usize, 0), c.next);
    try testing.expectEqual(@as(usize, 0), c.other);
    try testing.expectEqual(@as(u32, 16), c.hdr.tag);
    root = 0;
    heap.collect();
    try testing.expectEqual(@as(usize, 0), heap.live);
    try testing.expectEqual(@as(usize, 0), block.used);
}

test "incremental: objects allocated while marking survive the cycle, and go in the next" {
    reset(.{});
    const kept = new(Link, 17);
    root = @intFromPtr(kept);
    heap.testStartCycle();
    try testing.expect(gc.tsx_gc_marking != 0);
    const fresh = new(Pair, 16);
    fresh.next = @intFromPtr(kept);
    heap.collect();
    try testing.expect(gc.tsx_gc_marking == 0);
    try testing.expectEqual(@as(u32, 16), fresh.hdr.tag);
    try testing.expectEqual(@intFromPtr(kept), fresh.next);
    heap.collect();
    try testing.expectEqual(@as(usize, 16), heap.live);
}

test "incremental: a shaded reference survives being overwritten while marking" {
    reset(.{});
    const holder = new(Link, 17);
    const moved = new(Pair, 16);
    moved.other = 42;
    holder.next = @intFromPtr(moved);
    root = @intFromPtr(holder);
    heap.testStartCycle();
    // The program takes `moved` into a register and clears the field: the
    // barrier shades the old value first.
    gc.shade(holder.next);
    holder.next = 0;
    heap.collect();
    try testing.expectEqual(@as(u32, 16), moved.hdr.tag);
    try testing.expectEqual(@as(usize, 42), moved.other);
    try testing.expectEqual(@as(usize, 16 + 32), heap.live);
    // Without the barrier the same steps free it (its header is zeroed).
    holder.next = @intFromPtr(moved);
    heap.collect();
    heap.testStartCycle();
    holder.next = 0;
    heap.collect();
    try testing.expectEqual(@as(usize, 16), heap.live);
}

test "cycles are reclaimed" {
    reset(.{});
    const first = new(Pair, 16);
    var last = first;
    for (0..999) |_| {
        const p = new(Pair, 16);
        last.next = @intFromPtr(p);
        last = p;
    }
    last.next = @intFromPtr(first);
    root = @intFromPtr(first);
    heap.collect();
    try testing.expectEqual(@as(usize, 1000 * 32), heap.live);
    root = 0;
    heap.collect();
    try testing.expectEqual(@as(usize, 0), heap.live);
    try testing.expectEqual(@as(usize, 0), block.used);
}

test "a deep list is marked without recursion" {
    reset(.{});
    const n = 1 << 20;
    for (0..n) |_| {
        const l = new(Link, 17);
        l.next = root;
        root = @intFromPtr(l);
    }
    heap.collect();
    try testing.expectEqual(@as(usize, n * 16), heap.live);
    try testing.expectEqual(@as(usize, 0), gc.overflows);
}

test "mark stack overflow falls back to rescanning" {
    reset(.{});
    // Each node pushes its string, then its successor, which is popped
    // first: the stack grows by one per node and overflows at four.
    gc.mark_stack = gc.mark_stack[0..4];
    const n = 5000;
    for (0..n) |_| {
        const p = new(Pair, 16);
        p.other = root;
        p.next = @intFromPtr(string.fromAscii("x"));
        root = @intFromPtr(p);
    }
    heap.collect();
    try testing.expect(gc.overflows > 0);
    try testing.expectEqual(@as(usize, n * (32 + 32)), heap.live);
}

test "slot objects and values are traced" {
    reset(.{});
    const slots: [*]usize = @ptrCast(heap.allocObject(16 + 3 * 8, object.TAG_PTR_SLOTS));
    slots[1] = 3;
    slots[2] = @intFromPtr(new(Link, 17));
    slots[4] = @intFromPtr(string.literal("static"));
    const vals: [*]usize = @ptrCast(heap.allocObject(16 + 2 * 16, object.TAG_VALUE_SLOTS));
    vals[1] = 2;
    vals[2] = 3; // a number whose bits look like an address
    vals[3] = @intFromPtr(new(Link, 17)) + 16;
    vals[4] = 4;
    vals[5] = @intFromPtr(string.fromAscii("s"));
    const box = new(Boxed, 18);
    box.v = .{ 5, @intFromPtr(vals) };
    slots[3] = @intFromPtr(box);
    root = @intFromPtr(slots);
    heap.collect();
    // slots 48, link 16, box 32, vals 48, string 32; not the number's target.
    try testing.expectEqual(@as(usize, 48 + 16 + 32 + 48 + 32), heap.live);
}

test "a conservative root keeps an object alive" {
    reset(.{});
    gc.tsx_stack_top = @frameAddress();
    defer gc.tsx_stack_top = 0;
    var p: *volatile Pair = new(Pair, 16);
    p.next = @intFromPtr(new(Link, 17));
    heap.collect();
    const a = @intFromPtr(p);
    try testing.expectEqual(@as(?usize, a), gc.objectAt(a));
    try testing.expect(block.of(a).isMarked(a));
    try testing.expect(block.of(p.next).isMarked(p.next));
    // Interior pointers find their object; free slots and headers do not.
    try testing.expectEqual(@as(?usize, a), gc.objectAt(a + 24));
    try testing.expectEqual(@as(?usize, null), gc.objectAt(a + 64 * 16));
    try testing.expectEqual(@as(?usize, null), gc.objectAt(@intFromPtr(block.of(a)) + 8));
    p = undefined;
}

/// Only the interior address outlives this frame.
noinline fn bigInterior() *u8 {
    const big: [*]u8 = @ptrCast(heap.allocObject(200_000, object.TAG_BYTES));
    return &big[150_000];
}

test "an interior root keeps a large object alive" {
    reset(.{});
    gc.tsx_stack_top = @frameAddress();
    defer gc.tsx_stack_top = 0;
    var inside: *volatile u8 = bigInterior();
    heap.collect();
    try testing.expectEqual(@as(usize, 200_000), heap.live);
    const big = @intFromPtr(inside) - 150_000;
    try testing.expectEqual(@as(?usize, big), gc.objectAt(big + 70_000));
    try testing.expectEqual(@as(?usize, null), gc.objectAt(big + 200_000 + 16));
    inside = undefined;
}

test "large objects" {
    reset(.{});
    const n = 20000;
    const slots: [*]usize = @ptrCast(heap.allocObject(16 + n * 8, object.TAG_PTR_SLOTS));
    slots[1] = n;
    for (0..n) |i| slots[2 + i] = @intFromPtr(new(Link, 17));
    _ = heap.allocObject(300_000, object.TAG_BYTES);
    root = @intFromPtr(slots);
    heap.collect();
    try testing.expectEqual(@as(usize, 16 + n * 8 + n * 16), heap.live);
    const used = block.used;
    root = 0;
    heap.collect();
    try testing.expectEqual(@as(usize, 0), block.used);
    try testing.expect(used > 3);
}

test "allocation volume triggers collections" {
    reset(.{ .limit = 8 << 20 });
    for (0..1 << 20) |_| _ = new(Pair, 16);
    try testing.expect(heap.stats.collections >= 3);
    try testing.expect(block.peak <= (8 << 20) >> block.shift);
}

test "stress mode collects at every allocation" {
    reset(.{ .stress = true });
    gc.tsx_stack_top = @frameAddress();
    defer gc.tsx_stack_top = 0;
    for (0..100) |_| {
        const p = new(Pair, 16);
        p.next = root;
        root = @intFromPtr(p);
    }
    try testing.expectEqual(@as(u64, 100), heap.stats.collections);
    var len: usize = 0;
    var p = root;
    while (p != 0) : (p = @as(*Pair, @ptrFromInt(p)).next) len += 1;
    try testing.expectEqual(@as(usize, 100), len);
    // Operands held only by the stack survive the collection in concat.
    const s = string.concat(string.fromAscii("ab"), string.fromAscii("c"));
    const t = string.concat(s, s);
    try testing.expect(string.equals(t, string.literal("abcabc")));
}

test "out of memory is fatal" {
    const fds = try std.posix.pipe();
    const pid = try std.posix.fork();
    if (pid == 0) {
        std.posix.close(fds[0]);
        platform.fake.exit_fd = fds[1];
        reset(.{ .limit = 1 << 20 });
        while (true) {
            const p = new(Pair, 16);
            p.next = root;
            root = @intFromPtr(p);
        }
    }
    std.posix.close(fds[1]);
    var buf: [256]u8 = undefined;
    var n: usize = 0;
    while (true) {
        const k = try std.posix.read(fds[0], buf[n..]);
        if (k == 0) break;
        n += k;
    }
    std.posix.close(fds[0]);
    const status = std.posix.waitpid(pid, 0).status;
    try testing.expect(std.posix.W.IFEXITED(status));
    try testing.expectEqual(@as(u32, 134), std.posix.W.EXITSTATUS(status));
    const want = "panic: out of memory (heap 1048576 bytes, live ";
    try testing.expect(std.mem.startsWith(u8, buf[0..n], want));
}

test "minor: old objects stay marked, a remembered store keeps a new object" {
    reset(.{});
    const holder = new(Link, 17);
    root = @intFromPtr(holder);
    heap.collect();
    const dead_old = new(Pair, 16);
    dead_old.other = 1;
    heap.collectMinor();
    // A new object nothing refers to goes in a minor cycle.
    try testing.expectEqual(@as(usize, 16), heap.live);
    const young = new(Pair, 16);
    young.other = 42;
    gc.written(@intFromPtr(holder));
    holder.next = @intFromPtr(young);
    heap.collectMinor();
    try testing.expectEqual(@as(u32, 16), young.hdr.tag);
    try testing.expectEqual(@as(usize, 42), young.other);
    try testing.expectEqual(@as(usize, 16 + 32), heap.live);
    // A full cycle frees what the minor ones kept: young is old now, and
    // reachable; nothing else is.
    heap.collect();
    try testing.expectEqual(@as(usize, 16 + 32), heap.live);
    holder.next = 0;
    heap.collect();
    try testing.expectEqual(@as(usize, 16), heap.live);
}

test "minor: an unremembered store into an old object is not seen (what the barrier is for)" {
    reset(.{});
    const holder = new(Link, 17);
    root = @intFromPtr(holder);
    heap.collect();
    const young = new(Pair, 16);
    holder.next = @intFromPtr(young);
    heap.collectMinor();
    try testing.expectEqual(@as(usize, 16), heap.live);
}

test "minor: remembered large objects and blocks" {
    reset(.{});
    const Big = extern struct { hdr: object.Header, cap: u64, slots: [10000]usize };
    const big: *Big = @ptrCast(@alignCast(heap.allocObject(@sizeOf(Big), object.TAG_PTR_SLOTS)));
    big.cap = 10000;
    root = @intFromPtr(big);
    heap.collect();
    const young = new(Link, 17);
    // A slot in a later block of the run: the whole object is traced.
    gc.written(@intFromPtr(&big.slots[9999]));
    big.slots[9999] = @intFromPtr(young);
    heap.collectMinor();
    try testing.expectEqual(@as(usize, @sizeOf(Big) + 16), heap.live);
    try testing.expectEqual(@as(u32, 17), young.hdr.tag);
}
