// expect-error: TSX1109
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Names of platform intrinsics are reserved.
declare function __tsx_xenstore_read(path: string): string | undefined;
console.log(__tsx_xenstore_read("name"));
