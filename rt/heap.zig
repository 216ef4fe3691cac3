// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The heap: small objects come from per-size-class free lists threaded
//! through 64 KiB blocks (block.zig, size_class.zig), large ones take runs
//! of whole blocks. A full non-moving mark-sweep collection (gc.zig) runs
//! when the bytes handed out since the last one reach the live size (so the
//! heap settles near twice the live data), or when the heap limit is
//! reached. Sweeping is lazy: a block is swept when its size class next
//! needs memory, and blocks found empty go back to the arena at once.
//! Marking is incremental: a cycle greys the roots in a short pause, then
//! each block the allocator takes pays for tracing a few times its size,
//! with compiled code's write barrier keeping the snapshot (gc.zig).

const std = @import("std");
const platform = @import("platform.zig");
const fatal = @import("panic.zig");
const console = @import("console.zig");
const number_format = @import("number_format.zig");
const block = @import("block.zig");
const size_class = @import("size_class.zig");
const gc = @import("gc.zig");
const object = @import("object.zig");
pub const Options = @import("heap_options.zig").Options;

const Block = block.Block;
const Header = object.Header;

pub const alignment = 16;

/// The allocation fast path's state: one free list per size class. A free
/// slot has a 0 header and the link to the next one in its second word;
/// its other words are garbage until it is allocated.
/// Exported so compiled code can inline the fast path (rt/ABI.md).
export var tsx_free_lists: [size_class.count]usize = [_]usize{0} ** size_class.count;


/// Each class's bump region: the slots of a block taken whole from the
/// arena that are not handed out yet, [bump, bump_end). Such a block is
/// neither zeroed nor swept: its slots are written first by the allocator,
/// in address order, just before the program initialises them.
var bump: [size_class.count]usize = [_]usize{0} ** size_class.count;
var bump_end: [size_class.count]usize = [_]usize{0} ** size_class.count;

/// Blocks of each class waiting to be swept.
var pending: [size_class.count]?*Block = [_]?*Block{null} ** size_class.count;

/// Collections wait for at least this much allocation, so that small
/// programs never collect.
pub const min_budget: usize = 4 << 20;

pub var options: Options = .{};
var ready = false;
/// Bytes made available to the allocator (swept or fresh block space, large
/// objects) since the last collection, and how many it may reach.
var allocated: usize = 0;
var budget: usize = min_budget;
/// Bytes marked by the last collection.
pub var live: usize = 0;

/// Bytes traced per byte the allocator takes while marking: high enough
/// that marking ends before the heap has grown by an eighth of the live
/// data (blocks taken while marking stay full until the next cycle), low
/// enough that each step is short (binary-trees depth 18: 4 gave 134 MB
/// peak RSS, 8 gives 108 MB).
const mark_rate = 8;

/// True between gc.begin and the end of the cycle.
var marking = false;
/// Whether the cycle in progress, and the next one, are minor: marks are
/// sticky (what a cycle marked stays marked, "old", until the next full
/// cycle), and a minor cycle traces only from the roots and from the old
/// objects of blocks written since the last cycle (the remembered set,
/// block.remember), so it marks only the new objects that survive.
var cycle_minor = false;
var next_minor = false;
/// Bytes marked by the last full cycle. It sets the heap's target size
/// until the next one, max(2 live, live + min_budget) as without minor
/// cycles: each cycle's budget is what the marked (old) bytes leave of it
/// (at least a quarter of the first), and a full cycle comes when that is
/// less than a quarter of the first.
var full_live: usize = 0;
/// Set once the program makes objects that are written without the write
/// barrier (coroutine frames, promises, timers: rt/promise.zig): from then
/// on every cycle runs to its end at once.
var atomic = false;

/// Called before making such an object: finishes a cycle in progress and
/// makes every later one atomic.
pub fn disableIncremental() void {
    if (atomic) return;
    atomic = true;
    next_minor = false;
    if (marking) collect();
}

/// Minor cycles need every store of a reference into an old object to be
/// remembered: not so for the objects that turn incremental marking off,
/// nor under the stress modes that test full cycles.
fn generational() bool {
    return !atomic and !options.stress and !options.incremental_stress;
}
var cycle_t0: u64 = 0;

pub const Stats = struct {
    collections: u64 = 0,
    /// Of which minor.
    minor: u64 = 0,
    pause_total_ns: u64 = 0,
    pause_max_ns: u64 = 0,
    /// The longest cycle, first pause to last (the mutator runs between).
    cycle_max_ns: u64 = 0,
};
pub var stats: Stats = .{};

/// Reads the options from the command line and takes the platform's heap
/// region. Idempotent.
pub fn init() void {
    if (ready) return;
    var n: usize = 0;
    const text = platform.cmdline(&n);
    var o = Options.parse(text[0..n]) catch fatal.panic("invalid --heap= size");
    // The boot command line overrides the limit compiled in.
    o.limit = o.limit orelse platform.defaultHeapLimit();
    initWith(o);
}

fn initWith(o: Options) void {
    options = o;
    var len: usize = 0;
    const base = platform.heap(&len);
    block.init(@intFromPtr(base), len, o.limit orelse std.math.maxInt(usize));
    @memset(&bump, 0);
    @memset(&bump_end, 0);
    dropFreeLists();
    @memset(&pending, null);
    allocated = 0;
    budget = min_budget;
    live = 0;
    stats = .{};
    marking = false;
    atomic = false;
    cycle_minor = false;
    next_minor = false;
    full_live = 0;
    gc.tsx_gc_marking = 0;
    ready = true;
}

/// Returns `size` zeroed bytes, 16-aligned, whose first 8 bytes are the
/// header {tag, 0}. Running out of memory is fatal (as in Node).
pub const allocObject = tsx_alloc;

/// The allocation entry point of rt/ABI.md, and rt's own: one copy of the
/// fast path, which compiled code may also inline.
export fn tsx_alloc(size: usize, tag: u32) callconv(.C) *align(alignment) Header {
    if (size <= size_class.max_small) {
        const c = size_class.of(size);
        const p = tsx_free_lists[c];
        if (p != 0) {
            const w: [*]align(alignment) usize = @ptrFromInt(p);
            tsx_free_lists[c] = w[1];
            return initObject(w, size, tag);
        }
        const q = bump[c];
        if (q < bump_end[c]) {
            bump[c] = q + size_class.sizes[c];
            return initObject(@ptrFromInt(q), size, tag);
        }
    }
    return allocSlow(size, tag);
}

/// Memory whose header the caller writes itself (it is a BYTES object until
/// then). Strings are made this way.
pub fn alloc(size: usize) [*]align(alignment) u8 {
    return @ptrCast(allocObject(size, object.TAG_BYTES));
}

/// Zeroes the `size` bytes of a free slot (rounded up to 16: slots are
/// whole granules) and writes the header. Zeroing here rather than in the
/// sweep touches each object once, just before the program initialises it.
inline fn initObject(w: [*]align(alignment) usize, size: usize, tag: u32) *align(alignment) Header {
    const pairs = (size + 15) >> 4;
    const v: [*]align(alignment) @Vector(2, usize) = @ptrCast(w);
    // The header and the free list's link, even for a request of 0.
    v[0] = @splat(0);
    if (pairs <= 8) {
        // Unrolled: a loop here would become a call to memset.
        inline for (1..8) |k| {
            if (k < pairs) v[k] = @splat(0);
        }
    } else {
        @memset(v[0..pairs], @as(@Vector(2, usize), @splat(0)));
    }
    w[0] = tag;
    return @ptrCast(w);
}

noinline fn allocSlow(size: usize, tag: u32) *align(alignment) Header {
    if (!ready) init();
    if (options.stress) collect();
    if (options.minor_stress) stressMinor();
    if (options.incremental_stress) stressIncremental();
    if (size > size_class.max_small) return allocLarge(size, tag);
    const c = size_class.of(size);
    if (options.incremental_stress) return allocStashed(c, tag);
    refill(c);
    if (tsx_free_lists[c] == 0) {
        const q = bump[c];
        bump[c] = q + size_class.sizes[c];
        return initObject(@ptrFromInt(q), size, tag);
    }
    const w: [*]align(alignment) usize = @ptrFromInt(tsx_free_lists[c]);
    // Under stress every allocation must come back here to collect.
    tsx_free_lists[c] = if (stressing()) 0 else w[1];
    return initObject(w, size, tag);
}

/// Under --gc-stress=incremental the free lists live here instead, so that
/// every allocation takes the slow path (and a marking step) without
/// wasting the rest of its block.
var stash: [size_class.count]usize = [_]usize{0} ** size_class.count;

fn allocStashed(c: usize, tag: u32) *align(alignment) Header {
    if (stash[c] == 0) {
        refill(c);
        stash[c] = tsx_free_lists[c];
        tsx_free_lists[c] = 0;
    }
    const w: [*]align(alignment) usize = @ptrFromInt(stash[c]);
    stash[c] = w[1];
    return initObject(w, size_class.sizes[c], tag);
}

/// Forgets the free lists (their slots stay free: the next sweep finds
/// them) and closes the bump regions.
fn dropFreeLists() void {
    @memset(&tsx_free_lists, 0);
    @memset(&stash, 0);
    for (&bump, &bump_end, size_class.sizes) |*p, *end, sz| {
        closeBump(p.*, end.*, sz);
        p.* = 0;
        end.* = 0;
    }
}

/// Gives the slots of a bump region not handed out a 0 header, as free
/// slots have: they may be marked (a block taken while marking) and their
/// old contents must never pass for an object.
fn closeBump(from: usize, to: usize, sz: usize) void {
    var a = from;
    while (a < to) : (a += sz) {
        @as(*usize, @ptrFromInt(a)).* = 0;
        // Marks are sticky: a free slot must not stay marked.
        block.of(a).clearMark(a);
    }
}

/// Fills class `c`'s free list from a block left by the last collection,
/// or gives it a fresh block as its bump region, collecting first when the
/// budget is spent.
fn refill(c: usize) void {
    var collected = stressing();
    var full = false;
    while (true) {
        if (marking) {
            markStep(block.size);
        } else if (allocated >= budget and !collected) {
            beginCycle();
            collected = true;
            continue;
        }
        if (pending[c]) |b| {
            pending[c] = b.next;
            if (take(b.sweep(true), c)) return;
            continue;
        }
        if (block.allocRun(1, .small)) |b| {
            b.initSmall(@intCast(c), size_class.sizes[c]);
            if (stressing() or options.incremental_stress) {
                // The stress modes hand out slots from free lists only.
                _ = take(b.sweep(true), c);
            } else {
                bump[c] = b.first();
                bump_end[c] = b.first() + b.count * b.obj_size;
                allocated += b.count * b.obj_size;
            }
            if (marking) b.markAll();
            return;
        }
        if (full) outOfMemory();
        full = collectForSpace();
    }
}

/// The heap limit is in the way: collect at once. True if that was a whole
/// cycle begun now (if it only finished one in progress, what was allocated
/// while marking is still counted live, and a second one may free more).
fn collectForSpace() bool {
    const fresh = !marking;
    collect();
    return fresh;
}

/// The stress modes that collect at every allocation.
fn stressing() bool {
    return options.stress or options.minor_stress;
}

fn take(s: Block.Swept, c: usize) bool {
    allocated += s.free;
    tsx_free_lists[c] = s.head;
    return s.head != 0;
}

fn allocLarge(size: usize, tag: u32) *align(alignment) Header {
    const total = std.math.add(usize, size, block.header_size + block.size - 1) catch outOfMemory();
    const n = total >> block.shift;
    var collected = stressing();
    var full = false;
    while (true) {
        if (marking) {
            markStep(n << block.shift);
        } else if (allocated >= budget and !collected) {
            beginCycle();
            collected = true;
            continue;
        }
        if (block.allocRun(n, .large)) |b| {
            b.clearMarks();
            block.tsx_gc_dirty[block.index(b)] = 0;
            if (marking) _ = b.setMark(b.first());
            b.obj_size = size;
            b.count = @intCast(n);
            allocated += n << block.shift;
            const w: [*]align(alignment) usize = @ptrFromInt(b.first());
            @memset(w[0 .. (size + 7) >> 3], 0);
            w[0] = tag;
            return @ptrCast(w);
        }
        if (full) outOfMemory();
        full = collectForSpace();
    }
}

fn outOfMemory() noreturn {
    fatal.outOfMemory(block.used << block.shift, live);
}

/// A full collection, at once: finishes a cycle in progress, or runs a
/// whole full one (used when the heap limit is in the way, and under
/// stress).
pub fn collect() void {
    if (!marking) next_minor = false;
    collectAtOnce();
}

/// A minor collection at once if the policy allows one (else a full one);
/// or the end of the cycle in progress.
pub fn collectMinor() void {
    if (!marking) next_minor = generational();
    collectAtOnce();
}

fn collectAtOnce() void {
    if (!ready) init();
    if (!marking) startCycle();
    const t0 = platform.nowNs();
    gc.finish();
    endCycle(t0);
}

/// Starts a collection cycle (a pause): blocks left unswept by the last
/// cycle are swept first (without building free lists), so that every
/// unreachable object has a 0 header and a stale stack word cannot revive
/// it; for a full cycle marks are cleared, for a minor one the remembered
/// old objects are greyed; then the roots are.
fn startCycle() void {
    const t0 = platform.nowNs();
    cycle_t0 = t0;
    for (&pending) |*p| {
        while (p.*) |b| {
            p.* = b.next;
            _ = b.sweep(false);
        }
    }
    dropFreeLists();
    const n = block.span >> block.shift;
    cycle_minor = next_minor and generational();
    if (!cycle_minor) {
        for (block.kinds[0..n], 0..) |k, i| {
            if (k == .small or k == .large) block.at(i).clearMarks();
        }
        @memset(block.tsx_gc_dirty[0..n], 0);
    }
    gc.begin();
    if (cycle_minor) gc.greyRemembered();
    marking = true;
    gc.tsx_gc_marking = 1;
    allocated = 0;
    recordPause(t0);
}

/// A cycle starts: incrementally, or at once when that is disabled.
fn beginCycle() void {
    if (atomic) collect() else startCycle();
}

/// One increment of marking, paid for by `bytes` the allocator is taking
/// (a pause); the cycle ends in it when nothing grey is left.
fn markStep(bytes: usize) void {
    const t0 = platform.nowNs();
    if (gc.step(bytes * mark_rate)) {
        gc.finish();
        endCycle(t0);
    } else {
        recordPause(t0);
    }
}

/// Ends the cycle (the rest of its last pause, which began at `t0`): empty
/// blocks go back to the arena, the others wait to be swept lazily.
fn endCycle(t0: u64) void {
    marking = false;
    gc.tsx_gc_marking = 0;
    // Free lists may hold slots of blocks about to be queued for sweeping.
    dropFreeLists();
    // Downwards, so each class's sweep list runs in address order.
    const n = block.span >> block.shift;
    live = 0;
    var i = n;
    while (i > 0) {
        i -= 1;
        const b = block.at(i);
        switch (block.kinds[i]) {
            .small => {
                const bytes = b.liveBytes();
                live += bytes;
                if (bytes == 0) {
                    block.freeRun(b, 1);
                } else {
                    b.next = pending[b.class];
                    pending[b.class] = b;
                }
            },
            .large => if (b.isMarked(b.first())) {
                live += b.obj_size;
            } else {
                block.freeRun(b, b.count);
            },
            .free, .large_tail => {},
        }
    }
    block.cursor = 0;
    allocated = 0;
    if (!cycle_minor) full_live = live;
    // Objects allocated before the end may still get their first
    // references without a barrier: those on the stack are remembered.
    if (generational()) gc.rememberStack();
    const first = @max(full_live, min_budget);
    // With minor cycles the old generation grows until the next full one:
    // a target of 1.5x the full cycle's live bytes (not 2x) keeps peak
    // memory near what full cycles alone reach (binary-trees depth 18:
    // 152 MB -> 116 MB peak RSS, 0.89 s -> 0.96 s).
    const target = if (generational()) full_live + first / 2 else full_live + first;
    const room = target -| live;
    next_minor = generational() and room >= first / 4;
    budget = @max(room, first / 4);
    stats.collections += 1;
    if (cycle_minor) stats.minor += 1;
    stats.cycle_max_ns = @max(stats.cycle_max_ns, platform.nowNs() -% cycle_t0);
    recordPause(t0);
}

fn recordPause(t0: u64) void {
    const pause = platform.nowNs() -% t0;
    stats.pause_total_ns += pause;
    stats.pause_max_ns = @max(stats.pause_max_ns, pause);
}

/// --gc-stress=incremental: a cycle is nearly always in progress and each
/// allocation traces one object, so that the write barrier is exercised
/// at almost every store the program makes.
fn stressIncremental() void {
    if (!marking) {
        // A short idle window lets the program reuse what the last cycle freed.
        stress_idle += 1;
        if (stress_idle < 64) return;
        stress_idle = 0;
        beginCycle();
    } else if (gc.step(1)) {
        gc.finish();
        endCycle(platform.nowNs());
    }
}
var stress_idle: usize = 0;

/// --gc-stress=minor: a minor collection at every allocation, and a full
/// one at every 64th (so that old garbage is freed too).
fn stressMinor() void {
    stress_idle += 1;
    if (stress_idle < 64) return collectMinor();
    stress_idle = 0;
    collect();
}

/// Bytes of blocks in use.
pub fn heapBytes() usize {
    return block.used << block.shift;
}

var stats_printed = false;

/// With --gc-stats, one line on stderr (once, at exit).
pub fn printStats() void {
    if (!options.stats or stats_printed) return;
    stats_printed = true;
    const parts = [_]struct { []const u8, u64 }{
        .{ "gc: ", stats.collections },
        .{ " collections, pause total ", stats.pause_total_ns / 1000 },
        .{ " us, max ", stats.pause_max_ns / 1000 },
        .{ " us, longest cycle ", stats.cycle_max_ns / 1000 },
        .{ " us, peak heap ", block.peak << block.shift },
        .{ " bytes, limit ", block.limit << block.shift },
    };
    var l = console.Line.begin(2);
    for (parts) |p| field(&l, p[0], p[1]);
    l.ascii(" bytes");
    field(&l, ", minor ", stats.minor);
    l.end();
}

noinline fn field(l: *console.Line, label: []const u8, v: u64) void {
    var buf: [20]u8 = undefined;
    l.ascii(label);
    l.ascii(buf[0..number_format.writeInt(&buf, v)]);
}

test {
    _ = @import("heap_test.zig");
}

/// Tests drive a cycle by hand: begin it here, end it with collect().
pub fn testStartCycle() void {
    next_minor = false;
    startCycle();
}

/// Tests start from an empty heap over the fake platform's region.
pub fn testReset(o: Options) void {
    initWith(o);
    stats_printed = false;
}
