// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Throwing JS errors from the runtime so that compiled code can catch them
//! (`try { "x".repeat(-1) } catch (e) { ... }`). The compiled program owns
//! the exception state (tsx_exception_pending / tsx_exception_value) and
//! builds the error object (tsx_make_error); the runtime function that
//! throws sets the state and returns a placeholder, and the compiled caller
//! tests the flag right after the call.

const builtin = @import("builtin");
const string = @import("string.zig");
const fatal = @import("panic.zig");
const Value = @import("value.zig").Value;
const Str = string.Str;

extern var tsx_exception_pending: u8;
extern var tsx_exception_value: Value;
extern fn tsx_make_error(kind: u32, message: *const Str) callconv(.C) usize;

pub const Kind = enum(u32) { @"error" = 0, type_error = 1, range_error = 2, syntax_error = 3 };

/// Raises `new RangeError(msg)` in the program; under `zig test` (no program)
/// it is the uncaught form.
pub fn rangeError(msg: []const u8) void {
    if (builtin.is_test) fatal.rangeError(msg);
    raise(.range_error, string.fromAscii(msg));
}

/// Whether compiled code called from the runtime left an exception pending.
pub fn pending() bool {
    if (builtin.is_test) return false;
    return tsx_exception_pending != 0;
}

pub fn raise(kind: Kind, message: *const Str) void {
    if (builtin.is_test) @panic("an exception raised under zig test"); // no program to catch it
    const object = tsx_make_error(@intFromEnum(kind), message);
    tsx_exception_value = .{ .tag = @enumFromInt(5), .bits = object };
    tsx_exception_pending = 1;
}
