// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! libm symbols that LLVM may call from the program object and that Zig's
//! compiler_rt (bundled into rt.o with -fcompiler-rt) does not provide.
//! compiler_rt already has fmod, floor, ceil, trunc, round, exp, log, sin,
//! cos and the mem* functions.

const builtin = @import("builtin");
const fdlibm = @import("fdlibm_pow.zig");

fn pow(x: f64, y: f64) callconv(.C) f64 {
    return fdlibm.pow(x, y);
}

comptime {
    // Weak, like compiler_rt's symbols, so a platform may bring its own.
    if (!builtin.is_test) @export(pow, .{ .name = "pow", .linkage = .weak });
}
