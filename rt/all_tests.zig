// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The root of rt's unit tests (tests/unit/rt.test.mjs runs `zig test` on it):
//! every file with `test` blocks, for the host, over the fake platform.

test {
    _ = @import("array_sort.zig");
    _ = @import("block.zig");
    _ = @import("console.zig");
    _ = @import("f64_words.zig");
    _ = @import("fdlibm_math.zig");
    _ = @import("fdlibm_pow.zig");
    _ = @import("heap.zig");
    _ = @import("heap_options.zig");
    _ = @import("heap_test.zig");
    _ = @import("inspect.zig");
    _ = @import("map.zig");
    _ = @import("math.zig");
    _ = @import("mem.zig");
    _ = @import("number.zig");
    _ = @import("number_format.zig");
    _ = @import("number_methods.zig");
    _ = @import("number_parse.zig");
    _ = @import("size_class.zig");
    _ = @import("string.zig");
    _ = @import("string_extend.zig");
    _ = @import("string_methods.zig");
    _ = @import("unicode_case.zig");
    _ = @import("value.zig");
    _ = @import("value_ops.zig");
    _ = @import("rt.zig");
}
