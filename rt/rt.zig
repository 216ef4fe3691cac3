// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The tsxen runtime: the C ABI that compiled programs call. It is built
//! once as a freestanding object and reaches the OS only through the
//! tsx_platform_* functions (platform.zig).

const std = @import("std");
const builtin = @import("builtin");

pub const platform = @import("platform.zig");
pub const heap = @import("heap.zig");
pub const gc = @import("gc.zig");
pub const string = @import("string.zig");
pub const value = @import("value.zig");
pub const number = @import("number.zig");
pub const number_format = @import("number_format.zig");
pub const number_parse = @import("number_parse.zig");
pub const console = @import("console.zig");
pub const fatal = @import("panic.zig");
pub const libm = @import("libm.zig");

const Str = string.Str;
const Value = value.Value;

comptime {
    _ = @import("value_ops.zig");
    _ = @import("inspect.zig");
    _ = @import("faults.zig");
    _ = @import("array_sort.zig");
    _ = @import("console_simple.zig");
    _ = @import("throw.zig");
    _ = libm; // its exports must be analyzed even though nothing here calls them
    _ = @import("math.zig");
    _ = @import("number_methods.zig");
    _ = @import("string_methods.zig");
    _ = @import("map.zig");
    _ = @import("typed_array.zig");
    _ = @import("json_stringify.zig");
    _ = @import("json_parse.zig");
    _ = @import("record.zig");
    _ = @import("array_ops.zig");
    _ = @import("mem.zig");
    // The event loop calls into the compiled program (adapters, tsx_coro_resume):
    // not part of the host-side unit tests.
    if (!builtin.is_test) {
        _ = @import("promise.zig");
        _ = @import("timers.zig");
    }
}

/// The lowest address the program's stack may reach. Compiled recursive
/// functions compare their frame against it on entry and call
/// tsx_stack_overflow below it. The platform sets it before tsx_rt_main;
/// 0 disables the check.
export var tsx_stack_limit: usize = 0;

export fn tsx_rt_main() callconv(.C) noreturn {
    // The program's frames all lie below this one: the collector scans
    // the stack up to here.
    gc.tsx_stack_top = @frameAddress();
    heap.init();
    platform.mainBegins();
    platform.programMain();
    heap.printStats();
    console.flush();
    platform.exit(0);
}

export fn tsx_str_concat(a: *const Str, b: *const Str) callconv(.C) *Str {
    return string.concat(a, b);
}

export fn tsx_str_from_number(x: f64) callconv(.C) *Str {
    var buf: [number_format.max_len]u8 = undefined;
    return string.fromAscii(number_format.format(&buf, x));
}

export fn tsx_str_equals(a: *const Str, b: *const Str) callconv(.C) bool {
    return string.equals(a, b);
}

export fn tsx_str_compare(a: *const Str, b: *const Str) callconv(.C) i32 {
    return string.compare(a, b);
}

export fn tsx_console_log(stream: u32, args: [*]const Value, n: usize) callconv(.C) void {
    console.log(stream, args[0..n]);
}

export fn tsx_console_flush() callconv(.C) void {
    console.flush();
}

export fn tsx_to_int32_slow(x: f64) callconv(.C) i32 {
    return number.toInt32(x);
}

export fn tsx_pow(x: f64, y: f64) callconv(.C) f64 {
    return number.pow(x, y);
}

export fn tsx_fmod(x: f64, y: f64) callconv(.C) f64 {
    return number.fmod(x, y);
}

export fn tsx_throw_reference_error(name: *const Str) callconv(.C) noreturn {
    fatal.referenceError(name);
}

export fn tsx_panic(msg: [*]const u8, len: usize) callconv(.C) noreturn {
    fatal.panic(msg[0..len]);
}

export fn tsx_stack_overflow() callconv(.C) noreturn {
    fatal.stackOverflow();
}

/// Safety checks and @panic inside rt end up here (unused under zig test,
/// where the test runner is the root).
pub fn panic(msg: []const u8, _: ?*std.builtin.StackTrace, _: ?usize) noreturn {
    fatal.panic(msg);
}

test {
    std.testing.refAllDecls(@This());
    _ = @import("fdlibm_pow.zig");
}
