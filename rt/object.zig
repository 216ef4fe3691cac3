// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Heap object layouts shared with the compiler (rt/ABI.md): the header,
//! the runtime's own tags and the type descriptors of the program's types.

const std = @import("std");
const Str = @import("string.zig").Str;

pub const Header = extern struct {
    tag: u32,
    /// Bit 0: static. The collector keeps its marks in a side table, so
    /// heap objects always have 0 here.
    gc: u32 = 0,
};

pub const TAG_STRING: u32 = 1;
pub const TAG_BYTES: u32 = 2;
pub const TAG_PTR_SLOTS: u32 = 3;
pub const TAG_VALUE_SLOTS: u32 = 4;
pub const TAG_F64_SLOTS: u32 = 5;
/// The runtime's own records (promises, jobs, timers, coroutine frames):
/// `cap: u32` words after the header, each traced conservatively.
pub const TAG_WORDS: u32 = 6;
/// A promise: a WORDS object that `await` and resolve recognise.
pub const TAG_PROMISE: u32 = 7;
/// Tags from here on index the program's type table.
pub const TAG_FIRST_TYPE: u32 = 16;

pub const GC_STATIC: u32 = 1;
/// A string's gc bit 1: its units live in a buffer whose address is the
/// word at byte offset 24, which the collector follows (rt/string.zig).
pub const GC_STR_INDIRECT: u32 = 2;
pub const STR_INDIRECT_BUF: usize = 24;

/// Value tags at or above this carry an object address in `bits`.
pub const VALUE_FIRST_REF: u32 = 4;

/// Slot objects (tags 2..5): the header, then the element count.
pub const Slots = extern struct {
    hdr: Header,
    cap: u32,
    _pad: u32 = 0,
};

/// One of the program's fixed-size types (tag - 16 indexes the table).
pub const TypeDesc = extern struct {
    /// Bytes, header included, multiple of 8.
    size: u32,
    flags: u32 = 0,
    /// Bit i: the word at offset 8*i is 0 or an object address.
    ptr_map: u64,
    /// Bit i: words i and i+1 hold a Value, followed when its tag >= 4.
    value_map: u64,
    name: ?*const Str = null,
};

comptime {
    std.debug.assert(@sizeOf(Header) == 8);
    std.debug.assert(@sizeOf(Slots) == 16);
    std.debug.assert(@sizeOf(TypeDesc) == 32);
}
