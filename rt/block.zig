// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The block arena: the platform's heap region cut into 64 KiB aligned
//! blocks. A block holds objects of one size class (small), or starts a run
//! of blocks holding one large object. Each block starts with a header
//! carrying the mark bits; a byte per block (`kinds`) says what it is, so a
//! conservative root can be checked without touching the block.

const std = @import("std");

pub const shift = 16;
pub const size: usize = 1 << shift;
pub const granule = 16;
const granules = size / granule;

pub const Kind = enum(u8) { free = 0, small, large, large_tail };

pub const Block = extern struct {
    /// One bit per 16-byte granule; an object's mark is the bit of its first
    /// granule, so marking needs no division by the object size.
    marks: [granules / 64]u64,
    /// Small: the size class's object size. Large: the object's size.
    obj_size: usize,
    /// Small: objects in the block. Large: blocks in the run.
    count: u32,
    class: u32,
    _reserved: usize = 0,
    /// Next block in its size class's list of blocks to sweep.
    next: ?*Block,

    pub fn first(b: *const Block) usize {
        return @intFromPtr(b) + header_size;
    }

    /// Sets the mark of the object at `a`; false if it was already set.
    pub inline fn setMark(b: *Block, a: usize) bool {
        const g = (a >> 4) & (granules - 1);
        const bit = @as(u64, 1) << @intCast(g & 63);
        const w = &b.marks[g >> 6];
        if (w.* & bit != 0) return false;
        w.* |= bit;
        return true;
    }

    pub inline fn isMarked(b: *const Block, a: usize) bool {
        const g = (a >> 4) & (granules - 1);
        return (b.marks[g >> 6] >> @intCast(g & 63)) & 1 != 0;
    }

    /// Marks every slot of a small block, so that whatever is allocated in
    /// it during an incremental marking cycle is live for that cycle.
    pub fn markAll(b: *Block) void {
        var a = b.first();
        for (0..b.count) |_| {
            _ = b.setMark(a);
            a += b.obj_size;
        }
    }

    pub inline fn clearMark(b: *Block, a: usize) void {
        const g = (a >> 4) & (granules - 1);
        b.marks[g >> 6] &= ~(@as(u64, 1) << @intCast(g & 63));
    }

    pub fn clearMarks(b: *Block) void {
        @memset(&b.marks, 0);
    }

    /// Bytes of the marked objects of a small block.
    pub fn liveBytes(b: *const Block) usize {
        var n: usize = 0;
        for (b.marks) |m| n += @popCount(m);
        return n * b.obj_size;
    }

    /// A block taken from the arena for objects of `obj_size` bytes. Its old
    /// contents stay: the sweep that follows gives every slot a 0 header,
    /// and the allocator zeroes an object's words when it hands it out.
    pub fn initSmall(b: *Block, class: u32, obj_size: usize) void {
        b.clearMarks();
        b.obj_size = obj_size;
        b.count = @intCast(usable / obj_size);
        b.class = class;
        b.next = null;
    }

    pub const Swept = struct { head: usize, free: usize };

    /// Frees every unmarked object: its header is cleared (a 0 header is
    /// how a free slot is told from an allocated object, by the
    /// conservative root test and by the next sweep) and, with `link`, it
    /// is threaded through its second word into a free list in address
    /// order. Only those two words are written: the rest of a free slot is
    /// garbage until the allocator zeroes it, touching each dead object's
    /// line once, when it is about to be written anyway.
    pub fn sweep(b: *Block, link: bool) Swept {
        const base = @intFromPtr(b);
        const osz = b.obj_size;
        var head: usize = 0;
        var free: usize = 0;
        var off = header_size + b.count * osz;
        var i = b.count;
        while (i > 0) {
            i -= 1;
            off -= osz;
            const g = off >> 4;
            if ((b.marks[g >> 6] >> @intCast(g & 63)) & 1 != 0) continue;
            const w: [*]usize = @ptrFromInt(base + off);
            w[0] = 0;
            if (link) {
                w[1] = head;
                head = base + off;
            }
            free += osz;
        }
        return .{ .head = head, .free = free };
    }
};

pub const header_size = std.mem.alignForward(usize, @sizeOf(Block), granule);
/// Bytes of a block available to objects.
pub const usable = size - header_size;

/// Address of block 0.
pub var lo: usize = 0;
/// Bytes from `lo` that blocks have ever covered: no object lies beyond.
pub var span: usize = 0;
/// Copies of `lo` and `span` for compiled code's write barrier.
pub export var tsx_heap_lo: usize = 0;
pub export var tsx_heap_span: usize = 0;

/// Records that a reference was stored at `a` (anywhere; only heap
/// addresses count): the barrier of minor collections.
pub inline fn remember(a: usize) void {
    const off = a -% lo;
    if (off < span) tsx_gc_dirty[off >> shift] = 1;
}
/// One per block of the region.
pub var kinds: []Kind = &.{};
/// One per block of the region: non-zero when a reference may have been
/// stored into an object of the block since the last collection (the
/// remembered set of minor collections, heap.zig). Compiled code sets it.
pub export var tsx_gc_dirty: [*]u8 = undefined;
/// Blocks in use, the most allowed (the heap limit) and the most ever used.
pub var used: usize = 0;
pub var limit: usize = 0;
pub var peak: usize = 0;
/// Where the search for a free block resumes; back to 0 after each
/// collection, so freed blocks low in the region are reused first.
pub var cursor: usize = 0;

/// Lays the arena over [base, base + len): the kind map and the dirty map
/// first, then the blocks, at most `limit_bytes` of them in use at a time.
pub fn init(base: usize, len: usize, limit_bytes: usize) void {
    const end = base + len;
    const start = std.mem.alignForward(usize, base + 2 * (len / size), size);
    const n = if (start < end) (end - start) / size else 0;
    kinds = @as([*]Kind, @ptrFromInt(base))[0..n];
    @memset(kinds, .free);
    tsx_gc_dirty = @ptrFromInt(base + n);
    @memset(tsx_gc_dirty[0..n], 0);
    lo = start;
    tsx_heap_lo = start;
    span = 0;
    used = 0;
    peak = 0;
    cursor = 0;
    limit = @min(n, @max(limit_bytes / size, 1));
}

pub inline fn at(i: usize) *Block {
    return @ptrFromInt(lo + (i << shift));
}

pub inline fn of(a: usize) *Block {
    return @ptrFromInt(a & ~(size - 1));
}

pub fn index(b: *const Block) usize {
    return (@intFromPtr(b) - lo) >> shift;
}

/// Takes `n` contiguous free blocks, or null at the limit or when the region
/// has no such run. One block is searched from `cursor` on; runs first-fit.
pub fn allocRun(n: usize, kind: Kind) ?*Block {
    if (n > limit - used) return null;
    const i = if (n == 1)
        findRun(cursor, kinds.len, 1) orelse findRun(0, cursor, 1)
    else
        findRun(0, kinds.len, n);
    const j = i orelse return null;
    kinds[j] = kind;
    @memset(kinds[j + 1 .. j + n], .large_tail);
    if (n == 1) cursor = j + 1;
    used += n;
    peak = @max(peak, used);
    span = @max(span, (j + n) << shift);
    tsx_heap_span = span;
    return at(j);
}

pub fn freeRun(b: *Block, n: usize) void {
    const i = index(b);
    @memset(kinds[i .. i + n], .free);
    used -= n;
}

// Plain loops: this runs once per 64 KiB block handed out, and rt's size
// matters more here than vector code.
fn findRun(from: usize, to: usize, n: usize) ?usize {
    var run: usize = 0;
    var i = from;
    while (i < to) : (i += 1) {
        run = if (kinds[i] == .free) run + 1 else 0;
        if (run == n) return i + 1 - n;
    }
    return null;
}

const testing = std.testing;

var test_region: [8 * size]u8 align(size) = undefined;

test "arena layout and runs" {
    init(@intFromPtr(&test_region), test_region.len, 1 << 40);
    // The kind map costs the first block.
    try testing.expectEqual(@as(usize, 7), kinds.len);
    try testing.expectEqual(@as(usize, 7), limit);
    const a = allocRun(1, .small).?;
    const b = allocRun(3, .large).?;
    try testing.expectEqual(@as(usize, 0), index(a));
    try testing.expectEqual(@as(usize, 1), index(b));
    try testing.expectEqual(Kind.large_tail, kinds[3]);
    try testing.expect(allocRun(4, .large) == null);
    freeRun(a, 1);
    cursor = 0;
    try testing.expect(allocRun(1, .small).? == a);
    try testing.expectEqual(@as(usize, 4), used);
    try testing.expectEqual(@as(usize, 4 << shift), span);
}

test "limit caps blocks in use" {
    init(@intFromPtr(&test_region), test_region.len, 2 * size);
    try testing.expect(allocRun(1, .small) != null);
    try testing.expect(allocRun(2, .large) == null);
    try testing.expect(allocRun(1, .small) != null);
    try testing.expect(allocRun(1, .small) == null);
}

test "sweep frees unmarked objects in address order" {
    init(@intFromPtr(&test_region), test_region.len, 1 << 40);
    const b = allocRun(1, .small).?;
    b.initSmall(1, 32);
    const s = b.sweep(true);
    try testing.expectEqual(@as(usize, b.count) * 32, s.free);
    try testing.expectEqual(b.first(), s.head);
    try testing.expect(b.setMark(b.first() + 32));
    try testing.expect(!b.setMark(b.first() + 32));
    const t = b.sweep(true);
    const w: [*]usize = @ptrFromInt(t.head);
    try testing.expectEqual(b.first() + 64, w[1]);
    try testing.expectEqual(s.free - 32, t.free);
}
