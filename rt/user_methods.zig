// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The program's own toJSON, toString and valueOf methods, which the runtime
//! calls where JS would (JSON.stringify, util.format's %s/%d/%i/%f). The
//! compiler emits one table per method (compiler/src/lower/usermethods.ts):
//! by type index (tag - 16), a thunk `(object, key, out)` calling the class's
//! method, or null. The tables are weak: a program without such methods has
//! none. An exception the method raises stays pending for the caller to see.

const builtin = @import("builtin");
const object = @import("object.zig");
const string = @import("string.zig");
const throw = @import("throw.zig");
const Value = @import("value.zig").Value;
const Str = string.Str;

pub const Thunk = *const fn (object: usize, key: *const Str, out: *Value) callconv(.C) void;

pub const Method = enum { to_json, to_string, value_of };

const weakAddr = @import("inspect.zig").weakAddr;

fn table(comptime m: Method) struct { entries: usize, count: usize } {
    return switch (m) {
        .to_json => .{ .entries = weakAddr(?Thunk, "tsx_json_to_json"), .count = weakAddr(u32, "tsx_json_to_json_count") },
        .to_string => .{ .entries = weakAddr(?Thunk, "tsx_to_string"), .count = weakAddr(u32, "tsx_to_string_count") },
        .value_of => .{ .entries = weakAddr(?Thunk, "tsx_value_of"), .count = weakAddr(u32, "tsx_value_of_count") },
    };
}

/// The thunk for `m` of the object at `addr`, if its class has that method.
pub fn lookup(comptime m: Method, addr: usize) ?Thunk {
    if (builtin.is_test or addr == 0) return null;
    const t = table(m);
    if (t.entries == 0) return null;
    const count = @as(*const u32, @ptrFromInt(t.count)).*;
    const tag = @as(*const u32, @ptrFromInt(addr)).*;
    if (tag < object.TAG_FIRST_TYPE or tag - object.TAG_FIRST_TYPE >= count) return null;
    return @as([*]const ?Thunk, @ptrFromInt(t.entries))[tag - object.TAG_FIRST_TYPE];
}

/// Calls `m` on the object at `addr`: null when it has no such method,
/// error.Thrown when the method raised (the exception stays pending).
pub fn call(comptime m: Method, addr: usize, key: *const Str) error{Thrown}!?Value {
    const f = lookup(m, addr) orelse return null;
    var out = Value.undefined;
    f(addr, key, &out);
    if (throw.pending()) return error.Thrown;
    return out;
}
