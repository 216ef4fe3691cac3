// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The collector's mark phase. Roots are found conservatively: every word
//! of the stack and the callee-saved registers, and every global the
//! program lists, that points into an allocated object.
//! From there the heap is traced precisely through the layouts of rt/ABI.md,
//! with an explicit mark stack; when it fills, marking continues by
//! rescanning the heap for marked objects, so no structure is too deep.

const std = @import("std");
const block = @import("block.zig");
const object = @import("object.zig");
const platform = @import("platform.zig");

const Block = block.Block;

/// The stack is scanned from the current stack pointer up to here (the
/// frame of tsx_rt_main, set by rt); 0 disables stack scanning.
pub export var tsx_stack_top: usize = 0;

/// Words of the runtime's own state (the microtask queue, timers...),
/// scanned conservatively like the stack.
pub var runtime_roots = [_]usize{0} ** 8;

var stack_buf: [16 * 1024]usize = undefined;
/// The mark stack; tests shrink it to force the overflow path.
pub var mark_stack: []usize = &stack_buf;
var sp: usize = 0;
var overflowed = false;
/// Times the mark stack overflowed in the last collection.
pub var overflows: usize = 0;
var types: []const object.TypeDesc = &.{};

/// Non-zero while an incremental marking cycle is in progress: compiled
/// code and rt then shade the old value of every reference they overwrite
/// in a heap object (the snapshot-at-the-beginning write barrier).
pub export var tsx_gc_marking: u32 = 0;

/// Marks everything reachable, at once. The caller has cleared every
/// block's marks.
pub fn mark() void {
    begin();
    finish();
}

/// Starts marking: greys the roots (globals, registers, the stack) without
/// tracing them. Marking then proceeds by `step` and ends with `finish`;
/// in between, the write barrier keeps every object that was reachable at
/// this moment from being lost, and new objects are allocated marked, so
/// the stack need not be scanned again.
pub fn begin() void {
    sp = 0;
    overflows = 0;
    overflowed = false;
    types = platform.types();
    // A global may hold a Value's bits, which need not be an address.
    for (platform.globalRoots()) |r| greyConservative(r.*);
    for (runtime_roots) |r| greyConservative(r);
    scanStack();
}

/// Traces grey objects until about `budget` bytes of objects have been
/// traced. True when no grey object is left (then `finish` is cheap).
pub fn step(budget: usize) bool {
    var done: usize = 0;
    while (sp != 0 and done < budget) {
        sp -= 1;
        const a = mark_stack[sp];
        done += block.of(a).obj_size;
        trace(a);
    }
    return sp == 0 and !overflowed;
}

/// Traces everything left, including what a mark-stack overflow skipped.
pub fn finish() void {
    drain();
    while (overflowed) {
        overflowed = false;
        overflows += 1;
        rescan();
    }
}

/// The write barrier's slow path: marks `a` (0, a static object or the
/// start of a heap object) grey.
export fn tsx_gc_shade(a: usize) callconv(.C) void {
    if (tsx_gc_marking != 0) markPrecise(a);
}

/// The same for a Value being overwritten: only its reference kinds point.
export fn tsx_gc_shade_value(tag: u64, bits: u64) callconv(.C) void {
    if (tsx_gc_marking != 0 and @as(u32, @truncate(tag)) >= object.VALUE_FIRST_REF) markPrecise(bits);
}

/// The barrier for a run of `n` slots about to be overwritten at once
/// (copyWithin): pointers, or Values when `values`.
pub export fn tsx_gc_shade_slots(p: [*]const u64, n: usize, values: bool) callconv(.C) void {
    if (tsx_gc_marking == 0) return block.remember(@intFromPtr(p));
    if (!values) {
        for (p[0..n]) |a| markPrecise(a);
        return;
    }
    for (0..n) |i| {
        if (@as(u32, @truncate(p[2 * i])) >= object.VALUE_FIRST_REF) markPrecise(p[2 * i + 1]);
    }
}

/// rt's barrier for minor collections: a reference is about to be stored
/// into the object at `a` (any address: only heap ones count).
pub inline fn written(a: usize) void {
    block.remember(a);
}

/// rt's own barrier, for references it overwrites in heap objects.
pub inline fn shade(a: usize) void {
    if (tsx_gc_marking != 0) markPrecise(a);
}

/// The same for a Value rt overwrites (its tag in the first word).
pub inline fn shadeValue(v: anytype) void {
    if (tsx_gc_marking != 0 and @intFromEnum(v.tag) >= object.VALUE_FIRST_REF) markPrecise(v.bits);
}

/// Spills the callee-saved registers into this frame, so that everything
/// the mutator holds is on the stack, and scans the stack.
noinline fn scanStack() void {
    scanStackWith(greyConservative);
}

/// Remembers (block.remember) every object the stack or the registers
/// refer to, at the end of a cycle: an object allocated before it ended may
/// still be receiving its initial references, which need no barrier.
pub noinline fn rememberStack() void {
    scanStackWith(rememberConservative);
}

fn rememberConservative(a: usize) void {
    if (objectAt(a)) |o| block.remember(o);
}

/// Greys the old (marked) objects of every block remembered since the last
/// cycle and forgets them: the roots a minor cycle adds to the stack's.
/// A large object counts as remembered when any of its blocks is.
pub fn greyRemembered() void {
    const n = block.span >> block.shift;
    for (0..n) |i| {
        if (block.tsx_gc_dirty[i] == 0) continue;
        block.tsx_gc_dirty[i] = 0;
        var j = i;
        switch (block.kinds[i]) {
            .small => {
                const b = block.at(i);
                var a = b.first();
                for (0..b.count) |_| {
                    if (b.isMarked(a)) pushGrey(a);
                    a += b.obj_size;
                }
                // Many remembered blocks: trace some now rather than overflow.
                if (sp > mark_stack.len / 2) drain();
                continue;
            },
            .large_tail => while (block.kinds[j] == .large_tail) {
                j -= 1;
            },
            .large => {},
            .free => continue,
        }
        const h = block.at(j);
        if (h.isMarked(h.first())) pushGrey(h.first());
    }
}

/// Pushes an object already marked, to be traced.
fn pushGrey(a: usize) void {
    if (sp == mark_stack.len) {
        overflowed = true;
        return;
    }
    mark_stack[sp] = a;
    sp += 1;
}

inline fn scanStackWith(comptime visit: fn (usize) void) void {
    const top = tsx_stack_top;
    if (top == 0) return;
    var regs: [6]usize = undefined;
    asm volatile (
        \\ movq %%rbx, 0(%[r])
        \\ movq %%rbp, 8(%[r])
        \\ movq %%r12, 16(%[r])
        \\ movq %%r13, 24(%[r])
        \\ movq %%r14, 32(%[r])
        \\ movq %%r15, 40(%[r])
        :
        : [r] "r" (&regs),
        : "memory"
    );
    for (regs) |w| visit(w);
    const rsp = asm volatile ("movq %%rsp, %[sp]"
        : [sp] "=r" (-> usize),
    );
    var a = rsp & ~@as(usize, 7);
    while (a < top) : (a += 8) visit(@as(*const volatile usize, @ptrFromInt(a)).*);
}

/// Greys the allocated object that `a` points into, if any. Interior
/// pointers count: optimised code may keep only a derived address (a
/// string's units, an element) live across a call that collects.
pub fn greyConservative(a: usize) void {
    const o = objectAt(a) orelse return;
    markPrecise(o);
    // Deep stacks hold many roots: trace some now rather than overflow.
    if (sp > mark_stack.len / 2) drain();
}

/// The start of the allocated object containing `a`: an object slot whose
/// header is not 0 (a free slot) and holds a tag the runtime knows.
pub fn objectAt(a: usize) ?usize {
    if (a -% block.lo >= block.span) return null;
    const i = (a - block.lo) >> block.shift;
    const b = block.at(i);
    const off: u32 = @intCast(a - @intFromPtr(b));
    const rel = off -% @as(u32, block.header_size);
    const o = switch (block.kinds[i]) {
        .small => blk: {
            if (off < block.header_size) return null;
            const size: u32 = @intCast(b.obj_size);
            const k = rel / size;
            if (k >= b.count) return null;
            break :blk b.first() + k * size;
        },
        .large => if (off >= block.header_size and rel < b.obj_size) b.first() else return null,
        .large_tail => blk: {
            var j = i;
            while (block.kinds[j] == .large_tail) j -= 1;
            const h = block.at(j);
            if (a - h.first() >= h.obj_size) return null;
            break :blk h.first();
        },
        .free => return null,
    };
    const tag = @as(*const object.Header, @ptrFromInt(o)).tag;
    const known = (tag >= object.TAG_STRING and tag <= object.TAG_PROMISE) or
        (tag >= object.TAG_FIRST_TYPE and tag - object.TAG_FIRST_TYPE < types.len);
    return if (known) o else null;
}

/// A pointer found by precise tracing: 0, a static object (outside the
/// heap) or the start of an allocated object.
inline fn markPrecise(a: usize) void {
    if (a -% block.lo >= block.span) return;
    const b = block.of(a);
    if (!b.setMark(a)) return;
    if (sp == mark_stack.len) {
        overflowed = true;
        return;
    }
    mark_stack[sp] = a;
    sp += 1;
}

fn drain() void {
    while (sp != 0) {
        sp -= 1;
        const a = mark_stack[sp];
        trace(a);
    }
}

/// Marks the children of the object at `a`. Counts are clamped to the
/// object's slot, so a corrupt header cannot send marking out of it.
inline fn trace(a: usize) void {
    const w: [*]const usize = @ptrFromInt(a);
    const tag: u32 = @truncate(w[0]);
    const words = block.of(a).obj_size / 8;
    switch (tag) {
        object.TAG_STRING => {
            if ((w[0] >> 32) & object.GC_STR_INDIRECT != 0 and words > object.STR_INDIRECT_BUF / 8)
                markPrecise(w[object.STR_INDIRECT_BUF / 8]);
        },
        object.TAG_PTR_SLOTS => {
            const n = @min(@as(u32, @truncate(w[1])), words -| 2);
            for (w[2 .. 2 + n]) |p| markPrecise(p);
        },
        object.TAG_VALUE_SLOTS => {
            const n = @min(@as(u32, @truncate(w[1])), (words -| 2) / 2);
            var i: usize = 2;
            while (i < 2 + 2 * n) : (i += 2) {
                if (@as(u32, @truncate(w[i])) >= object.VALUE_FIRST_REF) markPrecise(w[i + 1]);
            }
        },
        object.TAG_WORDS, object.TAG_PROMISE => {
            const n = @min(@as(u32, @truncate(w[1])), words -| 2);
            for (w[2 .. 2 + n]) |p| {
                if (objectAt(p)) |o| markPrecise(o);
            }
        },
        else => {
            if (tag < object.TAG_FIRST_TYPE or tag - object.TAG_FIRST_TYPE >= types.len) return;
            const d = &types[tag - object.TAG_FIRST_TYPE];
            const room = @min(words, d.size / 8);
            const in = if (room >= 64) ~@as(u64, 0) else (@as(u64, 1) << @intCast(room)) - 1;
            var m = d.ptr_map & in;
            while (m != 0) : (m &= m - 1) markPrecise(w[@ctz(m)]);
            var v = d.value_map & (in >> 1);
            while (v != 0) : (v &= v - 1) {
                const i = @ctz(v);
                if (@as(u32, @truncate(w[i])) >= object.VALUE_FIRST_REF) markPrecise(w[i + 1]);
            }
        },
    }
}

/// After an overflow some marked objects were not traced: trace every
/// marked object again (already marked children are skipped). The stack is
/// empty here, so each goes through it and trace stays inlined in drain.
fn rescan() void {
    for (block.kinds[0 .. block.span >> block.shift], 0..) |k, i| {
        const b = block.at(i);
        switch (k) {
            .small => {
                var a = b.first();
                for (0..b.count) |_| {
                    if (b.isMarked(a)) retrace(a);
                    a += b.obj_size;
                }
            },
            .large => if (b.isMarked(b.first())) retrace(b.first()),
            .free, .large_tail => {},
        }
    }
}

fn retrace(a: usize) void {
    mark_stack[0] = a;
    sp = 1;
    drain();
}
