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
