// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! JS Map and Set: insertion-ordered hash tables keyed by SameValueZero.
//!
//! The compiler allocates the Map (or Set) object as a program type:
//!
//! ```
//! @8  size: f64     live entries (.size)
//! @16 entries: *    VALUE_SLOTS, 2 Values per entry (key, value), insertion order
//! @24 index: *      BYTES: the table metadata, hash slots and sequence numbers
//! @32 used: f64     entries used in `entries`, tombstones included
//! ```
//!
//! Entries. A live key is stored normalised (-0 as +0, one NaN, 0 bits for
//! undefined and null, 0/1 for booleans) with its 32-bit hash in the Value's
//! `pad` word (the collector reads only the low word as the tag; keys handed
//! out by tsx_map_next have pad 0). A deleted entry is a tombstone: key
//! `{tag 0 (undefined), pad 0, bits 0xDEAD}` and value undefined, so the
//! collector sees no reference in it and a live undefined key (bits 0) is
//! told apart by its bits. Tombstones stay in place until the next rehash,
//! which happens only inside tsx_map_set when `entries` is full; it drops them
//! (compaction) and resizes to twice the live count (at least 8 entries).
//!
//! Index (BYTES, untraced): `Meta` after the 16-byte slots header, then
//! `hcap` u32 hash slots (entry number + 1; 0 empty; linear probing; hcap is
//! twice the entry capacity, so the load is at most 1/2), then `prefix` u64
//! sequence numbers. A deleted entry keeps its hash slot (pointing at its
//! tombstone, which matches no key) until the rehash.
//!
//! Iteration. Every entry gets a sequence number when it is appended: its
//! position in the spec's never-compacted [[MapData]] list (they increase by
//! one per append, across rehashes and clear). A cursor is the sequence
//! number of the next entry to consider, so rehashing never invalidates it:
//! entries appended since the last rehash have `base_seq + (pos - prefix)`,
//! and the `prefix` entries kept by the last rehash have their numbers
//! stored in the index (looked up with a one-entry cache, else a binary
//! search). So, as in JS, entries added during an iteration are visited,
//! deleted ones are not, and `clear` ends it (only entries added after the
//! clear are still visited). A finished cursor is set to `done` and stays
//! finished.

const std = @import("std");
const heap = @import("heap.zig");
const object = @import("object.zig");
const string = @import("string.zig");
const fatal = @import("panic.zig");
const Value = @import("value.zig").Value;
const gc = @import("gc.zig");
const Str = string.Str;

pub const MapObject = extern struct {
    hdr: object.Header,
    size: f64,
    entries: ?*Slots,
    index: ?*Index,
    used: f64,
};

const Slots = object.Slots;

/// A cursor that tsx_map_next has run to the end.
pub const done: u64 = std.math.maxInt(u64);

const tombstone_bits: u64 = 0xDEAD;
const initial_entries: u32 = 8;
const canonical_nan: u64 = 0x7FF8_0000_0000_0000;

/// The BYTES object holding the hash table.
const Index = extern struct {
    hdr: object.Header,
    len: u32,
    _pad: u32 = 0,
    /// Sequence number of the entry at position `prefix`.
    base_seq: u64,
    /// tsx_map_next's last cursor and the position it resolved to.
    cache_cursor: u64,
    cache_pos: u32,
    /// Entries kept by the last rehash; their sequence numbers follow the slots.
    prefix: u32,
    /// Hash slots, a power of two.
    hcap: u32,
    _pad2: u32 = 0,

    fn slots(ix: *Index) [*]u32 {
        return @ptrFromInt(@intFromPtr(ix) + @sizeOf(Index));
    }

    fn seqs(ix: *Index) [*]u64 {
        return @ptrFromInt(@intFromPtr(ix) + @sizeOf(Index) + 4 * @as(usize, ix.hcap));
    }

    fn seqAt(ix: *Index, pos: u32) u64 {
        return if (pos < ix.prefix) ix.seqs()[pos] else ix.base_seq + (pos - ix.prefix);
    }
};

comptime {
    std.debug.assert(@sizeOf(MapObject) == 40);
    std.debug.assert(@offsetOf(MapObject, "entries") == 16);
    std.debug.assert(@offsetOf(MapObject, "index") == 24);
    std.debug.assert(@offsetOf(MapObject, "used") == 32);
    std.debug.assert(@sizeOf(Index) == 48);
}

pub fn values(e: *Slots) [*]Value {
    return @ptrFromInt(@intFromPtr(e) + @sizeOf(Slots));
}

fn entryCap(e: *Slots) u32 {
    return e.cap / 2;
}

fn asMap(p: *anyopaque) *MapObject {
    return @ptrCast(@alignCast(p));
}

pub fn count(x: f64) u32 {
    return @intFromFloat(x);
}

fn isTombstone(k: Value) bool {
    return @intFromEnum(k.tag) == 0 and k.bits == tombstone_bits;
}

const tombstone: Value = .{ .tag = .undefined, .bits = tombstone_bits };

// ---------------------------------------------------------------- keys

/// SameValueZero's canonical form of a key: equal keys (but strings) have
/// equal bits.
fn normalize(k: Value) Value {
    const tag = @intFromEnum(k.tag);
    return .{ .tag = k.tag, .bits = switch (tag) {
        0, 1 => 0,
        2 => @intFromBool(k.bits != 0),
        3 => blk: {
            const x: f64 = @bitCast(k.bits);
            if (x == 0) break :blk 0;
            if (x != x) break :blk canonical_nan;
            break :blk k.bits;
        },
        else => k.bits,
    } };
}

fn mix(x: u64) u32 {
    var z = x;
    z ^= z >> 33;
    z *%= 0xff51afd7ed558ccd;
    z ^= z >> 33;
    z *%= 0xc4ceb9fe1a85ec53;
    z ^= z >> 33;
    return @truncate(z);
}

/// tsx_str_hash's value (string_methods.zig), cached on heap strings.
fn strHash(s: *const Str) u32 {
    if (s.hash != 0) return s.hash;
    const h = @import("string_methods.zig").hashUnits(s.units());
    if (s.gc & object.GC_STATIC == 0) @constCast(s).hash = h;
    return h;
}

/// The hash of a normalised key.
fn hashOf(k: Value) u32 {
    const tag = @intFromEnum(k.tag);
    if (tag == 4) return mix(@as(u64, strHash(k.asString())) | (4 << 32));
    return mix(k.bits ^ (@as(u64, tag) << 56) ^ (@as(u64, tag) << 8));
}

/// SameValueZero of a stored key and a normalised one with hash `h`.
fn keyEquals(stored: Value, k: Value, h: u32) bool {
    if (stored.tag != k.tag or stored.pad != h) return false;
    if (stored.bits == k.bits) return true;
    return @intFromEnum(k.tag) == 4 and string.equals(stored.asString(), k.asString());
}

/// The entry holding `k`, if any.
fn find(m: *MapObject, k: Value, h: u32) ?u32 {
    const ix = m.index orelse return null;
    const vals = values(m.entries.?);
    const slots = ix.slots();
    const mask = ix.hcap - 1;
    var i = h & mask;
    while (true) : (i = (i + 1) & mask) {
        const s = slots[i];
        if (s == 0) return null;
        if (keyEquals(vals[2 * (s - 1)], k, h)) return s - 1;
    }
}

fn insertSlot(ix: *Index, h: u32, pos: u32) void {
    const slots = ix.slots();
    const mask = ix.hcap - 1;
    var i = h & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = pos + 1;
}

// ---------------------------------------------------------------- storage

fn allocEntries(n: u32) *Slots {
    const e: *Slots = @ptrCast(@alignCast(heap.allocObject(@sizeOf(Slots) + @as(usize, n) * 32, object.TAG_VALUE_SLOTS)));
    e.cap = 2 * n;
    return e;
}

/// An empty index for `n` entries with room for `prefix` sequence numbers.
fn allocIndex(n: u32, prefix: u32, base_seq: u64) *Index {
    const hcap = 2 * n;
    const size = @sizeOf(Index) + 4 * @as(usize, hcap) + 8 * @as(usize, prefix);
    const ix: *Index = @ptrCast(@alignCast(heap.allocObject(size, object.TAG_BYTES)));
    ix.len = @intCast(size - @sizeOf(Slots));
    ix.base_seq = base_seq;
    ix.cache_cursor = 0;
    ix.cache_pos = 0;
    ix.prefix = prefix;
    ix.hcap = hcap;
    return ix;
}

/// Sequence number the next appended entry gets.
fn nextSeq(m: *MapObject) u64 {
    const ix = m.index.?;
    return ix.base_seq + (count(m.used) - ix.prefix);
}

/// Drops the tombstones and resizes to twice the live entries (at least 8).
/// Both allocations may collect: the old storage stays referenced by the map
/// and the new entries by this frame (the stack is scanned conservatively).
fn rehash(m: *MapObject) void {
    const live = count(m.size);
    const n: u32 = @max(initial_entries, std.math.ceilPowerOfTwo(u32, 2 * live) catch
        fatal.panic("Map maximum size exceeded"));
    const ne = allocEntries(n);
    const nix = allocIndex(n, live, nextSeq(m));
    const oe = m.entries.?;
    const oix = m.index.?;
    const old = values(oe);
    const new = values(ne);
    const seqs = nix.seqs();
    var j: u32 = 0;
    for (0..count(m.used)) |p| {
        const k = old[2 * p];
        if (isTombstone(k)) continue;
        new[2 * j] = k;
        new[2 * j + 1] = old[2 * p + 1];
        seqs[j] = oix.seqAt(@intCast(p));
        insertSlot(nix, k.pad, j);
        j += 1;
    }
    std.debug.assert(j == live);
    // The old entries are traced if marking is under way: the new ones are
    // allocated marked and never traced, and hold copies of them.
    gc.shade(@intFromPtr(oe));
    gc.written(@intFromPtr(ne));
    gc.written(@intFromPtr(m));
    m.entries = ne;
    m.index = nix;
    m.used = @floatFromInt(live);
}

/// Swaps the entries at positions `a` and `b` (both live), keeping the hash
/// slots pointing at them. For records (rt/record.zig), which keep their
/// integer-like keys first: they have no tombstones and are never iterated
/// through a cursor while they are reordered.
pub fn swapEntries(m: *MapObject, a: u32, b: u32) void {
    const ix = m.index.?;
    const vals = values(m.entries.?);
    const sa = slotOf(ix, vals[2 * a].pad, a);
    const sb = slotOf(ix, vals[2 * b].pad, b);
    ix.slots()[sa] = b + 1;
    ix.slots()[sb] = a + 1;
    const k = vals[2 * a];
    const v = vals[2 * a + 1];
    vals[2 * a] = vals[2 * b];
    vals[2 * a + 1] = vals[2 * b + 1];
    vals[2 * b] = k;
    vals[2 * b + 1] = v;
}

/// The hash slot holding entry `pos` (whose key hashes to `h`).
fn slotOf(ix: *Index, h: u32, pos: u32) u32 {
    const slots = ix.slots();
    const mask = ix.hcap - 1;
    var i = h & mask;
    while (slots[i] != pos + 1) i = (i + 1) & mask;
    return i;
}

// ---------------------------------------------------------------- exports

export fn tsx_map_init(map: *anyopaque) callconv(.C) void {
    const m = asMap(map);
    const e = allocEntries(initial_entries);
    const ix = allocIndex(initial_entries, 0, 0);
    gc.written(@intFromPtr(m));
    m.entries = e;
    m.index = ix;
    m.size = 0;
    m.used = 0;
}

export fn tsx_map_get(map: *anyopaque, key: Value) callconv(.C) Value {
    const m = asMap(map);
    const k = normalize(key);
    const e = find(m, k, hashOf(k)) orelse return Value.undefined;
    return values(m.entries.?)[2 * e + 1];
}

pub export fn tsx_map_has(map: *anyopaque, key: Value) callconv(.C) bool {
    const k = normalize(key);
    return find(asMap(map), k, hashOf(k)) != null;
}

pub export fn tsx_map_set(map: *anyopaque, key: Value, val: Value) callconv(.C) void {
    const m = asMap(map);
    if (m.index == null) tsx_map_init(map);
    var k = normalize(key);
    const h = hashOf(k);
    if (find(m, k, h)) |e| {
        gc.shadeValue(values(m.entries.?)[2 * e + 1]);
        gc.written(@intFromPtr(m.entries.?));
        values(m.entries.?)[2 * e + 1] = val;
        return;
    }
    if (count(m.used) == entryCap(m.entries.?)) rehash(m);
    const pos = count(m.used);
    k.pad = h;
    const vals = values(m.entries.?);
    gc.written(@intFromPtr(m.entries.?));
    vals[2 * pos] = k;
    vals[2 * pos + 1] = val;
    insertSlot(m.index.?, h, pos);
    m.used = @floatFromInt(pos + 1);
    m.size += 1;
}

export fn tsx_map_delete(map: *anyopaque, key: Value) callconv(.C) bool {
    const m = asMap(map);
    const k = normalize(key);
    const e = find(m, k, hashOf(k)) orelse return false;
    const vals = values(m.entries.?);
    gc.shadeValue(vals[2 * e]);
    gc.shadeValue(vals[2 * e + 1]);
    vals[2 * e] = tombstone;
    vals[2 * e + 1] = Value.undefined;
    m.size -= 1;
    return true;
}

/// Empties the map into fresh initial storage; sequence numbers go on, so
/// a running iteration visits only what is added afterwards.
export fn tsx_map_clear(map: *anyopaque) callconv(.C) void {
    const m = asMap(map);
    if (m.index == null) return tsx_map_init(map);
    const seq = nextSeq(m);
    const e = allocEntries(initial_entries);
    const ix = allocIndex(initial_entries, 0, seq);
    if (m.entries) |old| gc.shade(@intFromPtr(old));
    gc.written(@intFromPtr(m));
    m.entries = e;
    m.index = ix;
    m.size = 0;
    m.used = 0;
}

/// The position of the first entry whose sequence number is >= `c`.
fn locate(ix: *Index, c: u64, used: u32) u32 {
    if (c >= ix.base_seq) {
        const off = c - ix.base_seq;
        const room = used - ix.prefix;
        return if (off >= room) used else ix.prefix + @as(u32, @intCast(off));
    }
    if (c == ix.cache_cursor) return ix.cache_pos;
    const seqs = ix.seqs();
    var lo: u32 = 0;
    var hi: u32 = ix.prefix;
    while (lo < hi) {
        const mid = lo + (hi - lo) / 2;
        if (seqs[mid] < c) lo = mid + 1 else hi = mid;
    }
    return lo;
}

/// The next live entry at or after `*cursor` (0 to start), in insertion
/// order; advances `*cursor`. false at the end, and from then on.
pub export fn tsx_map_next(map: *anyopaque, cursor: *u64, key_out: *Value, value_out: *Value) callconv(.C) bool {
    const m = asMap(map);
    const c = cursor.*;
    if (c == done) return false;
    const ix = m.index orelse {
        cursor.* = done;
        return false;
    };
    const vals = values(m.entries.?);
    const used = count(m.used);
    var pos = locate(ix, c, used);
    while (pos < used) : (pos += 1) {
        var k = vals[2 * pos];
        if (isTombstone(k)) continue;
        k.pad = 0;
        key_out.* = k;
        value_out.* = vals[2 * pos + 1];
        const next = ix.seqAt(pos) + 1;
        cursor.* = next;
        ix.cache_cursor = next;
        ix.cache_pos = pos + 1;
        return true;
    }
    cursor.* = done;
    return false;
}

// ---------------------------------------------------------------- tests

const testing = std.testing;
const platform = @import("platform.zig");

/// tag 16: the Map object.
const test_types = [_]object.TypeDesc{
    .{ .size = 40, .ptr_map = 0b1100, .value_map = 0 },
};
var test_root: usize = 0;
const test_roots = [_]*usize{&test_root};

/// A fresh heap (stress: collect at every allocation) holding one rooted
/// Map. The stack is scanned up to the caller's frame.
fn testMap(stress: bool, frame: usize) *MapObject {
    heap.testReset(.{ .stress = stress });
    gc.mark_stack = gc.mark_stack.ptr[0 .. 16 * 1024];
    gc.tsx_stack_top = frame;
    platform.fake.roots = &test_roots;
    platform.fake.type_table = &test_types;
    const m: *MapObject = @ptrCast(@alignCast(heap.allocObject(@sizeOf(MapObject), object.TAG_FIRST_TYPE)));
    test_root = @intFromPtr(m);
    tsx_map_init(m);
    return m;
}

/// Leaves a fresh default heap for the tests that follow.
fn testDone() void {
    heap.testReset(.{});
    gc.tsx_stack_top = 0;
    test_root = 0;
    platform.fake.roots = &.{};
    platform.fake.type_table = &.{};
}

fn num(x: f64) Value {
    return Value.number(x);
}

fn keysOf(m: *MapObject, buf: []f64) []f64 {
    var c: u64 = 0;
    var k: Value = undefined;
    var v: Value = undefined;
    var n: usize = 0;
    while (tsx_map_next(m, &c, &k, &v)) : (n += 1) buf[n] = k.asNumber();
    return buf[0..n];
}

test "map: insertion order, update in place, delete and re-add" {
    const m = testMap(false, @frameAddress());
    defer testDone();
    for ([_]f64{ 3, 1, 2 }) |x| tsx_map_set(m, num(x), num(x * 10));
    tsx_map_set(m, num(1), num(99));
    var buf: [16]f64 = undefined;
    try testing.expectEqualSlices(f64, &.{ 3, 1, 2 }, keysOf(m, &buf));
    try testing.expectEqual(@as(f64, 99), tsx_map_get(m, num(1)).asNumber());
    try testing.expectEqual(@as(f64, 3), m.size);
    try testing.expect(tsx_map_delete(m, num(3)));
    try testing.expect(!tsx_map_delete(m, num(3)));
    try testing.expect(!tsx_map_has(m, num(3)));
    try testing.expectEqual(Value.undefined.tag, tsx_map_get(m, num(3)).tag);
    tsx_map_set(m, num(3), num(7));
    try testing.expectEqualSlices(f64, &.{ 1, 2, 3 }, keysOf(m, &buf));
    try testing.expectEqual(@as(f64, 3), m.size);
    tsx_map_clear(m);
    try testing.expectEqual(@as(f64, 0), m.size);
    try testing.expectEqual(@as(usize, 0), keysOf(m, &buf).len);
    tsx_map_set(m, num(5), num(5));
    try testing.expectEqualSlices(f64, &.{5}, keysOf(m, &buf));
}

test "map: SameValueZero keys" {
    const m = testMap(false, @frameAddress());
    defer testDone();
    const nan = std.math.nan(f64);
    tsx_map_set(m, num(-0.0), num(1));
    try testing.expect(tsx_map_has(m, num(0)));
    var c: u64 = 0;
    var k: Value = undefined;
    var v: Value = undefined;
    try testing.expect(tsx_map_next(m, &c, &k, &v));
    try testing.expectEqual(@as(u64, 0), k.bits); // +0
    try testing.expectEqual(@as(u32, 0), k.pad);
    tsx_map_set(m, num(nan), num(2));
    tsx_map_set(m, Value{ .tag = .number, .bits = 0xFFF8_0000_0000_1234 }, num(3));
    try testing.expectEqual(@as(f64, 3), tsx_map_get(m, num(-nan)).asNumber());
    try testing.expectEqual(@as(f64, 2), m.size);
    // undefined, null, booleans are distinct keys; a tombstone matches none.
    tsx_map_set(m, Value.undefined, num(10));
    tsx_map_set(m, Value.null, num(11));
    tsx_map_set(m, Value.boolean(false), num(12));
    tsx_map_set(m, Value{ .tag = .boolean, .bits = 7 }, num(13));
    try testing.expectEqual(@as(f64, 12), tsx_map_get(m, Value.boolean(false)).asNumber());
    try testing.expectEqual(@as(f64, 1), tsx_map_get(m, num(0)).asNumber());
    try testing.expectEqual(@as(f64, 13), tsx_map_get(m, Value.boolean(true)).asNumber());
    try testing.expectEqual(@as(f64, 10), tsx_map_get(m, Value.undefined).asNumber());
    try testing.expect(tsx_map_delete(m, Value.undefined));
    try testing.expect(!tsx_map_has(m, Value.undefined));
    try testing.expect(!tsx_map_has(m, tombstone));
    try testing.expectEqual(@as(f64, 11), tsx_map_get(m, Value.null).asNumber());
    try testing.expect(!tsx_map_has(m, num(1)));
    try testing.expect(!tsx_map_has(m, Value.string(string.literal("1"))));
}

test "map: strings by content, objects by address" {
    const m = testMap(false, @frameAddress());
    defer testDone();
    const a = string.fromAscii("hello");
    const b = string.concat(string.fromAscii("hel"), string.fromAscii("lo"));
    tsx_map_set(m, Value.string(string.literal("hello")), num(1));
    tsx_map_set(m, Value.string(a), num(2));
    try testing.expectEqual(@as(f64, 1), m.size);
    try testing.expectEqual(@as(f64, 2), tsx_map_get(m, Value.string(b)).asNumber());
    try testing.expect(!tsx_map_has(m, Value.string(string.literal("hell"))));
    const o1 = heap.allocObject(40, object.TAG_FIRST_TYPE);
    const o2 = heap.allocObject(40, object.TAG_FIRST_TYPE);
    const obj = struct {
        fn v(p: *anyopaque) Value {
            return .{ .tag = @enumFromInt(5), .bits = @intFromPtr(p) };
        }
    }.v;
    tsx_map_set(m, obj(o1), num(3));
    try testing.expect(!tsx_map_has(m, obj(o2)));
    try testing.expectEqual(@as(f64, 3), tsx_map_get(m, obj(o1)).asNumber());
    try testing.expect(tsx_map_delete(m, Value.string(b)));
    try testing.expectEqual(@as(f64, 1), m.size);
}

test "map: 100k entries, deletes, re-adds" {
    const m = testMap(false, @frameAddress());
    defer testDone();
    const n = 100_000;
    for (0..n) |i| tsx_map_set(m, num(@floatFromInt(i)), num(@floatFromInt(i * 2)));
    try testing.expectEqual(@as(f64, n), m.size);
    for (0..n) |i| try testing.expectEqual(@as(f64, @floatFromInt(i * 2)), tsx_map_get(m, num(@floatFromInt(i))).asNumber());
    // Delete the even keys, add them back: odd ones first, then the evens.
    for (0..n / 2) |i| try testing.expect(tsx_map_delete(m, num(@floatFromInt(2 * i))));
    try testing.expectEqual(@as(f64, n / 2), m.size);
    for (0..n / 2) |i| tsx_map_set(m, num(@floatFromInt(2 * i)), num(-1));
    var c: u64 = 0;
    var k: Value = undefined;
    var v: Value = undefined;
    var i: usize = 0;
    while (tsx_map_next(m, &c, &k, &v)) : (i += 1) {
        const want: usize = if (i < n / 2) 2 * i + 1 else 2 * (i - n / 2);
        try testing.expectEqual(@as(f64, @floatFromInt(want)), k.asNumber());
    }
    try testing.expectEqual(@as(usize, n), i);
    try testing.expect(!tsx_map_next(m, &c, &k, &v));
    heap.collect();
    try testing.expect(tsx_map_has(m, num(n - 1)));
}

test "map: churn keeps the storage bounded" {
    const m = testMap(false, @frameAddress());
    defer testDone();
    for (0..200_000) |i| {
        tsx_map_set(m, num(@floatFromInt(i)), num(0));
        if (i >= 10) try testing.expect(tsx_map_delete(m, num(@floatFromInt(i - 10))));
    }
    try testing.expectEqual(@as(f64, 10), m.size);
    try testing.expect(entryCap(m.entries.?) <= 32);
    var buf: [16]f64 = undefined;
    try testing.expectEqualSlices(f64, &.{ 199990, 199991, 199992, 199993, 199994, 199995, 199996, 199997, 199998, 199999 }, keysOf(m, &buf));
}

test "map: mutation during iteration" {
    const m = testMap(false, @frameAddress());
    defer testDone();
    for (0..6) |i| tsx_map_set(m, num(@floatFromInt(i)), num(0));
    var c: u64 = 0;
    var k: Value = undefined;
    var v: Value = undefined;
    var seen = std.ArrayList(f64).init(testing.allocator);
    defer seen.deinit();
    // Delete the current entry and a later one, add one at the end.
    while (tsx_map_next(m, &c, &k, &v)) {
        const x = k.asNumber();
        try seen.append(x);
        if (x == 1) {
            _ = tsx_map_delete(m, num(1));
            _ = tsx_map_delete(m, num(3));
            tsx_map_set(m, num(100), num(0));
        }
    }
    try testing.expectEqualSlices(f64, &.{ 0, 1, 2, 4, 5, 100 }, seen.items);
    try testing.expect(!tsx_map_next(m, &c, &k, &v));
    tsx_map_set(m, num(200), num(0));
    try testing.expect(!tsx_map_next(m, &c, &k, &v)); // done stays done

    // A queue: each visited entry is deleted and a new one appended, so the
    // storage is compacted many times under the running iteration.
    tsx_map_clear(m);
    for (0..5) |i| tsx_map_set(m, num(@floatFromInt(i)), num(0));
    seen.clearRetainingCapacity();
    c = 0;
    while (tsx_map_next(m, &c, &k, &v)) {
        const x = k.asNumber();
        try seen.append(x);
        _ = tsx_map_delete(m, k);
        if (x + 5 < 1000) tsx_map_set(m, num(x + 5), num(0));
    }
    try testing.expectEqual(@as(usize, 1000), seen.items.len);
    for (seen.items, 0..) |x, i| try testing.expectEqual(@as(f64, @floatFromInt(i)), x);
    try testing.expectEqual(@as(f64, 0), m.size);

    // Two interleaved iterations while deleting every other entry and
    // appending: both see the same sequence.
    tsx_map_clear(m);
    for (0..100) |i| tsx_map_set(m, num(@floatFromInt(i)), num(0));
    var c1: u64 = 0;
    var c2: u64 = 0;
    var k2: Value = undefined;
    var n: usize = 0;
    while (tsx_map_next(m, &c1, &k, &v)) : (n += 1) {
        try testing.expect(tsx_map_next(m, &c2, &k2, &v));
        try testing.expectEqual(k.asNumber(), k2.asNumber());
        const x = k.asNumber();
        if (@mod(x, 2) == 0) _ = tsx_map_delete(m, k);
        if (x < 400) tsx_map_set(m, num(x + 100), num(0));
    }
    try testing.expect(!tsx_map_next(m, &c2, &k2, &v));
    try testing.expectEqual(@as(usize, 500), n);
    try testing.expectEqual(@as(f64, 250), m.size);

    // clear ends an iteration; entries added after it are visited.
    var d: u64 = 0;
    try testing.expect(tsx_map_next(m, &d, &k, &v));
    tsx_map_clear(m);
    try testing.expect(!tsx_map_next(m, &d, &k, &v));
    d = 0;
    tsx_map_set(m, num(1), num(0));
    try testing.expect(tsx_map_next(m, &d, &k, &v));
    tsx_map_clear(m);
    tsx_map_set(m, num(2), num(0));
    try testing.expect(tsx_map_next(m, &d, &k, &v));
    try testing.expectEqual(@as(f64, 2), k.asNumber());
    try testing.expect(!tsx_map_next(m, &d, &k, &v));
}

test "map: GC stress with string keys and values" {
    const m = testMap(true, @frameAddress());
    defer testDone();
    const n = 600;
    var buf: [16]u8 = undefined;
    for (0..n) |i| {
        const s = std.fmt.bufPrint(&buf, "k{d}", .{i}) catch unreachable;
        const key = Value.string(string.fromAscii(s));
        const val = Value.string(string.fromAscii(s[1..]));
        tsx_map_set(m, key, val);
        if (i % 3 == 0) {
            const again = std.fmt.bufPrint(&buf, "k{d}", .{i / 2}) catch unreachable;
            _ = tsx_map_delete(m, Value.string(string.fromAscii(again)));
        }
    }
    heap.collect();
    var c: u64 = 0;
    var k: Value = undefined;
    var v: Value = undefined;
    var live: usize = 0;
    while (tsx_map_next(m, &c, &k, &v)) : (live += 1) {
        const ks = k.asString().units();
        const vs = v.asString().units();
        try testing.expectEqual(@as(u16, 'k'), ks[0]);
        try testing.expectEqualSlices(u16, ks[1..], vs);
        _ = string.fromAscii("garbage"); // collects, with the cursor live
    }
    try testing.expectEqual(@as(usize, @intFromFloat(m.size)), live);
    for (0..n) |i| {
        const s = std.fmt.bufPrint(&buf, "k{d}", .{i}) catch unreachable;
        const got = tsx_map_get(m, Value.string(string.fromAscii(s)));
        if (got.tag == .undefined) continue;
        try testing.expect(string.equals(got.asString(), string.fromAscii(s[1..])));
    }
    tsx_map_clear(m);
    heap.collect();
    try testing.expectEqual(@as(f64, 0), m.size);
}
