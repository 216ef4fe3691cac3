// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Typed arrays, ArrayBuffer and DataView (rt/ABI.md, "Typed arrays"): the
//! parts compiled code does not inline. Indexing is inlined by the compiler
//! (a bounds check and a load or store); what lives here works on a whole
//! range of elements: fill, search, join, reverse, sort, converting copies,
//! and the argument checks whose failures are RangeErrors.
//!
//! An element type is a code (Code below); element conversions are JS's:
//! integer types wrap (ToInt32 and truncation), Uint8Clamped rounds half to
//! even and clamps, Float32 rounds to nearest.

const std = @import("std");
const number = @import("number.zig");
const number_format = @import("number_format.zig");
const string = @import("string.zig");
const heap = @import("heap.zig");
const object = @import("object.zig");
const throw = @import("throw.zig");
const Str = string.Str;

pub const Code = enum(u32) {
    int8 = 1,
    uint8 = 2,
    uint8_clamped = 3,
    int16 = 4,
    uint16 = 5,
    int32 = 6,
    uint32 = 7,
    float32 = 8,
    float64 = 9,
    _,
};

pub fn elementSize(code: Code) usize {
    return switch (code) {
        .int8, .uint8, .uint8_clamped => 1,
        .int16, .uint16 => 2,
        .int32, .uint32, .float32 => 4,
        else => 8,
    };
}

/// The view layout (rt/ABI.md): header, buffer, data, length, byteOffset.
pub const View = extern struct {
    hdr: object.Header,
    buffer: usize,
    data: [*]u8,
    length: u64,
    byte_offset: u64,
};

/// Uint8Clamped's ToUint8Clamp: NaN → 0, clamp to [0, 255], ties to even.
pub fn clampUint8(x: f64) u8 {
    if (!(x > 0)) return 0;
    if (x >= 255) return 255;
    const f = @floor(x);
    const d = x - f;
    const r = if (d < 0.5) f else if (d > 0.5) f + 1 else if (@mod(f, 2) == 0) f else f + 1;
    return @intFromFloat(r);
}

pub fn load(data: [*]const u8, code: Code, i: usize) f64 {
    return switch (code) {
        .int8 => @floatFromInt(@as(i8, @bitCast(data[i]))),
        .uint8, .uint8_clamped => @floatFromInt(data[i]),
        .int16 => @floatFromInt(std.mem.readInt(i16, data[2 * i ..][0..2], .little)),
        .uint16 => @floatFromInt(std.mem.readInt(u16, data[2 * i ..][0..2], .little)),
        .int32 => @floatFromInt(std.mem.readInt(i32, data[4 * i ..][0..4], .little)),
        .uint32 => @floatFromInt(std.mem.readInt(u32, data[4 * i ..][0..4], .little)),
        .float32 => @floatCast(@as(f32, @bitCast(std.mem.readInt(u32, data[4 * i ..][0..4], .little)))),
        else => @bitCast(std.mem.readInt(u64, data[8 * i ..][0..8], .little)),
    };
}

pub fn store(data: [*]u8, code: Code, i: usize, x: f64) void {
    switch (code) {
        .int8, .uint8 => data[i] = @truncate(@as(u32, @bitCast(number.toInt32(x)))),
        .uint8_clamped => data[i] = clampUint8(x),
        .int16, .uint16 => std.mem.writeInt(u16, data[2 * i ..][0..2], @truncate(@as(u32, @bitCast(number.toInt32(x)))), .little),
        .int32, .uint32 => std.mem.writeInt(u32, data[4 * i ..][0..4], @bitCast(number.toInt32(x)), .little),
        .float32 => std.mem.writeInt(u32, data[4 * i ..][0..4], @bitCast(@as(f32, @floatCast(x))), .little),
        else => std.mem.writeInt(u64, data[8 * i ..][0..8], @bitCast(x), .little),
    }
}

/// JS's relative index (fill, slice, subarray, at): ToIntegerOrInfinity,
/// negative counts from the end, clamped to [0, len].
pub fn relative(x: f64, len: u64) u64 {
    const l: f64 = @floatFromInt(len);
    if (std.math.isNan(x)) return 0;
    const t = @trunc(x);
    const r = if (t < 0) @max(l + t, 0) else @min(t, l);
    return @intFromFloat(r);
}

export fn tsx_ta_fill(data: [*]u8, code: Code, len: u64, v: f64, start: f64, end: f64) callconv(.C) void {
    var i = relative(start, len);
    const e = relative(end, len);
    while (i < e) : (i += 1) store(data, code, i, v);
}

/// mode 0: indexOf (===), 1: lastIndexOf (===), 2: includes (SameValueZero).
/// `from` is the fromIndex argument (lastIndexOf: +Infinity when absent).
export fn tsx_ta_index_of(data: [*]const u8, code: Code, len: u64, x: f64, from: f64, mode: u32) callconv(.C) f64 {
    if (len == 0) return -1;
    const nan = std.math.isNan(x);
    if (mode == 1) {
        const l: f64 = @floatFromInt(len);
        const t = if (std.math.isNan(from)) 0 else @trunc(from);
        const k = if (t < 0) l + t else @min(t, l - 1);
        if (k < 0) return -1;
        var i: u64 = @intFromFloat(k);
        while (true) : (i -= 1) {
            if (load(data, code, i) == x) return @floatFromInt(i);
            if (i == 0) return -1;
        }
    }
    var i = relative(from, len);
    while (i < len) : (i += 1) {
        const e = load(data, code, i);
        if (e == x or (mode == 2 and nan and std.math.isNan(e))) return @floatFromInt(i);
    }
    return -1;
}

export fn tsx_ta_join(data: [*]const u8, code: Code, len: u64, sep: *const Str) callconv(.C) *Str {
    // Measure, then fill one string: each element's text is ASCII.
    var total: usize = 0;
    var buf: [number_format.max_len]u8 = undefined;
    var i: u64 = 0;
    while (i < len) : (i += 1) total += number_format.format(&buf, load(data, code, i)).len;
    if (len > 0) total += sep.len * (len - 1);
    const out = string.alloc(total);
    const units = out.unitsMut();
    var at: usize = 0;
    i = 0;
    while (i < len) : (i += 1) {
        if (i > 0) {
            @memcpy(units[at..][0..sep.len], sep.units());
            at += sep.len;
        }
        for (number_format.format(&buf, load(data, code, i))) |c| {
            units[at] = c;
            at += 1;
        }
    }
    return out;
}

export fn tsx_ta_reverse(data: [*]u8, code: Code, len: u64) callconv(.C) void {
    if (len < 2) return;
    const size = elementSize(code);
    var i: usize = 0;
    var j: usize = len - 1;
    while (i < j) : ({
        i += 1;
        j -= 1;
    }) {
        var tmp: [8]u8 = undefined;
        @memcpy(tmp[0..size], data[i * size ..][0..size]);
        @memcpy(data[i * size ..][0..size], data[j * size ..][0..size]);
        @memcpy(data[j * size ..][0..size], tmp[0..size]);
    }
}

/// %TypedArray%.prototype.sort without a comparator: numeric order, -0
/// before +0, NaN last.
fn numericLess(_: void, a: f64, b: f64) bool {
    if (std.math.isNan(a)) return false;
    if (std.math.isNan(b)) return true;
    if (a < b) return true;
    if (a > b) return false;
    return std.math.signbit(a) and !std.math.signbit(b);
}

fn sortAs(comptime T: type, data: [*]u8, len: usize) void {
    const items: [*]T = @ptrCast(@alignCast(data));
    std.sort.pdq(T, items[0..len], {}, struct {
        fn less(_: void, a: T, b: T) bool {
            if (@typeInfo(T) == .Float) return numericLess({}, a, b);
            return a < b;
        }
    }.less);
}

export fn tsx_ta_sort(data: [*]u8, code: Code, len: u64) callconv(.C) void {
    switch (code) {
        .int8 => sortAs(i8, data, len),
        .uint8, .uint8_clamped => sortAs(u8, data, len),
        .int16 => sortAs(i16, data, len),
        .uint16 => sortAs(u16, data, len),
        .int32 => sortAs(i32, data, len),
        .uint32 => sortAs(u32, data, len),
        .float32 => sortAs(f32, data, len),
        else => sortAs(f64, data, len),
    }
}

/// Copies `count` elements with conversion. The ranges may overlap (set()
/// from a view of the same buffer): then the source is read first.
export fn tsx_ta_copy(dst: [*]u8, dcode: Code, src: [*]const u8, scode: Code, count: u64) callconv(.C) void {
    if (count == 0) return;
    const ssize = elementSize(scode);
    if (dcode == scode or (ssize == 1 and elementSize(dcode) == 1 and dcode != .uint8_clamped)) {
        if (@intFromPtr(dst) > @intFromPtr(src)) {
            std.mem.copyBackwards(u8, dst[0 .. count * ssize], src[0 .. count * ssize]);
        } else {
            std.mem.copyForwards(u8, dst[0 .. count * ssize], src[0 .. count * ssize]);
        }
        return;
    }
    const s_end = @intFromPtr(src) + count * ssize;
    const d_end = @intFromPtr(dst) + count * elementSize(dcode);
    var from = src;
    if (@intFromPtr(src) < d_end and @intFromPtr(dst) < s_end) {
        const tmp: [*]u8 = @ptrCast(heap.allocObject(@sizeOf(object.Slots) + count * ssize, object.TAG_BYTES));
        @memcpy(tmp[16..][0 .. count * ssize], src[0 .. count * ssize]);
        from = tmp + 16;
    }
    var i: u64 = 0;
    while (i < count) : (i += 1) store(dst, dcode, i, load(from, scode, i));
}

/// Stores `count` numbers (an array's F64 slots) with conversion.
export fn tsx_ta_from_f64(dst: [*]u8, dcode: Code, src: [*]const f64, count: u64) callconv(.C) void {
    var i: u64 = 0;
    while (i < count) : (i += 1) store(dst, dcode, i, src[i]);
}

/// Reads `count` elements into doubles (Array.from, spreading, sort with a comparator).
export fn tsx_ta_to_f64(dst: [*]f64, src: [*]const u8, scode: Code, count: u64) callconv(.C) void {
    var i: u64 = 0;
    while (i < count) : (i += 1) dst[i] = load(src, scode, i);
}

fn rangeErrorFmt(comptime fmt: []const u8, args: anytype) void {
    var buf: [160]u8 = undefined;
    const msg = std.fmt.bufPrint(&buf, fmt, args) catch "Invalid typed array length";
    throw.rangeError(msg);
}

fn numberText(x: f64, buf: *[number_format.max_len]u8) []const u8 {
    return number_format.format(buf, x);
}

/// ToIndex for `new XArray(n)` / `new ArrayBuffer(n)`: the length, or -1
/// after raising the RangeError (`what` 0: typed array, 1: array buffer).
export fn tsx_ta_check_length(n: f64, what: u32) callconv(.C) i64 {
    const t = if (std.math.isNan(n)) 0 else @trunc(n);
    if (t < 0 or t > 4294967295) {
        var nb: [number_format.max_len]u8 = undefined;
        if (what == 1) throw.rangeError("Array buffer allocation failed") else rangeErrorFmt("Invalid typed array length: {s}", .{numberText(n, &nb)});
        return -1;
    }
    return @intFromFloat(t);
}

const type_names = [_][]const u8{ "", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array" };

/// `new XArray(buffer, byteOffset?, length?)`: the view's length, or -1
/// after raising V8's RangeError. `length` is NaN when absent.
export fn tsx_ta_check_view(code: Code, buf_len: u64, offset_in: f64, length_in: f64, has_length: u32) callconv(.C) i64 {
    const size = elementSize(code);
    const name = type_names[@intFromEnum(code)];
    const offset = if (std.math.isNan(offset_in)) 0 else @trunc(offset_in);
    var nb: [number_format.max_len]u8 = undefined;
    if (offset < 0 or offset > 9007199254740991) {
        rangeErrorFmt("Start offset {s} is outside the bounds of the buffer", .{numberText(offset_in, &nb)});
        return -1;
    }
    const off: u64 = @intFromFloat(offset);
    if (off % size != 0) {
        rangeErrorFmt("start offset of {s} should be a multiple of {d}", .{ name, size });
        return -1;
    }
    if (has_length == 0) {
        if (buf_len % size != 0) {
            rangeErrorFmt("byte length of {s} should be a multiple of {d}", .{ name, size });
            return -1;
        }
        if (off > buf_len) {
            rangeErrorFmt("Start offset {d} is outside the bounds of the buffer", .{off});
            return -1;
        }
        return @intCast((buf_len - off) / size);
    }
    const l = if (std.math.isNan(length_in)) 0 else @trunc(length_in);
    if (l < 0 or l > 9007199254740991) {
        rangeErrorFmt("Invalid typed array length: {s}", .{numberText(length_in, &nb)});
        return -1;
    }
    const len: u64 = @intFromFloat(l);
    if (off + len * size > buf_len) {
        rangeErrorFmt("Invalid typed array length: {d}", .{len});
        return -1;
    }
    return @intCast(len);
}

/// `new DataView(buffer, byteOffset?, byteLength?)`: the view's byte length, or -1.
export fn tsx_dv_check_view(buf_len: u64, offset_in: f64, length_in: f64, has_length: u32) callconv(.C) i64 {
    const offset = if (std.math.isNan(offset_in)) 0 else @trunc(offset_in);
    var nb: [number_format.max_len]u8 = undefined;
    if (offset < 0 or offset > @as(f64, @floatFromInt(buf_len))) {
        rangeErrorFmt("Start offset {s} is outside the bounds of the buffer", .{numberText(offset_in, &nb)});
        return -1;
    }
    const off: u64 = @intFromFloat(offset);
    if (has_length == 0) return @intCast(buf_len - off);
    const l = if (std.math.isNan(length_in)) 0 else @trunc(length_in);
    if (l < 0 or off + @as(u64, @intFromFloat(@min(l, 9007199254740991))) > buf_len) {
        rangeErrorFmt("Invalid DataView length {s}", .{numberText(length_in, &nb)});
        return -1;
    }
    return @intFromFloat(l);
}

/// Raises one of the fixed RangeErrors compiled code detects itself.
export fn tsx_ta_range_error(which: u32) callconv(.C) void {
    throw.rangeError(switch (which) {
        0 => "Offset is outside the bounds of the DataView",
        1 => "offset is out of bounds",
        else => "Invalid typed array length",
    });
}

/// ArrayBuffer.prototype.slice: a new buffer with a copy of [start, end).
export fn tsx_buffer_slice(buf: *const object.Slots, start: f64, end: f64) callconv(.C) *object.Slots {
    const len: u64 = buf.cap;
    const s = relative(start, len);
    const e = relative(end, len);
    const n = if (e > s) e - s else 0;
    const out: *object.Slots = @ptrCast(@alignCast(heap.allocObject(@sizeOf(object.Slots) + n, object.TAG_BYTES)));
    out.cap = @intCast(n);
    const from: [*]const u8 = @ptrFromInt(@intFromPtr(buf) + 16);
    const to: [*]u8 = @ptrFromInt(@intFromPtr(out) + 16);
    @memcpy(to[0..n], from[s..][0..n]);
    return out;
}

test "conversions" {
    var b: [8]u8 = undefined;
    store(&b, .uint8, 0, -1);
    try std.testing.expectEqual(@as(u8, 255), b[0]);
    store(&b, .uint8, 0, 4294967297);
    try std.testing.expectEqual(@as(u8, 1), b[0]);
    try std.testing.expectEqual(@as(u8, 0), clampUint8(std.math.nan(f64)));
    try std.testing.expectEqual(@as(u8, 2), clampUint8(2.5));
    try std.testing.expectEqual(@as(u8, 4), clampUint8(3.5));
    try std.testing.expectEqual(@as(u8, 255), clampUint8(255.5));
    store(&b, .float32, 0, 0.1);
    try std.testing.expectEqual(@as(f64, @as(f32, 0.1)), load(&b, .float32, 0));
}
