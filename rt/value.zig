// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Tagged values, as passed to console.log and (later) stored in unions.

const std = @import("std");
const Str = @import("string.zig").Str;

pub const Tag = enum(u32) {
    undefined = 0,
    null = 1,
    boolean = 2,
    number = 3,
    string = 4,
    _,
};

pub const Value = extern struct {
    tag: Tag,
    pad: u32 = 0,
    /// boolean: 0/1; number: the f64 bit pattern; string: the *Str address.
    bits: u64,

    pub const @"undefined": Value = .{ .tag = .undefined, .bits = 0 };
    pub const @"null": Value = .{ .tag = .null, .bits = 0 };

    pub fn boolean(b: bool) Value {
        return .{ .tag = .boolean, .bits = @intFromBool(b) };
    }

    pub fn number(x: f64) Value {
        return .{ .tag = .number, .bits = @bitCast(x) };
    }

    pub fn string(s: *const Str) Value {
        return .{ .tag = .string, .bits = @intFromPtr(s) };
    }

    pub fn asBool(v: Value) bool {
        return v.bits != 0;
    }

    pub fn asNumber(v: Value) f64 {
        return @bitCast(v.bits);
    }

    pub fn asString(v: Value) *const Str {
        return @ptrFromInt(@as(usize, @intCast(v.bits)));
    }
};

comptime {
    std.debug.assert(@sizeOf(Value) == 16);
    std.debug.assert(@offsetOf(Value, "bits") == 8);
}

test "value round trips" {
    try std.testing.expectEqual(@as(f64, -0.5), Value.number(-0.5).asNumber());
    try std.testing.expect(Value.boolean(true).asBool());
    try std.testing.expectEqual(Tag.null, Value.null.tag);
}
