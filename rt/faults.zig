// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Guest faults that compiled code reports: clean panics with the reason,
//! never silent corruption.

const std = @import("std");
const fatal = @import("panic.zig");
const number_format = @import("number_format.zig");

/// An array index that is not an integer within the array (JS would read
/// undefined or leave a hole; tsxen's arrays are dense: spec/arrays.md).
export fn tsx_panic_index(index: f64, length: f64) callconv(.C) noreturn {
    var buf: [160]u8 = undefined;
    var ib: [number_format.max_len]u8 = undefined;
    var lb: [number_format.max_len]u8 = undefined;
    const msg = std.fmt.bufPrint(&buf, "array index {s} out of range (length {s})", .{
        number_format.format(&ib, index),
        number_format.format(&lb, length),
    }) catch "array index out of range";
    fatal.panic(msg);
}

/// `x!` met null or undefined.
export fn tsx_panic_null(what: u32) callconv(.C) noreturn {
    fatal.panic(if (what == 0) "non-null assertion (!) on undefined" else "non-null assertion (!) on null");
}

const console = @import("console.zig");
const platform = @import("platform.zig");
const Value = @import("value.zig").Value;
const Str = @import("string.zig").Str;

/// TypeDesc.flags bit: an Error, whose first slots are message and name.
const flag_error: u32 = 4;
const first_program_tag: u32 = 16;

const TypeDesc = extern struct { size: u32, flags: u32, ptr_map: u64, value_map: u64, name: *const Str };
extern const tsx_types: TypeDesc;

/// An exception nobody caught: Node prints it (with a stack trace) and exits 1.
export fn tsx_uncaught(v: Value) callconv(.C) noreturn {
    var l = console.Line.begin(2);
    l.ascii("Uncaught ");
    if (@intFromEnum(v.tag) == 5 and isError(v.bits)) {
        const fields: [*]const *const Str = @ptrFromInt(@as(usize, @intCast(v.bits)) + 8);
        l.units(fields[1].units());
        if (fields[0].len != 0) {
            l.ascii(": ");
            l.units(fields[0].units());
        }
    } else {
        console.formatArgs(&l, &[_]Value{v});
    }
    l.end();
    console.flush();
    platform.exit(1);
}

fn isError(bits: u64) bool {
    if (@import("builtin").is_test) return false;
    const tag = @as(*const u32, @ptrFromInt(@as(usize, @intCast(bits)))).*;
    if (tag < first_program_tag) return false;
    const types: [*]const TypeDesc = @ptrCast(&tsx_types);
    return types[tag - first_program_tag].flags & flag_error != 0;
}
