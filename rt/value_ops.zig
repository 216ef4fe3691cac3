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
        else => string.literal("[object Object]"),
    };
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
