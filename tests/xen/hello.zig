// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The smallest platform test: print and exit 0.

const lib = @import("lib.zig");

export var tsx_stack_limit: usize = 0;

export fn tsx_rt_main() callconv(.C) noreturn {
    lib.print("hello from the platform\n");
    lib.tsx_platform_exit(0);
}
