// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Array.isArray for values whose static type does not decide it: an object
//! is an array when its type descriptor carries the compiler's array flag.

const std = @import("std");
const object = @import("object.zig");
const fatal = @import("panic.zig");
const number_format = @import("number_format.zig");
const platform = @import("platform.zig");

/// TypeDesc.flags bit 1: the type is an Array (compiler/src/lower/arrays.ts).
const flag_array: u32 = 2;

export fn tsx_is_array(addr: usize) callconv(.C) bool {
    if (addr == 0) return false;
    const hdr: *const object.Header = @ptrFromInt(addr);
    const types = platform.types();
    if (hdr.tag < object.TAG_FIRST_TYPE or hdr.tag - object.TAG_FIRST_TYPE >= types.len) return false;
    return types[hdr.tag - object.TAG_FIRST_TYPE].flags & flag_array != 0;
}

/// `a.length = n` that JS would accept only by leaving holes (n > length) or
/// reject with a RangeError (n not an integer in 0..2^32-1): tsxen's arrays
/// are dense (spec/arrays.md), so both are clean panics.
export fn tsx_panic_array_length(requested: f64, length: f64) callconv(.C) noreturn {
    var buf: [160]u8 = undefined;
    var rb: [number_format.max_len]u8 = undefined;
    var lb: [number_format.max_len]u8 = undefined;
    const msg = std.fmt.bufPrint(&buf, "array length {s} would leave holes or is invalid (length {s})", .{
        number_format.format(&rb, requested),
        number_format.format(&lb, length),
    }) catch "invalid array length";
    fatal.panic(msg);
}
