// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Operations on tagged Values that compiled code calls when a union's kind
//! is only known at run time: typeof, ToBoolean, ToString, strict equality.

const std = @import("std");
const builtin = @import("builtin");
const string = @import("string.zig");
const number_format = @import("number_format.zig");
const Value = @import("value.zig").Value;
const Str = string.Str;

/// Value tag of a heap or static object (rt/ABI.md).
const tag_object: u32 = 5;
/// TypeDesc.flags bit: the object is a closure (typeof gives "function").
const flag_callable: u32 = 1;
const first_program_tag: u32 = 16;

const TypeDesc = extern struct {
    size: u32,
    flags: u32,
    ptr_map: u64,
    value_map: u64,
    name: *const Str,
};

/// The first entry of the program's type table (the compiler always emits one).
extern const tsx_types: TypeDesc;

fn rawTag(v: Value) u32 {
    return @intFromEnum(v.tag);
}

fn objectIsCallable(bits: u64) bool {
    const header: *const u32 = @ptrFromInt(@as(usize, @intCast(bits)));
    const tag = header.*;
    if (tag < first_program_tag) return false;
    if (builtin.is_test) return false; // no program, no table
    const types: [*]const TypeDesc = @ptrCast(&tsx_types);
    return types[tag - first_program_tag].flags & flag_callable != 0;
}

export fn tsx_value_typeof(v: Value) callconv(.C) *const Str {
    return switch (rawTag(v)) {
        0 => string.literal("undefined"),
        1 => string.literal("object"),
        2 => string.literal("boolean"),
        3 => string.literal("number"),
        4 => string.literal("string"),
        else => if (objectIsCallable(v.bits)) string.literal("function") else string.literal("object"),
    };
}

export fn tsx_value_truthy(v: Value) callconv(.C) bool {
    return switch (rawTag(v)) {
        0, 1 => false,
        2 => v.bits != 0,
        3 => blk: {
            const x = v.asNumber();
            break :blk x == x and x != 0;
        },
        4 => v.asString().len != 0,
        else => true,
    };
}

export fn tsx_value_to_string(v: Value) callconv(.C) *const Str {
    return switch (rawTag(v)) {
        0 => string.literal("undefined"),
        1 => string.literal("null"),
        2 => if (v.bits != 0) string.literal("true") else string.literal("false"),
        3 => blk: {
            var buf: [number_format.max_len]u8 = undefined;
            break :blk string.fromAscii(number_format.format(&buf, v.asNumber()));
        },
        4 => v.asString(),
        else => objectToString(v.bits),
    };
}

const flag_array: u32 = 2;
const flag_error: u32 = 4;

/// ToString of an object whose class has no toString of its own (the
/// compiler calls user toString methods itself): arrays join their elements
/// with commas, errors give "name: message", anything else "[object Object]".
fn objectToString(bits: u64) *const Str {
    const addr: usize = @intCast(bits);
    const tag = @as(*const u32, @ptrFromInt(addr)).*;
    if (builtin.is_test or tag < first_program_tag) return string.literal("[object Object]");
    const types: [*]const TypeDesc = @ptrCast(&tsx_types);
    const desc = types[tag - first_program_tag];
    if (desc.flags & flag_array != 0) return joinArray(addr, (desc.flags >> 8) & 0xff);
    if (desc.flags & flag_error != 0) {
        const fields: [*]const *const Str = @ptrFromInt(addr + 8);
        const message = fields[0];
        const name = fields[1];
        if (message.len == 0) return name;
        if (name.len == 0) return message;
        return string.concat(string.concat(name, string.literal(": ")), message);
    }
    return string.literal("[object Object]");
}

/// Array.prototype.join(",") over the layout of rt/ABI.md (length f64 @8, items @24).
fn joinArray(addr: usize, elem: u32) *const Str {
    const length: usize = @intFromFloat(@as(*const f64, @ptrFromInt(addr + 8)).*);
    const items: usize = @as(*const usize, @ptrFromInt(addr + 24)).*;
    const data = items + 16;
    var acc: *const Str = string.literal("");
    var i: usize = 0;
    while (i < length) : (i += 1) {
        if (i > 0) acc = string.concat(acc, string.literal(","));
        const piece: *const Str = switch (elem) {
            1 => tsx_value_to_string(Value.number(@as(*const f64, @ptrFromInt(data + i * 8)).*)),
            2 => tsx_value_to_string(Value.boolean(@as(*const u64, @ptrFromInt(data + i * 8)).* != 0)),
            3 => @ptrFromInt(@as(*const usize, @ptrFromInt(data + i * 8)).*),
            4 => objectToString(@as(*const u64, @ptrFromInt(data + i * 8)).*),
            else => blk: {
                const v = @as(*const Value, @ptrFromInt(data + i * 16)).*;
                break :blk if (@intFromEnum(v.tag) <= 1) string.literal("") else tsx_value_to_string(v);
            },
        };
        acc = string.concat(acc, piece);
    }
    return acc;
}

/// ECMA ToNumber of a Value (Number(x) on a union).
export fn tsx_value_to_number(v: Value) callconv(.C) f64 {
    return switch (rawTag(v)) {
        0 => std.math.nan(f64),
        1 => 0,
        2 => if (v.bits != 0) 1 else 0,
        3 => v.asNumber(),
        4 => @import("number_parse.zig").stringToNumber(u16, v.asString().units()),
        else => std.math.nan(f64),
    };
}

/// `===`: same tag and same value; numbers compare numerically (NaN unequal,
/// +0 equal to -0), strings by content, objects by identity.
export fn tsx_value_strict_equals(a: Value, b: Value) callconv(.C) bool {
    if (rawTag(a) != rawTag(b)) return false;
    return switch (rawTag(a)) {
        0, 1 => true,
        3 => a.asNumber() == b.asNumber(),
        4 => string.equals(a.asString(), b.asString()),
        else => a.bits == b.bits,
    };
}

test "strict equality follows JS" {
    try std.testing.expect(tsx_value_strict_equals(Value.number(0.0), Value.number(-0.0)));
    try std.testing.expect(!tsx_value_strict_equals(Value.number(std.math.nan(f64)), Value.number(std.math.nan(f64))));
    try std.testing.expect(!tsx_value_strict_equals(Value.null, Value.undefined));
    try std.testing.expect(tsx_value_strict_equals(Value.undefined, Value.undefined));
}

test "truthiness follows JS" {
    try std.testing.expect(!tsx_value_truthy(Value.number(-0.0)));
    try std.testing.expect(!tsx_value_truthy(Value.number(std.math.nan(f64))));
    try std.testing.expect(tsx_value_truthy(Value.number(2)));
    try std.testing.expect(!tsx_value_truthy(Value.null));
}
